//! Art. 6 (GDPR 28): the processors a municipality uses for the protocol's data, each under an
//! agreement; the parties keep each other informed, so the agency reads the register too.

use super::{ServiceError, WriteTx, audit};
use crate::domain::authz::StaffCaller;
use crate::domain::ids::PartyId;
use crate::domain::registers::ProcessorDraft;
use crate::store::{Db, processor};
use crate::views::register::ProcessorRow;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};

/// Adds a processor to the admin's municipality's register.
pub async fn add(db: &Db, admin: &StaffCaller, draft: ProcessorDraft, now: DateTime<Utc>) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let m = processor::ActiveModel {
        party_id: Set(admin.party_id.0),
        name: Set(draft.name),
        service: Set(draft.service),
        agreement_signed_on: Set(draft.agreement_signed_on),
        agreement_ref: Set(draft.agreement_ref),
        created_at: Set(tx.now),
        ended_at: Set(None),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    let payload = format!("{}|{}|{}", m.party_id, m.name, m.agreement_signed_on);
    audit::record(&tx, admin.audit_id(), "processor.add", format!("processor:{}", m.id), &payload).await?;
    tx.commit().await?;
    Ok(())
}

/// The municipality no longer uses the processor; it stays in the register with its end.
pub async fn end(db: &Db, admin: &StaffCaller, id: i32, now: DateTime<Utc>) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let ended = processor::Entity::update_many()
        .col_expr(processor::Column::EndedAt, Expr::value(tx.now))
        .filter(processor::Column::Id.eq(id))
        .filter(processor::Column::PartyId.eq(admin.party_id.0))
        .filter(processor::Column::EndedAt.is_null())
        .exec(&tx.tx)
        .await?;
    if ended.rows_affected != 1 {
        return Err(ServiceError::NotFound);
    }
    audit::record(&tx, admin.audit_id(), "processor.end", format!("processor:{id}"), "").await?;
    tx.commit().await?;
    Ok(())
}

/// The party's processors, current ones first, by name.
pub async fn of_party<C: ConnectionTrait>(conn: &C, party: PartyId) -> Result<Vec<ProcessorRow>, ServiceError> {
    Ok(of_parties(conn, &[party]).await?.remove(&party).unwrap_or_default())
}

/// The processors of each of these municipalities, by name, ended ones last (one query).
pub async fn of_parties<C: ConnectionTrait>(
    conn: &C,
    parties: &[PartyId],
) -> Result<std::collections::HashMap<PartyId, Vec<ProcessorRow>>, ServiceError> {
    let found = processor::Entity::find()
        .filter(processor::Column::PartyId.is_in(parties.iter().map(|p| p.0)))
        .order_by_asc(processor::Column::Name)
        .all(conn)
        .await?;
    let mut out: std::collections::HashMap<PartyId, Vec<ProcessorRow>> = std::collections::HashMap::new();
    for p in found {
        out.entry(PartyId(p.party_id)).or_default().push(ProcessorRow {
            id: p.id,
            name: p.name,
            service: p.service,
            agreement_signed_on: p.agreement_signed_on,
            agreement_ref: p.agreement_ref,
            registered_at: p.created_at,
            ended_at: p.ended_at,
        });
    }
    for rows in out.values_mut() {
        rows.sort_by_key(|p| p.ended_at.is_some());
    }
    Ok(out)
}
