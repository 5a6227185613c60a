//! `portal import persons`: a whole export of the client-tracking system, checked row by row.
//! A bad row is reported with its line, column and reason and the good rows still go in — or,
//! all or nothing, none do. Rows go in batches, each in one transaction (one read of the known
//! dossiers, one insert of the new persons, one audit chain extension), so 100,000 rows take
//! seconds, and an import cut short leaves whole batches that the same file completes when it
//! is run again.

use super::apply::{Outcome, apply_all};
use crate::domain::source_record::{RecordProblem, SourceRecord};
use crate::services::{ServiceError, WriteTx};
use crate::store::Db;
use chrono::{DateTime, Utc};
use std::collections::HashMap;

/// Records per transaction.
pub const BATCH: usize = 500;

/// One row of the file: where it was, and what checking it gave.
#[derive(Debug, Clone)]
pub struct ImportRow {
    /// The row's first line in the file (1 is the header of a CSV file).
    pub line: u64,
    pub record: Result<SourceRecord, Vec<RecordProblem>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The good rows go in, whatever the bad ones say.
    GoodRows,
    /// One bad row and nothing goes in (one transaction for the whole file).
    AllOrNothing,
}

/// What one row did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowReport {
    pub line: u64,
    pub dossier_ref: Option<String>,
    pub outcome: Outcome,
    /// For a dossier the file names twice: the line that named it first.
    pub duplicate_of: Option<u64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub new: usize,
    pub changed: usize,
    pub unchanged: usize,
    pub refused: usize,
    /// Parties told of a changed field they held (GDPR 19), over all rows.
    pub recipients_told: usize,
    /// Whether anything was written (all or nothing with a refused row: no).
    pub written: bool,
}

#[derive(Debug, Clone)]
pub struct ImportReport {
    pub rows: Vec<RowReport>,
    pub summary: Summary,
}

/// Imports the rows in file order. `progress` is told how many rows are done after each batch.
pub async fn import(
    db: &Db,
    actor: &str,
    rows: Vec<ImportRow>,
    mode: Mode,
    now: DateTime<Utc>,
    mut progress: impl FnMut(usize),
) -> Result<ImportReport, ServiceError> {
    let mut reports: Vec<RowReport> = Vec::with_capacity(rows.len());
    let mut good: Vec<(usize, SourceRecord)> = Vec::with_capacity(rows.len());
    let mut first_line: HashMap<String, u64> = HashMap::new();
    for row in rows {
        let (dossier_ref, outcome, duplicate_of) = match row.record {
            Err(problems) => (None, Outcome::Refused(problems), None),
            Ok(record) => {
                let dossier = record.dossier_ref.as_str().to_owned();
                match first_line.get(&dossier) {
                    Some(first) => {
                        let problem =
                            RecordProblem { column: "dossier_ref", message_id: "import-error-duplicate-dossier" };
                        (Some(dossier), Outcome::Refused(vec![problem]), Some(*first))
                    }
                    None => {
                        first_line.insert(dossier.clone(), row.line);
                        good.push((reports.len(), record));
                        // Until its batch is applied (or, all or nothing, never: the report
                        // then says nothing was written).
                        (Some(dossier), Outcome::Unchanged, None)
                    }
                }
            }
        };
        reports.push(RowReport { line: row.line, dossier_ref, outcome, duplicate_of });
    }
    let refused_before = reports.len() - good.len();
    let all_or_nothing = mode == Mode::AllOrNothing;
    if all_or_nothing && refused_before > 0 {
        return Ok(finish(reports, false));
    }
    let mut done = refused_before;
    progress(done);
    let mut whole = if all_or_nothing { Some(WriteTx::begin(db, now).await?) } else { None };
    for batch in good.chunks(BATCH) {
        let records: Vec<SourceRecord> = batch.iter().map(|(_, r)| r.clone()).collect();
        let outcomes = match &whole {
            Some(tx) => apply_all(tx, actor, &records).await?,
            None => {
                let tx = WriteTx::begin(db, now).await?;
                let outcomes = apply_all(&tx, actor, &records).await?;
                tx.commit().await?;
                outcomes
            }
        };
        for ((index, _), outcome) in batch.iter().zip(outcomes) {
            reports[*index].outcome = outcome;
        }
        done += batch.len();
        progress(done);
    }
    let refused = reports.iter().any(|r| matches!(r.outcome, Outcome::Refused(_)));
    if let Some(tx) = whole.take() {
        if refused {
            // A row the store refused (an unknown protocol, an erased person): nothing goes in.
            drop(tx);
            return Ok(finish(reports, false));
        }
        tx.commit().await?;
    }
    Ok(finish(reports, true))
}

fn finish(rows: Vec<RowReport>, written: bool) -> ImportReport {
    let mut summary = Summary { written, ..Summary::default() };
    for r in &rows {
        match &r.outcome {
            Outcome::Refused(_) => summary.refused += 1,
            _ if !written => {}
            Outcome::New => summary.new += 1,
            Outcome::Changed { recipients_told, .. } => {
                summary.changed += 1;
                summary.recipients_told += recipients_told;
            }
            Outcome::Unchanged => summary.unchanged += 1,
        }
    }
    ImportReport { rows, summary }
}
