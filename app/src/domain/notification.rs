//! Notifications: what a person, a staff member or a party is told, typed. Each kind has its
//! Fluent message (`notification-<code>`) and its variables; the inbox and (later) the e-mail
//! outbox render the same typed notice. Codes are stored; they never change once released.

use super::coded_enum;
use super::consent::ConsentAction;
use super::fields::Field;
use super::ids::{PartyId, PersonId, StaffId};
use super::outbox::RecoveryVia;
use chrono::{DateTime, Utc};

coded_enum!(
    /// The kind of a notification, as stored.
    NotificationKind, "error-bad-request" {
        ConsentGiven => "consent-give",
        ConsentChanged => "consent-change",
        ConsentWithdrawn => "consent-withdraw",
        PasskeyAdded => "passkey-added",
        PasskeyRemoved => "passkey-removed",
        CorrectionFiled => "correction-filed",
        /// The agency is handling the request.
        CorrectionAcknowledged => "correction-acknowledged",
        /// The officer asks the person for information (the question is on the request's page).
        CorrectionInformationRequested => "correction-information-requested",
        /// The deadline was extended (the reason is on the request's page).
        CorrectionExtended => "correction-extended",
        CorrectionAccepted => "correction-accepted",
        CorrectionRejected => "correction-rejected",
        /// GDPR 19: a recipient party is told that a field it received was corrected.
        CorrectionRecipientTold => "correction-recipient-told",
        /// A recovery invitation was issued for the person's existing account (review M3).
        RecoveryIssued => "recovery-issued",
        /// To the agency's rectification officers: a pending request's deadline is near.
        CorrectionDueSoon => "correction-due-soon",
        /// Notice was given on a protocol the person consented under (art. 12): it ends on `until`.
        ProtocolEnding => "protocol-ending",
        /// A protocol version the person consented under stopped being in force.
        ProtocolEnded => "protocol-ended",
        /// A new version took effect and the person's consent holds under it unchanged.
        ConsentCarriedOver => "consent-carried-over",
        /// A new version asks for more than the person consented to: they are asked to review.
        ConsentReviewAsked => "consent-review-asked",
        /// GDPR 34: a breach at a party may concern the person's data.
        BreachNotice => "breach-notice",
        /// To a municipality's admins: the agency asks them to attest erasures (`count` persons).
        ErasureRequested => "erasure-requested",
        /// To the agency's and the municipality's DPOs: erasures not attested in time.
        ErasureOverdue => "erasure-overdue",
    }
);

impl NotificationKind {
    /// Changes to the account itself, shown on the account page (the inbox shows everything).
    pub const ACCOUNT: [NotificationKind; 3] =
        [NotificationKind::PasskeyAdded, NotificationKind::PasskeyRemoved, NotificationKind::RecoveryIssued];

    /// The Fluent message that says it.
    pub fn message_id(self) -> String {
        format!("notification-{}", self.as_str())
    }

    /// The variables its message uses.
    pub fn variables(self) -> &'static [&'static str] {
        use NotificationKind::*;
        match self {
            ConsentGiven | ConsentChanged | ConsentWithdrawn => &["recipient"],
            PasskeyAdded | PasskeyRemoved => &["name"],
            CorrectionFiled => &["field", "due"],
            CorrectionAccepted | CorrectionRejected | CorrectionAcknowledged | CorrectionInformationRequested => {
                &["field"]
            }
            CorrectionExtended | CorrectionDueSoon => &["field", "due"],
            CorrectionRecipientTold => &["field", "person"],
            RecoveryIssued => &["via"],
            ProtocolEnding => &["recipient", "until"],
            ProtocolEnded | ConsentCarriedOver | ConsentReviewAsked => &["recipient"],
            BreachNotice => &["recipient", "detected", "fields", "contact"],
            ErasureRequested => &["count"],
            ErasureOverdue => &["municipality", "count"],
        }
    }
}

/// Who is told: a person, a staff member, or a party (its DPO desk).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recipient {
    Person(PersonId),
    Staff(StaffId),
    Party(PartyId),
}

/// One notice with its values. Never personal values: names of parties and passkeys, field
/// codes, dates and pseudonymous ids only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Consent {
        action: ConsentAction,
        recipient: String,
    },
    PasskeyAdded {
        name: String,
    },
    PasskeyRemoved {
        name: String,
    },
    CorrectionFiled {
        field: Field,
        due: DateTime<Utc>,
    },
    CorrectionAcknowledged {
        field: Field,
    },
    CorrectionInformationRequested {
        field: Field,
    },
    CorrectionExtended {
        field: Field,
        due: DateTime<Utc>,
    },
    CorrectionAccepted {
        field: Field,
    },
    CorrectionRejected {
        field: Field,
    },
    CorrectionRecipientTold {
        field: Field,
        person: String,
    },
    /// How the recovery invitation reaches the person (never its secret).
    RecoveryIssued {
        via: RecoveryVia,
    },
    /// A pending request's deadline in force (`due`) is near (`domain::deadline::reminder_due`).
    CorrectionDueSoon {
        field: Field,
        due: DateTime<Utc>,
    },
    /// `until`: the last moment the protocol is in force.
    ProtocolEnding {
        recipient: String,
        until: DateTime<Utc>,
    },
    ProtocolEnded {
        recipient: String,
    },
    ConsentCarriedOver {
        recipient: String,
    },
    ConsentReviewAsked {
        recipient: String,
    },
    /// What GDPR 34 asks to tell: where and when, which kinds of data, whom to contact (the
    /// agency's DPO); what was done is said by the message. Never the reporter's free text.
    BreachNotice {
        recipient: String,
        detected: DateTime<Utc>,
        fields: Vec<Field>,
        contact: String,
    },
    ErasureRequested {
        count: u32,
    },
    ErasureOverdue {
        municipality: String,
        count: u32,
    },
}

impl Notice {
    pub fn kind(&self) -> NotificationKind {
        match self {
            Notice::Consent { action: ConsentAction::Give, .. } => NotificationKind::ConsentGiven,
            Notice::Consent { action: ConsentAction::Change, .. } => NotificationKind::ConsentChanged,
            Notice::Consent { action: ConsentAction::Withdraw, .. } => NotificationKind::ConsentWithdrawn,
            Notice::PasskeyAdded { .. } => NotificationKind::PasskeyAdded,
            Notice::PasskeyRemoved { .. } => NotificationKind::PasskeyRemoved,
            Notice::CorrectionFiled { .. } => NotificationKind::CorrectionFiled,
            Notice::CorrectionAcknowledged { .. } => NotificationKind::CorrectionAcknowledged,
            Notice::CorrectionInformationRequested { .. } => NotificationKind::CorrectionInformationRequested,
            Notice::CorrectionExtended { .. } => NotificationKind::CorrectionExtended,
            Notice::CorrectionAccepted { .. } => NotificationKind::CorrectionAccepted,
            Notice::CorrectionRejected { .. } => NotificationKind::CorrectionRejected,
            Notice::CorrectionRecipientTold { .. } => NotificationKind::CorrectionRecipientTold,
            Notice::RecoveryIssued { .. } => NotificationKind::RecoveryIssued,
            Notice::CorrectionDueSoon { .. } => NotificationKind::CorrectionDueSoon,
            Notice::ProtocolEnding { .. } => NotificationKind::ProtocolEnding,
            Notice::ProtocolEnded { .. } => NotificationKind::ProtocolEnded,
            Notice::ConsentCarriedOver { .. } => NotificationKind::ConsentCarriedOver,
            Notice::ConsentReviewAsked { .. } => NotificationKind::ConsentReviewAsked,
            Notice::BreachNotice { .. } => NotificationKind::BreachNotice,
            Notice::ErasureRequested { .. } => NotificationKind::ErasureRequested,
            Notice::ErasureOverdue { .. } => NotificationKind::ErasureOverdue,
        }
    }

    /// The message's variables, as stored beside the kind.
    pub fn params(&self) -> serde_json::Value {
        use serde_json::json;
        match self {
            Notice::Consent { recipient, .. } => json!({ "recipient": recipient }),
            Notice::PasskeyAdded { name } | Notice::PasskeyRemoved { name } => json!({ "name": name }),
            Notice::CorrectionFiled { field, due }
            | Notice::CorrectionExtended { field, due }
            | Notice::CorrectionDueSoon { field, due } => {
                json!({ "field": field.as_str(), "due": due.to_rfc3339() })
            }
            Notice::CorrectionAccepted { field }
            | Notice::CorrectionRejected { field }
            | Notice::CorrectionAcknowledged { field }
            | Notice::CorrectionInformationRequested { field } => json!({ "field": field.as_str() }),
            Notice::CorrectionRecipientTold { field, person } => json!({ "field": field.as_str(), "person": person }),
            Notice::RecoveryIssued { via } => json!({ "via": via.as_str() }),
            Notice::ProtocolEnding { recipient, until } => {
                json!({ "recipient": recipient, "until": until.to_rfc3339() })
            }
            Notice::ProtocolEnded { recipient }
            | Notice::ConsentCarriedOver { recipient }
            | Notice::ConsentReviewAsked { recipient } => json!({ "recipient": recipient }),
            Notice::ErasureRequested { count } => json!({ "count": count }),
            Notice::ErasureOverdue { municipality, count } => json!({ "municipality": municipality, "count": count }),
            Notice::BreachNotice { recipient, detected, fields, contact } => {
                let fields: Vec<&str> = fields.iter().map(|f| f.as_str()).collect();
                json!({
                    "recipient": recipient,
                    "detected": detected.to_rfc3339(),
                    "fields": fields.join(","),
                    "contact": contact,
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_notice_stores_exactly_its_kinds_variables() {
        let due: DateTime<Utc> = "2026-04-01T21:59:59Z".parse().unwrap();
        let notices = [
            Notice::Consent { action: ConsentAction::Give, recipient: "X".into() },
            Notice::Consent { action: ConsentAction::Change, recipient: "X".into() },
            Notice::Consent { action: ConsentAction::Withdraw, recipient: "X".into() },
            Notice::PasskeyAdded { name: "phone".into() },
            Notice::PasskeyRemoved { name: "phone".into() },
            Notice::CorrectionFiled { field: Field::Phone, due },
            Notice::CorrectionAcknowledged { field: Field::Phone },
            Notice::CorrectionInformationRequested { field: Field::Phone },
            Notice::CorrectionExtended { field: Field::Phone, due },
            Notice::CorrectionAccepted { field: Field::Phone },
            Notice::CorrectionRejected { field: Field::Phone },
            Notice::CorrectionRecipientTold { field: Field::Phone, person: "p".into() },
            Notice::RecoveryIssued { via: RecoveryVia::Email },
            Notice::CorrectionDueSoon { field: Field::Phone, due },
            Notice::ProtocolEnding { recipient: "X".into(), until: due },
            Notice::ProtocolEnded { recipient: "X".into() },
            Notice::ConsentCarriedOver { recipient: "X".into() },
            Notice::ConsentReviewAsked { recipient: "X".into() },
            Notice::BreachNotice {
                recipient: "X".into(),
                detected: due,
                fields: vec![Field::Phone],
                contact: "c".into(),
            },
            Notice::ErasureRequested { count: 2 },
            Notice::ErasureOverdue { municipality: "X".into(), count: 2 },
        ];
        let kinds: Vec<_> = notices.iter().map(Notice::kind).collect();
        assert_eq!(kinds, NotificationKind::ALL, "one notice per kind, in order");
        for n in &notices {
            let mut stored: Vec<String> = n.params().as_object().unwrap().keys().cloned().collect();
            stored.sort();
            let mut wanted: Vec<String> = n.kind().variables().iter().map(|v| v.to_string()).collect();
            wanted.sort();
            assert_eq!(stored, wanted, "{:?}", n.kind());
        }
        assert_eq!(NotificationKind::CorrectionFiled.message_id(), "notification-correction-filed");
    }
}
