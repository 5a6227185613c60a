//! Plain HTML form handlers that answer with a page rendered right away (nothing to store
//! between the POST and the page that shows its result).

pub mod admin;
