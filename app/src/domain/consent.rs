//! Consent scopes and how a change of scopes is named.

use super::coded_enum;
use super::fields::{Field, FieldCategory};
use serde::{Deserialize, Serialize};

/// The three things a person allows separately, per protocol.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ConsentScopes {
    /// Share contact data (art. 3, 1°) with the municipality.
    pub contact: bool,
    /// Share trajectory data (art. 3, 2°) with the municipality.
    pub trajectory: bool,
    /// Allow the municipality to pass shared data on to its partner organisations (art. 4).
    pub onward: bool,
}

coded_enum!(
    ConsentAction, "error-consent-action" {
        Give => "give",
        Change => "change",
        Withdraw => "withdraw",
    }
);

impl ConsentAction {
    /// How the API's consent feed names the state a change leaves: `given`, `changed`, `withdrawn`.
    pub fn resulting_state(self) -> &'static str {
        match self {
            ConsentAction::Give => "given",
            ConsentAction::Change => "changed",
            ConsentAction::Withdraw => "withdrawn",
        }
    }
}

coded_enum!(
    ConsentChannel, "error-consent-channel" {
        SelfService => "self_service",
        Assisted => "assisted",
        /// Carried over to a new version whose terms did not grow (`protocol_terms::carried_scopes`).
        CarriedOver => "carried_over",
    }
);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentChangeError {
    /// Onward sharing only makes sense when something is shared with the municipality.
    OnwardWithoutSharing,
    /// The new scopes are the same as the current ones.
    NoChange,
}

impl ConsentChangeError {
    pub fn message_id(self) -> &'static str {
        match self {
            ConsentChangeError::OnwardWithoutSharing => "consent-error-onward-without-sharing",
            ConsentChangeError::NoChange => "consent-error-no-change",
        }
    }
}

impl ConsentScopes {
    pub const NONE: ConsentScopes = ConsentScopes { contact: false, trajectory: false, onward: false };

    pub fn any(self) -> bool {
        self.contact || self.trajectory
    }

    pub fn allows_category(self, category: FieldCategory) -> bool {
        match category {
            FieldCategory::Contact => self.contact,
            FieldCategory::Trajectory => self.trajectory,
        }
    }

    pub fn allows_field(self, field: Field) -> bool {
        self.allows_category(field.category())
    }

    /// Names the change from `self` to `next`, or says why it is not a valid change.
    pub fn change_to(self, next: ConsentScopes) -> Result<ConsentAction, ConsentChangeError> {
        if next.onward && !next.any() {
            return Err(ConsentChangeError::OnwardWithoutSharing);
        }
        if next == self {
            return Err(ConsentChangeError::NoChange);
        }
        Ok(match (self.any(), next.any()) {
            (false, true) => ConsentAction::Give,
            (true, false) => ConsentAction::Withdraw,
            _ => ConsentAction::Change,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTACT: ConsentScopes = ConsentScopes { contact: true, trajectory: false, onward: false };
    const ALL: ConsentScopes = ConsentScopes { contact: true, trajectory: true, onward: true };

    #[test]
    fn giving_changing_and_withdrawing_are_named() {
        assert_eq!(ConsentScopes::NONE.change_to(CONTACT), Ok(ConsentAction::Give));
        assert_eq!(CONTACT.change_to(ALL), Ok(ConsentAction::Change));
        assert_eq!(ALL.change_to(ConsentScopes::NONE), Ok(ConsentAction::Withdraw));
    }

    #[test]
    fn onward_alone_is_refused() {
        let onward_only = ConsentScopes { onward: true, ..ConsentScopes::NONE };
        assert_eq!(ConsentScopes::NONE.change_to(onward_only), Err(ConsentChangeError::OnwardWithoutSharing));
    }

    #[test]
    fn no_change_is_refused() {
        assert_eq!(CONTACT.change_to(CONTACT), Err(ConsentChangeError::NoChange));
    }

    // Every consent event is named by `change_to` and every disclosure is decided on the scopes
    // it leaves, so the rule must hold for all 64 pairs (few enough to check them all rather
    // than sample): onward sharing never stands alone, giving and withdrawing are exactly the
    // moves from and to sharing nothing, and the scopes travel through the API as themselves.
    #[test]
    fn every_pair_of_scopes_is_named_or_refused_by_the_rule() {
        let all: Vec<ConsentScopes> =
            (0..8).map(|b| ConsentScopes { contact: b & 1 != 0, trajectory: b & 2 != 0, onward: b & 4 != 0 }).collect();
        for &from in &all {
            for &to in &all {
                let onward_alone = to.onward && !to.any();
                match from.change_to(to) {
                    Err(ConsentChangeError::OnwardWithoutSharing) => assert!(onward_alone),
                    Err(ConsentChangeError::NoChange) => assert!(from == to && !onward_alone),
                    Ok(action) => {
                        assert!(from != to && !onward_alone, "{from:?} → {to:?}");
                        assert_eq!(action == ConsentAction::Give, !from.any() && to.any(), "{from:?} → {to:?}");
                        assert_eq!(action == ConsentAction::Withdraw, from.any() && !to.any(), "{from:?} → {to:?}");
                    }
                }
            }
            let json = serde_json::to_string(&from).unwrap();
            assert_eq!(serde_json::from_str::<ConsentScopes>(&json).unwrap(), from);
        }
    }

    #[test]
    fn scopes_map_to_field_categories() {
        assert!(CONTACT.allows_field(Field::Email));
        assert!(!CONTACT.allows_field(Field::DutchLevel));
        assert!(ALL.allows_field(Field::MoStatus));
    }
}
