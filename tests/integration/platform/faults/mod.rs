//! Faults (issue 15): the real `portal serve` killed with SIGKILL under a write load, two of it
//! on one PostgreSQL with one killed, its database stopped and started, its disk full or made
//! read-only. What must hold every time: every write acknowledged with a success is on the
//! record, nothing is half-written (each event with its audit entry and its fields), the audit
//! chain verifies, and whatever failed said so clearly.

mod crash;
mod load;
mod outage;
mod storage;

pub use load::{WriteLoad, check_records};
