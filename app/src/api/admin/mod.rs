//! Agency protocol admin: invitations, API clients and the requests a second admin decides.
//! Secrets are returned once, and only where `domain::approval::route` allows: a first
//! enrolment to the admin, a recovery to the person (or, approved, to the requester), staff
//! invitations and API tokens to the requester once a second admin approved.
//! The same operations serve JSON calls (server functions) and the admin page's plain HTML
//! forms (`server::forms::admin`), which render the result page directly.

mod api_clients;
mod approvals;
mod invitations;

pub use api_clients::{create_api_client, revoke_api_client};
pub use approvals::{decide_request, issue_request};
pub use invitations::{invite_person, invite_staff, revoke_invitation};

pub mod ops {
    //! The admin operations, for server functions and form handlers alike. Each takes the
    //! caller the guard returned, parses its input, and calls one service.
    use crate::domain::approval::{ApprovalDecision, Handover};
    use crate::domain::authz::StaffCaller;
    use crate::domain::ids::{PartyId, ProfileId};
    use crate::error::AppError;
    use crate::services::approvals::{self, IssuedCredential, Requested};
    use crate::services::context::AppContext;
    use crate::services::identity::credentials::{self, recovery::PersonInvitation};
    use crate::views::admin::{
        CreatedClient, DeliveryView, IssuedCredentialView, IssuedInvitationView, PersonInvitationOutcome, RequestedView,
    };

    fn invalid(field: &str, message_id: &str) -> AppError {
        AppError::Invalid { field: field.into(), message_id: message_id.into() }
    }

    fn view_of(ctx: &AppContext, inv: credentials::IssuedInvitation) -> IssuedInvitationView {
        let url = inv.url(&ctx.public_url);
        IssuedInvitationView {
            id: inv.id,
            qr_svg: credentials::qr_svg(&url),
            url,
            short_code: inv.short_code,
            expires_at: inv.expires_at,
        }
    }

    /// A request id as a form or JSON call gives it.
    pub fn request_id(raw: &str) -> Result<i32, AppError> {
        raw.trim().parse::<i32>().map_err(|_| invalid("request_id", "admin-error-no-such-request"))
    }

    /// `handover`: `delivered` (the default) or `in_person`; it matters only for a person who
    /// already has an account.
    pub async fn invite_person(
        ctx: &AppContext,
        admin: &StaffCaller,
        dossier_ref: &str,
        handover: Option<&str>,
    ) -> Result<PersonInvitationOutcome, AppError> {
        let handover = match handover.map(str::trim).filter(|h| !h.is_empty()) {
            None => Handover::Delivered,
            Some(h) => Handover::parse(h).map_err(|e| invalid("handover", e.message_id))?,
        };
        let done = credentials::recovery::invite_person(&ctx.db, admin, dossier_ref, handover, ctx.now()).await?;
        Ok(match done {
            PersonInvitation::Shown(inv) => PersonInvitationOutcome::Shown(view_of(ctx, inv)),
            PersonInvitation::Delivered { invitation_id, delivery, expires_at } => {
                PersonInvitationOutcome::Delivered(DeliveryView {
                    invitation_id,
                    channel: delivery.channel,
                    masked_to: delivery.masked_to,
                    expires_at,
                })
            }
            PersonInvitation::AwaitingApproval { request_id } => PersonInvitationOutcome::Requested(RequestedView {
                request_id,
                kind: crate::domain::approval::ApprovalKind::PersonRecovery,
            }),
        })
    }

    /// Invitation letters for everyone not yet invited, or for the dossiers listed (one per
    /// line, or separated by commas or spaces).
    pub async fn letters(
        ctx: &AppContext,
        admin: &StaffCaller,
        not_yet_invited: bool,
        dossiers: &str,
    ) -> Result<crate::views::letters::LetterRun, AppError> {
        use crate::services::persons::letters::{Printer, Selection, issue};
        let selection = if not_yet_invited {
            Selection::NotYetInvited
        } else {
            let list = dossiers.split(|c: char| c == ',' || c.is_whitespace()).filter(|d| !d.is_empty());
            Selection::Dossiers(list.map(str::to_owned).collect())
        };
        Ok(issue(&ctx.db, Printer::Admin(admin), selection, &ctx.public_url, ctx.now()).await?)
    }

    async fn requested(ctx: &AppContext, admin: &StaffCaller, what: Requested) -> Result<RequestedView, AppError> {
        let kind = what.kind();
        let request_id = approvals::request(&ctx.db, admin, what, ctx.now()).await?;
        Ok(RequestedView { request_id, kind })
    }

    /// Asks for a staff invitation; a second agency admin decides.
    pub async fn invite_staff(
        ctx: &AppContext,
        admin: &StaffCaller,
        party_id: i32,
        role: &str,
        function_profile_id: Option<i32>,
    ) -> Result<RequestedView, AppError> {
        let role = crate::domain::roles::Role::parse(role).map_err(|e| invalid("role", e.message_id))?;
        let what = Requested::StaffInvitation {
            party_id: PartyId(party_id),
            role,
            function_profile_id: function_profile_id.map(ProfileId),
        };
        requested(ctx, admin, what).await
    }

    /// Asks for an API client for a function profile (it acts for the profile's party); a
    /// second agency admin decides.
    pub async fn create_client(
        ctx: &AppContext,
        admin: &StaffCaller,
        function_profile_id: i32,
        name: &str,
        expires_days: Option<u32>,
    ) -> Result<RequestedView, AppError> {
        let what = Requested::ApiClient {
            function_profile_id: ProfileId(function_profile_id),
            name: name.to_owned(),
            expires_days,
        };
        requested(ctx, admin, what).await
    }

    /// Another admin's request: approve or refuse it.
    pub async fn decide(
        ctx: &AppContext,
        admin: &StaffCaller,
        request_id: &str,
        decision: &str,
    ) -> Result<(), AppError> {
        let id = self::request_id(request_id)?;
        let decision = ApprovalDecision::parse(decision.trim()).map_err(|e| invalid("decision", e.message_id))?;
        Ok(approvals::decide(&ctx.db, admin, id, decision, ctx.now()).await?)
    }

    /// One's own approved request: issue it now, its secret shown once.
    pub async fn issue(
        ctx: &AppContext,
        admin: &StaffCaller,
        request_id: &str,
    ) -> Result<IssuedCredentialView, AppError> {
        let id = self::request_id(request_id)?;
        Ok(match approvals::issue(&ctx.db, admin, id, ctx.now()).await? {
            IssuedCredential::Invitation(inv) => IssuedCredentialView::Invitation(view_of(ctx, inv)),
            IssuedCredential::Client { public_id, token } => {
                IssuedCredentialView::Client(CreatedClient { public_id, token })
            }
        })
    }
}
