//! Group commit for disclosures: the reads that arrive while a batch is being written go
//! together into the next one — one transaction, one query per kind of fact, one extension of
//! the audit chain — through the same path as a single read (`record::record_all`). Each
//! reader gets its fields only after its batch has committed, so what a recipient received is
//! always on the person's record.

use super::record::{Read, record_all};
use super::{Disclosed, DisclosureRequest, Reader, reader};
use crate::services::batch::{Batcher, RunBatch};
use crate::services::{ServiceError, WriteTx};
use crate::store::Db;
use chrono::{DateTime, Utc};
use sea_orm::DbErr;
use std::sync::Arc;

/// At most this many reads share a transaction: enough to carry a burst, few enough to keep
/// the writer's turn (and an `IN` list) short.
const MAX_BATCH: usize = 64;

struct Job {
    reader: Reader,
    req: DisclosureRequest,
    now: DateTime<Utc>,
}

type Outcome = Result<Disclosed, ServiceError>;

/// The disclosures of one database, batched.
#[derive(Clone, Debug)]
pub struct Disclosures {
    db: Db,
    batcher: Batcher<Job, Outcome>,
}

impl Disclosures {
    pub fn new(db: Db) -> Disclosures {
        let writer_db = db.clone();
        let run: RunBatch<Job, Outcome> = Arc::new(move |jobs| {
            let db = writer_db.clone();
            Box::pin(async move { write(&db, jobs).await })
        });
        Disclosures { db, batcher: Batcher::new(MAX_BATCH, run) }
    }

    /// Decides, records and returns, like [`super::disclose`], in a batch with the reads that
    /// arrive meanwhile. A refusal writes nothing.
    pub async fn disclose(&self, req: DisclosureRequest, now: DateTime<Utc>) -> Outcome {
        let reader = reader(&self.db.conn, &req).await?;
        let outcome = self.batcher.submit(Job { reader, req, now }).await;
        outcome.unwrap_or(Err(ServiceError::Internal("the disclosure writer stopped")))
    }
}

/// One batch in one transaction, at the latest of its reads' instants (each event keeps its own).
async fn write(db: &Db, jobs: Vec<Job>) -> Vec<Outcome> {
    let reads: Vec<Read> = jobs.iter().map(|j| Read { reader: &j.reader, req: &j.req, now: j.now }).collect();
    let now = jobs.iter().map(|j| j.now).max().unwrap_or_default();
    let written: Result<Vec<Outcome>, DbErr> = async {
        let tx = WriteTx::begin(db, now).await?;
        let outcomes = record_all(&tx, &reads).await?;
        tx.commit().await?;
        Ok(outcomes)
    }
    .await;
    match written {
        Ok(outcomes) => outcomes,
        // Nothing of the batch was committed: every read in it fails (each logged with its
        // own correlation id when it reaches its client).
        Err(e) => jobs.iter().map(|_| Err(ServiceError::Db(e.clone()))).collect(),
    }
}
