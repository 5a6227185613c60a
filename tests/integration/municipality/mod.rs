//! The municipality's staff read through the one disclosure path.

mod disclosure_path;
