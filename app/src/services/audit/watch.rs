//! The DPO's view of the audit chain without a walk per page view (review L6): a background
//! job (`server::startup`) verifies the whole chain now and then and keeps the result here;
//! `/agency/dpo` reads it and says when it was checked. Per instance, in memory: a restarted
//! instance checks again at once.

use super::status::status;
use crate::services::ServiceError;
use crate::services::crypto::keys::SigningKeys;
use crate::store::Db;
use crate::views::audit::CheckedAuditStatus;
use chrono::{DateTime, Utc};
use std::sync::{Arc, RwLock};

#[derive(Clone, Debug, Default)]
pub struct AuditWatch(Arc<RwLock<Option<CheckedAuditStatus>>>);

impl AuditWatch {
    /// Walks the chain now and keeps the result.
    pub async fn refresh(&self, db: &Db, keys: &SigningKeys, now: DateTime<Utc>) -> Result<(), ServiceError> {
        let checked = CheckedAuditStatus { status: status(db, keys).await?, checked_at: now };
        *self.0.write().unwrap_or_else(|e| e.into_inner()) = Some(checked);
        Ok(())
    }

    /// The last result, if the chain was checked since this instance started.
    pub fn last(&self) -> Option<CheckedAuditStatus> {
        self.0.read().unwrap_or_else(|e| e.into_inner()).clone()
    }
}
