//! Messages to a person outside the portal (the notification outbox): which channels the
//! contact data on file gives, which one carries a recovery invitation, and how a destination
//! is shown to staff — masked, so the admin page says where a message went without repeating
//! the contact data; and how a delivery that failed is retried.

use super::coded_enum;

coded_enum!(
    /// How a message leaves the portal, as stored in the outbox.
    OutboxChannel, "error-bad-request" {
        Email => "email",
        Sms => "sms",
        /// Printed and posted to the address on file.
        Letter => "letter",
    }
);

coded_enum!(
    /// Where an outbox row stands. A row that carries an invitation is cancelled (and its
    /// secret cleared) when the invitation is revoked before it went out.
    OutboxStatus, "error-bad-request" {
        Pending => "pending",
        Sent => "sent",
        Failed => "failed",
        Cancelled => "cancelled",
    }
);

coded_enum!(
    /// How a recovery invitation reached the person, as the notice about it says.
    RecoveryVia, "error-bad-request" {
        Email => "email",
        Sms => "sms",
        Letter => "letter",
        /// Handed over at the counter, a second agency admin having approved it.
        InPerson => "in_person",
    }
);

impl From<OutboxChannel> for RecoveryVia {
    fn from(c: OutboxChannel) -> RecoveryVia {
        match c {
            OutboxChannel::Email => RecoveryVia::Email,
            OutboxChannel::Sms => RecoveryVia::Sms,
            OutboxChannel::Letter => RecoveryVia::Letter,
        }
    }
}

/// The contact data on file, as the outbox needs it.
#[derive(Debug, Clone, Copy)]
pub struct Contact<'a> {
    pub email: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub address: &'a str,
}

/// Every channel the person can be reached on, the one that carries an invitation first:
/// e-mail if there is one, then SMS; a printed letter only when there is neither.
pub fn channels(contact: Contact<'_>) -> Vec<(OutboxChannel, String)> {
    let present = |v: Option<&str>| v.map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
    let mut out = Vec::new();
    if let Some(e) = present(contact.email) {
        out.push((OutboxChannel::Email, e));
    }
    if let Some(p) = present(contact.phone) {
        out.push((OutboxChannel::Sms, p));
    }
    if out.is_empty() {
        out.push((OutboxChannel::Letter, contact.address.trim().to_owned()));
    }
    out
}

/// A row is given up (`failed`) after this many attempts: about a day of retries.
pub const MAX_ATTEMPTS: i32 = 12;
/// The first retry waits this long; each further one twice as long, up to [`MAX_RETRY_DELAY_SECS`].
pub const FIRST_RETRY_DELAY_SECS: i64 = 30;
pub const MAX_RETRY_DELAY_SECS: i64 = 3600;

/// How long to wait after the `attempts`-th failed attempt (1 for the first): 30 s, 1 min, 2 min, …,
/// at most an hour.
pub fn retry_delay(attempts: i32) -> chrono::Duration {
    let doublings = attempts.saturating_sub(1).clamp(0, 20) as u32;
    let secs = FIRST_RETRY_DELAY_SECS.saturating_mul(1 << doublings).min(MAX_RETRY_DELAY_SECS);
    chrono::Duration::seconds(secs)
}

/// What is kept of a delivery error: without addresses (a mail server's refusal may repeat the
/// recipient's), on one line, at most 300 characters.
pub fn error_summary(error: &str) -> String {
    let words: Vec<&str> = error.split_whitespace().map(|w| if w.contains('@') { "[address]" } else { w }).collect();
    words.join(" ").chars().take(300).collect()
}

const HIDDEN: &str = "•••";

/// A destination as staff may see it: `j•••@example.org`, `+32•••••89`, `••• 1600 Sint-Pieters-Leeuw`.
pub fn masked(channel: OutboxChannel, destination: &str) -> String {
    match channel {
        OutboxChannel::Email => match destination.split_once('@') {
            Some((local, domain)) => {
                let first: String = local.chars().take(1).collect();
                format!("{first}{HIDDEN}@{domain}")
            }
            None => HIDDEN.into(),
        },
        OutboxChannel::Sms => {
            let chars: Vec<char> = destination.chars().collect();
            if chars.len() < 6 {
                return HIDDEN.into();
            }
            let head: String = chars[..3].iter().collect();
            let tail: String = chars[chars.len() - 2..].iter().collect();
            format!("{head}{}{tail}", "•".repeat(chars.len() - 5))
        }
        // The street and number stay hidden; the postcode and town say which address it is.
        OutboxChannel::Letter => match destination.rsplit_once(',') {
            Some((_, town)) if !town.trim().is_empty() => format!("{HIDDEN} {}", town.trim()),
            _ => HIDDEN.into(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_first_then_sms_and_a_letter_only_without_either() {
        let both = Contact { email: Some("jan@example.org"), phone: Some("+32470123489"), address: "Straat 1, 1600 X" };
        let got: Vec<_> = channels(both).into_iter().map(|(c, _)| c).collect();
        assert_eq!(got, vec![OutboxChannel::Email, OutboxChannel::Sms]);
        let phone_only = Contact { email: Some("  "), ..both };
        assert_eq!(channels(phone_only)[0], (OutboxChannel::Sms, "+32470123489".into()));
        let none = Contact { email: None, phone: None, address: " Straat 1, 1600 X " };
        assert_eq!(channels(none), vec![(OutboxChannel::Letter, "Straat 1, 1600 X".into())]);
    }

    #[test]
    fn retries_wait_twice_as_long_each_time_up_to_an_hour() {
        let secs = |n| retry_delay(n).num_seconds();
        assert_eq!((secs(1), secs(2), secs(3)), (30, 60, 120));
        assert_eq!(secs(8), 3600, "30 s × 2^7 = 64 min, capped");
        assert_eq!((secs(MAX_ATTEMPTS), secs(i32::MAX), secs(0)), (3600, 3600, 30));
    }

    #[test]
    fn delivery_errors_keep_no_address() {
        let e = "permanent error (550): 5.1.1 <jan.peeters@example.org>: Recipient\naddress rejected";
        assert_eq!(error_summary(e), "permanent error (550): 5.1.1 [address] Recipient address rejected");
        assert_eq!(error_summary(&"x".repeat(500)).len(), 300);
    }

    #[test]
    fn destinations_are_masked_for_staff() {
        assert_eq!(masked(OutboxChannel::Email, "jan.peeters@example.org"), "j•••@example.org");
        assert_eq!(masked(OutboxChannel::Email, "no at sign"), "•••");
        assert_eq!(masked(OutboxChannel::Sms, "+32470123489"), "+32•••••••89");
        assert_eq!(masked(OutboxChannel::Sms, "123"), "•••");
        let letter = masked(OutboxChannel::Letter, "Pastorijstraat 1, 1600 Sint-Pieters-Leeuw");
        assert_eq!(letter, "••• 1600 Sint-Pieters-Leeuw");
        assert!(!letter.contains("Pastorijstraat"));
        assert_eq!(masked(OutboxChannel::Letter, "Pastorijstraat 1"), "•••");
        assert_eq!(RecoveryVia::from(OutboxChannel::Sms), RecoveryVia::Sms);
    }
}
