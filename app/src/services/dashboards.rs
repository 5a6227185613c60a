//! What each role sees first after signing in. Read-only; no personal values except the
//! signed-in person's own.

use super::audit::{self, Verdict};
use super::disclosure::{consent_in_force, scopes_after};
use super::protocols::version_in_force;
use super::{ServiceError, now};
use crate::domain::consent::ConsentScopes;
use crate::domain::fields::Field;
use crate::domain::protocol::EffectiveState;
use crate::store::{
    Db, api_client, audit_checkpoint, consent_event, function_profile, function_profile_field, invitation, party,
    person, protocol, rectification_request,
};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyPilot {
    pub protocol_slug: String,
    pub recipient: String,
    pub state: EffectiveState,
    pub scopes: ConsentScopes,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonHome {
    pub given_name: String,
    pub pilots: Vec<MyPilot>,
    pub unread_notifications: u64,
}

pub async fn person_home(db: &Db, person_id: i32) -> Result<PersonHome, ServiceError> {
    let p = person::Entity::find_by_id(person_id).one(&db.conn).await?.ok_or(ServiceError::NotFound)?;
    let today = now().date_naive();
    let mut pilots = Vec::new();
    for proto in protocol::Entity::find().order_by_asc(protocol::Column::Id).all(&db.conn).await? {
        let recipient = party::Entity::find_by_id(proto.recipient_party_id).one(&db.conn).await?;
        let (state, scopes) = match version_in_force(&db.conn, proto.id, today).await? {
            Ok(v) => {
                let c = consent_in_force(&db.conn, p.id, v.id).await?;
                (EffectiveState::InForce, c.as_ref().map(scopes_after).unwrap_or_default())
            }
            Err(state) => (state, ConsentScopes::NONE),
        };
        pilots.push(MyPilot {
            protocol_slug: proto.slug,
            recipient: recipient.map(|r| r.name).unwrap_or_default(),
            state,
            scopes,
        });
    }
    let unread_notifications = crate::store::notification::Entity::find()
        .filter(crate::store::notification::Column::PersonId.eq(p.id))
        .filter(crate::store::notification::Column::ReadAt.is_null())
        .count(&db.conn)
        .await?;
    Ok(PersonHome { given_name: p.given_name, pilots, unread_notifications })
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QueueItem {
    pub public_id: String,
    pub field: Field,
    pub filed_by: String,
    pub received_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    pub status: String,
}

/// Open requests, the most urgent first.
pub async fn rectification_queue(db: &Db) -> Result<Vec<QueueItem>, ServiceError> {
    let rows = rectification_request::Entity::find()
        .filter(
            rectification_request::Column::Status.is_in(crate::domain::rectification::RequestStatus::pending_codes()),
        )
        .order_by_asc(rectification_request::Column::DueAt)
        .limit(200)
        .all(&db.conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(QueueItem {
                field: Field::parse(&r.field).ok()?,
                due_at: r.extended_due_at.unwrap_or(r.due_at),
                public_id: r.public_id,
                filed_by: r.filed_by,
                received_at: r.received_at,
                status: r.status,
            })
        })
        .collect())
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InvitationRow {
    pub id: i32,
    pub kind: String,
    pub role: Option<String>,
    pub party: Option<String>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ApiClientRow {
    pub public_id: String,
    pub name: String,
    pub party: String,
    pub profile: String,
    pub created_at: DateTime<Utc>,
    pub expires_at: Option<DateTime<Utc>>,
    pub revoked: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdminHome {
    pub invitations: Vec<InvitationRow>,
    pub api_clients: Vec<ApiClientRow>,
    /// Agency and municipalities: (id, name, kind).
    pub parties: Vec<(i32, String, String)>,
    /// Active function profiles: (id, name, party id).
    pub profiles: Vec<(i32, String, i32)>,
}

pub async fn protocol_admin_home(db: &Db) -> Result<AdminHome, ServiceError> {
    let at = now();
    let parties: std::collections::HashMap<i32, String> =
        party::Entity::find().all(&db.conn).await?.into_iter().map(|p| (p.id, p.name)).collect();
    let invitations = invitation::Entity::find()
        .order_by_desc(invitation::Column::CreatedAt)
        .limit(50)
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|inv| InvitationRow {
            id: inv.id,
            kind: inv.kind,
            role: inv.role,
            party: inv.party_id.and_then(|id| parties.get(&id).cloned()),
            created_at: inv.created_at,
            expires_at: inv.expires_at,
            status: if inv.redeemed_at.is_some() {
                "redeemed"
            } else if inv.revoked_at.is_some() {
                "revoked"
            } else if at >= inv.expires_at {
                "expired"
            } else {
                "open"
            }
            .to_owned(),
        })
        .collect();
    let profiles: std::collections::HashMap<i32, String> =
        function_profile::Entity::find().all(&db.conn).await?.into_iter().map(|p| (p.id, p.name)).collect();
    let api_clients = api_client::Entity::find()
        .order_by_desc(api_client::Column::CreatedAt)
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|c| ApiClientRow {
            party: parties.get(&c.party_id).cloned().unwrap_or_default(),
            profile: profiles.get(&c.function_profile_id).cloned().unwrap_or_default(),
            public_id: c.public_id,
            name: c.name,
            created_at: c.created_at,
            expires_at: c.expires_at,
            revoked: c.revoked_at.is_some(),
        })
        .collect();
    let party_rows = party::Entity::find().order_by_asc(party::Column::Id).all(&db.conn).await?;
    let parties = party_rows.into_iter().filter(|p| p.kind != "partner").map(|p| (p.id, p.name, p.kind)).collect();
    let profiles = function_profile::Entity::find()
        .filter(function_profile::Column::Active.eq(true))
        .order_by_asc(function_profile::Column::Name)
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name, p.party_id))
        .collect();
    Ok(AdminHome { invitations, api_clients, parties, profiles })
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DpoHome {
    pub chain_ok: bool,
    pub chain_length: i64,
    pub broken_at: Option<i64>,
    pub checkpoints: u64,
    pub last_checkpoint_at: Option<DateTime<Utc>>,
}

pub async fn dpo_home(db: &Db, keys: &super::keys::SigningKeys) -> Result<DpoHome, ServiceError> {
    let verdict = audit::verify(db, keys).await?;
    let checkpoints = audit_checkpoint::Entity::find().count(&db.conn).await?;
    let last = audit_checkpoint::Entity::find().order_by_desc(audit_checkpoint::Column::Size).one(&db.conn).await?;
    let (chain_ok, chain_length, broken_at) = match verdict {
        Verdict::Ok { length, .. } => (true, length, None),
        Verdict::Broken { seq, .. } => (false, audit::length(&db.conn).await?, Some(seq)),
    };
    Ok(DpoHome { chain_ok, chain_length, broken_at, checkpoints, last_checkpoint_at: last.map(|c| c.signed_at) })
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileRow {
    pub name: String,
    pub purpose: String,
    pub fields: Vec<Field>,
    pub active: bool,
}

/// The function-profile register (art. 4) of one party.
pub async fn profile_register(db: &Db, party_id: i32) -> Result<Vec<ProfileRow>, ServiceError> {
    let mut out = Vec::new();
    let profiles = function_profile::Entity::find()
        .filter(function_profile::Column::PartyId.eq(party_id))
        .order_by_asc(function_profile::Column::Name)
        .all(&db.conn)
        .await?;
    for p in profiles {
        let fields = function_profile_field::Entity::find()
            .filter(function_profile_field::Column::FunctionProfileId.eq(p.id))
            .all(&db.conn)
            .await?;
        let mut fields: Vec<Field> = fields.iter().filter_map(|f| Field::parse(&f.field).ok()).collect();
        fields.sort();
        out.push(ProfileRow { name: p.name, purpose: p.purpose, fields, active: p.active });
    }
    Ok(out)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StaffHome {
    pub profile: Option<ProfileRow>,
    /// Persons with consent in force under the party's protocols (a count: no personal data).
    pub persons_with_consent: u64,
}

pub async fn municipality_staff_home(
    db: &Db,
    party_id: i32,
    profile_id: Option<i32>,
) -> Result<StaffHome, ServiceError> {
    let profile = match profile_id {
        Some(id) => {
            let name = function_profile::Entity::find_by_id(id).one(&db.conn).await?.map(|p| p.name);
            profile_register(db, party_id).await?.into_iter().find(|p| Some(&p.name) == name.as_ref())
        }
        None => None,
    };
    let today = now().date_naive();
    let mut persons = BTreeSet::new();
    for proto in protocol::Entity::find().filter(protocol::Column::RecipientPartyId.eq(party_id)).all(&db.conn).await? {
        if let Ok(v) = version_in_force(&db.conn, proto.id, today).await? {
            let events = consent_event::Entity::find()
                .filter(consent_event::Column::ProtocolVersionId.eq(v.id))
                .order_by_asc(consent_event::Column::OccurredAt)
                .order_by_asc(consent_event::Column::Id)
                .all(&db.conn)
                .await?;
            let mut latest = std::collections::HashMap::new();
            for e in events {
                latest.insert(e.person_id, scopes_after(&e).any());
            }
            persons.extend(latest.into_iter().filter(|(_, any)| *any).map(|(p, _)| p));
        }
    }
    Ok(StaffHome { profile, persons_with_consent: persons.len() as u64 })
}

/// One event of the person's consent history, with what a receipt needs to be fetched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryRow {
    pub public_id: String,
    pub action: String,
    pub channel: String,
    pub occurred_at: DateTime<Utc>,
    pub scopes: ConsentScopes,
    pub version_no: i32,
}

/// Everything the person's page for one protocol shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PilotView {
    pub slug: String,
    pub recipient: String,
    pub partners: Vec<String>,
    pub state: EffectiveState,
    pub fields: Vec<Field>,
    pub purposes: String,
    pub retention_months: i32,
    /// The consent notice of the version in force, in `notice_language`.
    pub notice: Option<String>,
    pub notice_language: crate::domain::locale::Locale,
    pub scopes: ConsentScopes,
    pub history: Vec<HistoryRow>,
}

pub async fn pilot(
    db: &Db,
    person_id: i32,
    slug: &str,
    locale: crate::domain::locale::Locale,
) -> Result<PilotView, ServiceError> {
    use crate::store::{protocol_text, protocol_version};
    let proto = protocol::Entity::find()
        .filter(protocol::Column::Slug.eq(slug))
        .one(&db.conn)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let recipient =
        party::Entity::find_by_id(proto.recipient_party_id).one(&db.conn).await?.ok_or(ServiceError::NotFound)?;
    let partners = party::Entity::find().filter(party::Column::ParentPartyId.eq(recipient.id)).all(&db.conn).await?;
    let today = now().date_naive();
    let versions: std::collections::HashMap<i32, i32> = protocol_version::Entity::find()
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
            scopes: scopes_after(&e),
            version_no: versions.get(&e.protocol_version_id).copied().unwrap_or_default(),
            public_id: e.public_id,
            action: e.action,
            channel: e.channel,
            occurred_at: e.occurred_at,
        })
        .collect();
    let (state, version) = match version_in_force(&db.conn, proto.id, today).await? {
        Ok(v) => (EffectiveState::InForce, Some(v)),
        Err(state) => (state, None),
    };
    let (mut fields, purposes, retention_months, notice, notice_language, scopes) = match &version {
        Some(v) => {
            let text = protocol_text::Entity::find()
                .filter(protocol_text::Column::ProtocolVersionId.eq(v.id))
                .filter(protocol_text::Column::Language.eq(locale.as_str()))
                .one(&db.conn)
                .await?;
            let scopes =
                consent_in_force(&db.conn, person_id, v.id).await?.as_ref().map(scopes_after).unwrap_or_default();
            let fields = super::protocols::version_fields(&db.conn, v.id).await?;
            (fields, v.purposes.clone(), v.retention_months, text.map(|t| t.consent_notice), locale, scopes)
        }
        None => (vec![], String::new(), 0, None, locale, ConsentScopes::NONE),
    };
    fields.sort();
    Ok(PilotView {
        slug: proto.slug,
        recipient: recipient.name,
        partners: partners.into_iter().map(|p| p.name).collect(),
        state,
        fields,
        purposes,
        retention_months,
        notice,
        notice_language,
        scopes,
        history,
    })
}
