//! The person's view of their consents: the start page (one card per protocol that concerns
//! them) and the page of one protocol (notice, choices, history with receipts).

use crate::domain::consent::ConsentScopes;
use crate::domain::ids::PersonId;
use crate::domain::locale::Locale;
use crate::domain::protocol::EffectiveState;
use crate::domain::time::today;
use crate::services::ServiceError;
use crate::store::queries::consent_now;
use crate::store::{Db, consent_event, notification, person, person_protocol, protocol, protocol_version, queries};
use crate::views::consent::{HistoryRow, MyPilot, PersonHome, PilotView};
use crate::views::local_text::LocalText;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

/// What a protocol is today and what the person allowed under its version in force.
async fn state_and_scopes(
    db: &Db,
    person_id: PersonId,
    protocol_id: i32,
    now: DateTime<Utc>,
) -> Result<(EffectiveState, Option<protocol_version::Model>, ConsentScopes), ServiceError> {
    Ok(match queries::protocol::version_in_force(&db.conn, protocol_id, today(now)).await? {
        Ok(v) => {
            let scopes = queries::consent::scopes_in_force(&db.conn, person_id, v.id).await?;
            (EffectiveState::InForce, Some(v), scopes)
        }
        Err(state) => (state, None, ConsentScopes::NONE),
    })
}

pub async fn person_home(db: &Db, person_id: PersonId, now: DateTime<Utc>) -> Result<PersonHome, ServiceError> {
    let p = person::Entity::find_by_id(person_id.0).one(&db.conn).await?.ok_or(ServiceError::NotFound)?;
    let names = queries::party::names(&db.conn).await?;
    // Every protocol, and whether it concerns the person as the client-tracking system says
    // (`person_protocols`: the same the invitation letter lists), in one statement.
    let concerns = Expr::exists(
        Query::select()
            .expr(Expr::val(1))
            .from(person_protocol::Entity)
            .and_where(
                Expr::col((person_protocol::Entity, person_protocol::Column::ProtocolId))
                    .equals((protocol::Entity, protocol::Column::Id)),
            )
            .and_where(Expr::col((person_protocol::Entity, person_protocol::Column::PersonId)).eq(p.id))
            .to_owned(),
    );
    let protocols: Vec<(i32, String, i32, bool)> = protocol::Entity::find()
        .select_only()
        .column(protocol::Column::Id)
        .column(protocol::Column::Slug)
        .column(protocol::Column::RecipientPartyId)
        .expr_as(concerns, "concerns")
        .order_by_asc(protocol::Column::Id)
        .into_tuple()
        .all(&db.conn)
        .await?;
    // Every published version of those protocols with the person's latest consent under it: one
    // statement, whatever the number of protocols.
    let ids: Vec<i32> = protocols.iter().map(|(id, ..)| *id).collect();
    let target = consent_now::Target::Persons { protocol_ids: &ids, person_ids: &[person_id.0] };
    let mut versions: HashMap<i32, Vec<consent_now::VersionConsent>> = HashMap::new();
    for v in consent_now::of(&db.conn, target).await? {
        versions.entry(v.protocol_id).or_default().push(v);
    }
    // Shown: the protocols that concern the person and any they ever chose under. Someone the
    // source said nothing about (made before imports, or by hand) sees every protocol.
    let said_nothing = !protocols.iter().any(|(.., concerns)| *concerns);
    let chose_under = |id: i32| versions.get(&id).is_some_and(|vs| vs.iter().any(|v| v.consent.is_some()));
    let pilots = protocols
        .into_iter()
        .filter(|(id, _, _, concerns)| said_nothing || *concerns || chose_under(*id))
        .map(|(id, slug, recipient, _)| {
            let of = versions.get(&id).map(Vec::as_slice).unwrap_or_default();
            let (state, scopes) = match crate::domain::protocol::in_force(of, today(now), |v| v.validity) {
                Ok(v) => (EffectiveState::InForce, v.consent.as_ref().map_or(ConsentScopes::NONE, |c| c.scopes)),
                Err(state) => (state, ConsentScopes::NONE),
            };
            MyPilot {
                recipient: names.get(&recipient).cloned().unwrap_or_default(),
                protocol_slug: slug,
                state,
                scopes,
            }
        })
        .collect();
    let unread_notifications = notification::Entity::find()
        .filter(notification::Column::PersonId.eq(p.id))
        .filter(notification::Column::ReadAt.is_null())
        .count(&db.conn)
        .await?;
    let left_on = p.relationship_ended_on.filter(|d| crate::domain::retention::has_ended(*d, today(now)));
    Ok(PersonHome { given_name: p.given_name, pilots, unread_notifications, left_on })
}

/// The person's page for one protocol, with the notice in `locale`.
pub async fn pilot(
    db: &Db,
    person_id: PersonId,
    slug: &str,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<PilotView, ServiceError> {
    let proto = queries::protocol::by_slug(&db.conn, slug).await?.ok_or(ServiceError::NotFound)?;
    let recipient = queries::party::name_of(&db.conn, proto.recipient_party_id).await?;
    let parties = queries::party::partners_of(&db.conn, proto.recipient_party_id).await?;
    let partners = crate::services::partners::translations::with_purposes(&db.conn, parties, locale).await?;
    let versions: HashMap<i32, i32> = protocol_version::Entity::find()
        .filter(protocol_version::Column::ProtocolId.eq(proto.id))
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|v| (v.id, v.version_no))
        .collect();
    let history = consent_event::Entity::find()
        .filter(consent_event::Column::PersonId.eq(person_id))
        .filter(consent_event::Column::ProtocolVersionId.is_in(versions.keys().copied()))
        .order_by_desc(consent_event::Column::OccurredAt)
        .order_by_desc(consent_event::Column::Id)
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|e| HistoryRow {
            scopes: e.scopes_after(),
            version_no: versions.get(&e.protocol_version_id).copied().unwrap_or_default(),
            public_id: e.public_id,
            action: e.action,
            channel: e.channel,
            occurred_at: e.occurred_at,
        })
        .collect();
    let (state, version, scopes) = state_and_scopes(db, person_id, proto.id, now).await?;
    let (fields, purposes, retention_months, notice) = match &version {
        Some(v) => {
            let text = queries::protocol::text_in(&db.conn, v.id, locale).await?;
            let fields = queries::protocol::version_fields(&db.conn, v.id).await?;
            let (notice, translated) = text.map(|t| (t.consent_notice, t.purposes)).unzip();
            let purposes = LocalText::pick(locale, translated.flatten(), v.purposes.clone());
            (fields, purposes, v.retention_months, notice)
        }
        None => (vec![], LocalText::dutch(""), 0, None),
    };
    Ok(PilotView {
        slug: proto.slug,
        recipient,
        partners,
        state,
        fields,
        purposes,
        retention_months,
        notice,
        notice_language: locale,
        scopes,
        history,
    })
}
