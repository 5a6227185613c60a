//! The rectification desk's forms (art. 7, GDPR 12(3), 16, 19): the officer acknowledges, asks
//! the person, extends once, accepts or rejects a request on its page; the person answers a
//! question on their own request's page. Each POST authorizes, parses, calls one service; done,
//! the browser goes back to the request's page with what happened; refused, the page answers
//! again with what was typed and why (`settle`). Every form sends `form` (which one it is), so
//! the page puts the refusal next to the right form.

use super::{Caller, Fields, invalid, settle, value};
use crate::startup::AppState;
use app::api::guard::decide;
use app::domain::authz::{Operation, PersonCaller, StaffCaller};
use app::domain::text::Reason;
use app::error::AppError;
use app::services::rectification::{self, Decision, Handling};
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

fn officer(caller: &Caller) -> Result<StaffCaller, AppError> {
    decide::<StaffCaller>(caller.principal.clone(), Operation::HandleRectificationRequests)
}

/// `POST /agency/rectifications/{id}/{action}`: `acknowledge`, `ask` (`question`), `extend`
/// (`until`, a day, and `reason`), `accept` (`value`, the officer's edit, may be empty) or
/// `reject` (`reason`).
pub async fn act(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, action)): Path<(String, String)>,
    Form(fields): Form<Fields>,
) -> Response {
    let page = format!("/agency/rectifications/{id}");
    let result = async {
        let me = officer(&caller)?;
        let (db, now) = (&state.ctx.db, state.ctx.now());
        let text = |name: &str| value(&fields, name);
        match action.as_str() {
            "acknowledge" => rectification::handle(db, me.staff_id, &id, Handling::Acknowledge, now).await?,
            "ask" => {
                let question = text("question");
                rectification::handle(db, me.staff_id, &id, Handling::Ask { question: &question }, now).await?
            }
            "extend" => {
                let (until, reason) = (text("until"), text("reason"));
                let extend = Handling::Extend { until: &until, reason: &reason };
                rectification::handle(db, me.staff_id, &id, extend, now).await?
            }
            "accept" => {
                let edited = Some(text("value")).filter(|v| !v.trim().is_empty());
                rectification::decide(db, me.staff_id, &id, Decision::Accept { value: edited }, now).await?
            }
            "reject" => {
                let reason = Reason::parse(&text("reason")).map_err(|e| invalid(("reason", e)))?;
                rectification::decide(db, me.staff_id, &id, Decision::Reject { reason }, now).await?
            }
            _ => return Err(AppError::NotFound),
        }
        Ok(format!("{page}?done_{action}=1"))
    }
    .await;
    settle(state, caller, &page, fields, result).await
}

/// `POST /me/corrections/{id}/answer`: the person's answer (`answer`) to the officer's question.
pub async fn answer(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Response {
    let page = format!("/me/corrections/{id}");
    let result = async {
        let me = decide::<PersonCaller>(caller.principal.clone(), Operation::OwnCorrections)?;
        let answer = value(&fields, "answer");
        rectification::answer_own(&state.ctx.db, me.person_id, &id, &answer, state.ctx.now()).await?;
        Ok(format!("{page}?answered=1"))
    }
    .await;
    settle(state, caller, &page, fields, result).await
}
