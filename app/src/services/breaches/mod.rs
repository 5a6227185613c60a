//! Personal-data breaches (art. 6/9, GDPR 33): municipalities report them (`report`), the
//! agency's DPO keeps the register (`register`), acknowledges reports and tells the persons
//! concerned (`handle`).

mod handle;
mod register;
mod report;

pub use handle::take_step;
pub use register::{all, of_party};
pub use report::{Report, report};
