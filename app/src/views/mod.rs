//! Read models: what services return and what pages and server functions show. Plain data
//! (serde, no database types), compiled on both sides, owned by neither `services` nor `ui`,
//! so that the layers point one way: services build these, the api and the pages read them.

pub mod account;
pub mod admin;
pub mod api;
pub mod audit;
pub mod breach;
pub mod consent;
pub mod corrections;
pub mod disclosure_register;
pub mod disclosures;
pub mod form;
pub mod invitation;
pub mod jobs;
pub mod letters;
pub mod local_text;
pub mod my_data;
pub mod pilot;
pub mod protocol;
pub mod protocol_desk;
pub mod rectification;
pub mod register;
pub mod retention;
pub mod source_sync;
