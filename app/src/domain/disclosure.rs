//! The decision half of the one disclosure path: may these fields of this person go to this
//! recipient now? Recording and returning the fields happen in `services::disclosure`.

use super::coded_enum;
use super::consent::ConsentScopes;
use super::fields::{Field, FieldCategory};
use super::protocol::EffectiveState;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

coded_enum!(
    DisclosureChannel, "error-disclosure-channel" {
        Ui => "ui",
        Api => "api",
        /// Passed on by the municipality to a partner organisation (art. 4).
        Onward => "onward",
        Export => "export",
    }
);

/// Everything the decision depends on, gathered by the service in one transaction.
#[derive(Debug, Clone)]
pub struct DisclosureContext<'a> {
    pub protocol_state: EffectiveState,
    /// Fields the protocol version covers.
    pub protocol_fields: &'a BTreeSet<Field>,
    /// Scopes of the consent event in force, if there is one.
    pub consent: Option<ConsentScopes>,
    /// Fields the caller's function profile may read.
    pub profile_fields: &'a BTreeSet<Field>,
    /// Fields with an open rectification request (GDPR 18: marked, not hidden).
    pub contested: &'a BTreeSet<Field>,
    pub channel: DisclosureChannel,
    /// The person's trajectory with the agency has ended (`retention::has_ended`): they left
    /// the pilot, and no consent of theirs takes effect any more.
    pub left_the_pilot: bool,
}

/// Why nothing may be disclosed. Each maps to a clear message for the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    ProtocolNotInForce(EffectiveState),
    /// The person's trajectory ended: they left the pilot (their history stays).
    LeftThePilot,
    /// The person never consented under the version in force.
    NoConsent,
    /// The person consented, then withdrew.
    Withdrawn,
    NoOnwardConsent,
    NothingAllowed,
}

impl Refusal {
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::ProtocolNotInForce(EffectiveState::Terminated) => "disclosure-refused-protocol-terminated",
            Refusal::ProtocolNotInForce(EffectiveState::Expired) => "disclosure-refused-protocol-expired",
            Refusal::ProtocolNotInForce(EffectiveState::Scheduled) => "disclosure-refused-protocol-not-yet",
            Refusal::ProtocolNotInForce(EffectiveState::Draft | EffectiveState::InForce) => {
                "disclosure-refused-protocol-draft"
            }
            Refusal::LeftThePilot => "disclosure-refused-left-the-pilot",
            Refusal::Withdrawn => "disclosure-refused-withdrawn",
            Refusal::NoConsent => "disclosure-refused-no-consent",
            Refusal::NoOnwardConsent => "disclosure-refused-no-onward-consent",
            Refusal::NothingAllowed => "disclosure-refused-nothing-allowed",
        }
    }
}

/// One field that may be disclosed, and whether it is contested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllowedField {
    pub field: Field,
    pub contested: bool,
}

/// Why a requested field did not go out, so that a page can say so plainly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Withheld {
    /// The protocol version in force does not cover the field.
    NotInProtocol,
    /// The person did not consent to sharing this category (contact or trajectory data).
    NoConsentFor(FieldCategory),
    /// The reader's function profile does not include it.
    NotInProfile,
}

impl Withheld {
    pub fn message_id(self) -> &'static str {
        match self {
            Withheld::NotInProtocol => "persons-withheld-not-in-protocol",
            Withheld::NoConsentFor(FieldCategory::Contact) => "persons-withheld-no-consent-contact",
            Withheld::NoConsentFor(FieldCategory::Trajectory) => "persons-withheld-no-consent-trajectory",
            Withheld::NotInProfile => "persons-withheld-not-in-profile",
        }
    }
}

/// The requested fields that do not go out under `ctx`, each with the first reason that holds
/// (protocol, then consent, then profile). Empty when nothing is withheld.
pub fn withheld(ctx: &DisclosureContext<'_>, requested: &BTreeSet<Field>) -> Vec<(Field, Withheld)> {
    let consent = ctx.consent.unwrap_or(ConsentScopes::NONE);
    requested
        .iter()
        .filter_map(|f| {
            let reason = if !ctx.protocol_fields.contains(f) {
                Withheld::NotInProtocol
            } else if !consent.allows_field(*f) {
                Withheld::NoConsentFor(f.category())
            } else if !ctx.profile_fields.contains(f) {
                Withheld::NotInProfile
            } else {
                return None;
            };
            Some((*f, reason))
        })
        .collect()
}

/// Decides which of the `requested` fields may go out. Fields not allowed are dropped
/// silently (the caller sees which came back); an outright refusal says why.
pub fn decide(ctx: &DisclosureContext<'_>, requested: &BTreeSet<Field>) -> Result<Vec<AllowedField>, Refusal> {
    if ctx.protocol_state != EffectiveState::InForce {
        return Err(Refusal::ProtocolNotInForce(ctx.protocol_state));
    }
    if ctx.left_the_pilot {
        return Err(Refusal::LeftThePilot);
    }
    let consent = match ctx.consent {
        None => return Err(Refusal::NoConsent),
        Some(c) if !c.any() => return Err(Refusal::Withdrawn),
        Some(c) => c,
    };
    if ctx.channel == DisclosureChannel::Onward && !consent.onward {
        return Err(Refusal::NoOnwardConsent);
    }
    let allowed: Vec<AllowedField> = requested
        .iter()
        .filter(|f| ctx.protocol_fields.contains(f) && ctx.profile_fields.contains(f) && consent.allows_field(**f))
        .map(|f| AllowedField { field: *f, contested: ctx.contested.contains(f) })
        .collect();
    if allowed.is_empty() {
        return Err(Refusal::NothingAllowed);
    }
    Ok(allowed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_fields() -> BTreeSet<Field> {
        Field::ALL.iter().copied().collect()
    }

    fn ctx<'a>(
        fields: &'a BTreeSet<Field>,
        profile: &'a BTreeSet<Field>,
        contested: &'a BTreeSet<Field>,
        consent: Option<ConsentScopes>,
    ) -> DisclosureContext<'a> {
        DisclosureContext {
            protocol_state: EffectiveState::InForce,
            protocol_fields: fields,
            consent,
            profile_fields: profile,
            contested,
            channel: DisclosureChannel::Ui,
            left_the_pilot: false,
        }
    }

    const CONTACT: ConsentScopes = ConsentScopes { contact: true, trajectory: false, onward: false };

    #[test]
    fn only_the_intersection_of_consent_profile_and_protocol_goes_out() {
        let all = all_fields();
        let profile: BTreeSet<_> = [Field::GivenName, Field::Phone, Field::DutchLevel].into();
        let none = BTreeSet::new();
        let out = decide(&ctx(&all, &profile, &none, Some(CONTACT)), &all).unwrap();
        let fields: Vec<_> = out.iter().map(|a| a.field).collect();
        assert_eq!(fields, vec![Field::GivenName, Field::Phone]);
    }

    #[test]
    fn after_the_trajectory_ended_no_consent_takes_effect() {
        let all = all_fields();
        let none = BTreeSet::new();
        let mut c = ctx(&all, &all, &none, Some(ConsentScopes { contact: true, trajectory: true, onward: true }));
        c.left_the_pilot = true;
        assert_eq!(decide(&c, &all), Err(Refusal::LeftThePilot));
    }

    #[test]
    fn outside_in_force_nothing_flows() {
        let all = all_fields();
        let none = BTreeSet::new();
        for state in
            [EffectiveState::Draft, EffectiveState::Scheduled, EffectiveState::Terminated, EffectiveState::Expired]
        {
            let mut c = ctx(&all, &all, &none, Some(CONTACT));
            c.protocol_state = state;
            assert_eq!(decide(&c, &all), Err(Refusal::ProtocolNotInForce(state)));
        }
    }

    #[test]
    fn without_consent_or_after_withdrawal_nothing_flows() {
        let all = all_fields();
        let none = BTreeSet::new();
        assert_eq!(decide(&ctx(&all, &all, &none, None), &all), Err(Refusal::NoConsent));
        assert_eq!(decide(&ctx(&all, &all, &none, Some(ConsentScopes::NONE)), &all), Err(Refusal::Withdrawn));
    }

    #[test]
    fn onward_needs_the_onward_scope() {
        let all = all_fields();
        let none = BTreeSet::new();
        let mut c = ctx(&all, &all, &none, Some(CONTACT));
        c.channel = DisclosureChannel::Onward;
        assert_eq!(decide(&c, &all), Err(Refusal::NoOnwardConsent));
        c.consent = Some(ConsentScopes { onward: true, ..CONTACT });
        assert_eq!(decide(&c, &all).unwrap().len(), 5);
    }

    #[test]
    fn contested_fields_are_marked_not_hidden() {
        let all = all_fields();
        let contested: BTreeSet<_> = [Field::Address].into();
        let out = decide(&ctx(&all, &all, &contested, Some(CONTACT)), &[Field::Address, Field::Email].into()).unwrap();
        assert_eq!(
            out,
            vec![
                AllowedField { field: Field::Address, contested: true },
                AllowedField { field: Field::Email, contested: false }
            ]
        );
    }

    #[test]
    fn a_profile_without_matching_fields_gets_a_clear_refusal() {
        let all = all_fields();
        let profile: BTreeSet<_> = [Field::DutchLevel].into();
        let none = BTreeSet::new();
        assert_eq!(decide(&ctx(&all, &profile, &none, Some(CONTACT)), &all), Err(Refusal::NothingAllowed));
    }

    #[test]
    fn what_is_withheld_says_why() {
        let protocol: BTreeSet<_> = [Field::GivenName, Field::Phone, Field::DutchLevel].into();
        let profile: BTreeSet<_> = [Field::GivenName, Field::DutchLevel].into();
        let none = BTreeSet::new();
        let c = ctx(&protocol, &profile, &none, Some(CONTACT));
        let asked: BTreeSet<_> = [Field::GivenName, Field::Phone, Field::DutchLevel, Field::Email].into();
        assert_eq!(
            withheld(&c, &asked),
            vec![
                (Field::Phone, Withheld::NotInProfile),
                (Field::Email, Withheld::NotInProtocol),
                (Field::DutchLevel, Withheld::NoConsentFor(FieldCategory::Trajectory)),
            ]
        );
    }

    #[test]
    fn fields_outside_the_protocol_never_go_out() {
        let protocol: BTreeSet<_> = [Field::GivenName].into();
        let all = all_fields();
        let none = BTreeSet::new();
        let out = decide(&ctx(&protocol, &all, &none, Some(CONTACT)), &all).unwrap();
        assert_eq!(out.len(), 1);
    }
}
