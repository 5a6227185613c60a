//! Ending a protocol version: at once (art. 8: the agency ends it after a breach of the
//! protocol, with the reason) or by notice (art. 12: effective after the version's notice
//! period; until then it stays in force and every page shows the end date). An immediate end is
//! acted on in the same transaction (`effects::end`); a notice tells the persons with consent
//! under the version when it ends, and its end comes by itself (the `protocol_effects` job).

use super::effects;
use crate::domain::ids::PersonId;
use crate::domain::notification::Notice;
use crate::domain::protocol::{TerminationKind, VersionStatus, notice_effective_on};
use crate::domain::text::Reason;
use crate::domain::time::{end_of_local_day, today};
use crate::services::identity::sessions::Account;
use crate::services::notifications::mail::notify_by_email;
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::Db;
use crate::store::queries::{consent as consent_queries, party, protocol as queries};
use chrono::{DateTime, Days, Utc};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};

/// How a version is ended.
pub enum Ending {
    /// Art. 8: the reason is required.
    Immediate { reason: Reason },
    /// Art. 12: the reason is optional.
    Notice { reason: Option<Reason> },
}

/// Ends version `version_no` of `slug`. Only a published version that is in force (or still to
/// start) and has not been ended can be; returns the first day it is no longer in force.
pub async fn end(
    db: &Db,
    actor: &str,
    slug: &str,
    version_no: i32,
    ending: Ending,
    now: DateTime<Utc>,
) -> Result<chrono::NaiveDate, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let p = queries::by_slug(&tx.tx, slug).await?.ok_or(ServiceError::NotFound)?;
    let v = queries::version(&tx.tx, p.id, version_no).await?.ok_or(ServiceError::NotFound)?;
    let day = today(now);
    if !v.validity().may_end_on(day) {
        return Err(ServiceError::Refused("protocols-error-not-endable"));
    }
    let (kind, effective_on, reason) = match ending {
        Ending::Immediate { reason } => (TerminationKind::Immediate, day, Some(reason)),
        Ending::Notice { reason } => {
            (TerminationKind::Notice, notice_effective_on(day, v.notice_period_months as u32), reason)
        }
    };
    let mut m = v.into_active_model();
    m.status = Set(VersionStatus::Terminated.as_str().into());
    m.termination_kind = Set(Some(kind.as_str().into()));
    m.termination_notified_at = Set(Some(now));
    m.terminated_effective_on = Set(Some(effective_on));
    m.termination_reason = Set(reason.map(|r| r.as_str().to_owned()));
    let v = m.update(&tx.tx).await?;
    let payload = format!("{}|{}|{}|{effective_on}|{:?}", v.protocol_id, v.version_no, kind, v.termination_reason);
    audit::record(&tx, actor, "protocol.version.terminate", format!("protocol_version:{}", v.id), &payload).await?;
    match kind {
        TerminationKind::Immediate => {
            effects::end(&tx, &v).await?;
        }
        TerminationKind::Notice => {
            let recipient = party::name_of(&tx.tx, p.recipient_party_id).await?;
            let last_day = effective_on.checked_sub_days(Days::new(1)).unwrap_or(effective_on);
            let until = end_of_local_day(last_day);
            for consent in consent_queries::consenting_under(&tx.tx, v.id).await? {
                let notice = Notice::ProtocolEnding { recipient: recipient.clone(), until };
                notify_by_email(&tx, Account::Person(PersonId(consent.person_id)), notice).await?;
            }
        }
    }
    tx.commit().await?;
    Ok(effective_on)
}
