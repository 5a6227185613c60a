//! What an e-mail from the outbox says (issue 12), in the row's language (`locales/*/mail.ftl`):
//! a greeting with the recipient's given name, that there is a new message in the portal, and
//! the link to the inbox — nothing else personal: no field, no value, no deadline; what the
//! message says is read in the portal after signing in. The one exception is a delivered
//! recovery invitation: its link and short code *are* the delivery.

use super::mail::Claimed;
use crate::i18n::{FluentValue, I18n};

/// Where every account reads its messages (persons and staff alike).
pub const INBOX_PATH: &str = "/me/notifications";

/// An e-mail as plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailText {
    pub subject: String,
    pub body: String,
}

/// The e-mail for a claimed row; links start at `public_url` (the portal's origin).
pub fn render(mail: &Claimed, public_url: &str) -> MailText {
    let i = I18n::new(mail.language);
    // Fluent's isolation marks keep a Latin name in place inside right-to-left text; left-to-right
    // text needs none, and plain-text mail readers are better off without invisible characters.
    let text = |s: String| if mail.language.is_rtl() { s } else { s.replace(['\u{2068}', '\u{2069}'], "") };
    let greeting = text(i.t_args("mail-greeting", [("name", FluentValue::from(mail.greeting_name.as_str()))]));
    let footer = i.t("mail-footer");
    match &mail.invitation {
        Some(inv) => MailText {
            subject: i.t("mail-invitation-subject"),
            body: [
                greeting,
                String::new(),
                i.t("mail-invitation-intro"),
                format!("{public_url}/invite/{}", inv.secret),
                String::new(),
                i.t("mail-invitation-code"),
                inv.short_code.clone(),
                format!("{public_url}/invite"),
                String::new(),
                i.t("mail-invitation-not-you"),
                String::new(),
                footer,
            ]
            .join("\n"),
        },
        None => MailText {
            subject: i.t("mail-subject"),
            body: [
                greeting,
                String::new(),
                i.t("mail-new-message"),
                i.t("mail-read-it"),
                format!("{public_url}{INBOX_PATH}"),
                String::new(),
                footer,
            ]
            .join("\n"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::locale::Locale;
    use crate::domain::notification::NotificationKind;
    use crate::services::notifications::mail::CarriedInvitation;

    const URL: &str = "https://portal.example.be";

    /// Values a notice could carry (and some personal values it must never): none may show.
    const VALUES: &[(&str, &str)] = &[
        ("field", "phone"),
        ("due", "2026-04-01T21:59:59+00:00"),
        ("recipient", "Lokaal Bestuur Sint-Pieters-Leeuw"),
        ("name", "Telefoon van Amal"),
        ("person", "3f1c9a6e-pseudonym"),
        ("via", "email"),
        ("phone", "+32470123489"),
        ("email", "amal.haddad@example.org"),
        ("address", "Pastorijstraat 1"),
    ];

    fn claimed(language: Locale, kind: NotificationKind) -> Claimed {
        Claimed {
            id: 1,
            destination: "amal.haddad@example.org".into(),
            language,
            kind: Some(kind),
            params: VALUES.iter().map(|(k, v)| (k.to_string(), serde_json::Value::from(*v))).collect(),
            greeting_name: "Amal".into(),
            invitation: None,
        }
    }

    #[test]
    fn an_email_says_there_is_a_message_and_nothing_of_what_it_says() {
        for locale in Locale::ALL {
            let i = I18n::new(*locale);
            for kind in NotificationKind::ALL {
                let mail = render(&claimed(*locale, *kind), URL);
                let all = format!("{}\n{}", mail.subject, mail.body);
                for (key, value) in VALUES {
                    assert!(!all.contains(value), "{locale} {kind:?}: the {key} shows in\n{all}");
                }
                assert!(!all.contains("2026"), "{locale} {kind:?}: no date");
                assert!(mail.body.contains("Amal"), "{locale}: the greeting names them");
                assert!(mail.body.contains(&format!("{URL}/me/notifications")), "{locale}: the inbox link");
                assert!(mail.body.contains(&i.t("mail-new-message")), "{locale}");
                assert_eq!(mail.subject, i.t("mail-subject"));
                assert!(!mail.subject.contains('\n'));
            }
            let unknown = Claimed { kind: None, ..claimed(*locale, NotificationKind::ConsentGiven) };
            assert_eq!(render(&unknown, URL).subject, i.t("mail-subject"));
        }
    }

    #[test]
    fn isolation_marks_only_in_right_to_left_text() {
        let nl = render(&claimed(Locale::Nl, NotificationKind::PasskeyAdded), URL);
        assert!(nl.body.starts_with("Beste Amal,"), "{}", nl.body);
        let ar = render(&claimed(Locale::Ar, NotificationKind::PasskeyAdded), URL);
        assert!(ar.body.contains("\u{2068}Amal\u{2069}"), "{}", ar.body);
        assert!(ar.body.lines().any(|l| l == format!("{URL}/me/notifications")), "the link on a line of its own");
    }

    #[test]
    fn a_delivered_invitation_carries_its_link_and_code_and_nothing_else() {
        for locale in Locale::ALL {
            let i = I18n::new(*locale);
            let secret = CarriedInvitation { secret: "s3cr3t-link".into(), short_code: "ABCD-EFGH".into() };
            let row = Claimed { invitation: Some(secret), ..claimed(*locale, NotificationKind::RecoveryIssued) };
            let mail = render(&row, URL);
            assert_eq!(mail.subject, i.t("mail-invitation-subject"));
            assert!(mail.body.lines().any(|l| l == format!("{URL}/invite/s3cr3t-link")), "{}", mail.body);
            assert!(mail.body.lines().any(|l| l == "ABCD-EFGH"));
            for (key, value) in VALUES {
                assert!(!mail.body.contains(value), "{locale}: the {key} shows");
            }
        }
    }
}
