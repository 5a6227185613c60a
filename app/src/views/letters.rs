//! Invitation letters (issue 16): what a print run gives the page that prints them.

use crate::domain::locale::Locale;
use crate::domain::outbox::OutboxChannel;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A protocol that concerns the person, as their letter names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterProtocol {
    /// Who asks for consent (the municipality).
    pub recipient: String,
    /// The title in the letter's language, else the binding Dutch.
    pub title: String,
    /// The Dutch title.
    pub title_nl: String,
}

/// One person's letter: a page in their contact language, and Dutch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letter {
    pub name: String,
    pub address: String,
    pub dossier_ref: String,
    pub language: Locale,
    /// The invitation link (also drawn as the QR code).
    pub url: String,
    pub short_code: String,
    pub expires_at: DateTime<Utc>,
    /// The person already has an account: the letter is a recovery and says so.
    pub recovery: bool,
    pub protocols: Vec<LetterProtocol>,
}

/// A recovery sent to the contact data on file instead of printed (the admin desk never sees
/// the secret of a recovery): which dossier, and where it went, masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveredInstead {
    pub dossier_ref: String,
    pub channel: OutboxChannel,
    pub masked_to: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterRun {
    pub letters: Vec<Letter>,
    pub delivered: Vec<DeliveredInstead>,
}
