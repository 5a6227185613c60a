//! Staff-assisted consent: a consent the person gave on paper, recorded by agency staff after
//! a review step that names the dossier's person.

pub mod form;
pub mod review;
