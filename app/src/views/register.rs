//! The municipality's registers (art. 4, art. 6): function profiles and their revisions,
//! partner organisations, processors, notices of other onward disclosures, and its staff —
//! as the municipality admin keeps them and the agency reads them. No personal data of
//! inburgeraars: these are registers about the municipality's own organisation.

use crate::domain::fields::Field;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// A function profile as it stands now (its current revision).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileRow {
    /// The profile's id across its revisions (its first revision's id).
    pub id: i32,
    pub revision_no: i32,
    pub name: String,
    pub purpose: String,
    pub fields: Vec<Field>,
    pub active: bool,
    /// When the current revision was made.
    pub revised_at: DateTime<Utc>,
    /// Staff members and API clients that read with it.
    pub holders: u64,
}

/// One revision of a profile, as it was.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileRevision {
    pub revision_no: i32,
    pub name: String,
    pub purpose: String,
    pub fields: Vec<Field>,
    pub made_at: DateTime<Utc>,
    pub superseded_at: Option<DateTime<Utc>>,
}

/// A profile with every revision it had, newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileHistory {
    pub profile: ProfileRow,
    pub revisions: Vec<ProfileRevision>,
    /// The current revision's purpose in other languages.
    pub translations: Vec<(crate::domain::locale::Locale, String)>,
}

/// A registered partner organisation (art. 4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerRow {
    pub slug: String,
    pub name: String,
    pub enterprise_number: String,
    pub purpose: String,
    pub agreement_signed_on: Option<NaiveDate>,
    pub contact: String,
    pub registered_at: DateTime<Utc>,
}

/// A partner's page: its register entry and its purpose in other languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerPage {
    pub partner: PartnerRow,
    pub translations: Vec<(crate::domain::locale::Locale, String)>,
}

/// A processor and its art. 28 agreement (art. 6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcessorRow {
    pub id: i32,
    pub name: String,
    pub service: String,
    pub agreement_signed_on: NaiveDate,
    pub agreement_ref: String,
    pub registered_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
}

/// A notice to the agency of an onward disclosure to a recipient that is not a partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeRow {
    pub id: String,
    pub municipality: String,
    pub recipient: String,
    /// The recipient's slug: how the API names it (`partner`).
    pub recipient_slug: String,
    pub purpose: String,
    pub fields: Vec<Field>,
    pub legal_basis: String,
    pub planned_on: NaiveDate,
    pub notified_at: DateTime<Utc>,
    pub acknowledged_at: Option<DateTime<Utc>>,
}

/// A staff member of the municipality, as its admin sees them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffRow {
    pub public_id: String,
    pub name: String,
    pub is_admin: bool,
    /// The function profile's id (across revisions) and name; none for an admin.
    pub profile: Option<(i32, String)>,
    pub since: DateTime<Utc>,
    pub disabled_at: Option<DateTime<Utc>>,
}

/// A staff invitation the admin issued, not yet used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffInvitationRow {
    pub id: i32,
    pub name: String,
    pub contact: String,
    pub profile: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// The municipality admin's staff page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffOverview {
    pub staff: Vec<StaffRow>,
    pub invitations: Vec<StaffInvitationRow>,
    /// Active profiles to choose from.
    pub profiles: Vec<(i32, String)>,
}

/// One municipality's registers, as the agency reads them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartyRegisters {
    pub municipality: String,
    pub profiles: Vec<ProfileRow>,
    /// Every earlier revision of its profiles, newest first (what a profile allowed before).
    pub earlier_revisions: Vec<ProfileRevision>,
    pub partners: Vec<PartnerRow>,
    pub processors: Vec<ProcessorRow>,
    pub notices: Vec<NoticeRow>,
}
