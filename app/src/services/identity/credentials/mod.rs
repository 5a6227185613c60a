//! Credentials the agency hands out: invitations (enrolment links) and API client tokens; who
//! sees the secret of a person's invitation (`recovery`).

mod api_clients;
mod invitations;
pub mod recovery;

pub use api_clients::{
    TokenRefusal, check_client, create_agency_system_client, create_api_client, create_client, resolve_api_token,
    revoke_api_client,
};
pub use invitations::{
    InvitationKey, Invitee, IssuedInvitation, check_staff_invitee, invite, invite_person, issue_invitation, qr_svg,
    revoke_invitation, usable_invitation,
};

use crate::services::{ServiceError, WriteTx, audit};

/// Ends a revocation: exactly one row must have changed (an unknown, used or already revoked
/// credential changes none, and is `NotFound`); then the audit entry, then the commit.
async fn revoked(
    tx: WriteTx<'_>,
    rows_affected: u64,
    actor: &str,
    action: &'static str,
    object_ref: String,
) -> Result<(), ServiceError> {
    if rows_affected != 1 {
        return Err(ServiceError::NotFound);
    }
    audit::record(&tx, actor, action, object_ref, "").await?;
    tx.commit().await?;
    Ok(())
}
