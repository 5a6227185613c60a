//! The municipality: its staff read through the one disclosure path; its systems use the API.

mod api_batches;
mod api_reads;
mod api_writes;
mod contract;
mod disclosure_path;
mod dpo_tenancy;
mod openapi;
mod partner_translations;
mod profile_translations;
mod registers;
mod tenancy;
