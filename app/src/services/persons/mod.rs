//! Persons as the agency's client-tracking system holds them (decree art. 20 §1; issue 16):
//! `apply` brings checked records in (new, changed — a correction recipients are told about —
//! or unchanged), `import` does it for a whole file with a report per row, `sync` for one
//! person the agency's system puts through the API, `letters` prints their invitations in bulk.

mod apply;
mod import;
pub mod letters;
mod source_correction;
pub mod sync;

pub use apply::{Outcome, apply_all};
pub use import::{BATCH, ImportReport, ImportRow, Mode, RowReport, Summary, import};
