//! The agency DPO's forms: a breach report acknowledged and its persons told (GDPR 34); and
//! acknowledging a municipality's notice of an onward disclosure to a
//! recipient that is not a partner (art. 4). Only then can the municipality record such
//! disclosures, of the fields the notice names.

use super::{Caller, settle_row};
use crate::startup::AppState;
use app::api::guard::decide;
use app::domain::authz::{Operation, StaffCaller};
use app::domain::breach::BreachStep;
use app::services::{breaches, onward_notices};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

/// `POST /agency/dpo/breaches/{id}/{action}`: `acknowledge` a breach report, or `notify` the
/// persons it names (GDPR 34).
pub async fn breach_step(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, action)): Path<(String, String)>,
) -> Response {
    let (step, done) = match action.as_str() {
        "acknowledge" => (BreachStep::Acknowledged, "acknowledged=1"),
        "notify" => (BreachStep::PersonsNotified, "notified=1"),
        _ => return axum::http::StatusCode::NOT_FOUND.into_response(),
    };
    let result = async {
        let dpo = decide::<StaffCaller>(caller.principal.clone(), Operation::HandleBreachReports)?;
        breaches::take_step(&state.ctx.db, &dpo, &id, step, state.ctx.now()).await?;
        Ok(())
    }
    .await;
    settle_row(state, caller, "/agency/dpo/breaches", done, result).await
}

/// `POST /agency/dpo/audit/verify`: walks the whole audit chain now; the DPO's home shows the result.
pub async fn verify_audit(State(state): State<AppState>, caller: Caller) -> Response {
    let result = async {
        decide::<StaffCaller>(caller.principal.clone(), Operation::ReadAuditStatus)?;
        let ctx = &state.ctx;
        ctx.audit_watch.refresh(&ctx.db, &ctx.keys, ctx.now()).await?;
        Ok(())
    }
    .await;
    settle_row(state, caller, "/agency/dpo", "verified=1", result).await
}

/// `POST /agency/dpo/notices/{id}/acknowledge`
pub async fn acknowledge_notice(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> Response {
    let result = async {
        let dpo = decide::<StaffCaller>(caller.principal.clone(), Operation::AcknowledgeOnwardNotices)?;
        Ok(onward_notices::acknowledge(&state.ctx.db, &dpo, &id, state.ctx.now()).await?)
    }
    .await;
    settle_row(state, caller, "/agency/dpo/notices", "acknowledged=1", result).await
}
