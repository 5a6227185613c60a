//! Recovery is not enrolment (DESIGN "Authentication and security", review M3): an invitation
//! for a person who already has an account (a passkey) would open that account, so the staff
//! member who creates it never sees its secret. From the admin desk (`invite_person`):
//!
//! - a first enrolment (no passkey yet) is shown to the admin, for the counter or a letter;
//! - a recovery *delivered* goes to the contact data on file through the outbox (e-mail, else
//!   SMS, else a printed letter; the secret lives only in that undelivered outbox row, see
//!   `notifications::outbox`); the admin is told where it went, masked;
//! - a recovery *handed over in person* becomes an approval request; once another agency
//!   protocol admin approved it, the requester issues it (`issue_in_person`) and it is shown once.
//!
//! Which of these applies is `domain::approval::route`. Every recovery is told to the person
//! in the app and on every channel; issuing any person invitation revokes their older ones.

use super::{Invitee, IssuedInvitation, issue_invitation};
use crate::domain::approval::{Credential, Handover, Route, route};
use crate::domain::authz::StaffCaller;
use crate::domain::ids::{PersonId, StaffId};
use crate::domain::notification::Notice;
use crate::domain::outbox::RecoveryVia;
use crate::services::approvals::{self, Requested};
use crate::services::notifications::outbox::{self, Delivery};
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::{Db, passkey, person, queries};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// What the admin desk did with a person's invitation.
#[derive(Debug)]
pub enum PersonInvitation {
    /// A first enrolment, to show to the admin once.
    Shown(IssuedInvitation),
    /// A recovery sent to the person: only where it went, never the secret.
    Delivered { invitation_id: i32, delivery: Delivery, expires_at: DateTime<Utc> },
    /// A recovery to hand over in person, waiting for a second admin.
    AwaitingApproval { request_id: i32 },
}

/// The person with this dossier reference, or the admin's translated refusal.
pub async fn person_by_dossier(tx: &WriteTx<'_>, dossier_ref: &str) -> Result<person::Model, ServiceError> {
    queries::person::by_dossier(&tx.tx, dossier_ref)
        .await?
        .ok_or(ServiceError::Invalid { field: "dossier_ref", message_id: "admin-error-no-such-person" })
}

/// Whether the person has an account: at least one passkey.
pub async fn has_account(tx: &WriteTx<'_>, person_id: PersonId) -> Result<bool, ServiceError> {
    Ok(passkey::Entity::find().filter(passkey::Column::PersonId.eq(person_id.0)).count(&tx.tx).await? > 0)
}

/// An agency protocol admin invites the person with this dossier reference.
pub async fn invite_person(
    db: &Db,
    admin: &StaffCaller,
    dossier_ref: &str,
    handover: Handover,
    now: DateTime<Utc>,
) -> Result<PersonInvitation, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let person_id = PersonId(person_by_dossier(&tx, dossier_ref).await?.id);
    let credential = Credential::PersonInvitation { has_account: has_account(&tx, person_id).await?, handover };
    let actor = admin.audit_id();
    let invitee = Invitee::Person { person_id };
    let done = match route(credential) {
        Route::ShowToIssuer => {
            PersonInvitation::Shown(issue_invitation(&tx, &actor, Some(admin.staff_id), invitee).await?)
        }
        Route::DeliverToPerson => {
            let issued = issue_invitation(&tx, &actor, Some(admin.staff_id), invitee).await?;
            let (invitation_id, expires_at) = (issued.id, issued.expires_at);
            let delivery = deliver(&tx, &actor, person_id, issued).await?;
            PersonInvitation::Delivered { invitation_id, delivery, expires_at }
        }
        Route::SecondAdmin(_) => {
            let request_id = approvals::insert_request(&tx, admin, &Requested::PersonRecovery { person_id }).await?;
            PersonInvitation::AwaitingApproval { request_id }
        }
    };
    tx.commit().await?;
    Ok(done)
}

/// Queues the invitation for the person's first channel (the secret goes into that outbox row
/// and nowhere else), tells them in the app and on their other channels. The invitation is
/// consumed: nothing that returns from here holds its secret.
pub(crate) async fn deliver(
    tx: &WriteTx<'_>,
    actor: &str,
    person_id: PersonId,
    issued: IssuedInvitation,
) -> Result<Delivery, ServiceError> {
    let notice = |channel| Notice::RecoveryIssued { via: RecoveryVia::from(channel) };
    let delivery = outbox::notify_everywhere(tx, person_id, notice, Some(&issued)).await?;
    let object = format!("invitation:{}", issued.id);
    audit::record(tx, actor, "invitation.deliver", object, delivery.channel.as_str()).await?;
    Ok(delivery)
}

/// Issues an approved in-person recovery (inside the approval's transaction): shown once to the
/// requester, who hands it over; the person is told in the app and on every channel.
pub async fn issue_in_person(
    tx: &WriteTx<'_>,
    actor: &str,
    requested_by: StaffId,
    person_id: PersonId,
) -> Result<IssuedInvitation, ServiceError> {
    let issued = issue_invitation(tx, actor, Some(requested_by), Invitee::Person { person_id }).await?;
    let notice = |_| Notice::RecoveryIssued { via: RecoveryVia::InPerson };
    outbox::notify_everywhere(tx, person_id, notice, None).await?;
    Ok(issued)
}
