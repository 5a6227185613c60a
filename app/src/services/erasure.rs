//! Erasure at the recipients (protocol art. 2; issue 13): for every person whose data a
//! municipality last received more than five years ago, the agency asks that municipality to
//! attest it erased them — its admins are told, and attest on their page; a request not attested
//! within `ATTEST_WITHIN_DAYS` is escalated once to the agency's DPO and the municipality's DPO.
//! The agency and the DPOs read every request with its state. Persons are named by the
//! municipality's own reference: nothing here identifies anyone to anyone new.

use super::identity::sessions::Account;
use super::{ServiceError, WriteTx, audit, notifications};
use crate::domain::authz::StaffCaller;
use crate::domain::ids::{PartyId, StaffId};
use crate::domain::notification::Notice;
use crate::domain::retention::{ATTEST_WITHIN_DAYS, cutoff};
use crate::domain::roles::{PartyKind, Role};
use crate::domain::time::{start_of_local_day, today};
use crate::store::{Db, disclosure_event, erasure_request, party, party_person_ref, staff};
use crate::views::retention::ErasureRow;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use std::collections::{BTreeMap, HashMap, HashSet};

/// What one pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ErasurePass {
    pub requested: u32,
    pub escalated: u32,
}

async fn staff_with(tx: &WriteTx<'_>, role: Role, party_id: Option<i32>) -> Result<Vec<StaffId>, ServiceError> {
    let mut find =
        staff::Entity::find().filter(staff::Column::Role.eq(role.as_str())).filter(staff::Column::DisabledAt.is_null());
    if let Some(p) = party_id {
        find = find.filter(staff::Column::PartyId.eq(p));
    }
    Ok(find.all(&tx.tx).await?.into_iter().map(|s| StaffId(s.id)).collect())
}

/// Asks for the erasures that have come due and escalates the overdue ones, in one transaction.
pub async fn pass(db: &Db, now: DateTime<Utc>) -> Result<ErasurePass, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let limit = start_of_local_day(cutoff(today(now)));
    let municipalities: HashMap<i32, String> = party::Entity::find()
        .filter(party::Column::Kind.eq(PartyKind::Municipality.as_str()))
        .all(&tx.tx)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    // The latest disclosure per recipient and person, where it is older than the retention.
    let latest: Vec<(i32, i32, DateTime<Utc>)> = disclosure_event::Entity::find()
        .select_only()
        .column(disclosure_event::Column::RecipientPartyId)
        .column(disclosure_event::Column::PersonId)
        .expr(Func::max(Expr::col(disclosure_event::Column::OccurredAt)))
        .group_by(disclosure_event::Column::RecipientPartyId)
        .group_by(disclosure_event::Column::PersonId)
        .having(Expr::expr(Func::max(Expr::col(disclosure_event::Column::OccurredAt))).lt(limit))
        .into_tuple()
        .all(&tx.tx)
        .await?;
    let asked: HashSet<(i32, i32)> =
        erasure_request::Entity::find().all(&tx.tx).await?.into_iter().map(|r| (r.party_id, r.person_id)).collect();
    let mut new_per_party: BTreeMap<i32, u32> = BTreeMap::new();
    for (party_id, person_id, last) in latest {
        if !municipalities.contains_key(&party_id) || asked.contains(&(party_id, person_id)) {
            continue;
        }
        let reference = party_person_ref::Entity::find_by_id((party_id, person_id)).one(&tx.tx).await?;
        erasure_request::ActiveModel {
            party_id: Set(party_id),
            person_id: Set(person_id),
            reference: Set(reference.map(|r| r.reference).unwrap_or_default()),
            last_disclosed_at: Set(last),
            requested_at: Set(now),
            due_at: Set(now + Duration::days(ATTEST_WITHIN_DAYS)),
            ..Default::default()
        }
        .insert(&tx.tx)
        .await?;
        *new_per_party.entry(party_id).or_default() += 1;
    }
    let mut out = ErasurePass::default();
    for (party_id, count) in &new_per_party {
        for admin in staff_with(&tx, Role::MunicipalityAdmin, Some(*party_id)).await? {
            notifications::notify(&tx, Account::Staff(admin), Notice::ErasureRequested { count: *count }).await?;
        }
        let payload = format!("erasure.request.v1\n{party_id}\n{count}\n{}", audit::canonical_time(&limit));
        audit::record(&tx, super::retention::ACTOR, "erasure.request", format!("party:{party_id}"), &payload).await?;
        out.requested += count;
    }
    // Overdue: told once, to the agency's DPOs and the municipality's.
    let overdue = erasure_request::Entity::find()
        .filter(erasure_request::Column::AttestedAt.is_null())
        .filter(erasure_request::Column::EscalatedAt.is_null())
        .filter(erasure_request::Column::DueAt.lt(now))
        .all(&tx.tx)
        .await?;
    let mut overdue_per_party: BTreeMap<i32, Vec<i32>> = BTreeMap::new();
    for r in overdue {
        overdue_per_party.entry(r.party_id).or_default().push(r.id);
    }
    for (party_id, ids) in overdue_per_party {
        let count = u32::try_from(ids.len()).unwrap_or(u32::MAX);
        erasure_request::Entity::update_many()
            .col_expr(erasure_request::Column::EscalatedAt, Expr::value(now))
            .filter(erasure_request::Column::Id.is_in(ids))
            .exec(&tx.tx)
            .await?;
        let municipality = municipalities.get(&party_id).cloned().unwrap_or_default();
        let mut dpos = staff_with(&tx, Role::AgencyDpo, None).await?;
        dpos.extend(staff_with(&tx, Role::MunicipalityDpo, Some(party_id)).await?);
        for dpo in dpos {
            let notice = Notice::ErasureOverdue { municipality: municipality.clone(), count };
            notifications::notify(&tx, Account::Staff(dpo), notice).await?;
        }
        let payload = format!("erasure.escalate.v1\n{party_id}\n{count}");
        audit::record(&tx, super::retention::ACTOR, "erasure.escalate", format!("party:{party_id}"), &payload).await?;
        out.escalated += count;
    }
    tx.commit().await?;
    Ok(out)
}

/// A municipality's admin attests the erasure asked in request `id` (their own party's, once).
pub async fn attest(db: &Db, admin: &StaffCaller, id: i32, now: DateTime<Utc>) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let r = erasure_request::Entity::find_by_id(id)
        .one(&tx.tx)
        .await?
        .filter(|r| r.party_id == admin.party_id.0)
        .ok_or(ServiceError::NotFound)?;
    let done = erasure_request::Entity::update_many()
        .col_expr(erasure_request::Column::AttestedAt, Expr::value(now))
        .col_expr(erasure_request::Column::AttestedByStaffId, Expr::value(admin.staff_id.0))
        .filter(erasure_request::Column::Id.eq(r.id))
        .filter(erasure_request::Column::AttestedAt.is_null())
        .exec(&tx.tx)
        .await?;
    if done.rows_affected == 0 {
        return Err(ServiceError::Refused("erasure-error-attested"));
    }
    let payload = format!("erasure.attest.v1\n{}\n{}\n{}", r.id, r.party_id, r.reference);
    audit::record(&tx, admin.audit_id(), "erasure.attest", format!("erasure:{}", r.id), &payload).await?;
    tx.commit().await?;
    Ok(())
}

/// Every request (`own`: one party's), open ones first, oldest first.
pub async fn list(db: &Db, own: Option<PartyId>, now: DateTime<Utc>) -> Result<Vec<ErasureRow>, ServiceError> {
    let mut find = erasure_request::Entity::find();
    if let Some(own) = own {
        find = find.filter(erasure_request::Column::PartyId.eq(own.0));
    }
    let rows = find
        .order_by_asc(erasure_request::Column::AttestedAt)
        .order_by_asc(erasure_request::Column::RequestedAt)
        .order_by_asc(erasure_request::Column::Id)
        .limit(500)
        .all(&db.conn)
        .await?;
    let parties = crate::store::queries::party::names(&db.conn).await?;
    let names =
        crate::store::queries::staff::display_names(&db.conn, rows.iter().filter_map(|r| r.attested_by_staff_id))
            .await?;
    let mut out: Vec<ErasureRow> = rows
        .into_iter()
        .map(|r| ErasureRow {
            id: r.id,
            municipality: parties.get(&r.party_id).cloned().unwrap_or_default(),
            reference: r.reference,
            last_disclosed_at: r.last_disclosed_at,
            requested_at: r.requested_at,
            due_at: r.due_at,
            overdue: r.attested_at.is_none() && r.due_at < now,
            escalated: r.escalated_at.is_some(),
            attested_at: r.attested_at,
            attested_by: r.attested_by_staff_id.and_then(|s| names.get(&s).cloned()),
        })
        .collect();
    // Open first (NULL sorts differently per database).
    out.sort_by_key(|r| r.attested_at.is_some());
    Ok(out)
}
