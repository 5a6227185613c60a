//! Group commit for a person's own consent (GDPR 7(3): give, change, withdraw, effective at
//! once): the saves that arrive while a batch is being written go together into the next one —
//! one transaction, the facts they share read once, one extension of the audit chain — and a
//! save that is refused (a protocol no longer in force, a change that changes nothing) writes
//! nothing while the others go on. Each person is answered only after their batch has
//! committed: a consent the portal said it saved is on the record.

use super::record::record_all;
use super::{ConsentChange, version_accepting_consent};
use crate::domain::consent::{ConsentChannel, ConsentScopes};
use crate::domain::ids::PersonId;
use crate::domain::locale::Locale;
use crate::services::batch::{Batcher, RunBatch};
use crate::services::{ServiceError, WriteTx};
use crate::store::{Db, consent_event};
use chrono::{DateTime, Utc};
use sea_orm::DbErr;
use std::collections::HashMap;
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
/// own) through `record::record_all`: a save that is refused writes nothing and the others go
/// on; if the transaction itself fails, every save in it fails — nothing was committed.
pub(super) async fn write(db: &Db, jobs: Vec<OwnChange>) -> Vec<Outcome> {
    let now = jobs.iter().map(|j| j.now).max().unwrap_or_default();
    let count = jobs.len();
    let written: Result<Vec<Outcome>, DbErr> = async {
        let tx = WriteTx::begin(db, now).await?;
        // The version in force, once per protocol the batch names.
        let mut versions: HashMap<String, Result<i32, ServiceError>> = HashMap::new();
        let mut outcomes: Vec<Option<Outcome>> = Vec::with_capacity(count);
        let mut changes = Vec::with_capacity(count);
        for job in jobs {
            if !versions.contains_key(&job.protocol_slug) {
                let version = match version_accepting_consent(&tx, &job.protocol_slug).await {
                    Ok(v) => Ok(v.id),
                    Err(ServiceError::Db(e)) => return Err(e),
                    Err(refused) => Err(refused),
                };
                versions.insert(job.protocol_slug.clone(), version);
            }
            match &versions[&job.protocol_slug] {
                Ok(version_id) => {
                    outcomes.push(None);
                    changes.push(ConsentChange {
                        person_id: job.person_id,
                        protocol_version_id: *version_id,
                        scopes: job.scopes,
                        channel: ConsentChannel::SelfService,
                        assisted_by: None,
                        language: job.language,
                        occurred_at: job.now,
                    });
                }
                Err(refused) => outcomes.push(Some(Err(refused.clone()))),
            }
        }
        let mut recorded = record_all(&tx, changes).await?.into_iter();
        tx.commit().await?;
        Ok(outcomes.into_iter().map(|o| o.or_else(|| recorded.next()).unwrap_or(Err(ServiceError::NotFound))).collect())
    }
    .await;
    match written {
        Ok(outcomes) => outcomes,
        Err(e) => (0..count).map(|_| Err(ServiceError::Db(e.clone()))).collect(),
    }
}
