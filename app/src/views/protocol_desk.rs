//! The protocol admin's desk: every protocol with its versions, and one version's page (a
//! draft's terms and texts with what stands in the way of publishing it and how it differs from
//! the version in force; a published version's state and end).

use crate::domain::fields::Field;
use crate::domain::locale::Locale;
use crate::domain::protocol::ProtocolState;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeskVersion {
    pub version_no: i32,
    pub state: ProtocolState,
    pub valid_from: NaiveDate,
    pub valid_until: Option<NaiveDate>,
    /// The first day it is no longer in force, once terminated or noticed.
    pub ends_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeskProtocol {
    pub slug: String,
    pub title: String,
    pub recipient: String,
    /// Newest first, drafts included.
    pub versions: Vec<DeskVersion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProtocolDesk {
    pub protocols: Vec<DeskProtocol>,
    /// The municipalities a new protocol can be made with: (party id, name).
    pub municipalities: Vec<(i32, String)>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextView {
    pub language: Locale,
    pub title: String,
    pub body: String,
    pub consent_notice: String,
    pub purposes: Option<String>,
}

/// What stands in the way of publishing: the message and the language it is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub message_id: String,
    pub language: Option<Locale>,
}

/// How a draft differs from the version in force (`against`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftDiff {
    pub against: i32,
    /// Label ids of the terms that changed.
    pub changed: Vec<String>,
    pub fields_added: Vec<Field>,
    pub fields_removed: Vec<Field>,
    /// Languages whose title, text or consent notice changed, or was added or removed.
    pub texts_changed: Vec<Locale>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VersionPage {
    pub slug: String,
    pub title: String,
    pub recipient: String,
    pub version_no: i32,
    pub state: ProtocolState,
    pub terms: crate::domain::protocol_terms::Terms,
    pub texts: Vec<TextView>,
    /// A draft's: empty when it may be published.
    pub problems: Vec<Problem>,
    pub diff: Option<DraftDiff>,
    pub ends_on: Option<NaiveDate>,
    pub termination_reason: Option<String>,
    /// Whether it can still be ended (published, in force or to start, not ended yet).
    pub endable: bool,
    pub notice_period_months: i32,
}

/// A protocol whose end has been set and not yet reached, as start pages announce it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EndingProtocol {
    pub slug: String,
    pub title: String,
    /// The last day it is in force.
    pub last_day: NaiveDate,
}
