//! What happens by itself when a protocol version starts or stops being in force (art. 8, 10,
//! 12; DESIGN "Consent"): the job `protocol_effects` runs `run`, publication and termination
//! call `start` and `end` at once when the day has come.
//!
//! - A version starts: each person who consented under the version it follows keeps what the
//!   new terms did not grow (`domain::protocol_terms::carried_scopes`, a consent event on the new
//!   version with channel `carried_over`) and is told — that nothing changed for them, or that
//!   the new version asks for more and they are asked to review their choices.
//! - A version ends (terminated, notice run out, end date passed, never replaced): no field
//!   flows under it any more (the disclosure path checks the state), its consents stop taking
//!   effect, the history stays; each person who had consent under it is told.
//!
//! Each step claims its version with a conditional update (`started_at` / `ended_told_at` still
//! empty), so no person is told twice, whichever instance or path gets there first.

use crate::domain::consent::ConsentChannel;
use crate::domain::locale::Locale;
use crate::domain::notification::Notice;
use crate::domain::protocol::{EffectiveState, VersionStatus};
use crate::domain::protocol_terms::carried_scopes;
use crate::domain::time::today;
use crate::services::consent::{ConsentChange, record};
use crate::services::identity::sessions::Account;
use crate::services::notifications::mail::notify_by_email;
use crate::services::{ServiceError, WriteTx};
use crate::store::queries::{consent as consent_queries, party, protocol as queries};
use crate::store::{Db, protocol, protocol_version};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

/// What one run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EffectsRun {
    pub versions_started: u32,
    pub versions_ended: u32,
    pub persons_told: u32,
}

/// Claims a step for version `id`: true when this call set `column` (it was empty).
async fn claim(tx: &WriteTx<'_>, id: i32, column: protocol_version::Column) -> Result<bool, ServiceError> {
    let done = protocol_version::Entity::update_many()
        .col_expr(column, Expr::value(tx.now))
        .filter(protocol_version::Column::Id.eq(id))
        .filter(column.is_null())
        .exec(&tx.tx)
        .await?;
    Ok(done.rows_affected == 1)
}

async fn recipient_of(tx: &WriteTx<'_>, v: &protocol_version::Model) -> Result<String, ServiceError> {
    let p = protocol::Entity::find_by_id(v.protocol_id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
    Ok(party::name_of(&tx.tx, p.recipient_party_id).await?)
}

/// Acts on the start of version `v` (in force today). Returns how many persons were told.
pub async fn start(tx: &WriteTx<'_>, v: &protocol_version::Model) -> Result<u32, ServiceError> {
    if !claim(tx, v.id, protocol_version::Column::StartedAt).await? {
        return Ok(0);
    }
    let previous = protocol_version::Entity::find()
        .filter(protocol_version::Column::ProtocolId.eq(v.protocol_id))
        .filter(protocol_version::Column::VersionNo.lt(v.version_no))
        .filter(protocol_version::Column::Status.ne(VersionStatus::Draft.as_str()))
        .order_by_desc(protocol_version::Column::VersionNo)
        .one(&tx.tx)
        .await?;
    let Some(previous) = previous else { return Ok(0) };
    // The persons of the version it replaces are told here, not as an end.
    claim(tx, previous.id, protocol_version::Column::EndedToldAt).await?;
    let (before, after) = (queries::terms_of(&tx.tx, &previous).await?, queries::terms_of(&tx.tx, v).await?);
    let recipient = recipient_of(tx, v).await?;
    let mut told = 0;
    for consent in consent_queries::consenting_under(&tx.tx, previous.id).await? {
        let scopes = consent.scopes_after();
        let carried = carried_scopes(&before, &after, scopes);
        let person = crate::domain::ids::PersonId(consent.person_id);
        if carried.any() {
            let change = ConsentChange {
                person_id: person,
                protocol_version_id: v.id,
                scopes: carried,
                channel: ConsentChannel::CarriedOver,
                assisted_by: None,
                language: Locale::parse(&consent.language).unwrap_or(Locale::Nl),
                occurred_at: tx.now,
            };
            record(tx, change).await?;
        }
        let recipient = recipient.clone();
        let notice = if carried == scopes {
            Notice::ConsentCarriedOver { recipient }
        } else {
            Notice::ConsentReviewAsked { recipient }
        };
        notify_by_email(tx, Account::Person(person), notice).await?;
        told += 1;
    }
    Ok(told)
}

/// Acts on the end of version `v` (no longer in force). Returns how many persons were told,
/// or none when its end had been acted on already.
pub async fn end(tx: &WriteTx<'_>, v: &protocol_version::Model) -> Result<Option<u32>, ServiceError> {
    if !claim(tx, v.id, protocol_version::Column::EndedToldAt).await? {
        return Ok(None);
    }
    let recipient = recipient_of(tx, v).await?;
    let mut told = 0;
    for consent in consent_queries::consenting_under(&tx.tx, v.id).await? {
        let notice = Notice::ProtocolEnded { recipient: recipient.clone() };
        notify_by_email(tx, Account::Person(crate::domain::ids::PersonId(consent.person_id)), notice).await?;
        told += 1;
    }
    Ok(Some(told))
}

/// Acts on every start and end that has come by `now`, one version per transaction: starts
/// first, so a version replaced today hands its persons to its successor.
pub async fn run(db: &Db, now: DateTime<Utc>) -> Result<EffectsRun, ServiceError> {
    let day = today(now);
    let mut out = EffectsRun::default();
    let waiting = protocol_version::Entity::find()
        .filter(protocol_version::Column::Status.ne(VersionStatus::Draft.as_str()))
        .filter(
            sea_orm::Condition::any()
                .add(protocol_version::Column::StartedAt.is_null())
                .add(protocol_version::Column::EndedToldAt.is_null()),
        )
        .order_by_asc(protocol_version::Column::Id)
        .all(&db.conn)
        .await?;
    for v in waiting.iter().filter(|v| v.started_at.is_none() && v.state_on(day) == EffectiveState::InForce) {
        let tx = WriteTx::begin(db, now).await?;
        let started = protocol_version::Entity::find_by_id(v.id).one(&tx.tx).await?.ok_or(ServiceError::NotFound)?;
        out.persons_told += start(&tx, &started).await?;
        tx.commit().await?;
        out.versions_started += 1;
    }
    let ended = |v: &&protocol_version::Model| {
        v.ended_told_at.is_none() && matches!(v.state_on(day), EffectiveState::Terminated | EffectiveState::Expired)
    };
    for v in waiting.iter().filter(ended) {
        let tx = WriteTx::begin(db, now).await?;
        let told = end(&tx, v).await?;
        tx.commit().await?;
        if let Some(told) = told {
            out.persons_told += told;
            out.versions_ended += 1;
        }
    }
    Ok(out)
}
