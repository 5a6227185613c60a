//! The e-mail worker (issue 12): at each run of the `mail_outbox` job (`crate::jobs`) it claims the due e-mail rows of the outbox under a
//! lease (`notifications::mail::claim_due`: of several `portal` instances, one sends each row),
//! sends each, and marks it sent or failed (retried with backoff). When the SMTP server cannot
//! be reached, the rest of the batch is not tried: each row counts the failed attempt and waits
//! for its retry. At least once: a crash between sending and marking sends that one again after
//! the lease; none is lost.

use super::Mailer;
use app::services::ServiceError;
use app::services::context::AppContext;
use app::services::notifications::{mail, mail_text};

/// How long a claimed row stays this worker's: far longer than a batch takes (an SMTP exchange
/// times out after 20 s, and an unreachable server ends the batch).
pub const LEASE: chrono::Duration = chrono::Duration::minutes(5);
/// Rows claimed at a time.
pub const BATCH: u64 = 10;

/// One worker instance: its mailer and the name its leases carry.
pub struct MailWorker {
    mailer: Mailer,
    id: String,
}

/// What one round did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Round {
    pub sent: usize,
    pub failed: usize,
}

impl MailWorker {
    /// A worker named after this process and a random part, so two instances never share a name.
    pub fn new(mailer: Mailer) -> MailWorker {
        let random = uuid::Uuid::new_v4().simple().to_string();
        MailWorker::named(mailer, format!("portal-{}-{}", std::process::id(), &random[..12]))
    }

    pub fn named(mailer: Mailer, id: impl Into<String>) -> MailWorker {
        MailWorker { mailer, id: id.into() }
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// Claims the due rows and sends them; each is marked at the clock's now after its attempt.
    pub async fn round(&self, ctx: &AppContext) -> Result<Round, ServiceError> {
        let claimed = mail::claim_due(&ctx.db, &self.id, ctx.now(), LEASE, BATCH).await?;
        let mut round = Round::default();
        let mut unreachable: Option<String> = None;
        for row in claimed {
            let outcome = match &unreachable {
                Some(error) => Err(error.clone()),
                None => {
                    let text = mail_text::render(&row, &ctx.public_url);
                    self.mailer.send(&row.destination, &text).await.map_err(|f| {
                        if f.server_unreachable {
                            unreachable = Some(f.message.clone());
                        }
                        f.message
                    })
                }
            };
            match outcome {
                Ok(()) => {
                    if !mail::mark_sent(&ctx.db, row.id, &self.id, ctx.now()).await? {
                        tracing::warn!(outbox_id = row.id, "e-mail sent after this worker's lease ran out");
                    }
                    round.sent += 1;
                }
                Err(error) => {
                    mail::mark_failed(&ctx.db, row.id, &self.id, &error, ctx.now()).await?;
                    round.failed += 1;
                }
            }
        }
        Ok(round)
    }
}
