//! The person's own pages and records: consent and receipts, who received my data, my
//! corrections, the language the portal speaks — and that nobody reaches another's.

mod consent_batches;
mod consent_receipts;
mod corrections;
mod disclosures;
mod isolation;
mod language;
mod receipt_forgery;
mod records;
