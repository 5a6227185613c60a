//! GDPR 7(3): a person gives, changes or withdraws their own consent — same screen, one action,
//! effective at once. The form's saves go through [`super::Consents`] (group commit); this is
//! the same write for one save on its own (the demo, the CLI, tests).

use super::queue::{OwnChange, write};
use crate::domain::consent::ConsentScopes;
use crate::domain::ids::PersonId;
use crate::domain::locale::Locale;
use crate::services::ServiceError;
use crate::store::consent_event;
use chrono::{DateTime, Utc};

/// A person changes their own consent under the protocol's version in force (give, change or
/// withdraw: the scopes decide). Effective at once: the next read by a recipient sees it.
pub async fn change_own(
    db: &crate::store::Db,
    person_id: PersonId,
    protocol_slug: &str,
    scopes: ConsentScopes,
    language: Locale,
    now: DateTime<Utc>,
) -> Result<consent_event::Model, ServiceError> {
    let change = OwnChange { person_id, protocol_slug: protocol_slug.to_owned(), scopes, language, now };
    write(db, vec![change]).await.pop().unwrap_or(Err(ServiceError::Internal("no outcome for the save")))
}
