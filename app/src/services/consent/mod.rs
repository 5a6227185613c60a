//! Recording consent events (DESIGN "Consent"): append-only, a change is a new event, never an
//! update. Every event stores the SHA-256 of the exact notice shown and appends its audit entry
//! and the person's notification in the same transaction.

mod assisted;
mod change_own;
pub mod feed;
pub mod now;
pub mod overview;
mod queue;
mod record;

pub use assisted::{record_assisted, review};
pub use change_own::change_own;
pub use queue::{Consents, OwnChange};

use super::{ServiceError, WriteTx};
use crate::domain::consent::{ConsentChannel, ConsentScopes};
use crate::domain::ids::{PersonId, StaffId};
use crate::domain::locale::Locale;
use crate::domain::time::today;
use crate::store::{consent_event, queries};
use chrono::{DateTime, Utc};

/// The audit actor of consent the portal carried over to a new protocol version.
pub const CARRIED_OVER_BY: &str = "system:protocol-effects";

#[derive(Debug, Clone)]
pub struct ConsentChange {
    pub person_id: PersonId,
    pub protocol_version_id: i32,
    pub scopes: ConsentScopes,
    pub channel: ConsentChannel,
    /// Staff member who recorded a consent given on paper (channel `assisted`).
    pub assisted_by: Option<(StaffId, String)>,
    /// Language of the notice the person was shown.
    pub language: Locale,
    pub occurred_at: DateTime<Utc>,
}

/// Records one change inside the caller's transaction (`record::record_all` for one). The
/// stored hash is SHA-256 of the exact notice text of that version in the language shown.
pub async fn record(tx: &WriteTx<'_>, change: ConsentChange) -> Result<consent_event::Model, ServiceError> {
    let mut outcomes = record::record_all(tx, vec![change]).await?;
    outcomes.pop().unwrap_or(Err(ServiceError::Internal("no outcome for the change")))
}

/// Records a change under the version in force of the protocol `protocol_slug` (only a
/// protocol in force accepts consent), then commits.
async fn record_in_force(
    tx: WriteTx<'_>,
    protocol_slug: &str,
    change: impl FnOnce(i32) -> ConsentChange,
) -> Result<consent_event::Model, ServiceError> {
    let version = version_accepting_consent(&tx, protocol_slug).await?;
    let event = record(&tx, change(version.id)).await?;
    tx.commit().await?;
    Ok(event)
}

/// Only a protocol in force accepts consent: its version in force, or why not.
async fn version_accepting_consent(
    tx: &WriteTx<'_>,
    protocol_slug: &str,
) -> Result<crate::store::protocol_version::Model, ServiceError> {
    let proto = queries::protocol::by_slug(&tx.tx, protocol_slug).await?.ok_or(ServiceError::NotFound)?;
    queries::protocol::version_in_force(&tx.tx, proto.id, today(tx.now))
        .await?
        .map_err(|_| ServiceError::Refused("consent-error-not-in-force"))
}
