//! The municipality: its staff read through the one disclosure path; its systems use the API.

mod disclosure_path;
mod openapi;
