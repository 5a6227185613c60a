//! Publishing a draft (art. 10): refused, naming what is missing, unless the terms are complete,
//! the dates consistent and the text and consent notice exist in every supported language
//! (`domain::protocol_terms::publish_problems`). Published, the version is on the public page
//! with its dates; the version it replaces ends the day before it starts (its page stays
//! readable); when it starts today, its start is acted on at once (`effects::start`).

use super::drafts::draft_of;
use super::effects;
use crate::domain::locale::Locale;
use crate::domain::protocol::{EffectiveState, VersionStatus};
use crate::domain::protocol_terms::{PublishProblem, TextPresence, publish_problems};
use crate::domain::time::today;
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::queries::protocol as queries;
use crate::store::{Db, protocol_text, protocol_version};
use chrono::{DateTime, Days, Utc};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};

/// Which languages have their text and notice, of a version's texts.
pub fn presence(texts: &[protocol_text::Model]) -> Vec<TextPresence> {
    texts
        .iter()
        .filter_map(|t| {
            Some(TextPresence {
                language: Locale::parse(&t.language).ok()?,
                text: !t.title.trim().is_empty() && !t.body.trim().is_empty(),
                consent_notice: !t.consent_notice.trim().is_empty(),
            })
        })
        .collect()
}

/// What stands in the way of publishing version `v` today.
pub async fn problems<C: sea_orm::ConnectionTrait>(
    conn: &C,
    v: &protocol_version::Model,
    now: DateTime<Utc>,
) -> Result<Vec<PublishProblem>, ServiceError> {
    let terms = queries::terms_of(conn, v).await?;
    let texts = queries::texts_of(conn, v.id).await?;
    Ok(publish_problems(&terms, &presence(&texts), today(now)))
}

pub async fn publish(
    db: &Db,
    actor: &str,
    slug: &str,
    version_no: i32,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let (p, draft) = draft_of(&tx, slug, version_no).await?;
    if !problems(&tx.tx, &draft, now).await?.is_empty() {
        return Err(ServiceError::Refused("protocols-publish-refused"));
    }
    // The versions it replaces end the day before it starts.
    let last_day = draft.valid_from.checked_sub_days(Days::new(1)).unwrap_or(draft.valid_from);
    for older in queries::published_versions(&tx.tx, p.id).await? {
        let overlaps = older.valid_from <= last_day && older.valid_until.is_none_or(|u| u > last_day);
        let ended = older.state_on(today(now));
        if overlaps && !matches!(ended, EffectiveState::Terminated | EffectiveState::Expired) {
            let id = older.id;
            let mut m = older.into_active_model();
            m.valid_until = Set(Some(last_day));
            m.update(&tx.tx).await?;
            let payload = format!("{id}|{last_day}|replaced by {version_no}");
            audit::record(&tx, actor, "protocol.version.replaced", format!("protocol_version:{id}"), &payload).await?;
        }
    }
    let id = draft.id;
    let mut m = draft.into_active_model();
    m.status = Set(VersionStatus::Published.as_str().into());
    m.published_at = Set(Some(now));
    let published = m.update(&tx.tx).await?;
    let payload = format!("{}|{}|{}", published.protocol_id, published.version_no, published.valid_from);
    audit::record(&tx, actor, "protocol.version.publish", format!("protocol_version:{id}"), &payload).await?;
    if published.state_on(today(now)) == EffectiveState::InForce {
        effects::start(&tx, &published).await?;
    }
    tx.commit().await?;
    Ok(())
}
