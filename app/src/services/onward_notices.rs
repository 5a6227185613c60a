//! Art. 4, last paragraph: any disclosure by the municipality to a recipient that is not one
//! of its registered partners is notified to the agency first. The municipality admin files
//! the notice (the recipient becomes a party under the municipality, so the person's record can
//! name it); the agency's DPO acknowledges it; only then can the municipality record
//! disclosures to that recipient, of the fields the notice names (`domain::onward`).

use super::partners::{Organisation, insert_under};
use super::{ServiceError, WriteTx, audit};
use crate::domain::authz::StaffCaller;
use crate::domain::fields::Field;
use crate::domain::ids::PartyId;
use crate::domain::onward::NoticeDraft;
use crate::domain::roles::PartyKind;
use crate::store::{Db, onward_disclosure_notice, party};
use crate::views::register::NoticeRow;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Select, Set};
use std::collections::HashMap;

/// Files a notice for the admin's municipality.
pub async fn file(
    db: &Db,
    admin: &StaffCaller,
    draft: NoticeDraft,
    now: DateTime<Utc>,
) -> Result<NoticeRow, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let actor = admin.audit_id();
    let org = Organisation {
        kind: PartyKind::Recipient,
        name: &draft.recipient_name,
        purpose: &draft.purpose,
        enterprise_number: None,
        agreement_signed_on: None,
        contact: None,
    };
    let recipient = insert_under(&tx, &actor, admin.party_id, org).await?;
    let fields: Vec<&str> = draft.fields.iter().map(|f| f.as_str()).collect();
    let m = onward_disclosure_notice::ActiveModel {
        public_id: Set(uuid::Uuid::new_v4().to_string()),
        municipality_party_id: Set(admin.party_id.0),
        recipient_party_id: Set(recipient.id),
        created_by_staff_id: Set(admin.staff_id.0),
        purpose: Set(draft.purpose),
        fields: Set(fields.join("\n")),
        legal_basis: Set(draft.legal_basis),
        planned_on: Set(draft.planned_on),
        notified_at: Set(tx.now),
        acknowledged_at: Set(None),
        acknowledged_by_staff_id: Set(None),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    let payload = format!("{}|{}|{}|{}", m.public_id, recipient.slug, fields.join(","), m.planned_on);
    audit::record(&tx, &actor, "onward_notice.file", format!("onward_notice:{}", m.public_id), &payload).await?;
    let mut rows = rows(&tx.tx, vec![m]).await?;
    tx.commit().await?;
    rows.pop().ok_or(ServiceError::Internal("the notice just filed is not there"))
}

/// The agency's DPO acknowledges a notice (once).
pub async fn acknowledge(db: &Db, dpo: &StaffCaller, public_id: &str, now: DateTime<Utc>) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let done = onward_disclosure_notice::Entity::update_many()
        .col_expr(onward_disclosure_notice::Column::AcknowledgedAt, Expr::value(tx.now))
        .col_expr(onward_disclosure_notice::Column::AcknowledgedByStaffId, Expr::value(dpo.staff_id.0))
        .filter(onward_disclosure_notice::Column::PublicId.eq(public_id))
        .filter(onward_disclosure_notice::Column::AcknowledgedAt.is_null())
        .exec(&tx.tx)
        .await?;
    if done.rows_affected != 1 {
        return Err(ServiceError::NotFound);
    }
    audit::record(&tx, dpo.audit_id(), "onward_notice.acknowledge", format!("onward_notice:{public_id}"), "").await?;
    tx.commit().await?;
    Ok(())
}

/// The notices of one municipality, newest first.
pub async fn of_party<C: ConnectionTrait>(conn: &C, party: PartyId) -> Result<Vec<NoticeRow>, ServiceError> {
    Ok(of_parties(conn, &[party]).await?.remove(&party).unwrap_or_default())
}

/// The notices of each of these municipalities, newest first (two queries in all).
pub async fn of_parties<C: ConnectionTrait>(
    conn: &C,
    parties: &[PartyId],
) -> Result<HashMap<PartyId, Vec<NoticeRow>>, ServiceError> {
    let q = onward_disclosure_notice::Entity::find()
        .filter(onward_disclosure_notice::Column::MunicipalityPartyId.is_in(parties.iter().map(|p| p.0)));
    let notices = newest_first(q).all(conn).await?;
    let owners: Vec<PartyId> = notices.iter().map(|n| PartyId(n.municipality_party_id)).collect();
    let mut out: HashMap<PartyId, Vec<NoticeRow>> = HashMap::new();
    for (owner, row) in owners.into_iter().zip(rows(conn, notices).await?) {
        out.entry(owner).or_default().push(row);
    }
    Ok(out)
}

/// Every municipality's notices, those awaiting acknowledgement first, for the agency.
pub async fn all<C: ConnectionTrait>(conn: &C) -> Result<Vec<NoticeRow>, ServiceError> {
    let mut notices = rows(conn, newest_first(onward_disclosure_notice::Entity::find()).all(conn).await?).await?;
    notices.sort_by_key(|n| n.acknowledged_at.is_some());
    Ok(notices)
}

fn newest_first(q: Select<onward_disclosure_notice::Entity>) -> Select<onward_disclosure_notice::Entity> {
    q.order_by_desc(onward_disclosure_notice::Column::NotifiedAt).order_by_desc(onward_disclosure_notice::Column::Id)
}

async fn rows<C: ConnectionTrait>(
    conn: &C,
    notices: Vec<onward_disclosure_notice::Model>,
) -> Result<Vec<NoticeRow>, ServiceError> {
    let ids: Vec<i32> =
        notices.iter().flat_map(|n| [n.municipality_party_id, n.recipient_party_id]).collect::<Vec<_>>();
    let parties: HashMap<i32, party::Model> = party::Entity::find()
        .filter(party::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let name = |id: i32| parties.get(&id).map(|p| p.name.clone()).unwrap_or_default();
    Ok(notices
        .into_iter()
        .map(|n| NoticeRow {
            municipality: name(n.municipality_party_id),
            recipient: name(n.recipient_party_id),
            recipient_slug: parties.get(&n.recipient_party_id).map(|p| p.slug.clone()).unwrap_or_default(),
            fields: n.fields.lines().filter_map(|f| Field::parse(f).ok()).collect(),
            id: n.public_id,
            purpose: n.purpose,
            legal_basis: n.legal_basis,
            planned_on: n.planned_on,
            notified_at: n.notified_at,
            acknowledged_at: n.acknowledged_at,
        })
        .collect())
}
