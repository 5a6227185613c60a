//! The municipality admin changes a member's function profile, or disables a member: the
//! member's sessions end at once, and signing in is refused from then on.

use crate::domain::authz::StaffCaller;
use crate::domain::roles::Role;
use crate::services::function_profiles::current_revision;
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::{Db, session, staff};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

/// A member of the admin's own municipality, by public id; anyone else is not found.
async fn member<C: ConnectionTrait>(
    conn: &C,
    admin: &StaffCaller,
    public_id: &str,
) -> Result<staff::Model, ServiceError> {
    staff::Entity::find()
        .filter(staff::Column::PublicId.eq(public_id))
        .filter(staff::Column::PartyId.eq(admin.party_id.0))
        .one(conn)
        .await?
        .ok_or(ServiceError::NotFound)
}

/// Gives a staff member (who reads with a profile) another of the municipality's active profiles.
pub async fn change_profile(
    db: &Db,
    admin: &StaffCaller,
    public_id: &str,
    profile: i32,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let m = member(&tx.tx, admin, public_id).await?;
    if m.role != Role::MunicipalityStaff.as_str() {
        // Separation of duties (art. 6): an admin never holds a profile that reads data.
        return Err(ServiceError::Invalid { field: "profile", message_id: "staff-error-separation-of-duties" });
    }
    let revision = current_revision(&tx.tx, admin.party_id, profile)
        .await
        .map_err(|_| ServiceError::Invalid { field: "profile", message_id: "staff-error-profile-not-of-party" })?;
    if !revision.active {
        return Err(ServiceError::Invalid { field: "profile", message_id: "staff-error-profile-not-of-party" });
    }
    if m.function_profile_id != Some(revision.id) {
        staff::Entity::update_many()
            .col_expr(staff::Column::FunctionProfileId, Expr::value(revision.id))
            .filter(staff::Column::Id.eq(m.id))
            .exec(&tx.tx)
            .await?;
        let payload = format!("{}|{}", m.function_profile_id.unwrap_or_default(), revision.id);
        audit::record(&tx, admin.audit_id(), "staff.profile.change", format!("staff:{}", m.public_id), &payload)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Disables a member: their open sessions end now, and sessions and sign-ins of a disabled
/// member are refused (`sessions::principal_of`, `passkeys::sign_in`). An admin cannot disable
/// themselves (someone must stay to keep the registers).
pub async fn disable(db: &Db, admin: &StaffCaller, public_id: &str, now: DateTime<Utc>) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let m = member(&tx.tx, admin, public_id).await?;
    if m.id == admin.staff_id.0 {
        return Err(ServiceError::Invalid { field: "staff", message_id: "staff-error-disable-self" });
    }
    if m.disabled_at.is_none() {
        staff::Entity::update_many()
            .col_expr(staff::Column::DisabledAt, Expr::value(tx.now))
            .filter(staff::Column::Id.eq(m.id))
            .exec(&tx.tx)
            .await?;
        let ended = session::Entity::update_many()
            .col_expr(session::Column::EndedAt, Expr::value(tx.now))
            .filter(session::Column::StaffId.eq(m.id))
            .filter(session::Column::EndedAt.is_null())
            .exec(&tx.tx)
            .await?
            .rows_affected;
        let object = format!("staff:{}", m.public_id);
        audit::record(&tx, admin.audit_id(), "staff.disable", object, &format!("sessions ended: {ended}")).await?;
    }
    tx.commit().await?;
    Ok(())
}
