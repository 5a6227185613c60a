//! Art. 4: the partner organisations a municipality passes data on to, in its register; and
//! the organisations under a municipality in general (partners, and recipients it notified the
//! agency about), which are parties of their own so that the person's record can name them.

pub mod translations;

use super::{ServiceError, WriteTx, audit};
use crate::domain::authz::StaffCaller;
use crate::domain::ids::PartyId;
use crate::domain::registers::{PartnerDraft, slug_stem};
use crate::domain::roles::PartyKind;
use crate::store::{Db, onward_disclosure_notice, party};
use crate::views::register::PartnerRow;
use chrono::NaiveDate;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

/// Registers a partner organisation of the admin's municipality.
pub async fn register(
    db: &Db,
    admin: &StaffCaller,
    draft: PartnerDraft,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<PartnerRow, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let org = Organisation {
        kind: PartyKind::Partner,
        name: &draft.name,
        purpose: &draft.purpose,
        enterprise_number: Some(draft.enterprise_number.as_str()),
        agreement_signed_on: Some(draft.agreement_signed_on),
        contact: Some(&draft.contact),
    };
    let m = insert_under(&tx, &admin.audit_id(), admin.party_id, org).await?;
    tx.commit().await?;
    Ok(row(m))
}

/// The municipality's registered partners, by name.
pub async fn of_party<C: ConnectionTrait>(conn: &C, party: PartyId) -> Result<Vec<PartnerRow>, ServiceError> {
    Ok(of_parties(conn, &[party]).await?.remove(&party).unwrap_or_default())
}

/// The registered partners of each of these municipalities, by name (one query).
pub async fn of_parties<C: ConnectionTrait>(
    conn: &C,
    parties: &[PartyId],
) -> Result<std::collections::HashMap<PartyId, Vec<PartnerRow>>, ServiceError> {
    let partners = party::Entity::find()
        .filter(party::Column::ParentPartyId.is_in(parties.iter().map(|p| p.0)))
        .filter(party::Column::Kind.eq(PartyKind::Partner.as_str()))
        .order_by_asc(party::Column::Name)
        .all(conn)
        .await?;
    let mut out: std::collections::HashMap<PartyId, Vec<PartnerRow>> = std::collections::HashMap::new();
    for p in partners {
        let parent = PartyId(p.parent_party_id.unwrap_or_default());
        out.entry(parent).or_default().push(row(p));
    }
    Ok(out)
}

/// Whom the municipality may pass data on to now: its partners, and the recipients of notices
/// the agency acknowledged — as `(slug, name)`, by name.
pub async fn onward_choices(db: &Db, party: PartyId) -> Result<Vec<(String, String)>, ServiceError> {
    let acknowledged: Vec<i32> = onward_disclosure_notice::Entity::find()
        .filter(onward_disclosure_notice::Column::MunicipalityPartyId.eq(party.0))
        .filter(onward_disclosure_notice::Column::AcknowledgedAt.is_not_null())
        .all(&db.conn)
        .await?
        .into_iter()
        .map(|n| n.recipient_party_id)
        .collect();
    let under = party::Entity::find()
        .filter(party::Column::ParentPartyId.eq(party.0))
        .order_by_asc(party::Column::Name)
        .all(&db.conn)
        .await?;
    Ok(under
        .into_iter()
        .filter(|p| p.kind == PartyKind::Partner.as_str() || acknowledged.contains(&p.id))
        .map(|p| (p.slug, p.name))
        .collect())
}

/// An organisation to put under a municipality.
pub(crate) struct Organisation<'a> {
    pub kind: PartyKind,
    pub name: &'a str,
    pub purpose: &'a str,
    pub enterprise_number: Option<&'a str>,
    pub agreement_signed_on: Option<NaiveDate>,
    pub contact: Option<&'a str>,
}

/// Inserts the organisation as a party under `municipality`, with a slug of its own, and its
/// audit entry (`party.create`).
pub(crate) async fn insert_under(
    tx: &WriteTx<'_>,
    actor: &str,
    municipality: PartyId,
    org: Organisation<'_>,
) -> Result<party::Model, ServiceError> {
    let suffix = &uuid::Uuid::new_v4().simple().to_string()[..6];
    let m = party::ActiveModel {
        slug: Set(format!("{}-{suffix}", slug_stem(org.name))),
        kind: Set(org.kind.as_str().into()),
        name: Set(org.name.into()),
        parent_party_id: Set(Some(municipality.0)),
        address: Set(None),
        enterprise_number: Set(org.enterprise_number.map(Into::into)),
        dpo_contact: Set(None),
        created_at: Set(tx.now),
        purpose: Set(Some(org.purpose.into())),
        agreement_signed_on: Set(org.agreement_signed_on),
        contact: Set(org.contact.map(Into::into)),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    let payload = format!("{}|{}|{}|{}", m.slug, m.kind, municipality, m.name);
    audit::record(tx, actor, "party.create", format!("party:{}", m.id), &payload).await?;
    Ok(m)
}

pub(crate) fn row(p: party::Model) -> PartnerRow {
    PartnerRow {
        slug: p.slug,
        name: p.name,
        enterprise_number: p.enterprise_number.unwrap_or_default(),
        purpose: p.purpose.unwrap_or_default(),
        agreement_signed_on: p.agreement_signed_on,
        contact: p.contact.unwrap_or_default(),
        registered_at: p.created_at,
    }
}
