//! Art. 4: the municipality admin keeps the function-profile register current — adds a profile,
//! changes one (a new revision: those who hold the profile read by it from their next read on,
//! while earlier disclosures keep the revision they were made under), deactivates or
//! reactivates one. The admin reads no personal data here (art. 6).

use super::register::{current_revision, rows};
use super::{RevisionContent, insert_revision};
use crate::domain::authz::StaffCaller;
use crate::domain::function_profile::ProfileDraft;
use crate::domain::ids::PartyId;
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::{Db, api_client, approval_request, function_profile, invitation, queries, staff};
use crate::views::register::ProfileRow;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use std::collections::BTreeSet;

/// Adds a profile to the admin's own register.
pub async fn create(
    db: &Db,
    admin: &StaffCaller,
    draft: ProfileDraft,
    now: DateTime<Utc>,
) -> Result<ProfileRow, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    name_is_free(&tx.tx, admin.party_id, &draft.name, None).await?;
    let content = RevisionContent { name: &draft.name, purpose: &draft.purpose, fields: &draft.fields, active: true };
    let actor = admin.audit_id();
    let m = insert_revision(
        &tx,
        &actor,
        "function_profile.create",
        admin.party_id.0,
        None,
        content,
        Some(admin.staff_id.0),
    )
    .await?;
    let row = rows(&tx.tx, vec![m]).await?.pop().ok_or(ServiceError::Internal("the new profile is not there"))?;
    tx.commit().await?;
    Ok(row)
}

/// Changes a profile: a new revision supersedes the current one, and every staff member, API
/// client, open invitation and pending request that holds the profile moves to it. An
/// unchanged draft makes no revision.
pub async fn revise(
    db: &Db,
    admin: &StaffCaller,
    lineage: i32,
    draft: ProfileDraft,
    now: DateTime<Utc>,
) -> Result<ProfileRow, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let current = current_revision(&tx.tx, admin.party_id, lineage).await?;
    let fields: BTreeSet<_> = queries::profile::fields_of(&tx.tx, current.id).await?;
    if current.name == draft.name && current.purpose == draft.purpose && fields == draft.fields {
        let row = rows(&tx.tx, vec![current]).await?.pop().ok_or(ServiceError::NotFound)?;
        tx.commit().await?;
        return Ok(row);
    }
    name_is_free(&tx.tx, admin.party_id, &draft.name, Some(lineage)).await?;
    function_profile::Entity::update_many()
        .col_expr(function_profile::Column::SupersededAt, Expr::value(tx.now))
        .filter(function_profile::Column::Id.eq(current.id))
        .exec(&tx.tx)
        .await?;
    let content =
        RevisionContent { name: &draft.name, purpose: &draft.purpose, fields: &draft.fields, active: current.active };
    let of = Some((current.lineage_id, current.revision_no));
    let actor = admin.audit_id();
    let next =
        insert_revision(&tx, &actor, "function_profile.revise", admin.party_id.0, of, content, Some(admin.staff_id.0))
            .await?;
    move_holders(&tx, current.id, next.id).await?;
    if current.purpose == draft.purpose {
        // The same purpose: its translations still say it.
        super::translations::carry(&tx, current.id, next.id).await?;
    }
    let row = rows(&tx.tx, vec![next]).await?.pop().ok_or(ServiceError::Internal("the new revision is not there"))?;
    tx.commit().await?;
    // A client kept in memory must not read by the superseded revision for a second more.
    db.tokens.forget_profile(current.id);
    Ok(row)
}

/// Deactivates (nobody reads with it any more) or reactivates a profile.
pub async fn set_active(
    db: &Db,
    admin: &StaffCaller,
    lineage: i32,
    active: bool,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let current = current_revision(&tx.tx, admin.party_id, lineage).await?;
    if current.active != active {
        function_profile::Entity::update_many()
            .col_expr(function_profile::Column::Active, Expr::value(active))
            .filter(function_profile::Column::Id.eq(current.id))
            .exec(&tx.tx)
            .await?;
        let action = if active { "function_profile.reactivate" } else { "function_profile.deactivate" };
        audit::record(&tx, admin.audit_id(), action, format!("function_profile:{}", current.id), "").await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A name is unique among the party's current profiles (the database holds the same rule).
async fn name_is_free<C: ConnectionTrait>(
    conn: &C,
    party: PartyId,
    name: &str,
    except_lineage: Option<i32>,
) -> Result<(), ServiceError> {
    let mut same = function_profile::Entity::find()
        .filter(function_profile::Column::PartyId.eq(party.0))
        .filter(function_profile::Column::SupersededAt.is_null())
        .filter(function_profile::Column::Name.eq(name));
    if let Some(lineage) = except_lineage {
        same = same.filter(function_profile::Column::LineageId.ne(lineage));
    }
    match same.one(conn).await? {
        Some(_) => Err(ServiceError::Invalid { field: "name", message_id: "profile-error-name-taken" }),
        None => Ok(()),
    }
}

/// Everyone and everything that holds revision `from` now holds `to`. Disclosure events keep
/// `from`: they were made under it.
async fn move_holders(tx: &WriteTx<'_>, from: i32, to: i32) -> Result<(), ServiceError> {
    staff::Entity::update_many()
        .col_expr(staff::Column::FunctionProfileId, Expr::value(to))
        .filter(staff::Column::FunctionProfileId.eq(from))
        .exec(&tx.tx)
        .await?;
    api_client::Entity::update_many()
        .col_expr(api_client::Column::FunctionProfileId, Expr::value(to))
        .filter(api_client::Column::FunctionProfileId.eq(from))
        .exec(&tx.tx)
        .await?;
    invitation::Entity::update_many()
        .col_expr(invitation::Column::FunctionProfileId, Expr::value(to))
        .filter(invitation::Column::FunctionProfileId.eq(from))
        .filter(invitation::Column::RedeemedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .exec(&tx.tx)
        .await?;
    approval_request::Entity::update_many()
        .col_expr(approval_request::Column::FunctionProfileId, Expr::value(to))
        .filter(approval_request::Column::FunctionProfileId.eq(from))
        .filter(approval_request::Column::UsedAt.is_null())
        .exec(&tx.tx)
        .await?;
    Ok(())
}
