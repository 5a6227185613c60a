//! The queries services share: each is written once, here, instead of one service borrowing
//! another's. Every function takes any connection (pool or transaction).

pub mod consent;
pub mod consent_now;
pub mod disclosure;
pub mod party;
pub mod person;
pub mod pilot;
pub mod profile;
pub mod protocol;
pub mod protocol_many;
pub mod rectification;
pub mod staff;
