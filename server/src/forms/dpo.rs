//! The agency DPO's form: acknowledging a municipality's notice of an onward disclosure to a
//! recipient that is not a partner (art. 4). Only then can the municipality record such
//! disclosures, of the fields the notice names.

use super::{Caller, settle_row};
use crate::startup::AppState;
use app::api::guard::decide;
use app::domain::authz::{Operation, StaffCaller};
use app::services::onward_notices;
use axum::extract::{Path, State};
use axum::response::Response;

/// `POST /agency/dpo/notices/{id}/acknowledge`
pub async fn acknowledge_notice(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> Response {
    let result = async {
        let dpo = decide::<StaffCaller>(caller.principal.clone(), Operation::AcknowledgeOnwardNotices)?;
        Ok(onward_notices::acknowledge(&state.ctx.db, &dpo, &id, state.ctx.now()).await?)
    }
    .await;
    settle_row(state, caller, "/agency/dpo/notices", "acknowledged=1", result).await
}
