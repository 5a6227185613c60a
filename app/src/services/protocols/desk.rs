//! What the protocol admin's desk reads: every protocol with its versions, one version's page
//! (with a draft's problems and its difference from the version in force), and the protocols
//! whose end is announced, for every party's start page.

use super::publish;
use crate::domain::locale::Locale;
use crate::domain::protocol::{ProtocolState, VersionStatus, shown_version};
use crate::domain::protocol_terms::diff;
use crate::domain::roles::PartyKind;
use crate::domain::time::today;
use crate::services::ServiceError;
use crate::store::queries::{party, protocol as queries, protocol_many as many};
use crate::store::{Db, protocol, protocol_text, protocol_version};
use crate::views::protocol_desk::{
    DeskProtocol, DeskVersion, DraftDiff, EndingProtocol, Problem, ProtocolDesk, TextView, VersionPage,
};
use chrono::{DateTime, Days, Utc};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

fn desk_version(v: &protocol_version::Model, day: chrono::NaiveDate) -> DeskVersion {
    DeskVersion {
        version_no: v.version_no,
        state: v.validity().protocol_state_on(day),
        valid_from: v.valid_from,
        valid_until: v.valid_until,
        ends_on: v.terminated_effective_on,
    }
}

/// The title of each protocol's shown version in `lang` (one query), else its slug.
async fn titles<C: ConnectionTrait>(
    conn: &C,
    listed: &[(protocol::Model, Vec<protocol_version::Model>)],
    lang: Locale,
    day: chrono::NaiveDate,
) -> Result<HashMap<i32, String>, ServiceError> {
    let shown: Vec<(i32, i32)> = listed
        .iter()
        .filter_map(|(p, versions)| Some((p.id, shown_version(versions, day, protocol_version::Model::validity)?.id)))
        .collect();
    let mut texts = many::texts_for(conn, shown.iter().map(|(_, v)| *v).collect(), lang).await?;
    let mut out: HashMap<i32, String> = listed.iter().map(|(p, _)| (p.id, p.slug.clone())).collect();
    for (protocol, version) in shown {
        if let Some((_, t)) = texts.remove(&version) {
            out.insert(protocol, t.title);
        }
    }
    Ok(out)
}

/// These protocols with their versions (all, or only the published ones), in one query.
async fn with_versions<C: ConnectionTrait>(
    conn: &C,
    protocols: Vec<protocol::Model>,
    published_only: bool,
) -> Result<Vec<(protocol::Model, Vec<protocol_version::Model>)>, ServiceError> {
    let ids = protocols.iter().map(|p| p.id).collect();
    let mut versions =
        if published_only { many::published_versions(conn, ids).await? } else { many::all_versions(conn, ids).await? };
    Ok(protocols
        .into_iter()
        .map(|p| {
            let of = versions.remove(&p.id).unwrap_or_default();
            (p, of)
        })
        .collect())
}

pub async fn overview(db: &Db, lang: Locale, now: DateTime<Utc>) -> Result<ProtocolDesk, ServiceError> {
    let day = today(now);
    let all = protocol::Entity::find().order_by_asc(protocol::Column::Slug).all(&db.conn).await?;
    let listed = with_versions(&db.conn, all, false).await?;
    let mut titles = titles(&db.conn, &listed, lang, day).await?;
    let names = party::names(&db.conn).await?;
    let protocols = listed
        .into_iter()
        .map(|(p, versions)| DeskProtocol {
            title: titles.remove(&p.id).unwrap_or_default(),
            recipient: names.get(&p.recipient_party_id).cloned().unwrap_or_default(),
            versions: versions.iter().map(|v| desk_version(v, day)).collect(),
            slug: p.slug,
        })
        .collect();
    let municipalities = crate::store::party::Entity::find()
        .filter(crate::store::party::Column::Kind.eq(PartyKind::Municipality.as_str()))
        .order_by_asc(crate::store::party::Column::Name)
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    Ok(ProtocolDesk { protocols, municipalities })
}

fn text_views(texts: &[protocol_text::Model]) -> Vec<TextView> {
    texts
        .iter()
        .filter_map(|t| {
            Some(TextView {
                language: Locale::parse(&t.language).ok()?,
                title: t.title.clone(),
                body: t.body.clone(),
                consent_notice: t.consent_notice.clone(),
                purposes: t.purposes.clone(),
            })
        })
        .collect()
}

/// The languages whose text differs between two versions' texts.
fn texts_changed(current: &[TextView], draft: &[TextView]) -> Vec<Locale> {
    Locale::ALL
        .iter()
        .copied()
        .filter(|l| {
            let of = |texts: &[TextView]| texts.iter().find(|t| t.language == *l).cloned();
            of(current) != of(draft)
        })
        .collect()
}

pub async fn version_page(
    db: &Db,
    slug: &str,
    version_no: i32,
    lang: Locale,
    now: DateTime<Utc>,
) -> Result<VersionPage, ServiceError> {
    let day = today(now);
    let conn = &db.conn;
    let p = queries::by_slug(conn, slug).await?.ok_or(ServiceError::NotFound)?;
    let versions = queries::all_versions(conn, p.id).await?;
    let v = versions.iter().find(|v| v.version_no == version_no).ok_or(ServiceError::NotFound)?;
    let terms = queries::terms_of(conn, v).await?;
    let texts = text_views(&queries::texts_of(conn, v.id).await?);
    let is_draft = v.status == VersionStatus::Draft.as_str();
    let (problems, diff) = if is_draft {
        let problems = publish::problems(conn, v, now)
            .await?
            .into_iter()
            .map(|p| Problem { message_id: p.message_id().into(), language: p.language() })
            .collect();
        let published: Vec<_> =
            versions.iter().filter(|v| v.status != VersionStatus::Draft.as_str()).cloned().collect();
        let diff = match shown_version(&published, day, protocol_version::Model::validity) {
            Some(current) => {
                let d = diff(&queries::terms_of(conn, current).await?, &terms);
                let current_texts = text_views(&queries::texts_of(conn, current.id).await?);
                Some(DraftDiff {
                    against: current.version_no,
                    changed: d.changed.iter().map(|t| t.label_id().to_owned()).collect(),
                    fields_added: d.fields_added,
                    fields_removed: d.fields_removed,
                    texts_changed: texts_changed(&current_texts, &texts),
                })
            }
            None => None,
        };
        (problems, diff)
    } else {
        (Vec::new(), None)
    };
    let title = titles(conn, &[(p.clone(), versions.clone())], lang, day).await?.remove(&p.id).unwrap_or_default();
    Ok(VersionPage {
        title,
        recipient: party::name_of(conn, p.recipient_party_id).await?,
        slug: p.slug.clone(),
        version_no,
        state: v.validity().protocol_state_on(day),
        terms,
        texts,
        problems,
        diff,
        ends_on: v.terminated_effective_on,
        termination_reason: v.termination_reason.clone(),
        endable: v.validity().may_end_on(day),
        notice_period_months: v.notice_period_months,
    })
}

/// The protocols of `party_id` (every protocol for the agency: `None`) whose version in force
/// has an end set by notice, with its last day: every party's start page shows them.
pub async fn ending(
    db: &Db,
    party_id: Option<i32>,
    lang: Locale,
    now: DateTime<Utc>,
) -> Result<Vec<EndingProtocol>, ServiceError> {
    let day = today(now);
    let mut find = protocol::Entity::find().order_by_asc(protocol::Column::Slug);
    if let Some(id) = party_id {
        find = find.filter(
            Condition::any()
                .add(protocol::Column::RecipientPartyId.eq(id))
                .add(protocol::Column::DiscloserPartyId.eq(id)),
        );
    }
    let listed = with_versions(&db.conn, find.all(&db.conn).await?, true).await?;
    let mut titles = titles(&db.conn, &listed, lang, day).await?;
    let mut out = Vec::new();
    for (p, versions) in &listed {
        let Ok(v) = crate::domain::protocol::in_force(versions, day, protocol_version::Model::validity) else {
            continue;
        };
        if v.validity().protocol_state_on(day) != ProtocolState::NoticeGiven {
            continue;
        }
        let Some(end) = v.terminated_effective_on else { continue };
        out.push(EndingProtocol {
            title: titles.remove(&p.id).unwrap_or_default(),
            slug: p.slug.clone(),
            last_day: end.checked_sub_days(Days::new(1)).unwrap_or(end),
        });
    }
    Ok(out)
}
