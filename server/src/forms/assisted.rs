//! `POST /agency/assisted-consent/review`: the paper form agency staff typed in, answered with
//! the review page (whose dossier it is). A POST keeps the dossier number out of addresses
//! (proxy logs, history) and makes the name lookup a counted, audited write-side request.

use super::Caller;
use crate::startup::AppState;
use app::api::guard::decide;
use app::domain::authz::{Operation, StaffCaller};
use app::domain::consent::ConsentScopes;
use app::services::ServiceError;
use app::views::consent::{AssistedReviewOutcome, PaperForm};
use axum::Form;
use axum::extract::State;
use axum::response::Response;
use leptos::prelude::provide_context;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    dossier_ref: String,
    #[serde(default)]
    protocol: String,
    #[serde(default)]
    language: String,
    /// Ticked boxes are sent (`on`), unticked ones are absent.
    contact: Option<String>,
    trajectory: Option<String>,
    onward: Option<String>,
}

pub async fn review(State(state): State<AppState>, caller: Caller, Form(form): Form<ReviewForm>) -> Response {
    let paper = PaperForm {
        dossier_ref: form.dossier_ref,
        protocol: form.protocol,
        language: form.language,
        scopes: ConsentScopes {
            contact: form.contact.is_some(),
            trajectory: form.trajectory.is_some(),
            onward: form.onward.is_some(),
        },
    };
    let outcome = match decide::<StaffCaller>(caller.principal.clone(), Operation::AssistedConsent) {
        Ok(staff) => app::services::consent::review(&state.ctx.db, &staff.audit_id(), paper, state.ctx.now())
            .await
            .map_err(ServiceError::into_app_error),
        Err(e) => Err(e),
    };
    let outcome = AssistedReviewOutcome(outcome);
    super::render_page(state, caller, "/agency/assisted-consent/review", move || provide_context(outcome.clone())).await
}
