//! The agency admin's plain HTML forms that create something (an invitation, a request for a
//! second admin, an approved request issued). Each POST authorizes, calls the operation, and
//! answers with the result page rendered right away: a secret the admin may see is shown once
//! and stored nowhere; a recovery delivered to the person shows only where it went. No
//! JavaScript needed.

use super::Caller;
use crate::startup::AppState;
use app::api::admin::ops;
use app::api::guard::decide;
use app::domain::authz::{Operation, StaffCaller};
use app::views::admin::Issued;
use axum::Form;
use axum::extract::State;
use axum::response::Response;
use leptos::prelude::provide_context;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct PersonForm {
    dossier_ref: String,
    /// `delivered` or `in_person` (for a person who already has an account).
    #[serde(default)]
    handover: String,
}

#[derive(Deserialize)]
pub struct LettersForm {
    /// Dossier references, one per line.
    #[serde(default)]
    dossiers: String,
    /// Checked: everyone not yet invited, whatever the list says.
    #[serde(default)]
    not_yet_invited: Option<String>,
}

#[derive(Deserialize)]
pub struct IssueForm {
    #[serde(default)]
    request_id: String,
}

#[derive(Deserialize)]
pub struct StaffForm {
    party_id: i32,
    role: String,
    /// Empty when the role holds no profile.
    #[serde(default)]
    function_profile_id: String,
}

#[derive(Deserialize)]
pub struct ClientForm {
    name: String,
    function_profile_id: i32,
    /// Days until the token expires; empty for no expiry.
    #[serde(default)]
    expires_days: String,
}

/// Renders `/agency/admin/issued` with the outcome in context, as the response to the POST.
async fn render(state: AppState, caller: Caller, issued: Issued) -> Response {
    super::render_page(state, caller, "/agency/admin/issued", move || provide_context(issued.clone())).await
}

fn outcome<T>(r: Result<T, app::error::AppError>, into: impl FnOnce(T) -> Issued) -> Issued {
    match r {
        Ok(v) => into(v),
        Err(e) => Issued::Failed(e),
    }
}

pub async fn invite_person(State(state): State<AppState>, caller: Caller, Form(form): Form<PersonForm>) -> Response {
    let issued = match decide::<StaffCaller>(caller.principal.clone(), Operation::ManageInvitations) {
        Ok(admin) => {
            outcome(ops::invite_person(&state.ctx, &admin, &form.dossier_ref, Some(&form.handover)).await, Issued::from)
        }
        Err(e) => Issued::Failed(e),
    };
    render(state, caller, issued).await
}

pub async fn invite_staff(State(state): State<AppState>, caller: Caller, Form(form): Form<StaffForm>) -> Response {
    let profile = form.function_profile_id.trim().parse::<i32>().ok();
    let issued = match decide::<StaffCaller>(caller.principal.clone(), Operation::RequestCredentials) {
        Ok(admin) => {
            outcome(ops::invite_staff(&state.ctx, &admin, form.party_id, &form.role, profile).await, Issued::Requested)
        }
        Err(e) => Issued::Failed(e),
    };
    render(state, caller, issued).await
}

pub async fn create_client(State(state): State<AppState>, caller: Caller, Form(form): Form<ClientForm>) -> Response {
    let issued = match decide::<StaffCaller>(caller.principal.clone(), Operation::RequestCredentials) {
        Ok(admin) => {
            let expires = form.expires_days.trim();
            // Empty is "never"; anything else that is not a day count in range (text, 0, a
            // number too large for u32) is refused by the operation's own rule, as 0 is.
            let days = expires.parse::<u32>().ok().or_else(|| (!expires.is_empty()).then_some(0));
            outcome(
                ops::create_client(&state.ctx, &admin, form.function_profile_id, &form.name, days).await,
                Issued::Requested,
            )
        }
        Err(e) => Issued::Failed(e),
    };
    render(state, caller, issued).await
}

/// The requester issues an approved request: its secret is on the result page, once.
pub async fn issue_request(State(state): State<AppState>, caller: Caller, Form(form): Form<IssueForm>) -> Response {
    let issued = match decide::<StaffCaller>(caller.principal.clone(), Operation::IssueApprovedCredentials) {
        Ok(admin) => outcome(ops::issue(&state.ctx, &admin, &form.request_id).await, Issued::from),
        Err(e) => Issued::Failed(e),
    };
    render(state, caller, issued).await
}

/// Invitation letters in bulk: the answer is the printable document itself (secrets of first
/// enrolments, shown once, never stored); a refusal is the result page with its reason.
pub async fn letters(State(state): State<AppState>, caller: Caller, Form(form): Form<LettersForm>) -> Response {
    use axum::response::IntoResponse;
    let admin = match decide::<StaffCaller>(caller.principal.clone(), Operation::ManageInvitations) {
        Ok(admin) => admin,
        Err(e) => return render(state, caller, Issued::Failed(e)).await,
    };
    let all_new = form.not_yet_invited.is_some_and(|v| !v.is_empty());
    match ops::letters(&state.ctx, &admin, all_new, &form.dossiers).await {
        Ok(run) => {
            let reader = crate::refusal::locale(&caller.headers, caller.principal.as_ref());
            let html = crate::letters::document(&run, reader, crate::letters::Style::Linked);
            ([(axum::http::header::CACHE_CONTROL, "no-store")], axum::response::Html(html)).into_response()
        }
        Err(e) => render(state, caller, Issued::Failed(e)).await,
    }
}
