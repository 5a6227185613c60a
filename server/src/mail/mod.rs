//! E-mail from the outbox (issue 12): the SMTP transport (`PORTAL_SMTP_URL`, lettre) and the
//! message an outbox row becomes (`app::services::notifications::mail_text` says what it says);
//! `worker` sends the due rows. Off without a URL: rows then wait in the outbox, and the inbox
//! has every notice anyway.

pub mod worker;

use app::services::notifications::mail_text::MailText;
use lettre::message::Mailbox;
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

/// How long one SMTP exchange may take before it counts as failed.
const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

/// Sends e-mail through one SMTP server, as one sender.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

/// Why a message did not go out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendFailure {
    /// The error as the mail library says it (the outbox keeps it without addresses).
    pub message: String,
    /// The server could not be reached or broke off (not a reply about this message): the
    /// other messages of the batch would fare no better.
    pub server_unreachable: bool,
}

impl Mailer {
    /// `url`: `smtp://host[:port]` (plain; `?tls=required` or `?tls=opportunistic` for STARTTLS)
    /// or `smtps://[user:pass@]host[:port]`; `from`: `Name <address>` or an address.
    pub fn new(url: &str, from: &str) -> Result<Mailer, String> {
        Mailer::check_url(url)?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| e.to_string())?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        let from = from.parse::<Mailbox>().map_err(|e| e.to_string())?;
        Ok(Mailer { transport, from })
    }

    /// Whether `url` names an SMTP server lettre can use (for the configuration's check).
    pub fn check_url(url: &str) -> Result<(), String> {
        if !(url.starts_with("smtp://") || url.starts_with("smtps://")) {
            return Err("must start with smtp:// or smtps://".into());
        }
        AsyncSmtpTransport::<Tokio1Executor>::from_url(url).map(|_| ()).map_err(|e| e.to_string())
    }

    /// Whether `from` is a sender address (`Name <address>` or an address).
    pub fn check_from(from: &str) -> Result<(), String> {
        from.parse::<Mailbox>().map(|_| ()).map_err(|e| e.to_string())
    }

    /// Sends one plain-text e-mail to `to`.
    pub async fn send(&self, to: &str, text: &MailText) -> Result<(), SendFailure> {
        let refused = |message: String| SendFailure { message, server_unreachable: false };
        let to = to.parse::<Mailbox>().map_err(|e| refused(format!("bad address: {e}")))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(text.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(text.body.clone())
            .map_err(|e| refused(e.to_string()))?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| SendFailure {
            server_unreachable: !(e.is_transient() || e.is_permanent()),
            message: e.to_string(),
        })
    }
}
