//! Group commit for a person's own consent (GDPR 7(3): give, change, withdraw, effective at
//! once): the saves that arrive while a batch is being written go together into the next one —
//! one transaction, one commit — each in a savepoint of its own, so a save that is refused
//! (a protocol no longer in force, a change that changes nothing) undoes only itself. Each
//! person is answered only after their batch has committed: a consent the portal said it
//! saved is on the record.

use super::{ConsentChange, record, version_accepting_consent};
use crate::domain::consent::{ConsentChannel, ConsentScopes};
use crate::domain::ids::PersonId;
use crate::domain::locale::Locale;
use crate::services::batch::{Batcher, RunBatch};
use crate::services::{ServiceError, WriteTx};
use crate::store::{Db, consent_event};
use chrono::{DateTime, Utc};
use sea_orm::DbErr;
use std::sync::Arc;

/// At most this many saves share a transaction: a burst's worth, and a short writer's turn.
const MAX_BATCH: usize = 64;

/// One person's change of their own consent under a protocol's version in force.
#[derive(Debug, Clone)]
pub struct OwnChange {
    pub person_id: PersonId,
    pub protocol_slug: String,
    pub scopes: ConsentScopes,
    /// The language of the notice the person read.
    pub language: Locale,
    pub now: DateTime<Utc>,
}

type Outcome = Result<consent_event::Model, ServiceError>;

/// The own-consent saves of one database, batched.
#[derive(Clone, Debug)]
pub struct Consents {
    batcher: Batcher<OwnChange, Outcome>,
}

impl Consents {
    pub fn new(db: Db) -> Consents {
        let run: RunBatch<OwnChange, Outcome> = Arc::new(move |jobs| {
            let db = db.clone();
            Box::pin(async move { write(&db, jobs).await })
        });
        Consents { batcher: Batcher::new(MAX_BATCH, run) }
    }

    /// Records the change, in a batch with the saves that arrive meanwhile; returns after the
    /// batch has committed.
    pub async fn change_own(&self, change: OwnChange) -> Outcome {
        let outcome = self.batcher.submit(change).await;
        outcome.unwrap_or(Err(ServiceError::Internal("the consent writer stopped")))
    }
}

/// Writes one batch in one transaction (at the latest of its instants; each event keeps its
/// own). If the transaction itself fails, every save in it fails: nothing was committed.
pub(super) async fn write(db: &Db, jobs: Vec<OwnChange>) -> Vec<Outcome> {
    let now = jobs.iter().map(|j| j.now).max().unwrap_or_default();
    let count = jobs.len();
    let written: Result<Vec<Outcome>, DbErr> = async {
        let tx = WriteTx::begin(db, now).await?;
        let mut outcomes = Vec::with_capacity(count);
        for job in jobs {
            outcomes.push(write_one(&tx, job, count > 1).await?);
        }
        tx.commit().await?;
        Ok(outcomes)
    }
    .await;
    match written {
        Ok(outcomes) => outcomes,
        Err(e) => (0..count).map(|_| Err(ServiceError::Db(e.clone()))).collect(),
    }
}

/// One save, in its own savepoint when it shares the transaction. `Err` only when the
/// transaction itself can go no further.
async fn write_one(tx: &WriteTx<'_>, job: OwnChange, in_batch: bool) -> Result<Outcome, DbErr> {
    let sp = if in_batch { Some(tx.savepoint(job.now).await?) } else { None };
    let on = sp.as_ref().unwrap_or(tx);
    let outcome = async {
        let version = version_accepting_consent(on, &job.protocol_slug).await?;
        let change = ConsentChange {
            person_id: job.person_id,
            protocol_version_id: version.id,
            scopes: job.scopes,
            channel: ConsentChannel::SelfService,
            assisted_by: None,
            language: job.language,
            occurred_at: job.now,
        };
        record(on, change).await
    }
    .await;
    match (sp, &outcome) {
        (Some(sp), Ok(_)) => sp.commit().await?,
        (Some(sp), Err(_)) => sp.rollback().await?,
        (None, _) => {}
    }
    // A lone save that failed leaves its transaction to be rolled back when it is dropped.
    match outcome {
        Err(ServiceError::Db(e)) if !in_batch => Err(e),
        outcome => Ok(outcome),
    }
}
