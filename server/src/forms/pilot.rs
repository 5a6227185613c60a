//! Municipality staff's forms: find a person by name (a POST: names stay out of addresses),
//! pass fields on, report a wrong value (art. 7), report a breach (art. 6/9), mark a correction
//! notice processed (GDPR 19). The same operations the REST API offers municipality systems:
//! two doors, one service each.

use super::{Caller, Fields, settle, settle_row, value, values};
use crate::startup::AppState;
use app::api::guard::decide;
use app::domain::authz::{MunicipalityCaller, Operation, StaffCaller};
use app::domain::time::parse_local_moment;
use app::error::AppError;
use app::services::breaches::{self, Report};
use app::services::disclosure::for_municipality::{self, Wanted};
use app::services::rectification::{self as rectification, file_quality_report};
use app::services::{correction_notices, pilot};
use app::views::pilot::SearchOutcome;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use leptos::prelude::provide_context;

fn staff(caller: &Caller, op: Operation) -> Result<StaffCaller, AppError> {
    decide::<StaffCaller>(caller.principal.clone(), op)
}

/// `POST /municipality/persons/search`: the results page, each name shown a disclosure.
pub async fn search(State(state): State<AppState>, caller: Caller, Form(fields): Form<Fields>) -> Response {
    let (protocol, query) = (value(&fields, "protocol"), value(&fields, "q"));
    let found = async {
        let me = staff(&caller, Operation::ReadPersonFields)?;
        let locale = crate::refusal::locale(&caller.headers, caller.principal.as_ref());
        let (db, disclosures) = (&state.ctx.db, &state.ctx.disclosures);
        Ok(pilot::search(db, disclosures, &me, &protocol, &query, locale, state.ctx.now()).await?)
    }
    .await;
    let outcome = SearchOutcome { protocol, query, found };
    super::render_page(state, caller, "/municipality/persons/search", move || provide_context(outcome.clone())).await
}

/// `POST /municipality/persons/{protocol}/{reference}/onward`: fields to a partner or a notified
/// recipient, through the disclosure path (channel onward).
pub async fn pass_on(
    State(state): State<AppState>,
    caller: Caller,
    Path((protocol, reference)): Path<(String, String)>,
    Form(fields): Form<Fields>,
) -> Response {
    let page = format!("/municipality/persons/{protocol}/{reference}");
    let result = async {
        let me: MunicipalityCaller = staff(&caller, Operation::RecordOnwardDisclosure)?.into();
        let (partner, chosen, purpose) =
            (value(&fields, "partner"), values(&fields, "fields"), value(&fields, "purpose"));
        let wanted = Wanted::Onward { partner: &partner, fields: &chosen, purpose: &purpose };
        let (db, disclosures) = (&state.ctx.db, &state.ctx.disclosures);
        let target = (protocol.as_str(), reference.as_str());
        for_municipality::fields(db, disclosures, &me, target, wanted, None, state.ctx.now()).await?;
        Ok(format!("/municipality/persons?protocol={protocol}&passed=1"))
    }
    .await;
    settle(state, caller, &page, fields, result).await
}

/// `POST /municipality/persons/{protocol}/{reference}/quality-report`: art. 7, into the
/// agency's queue.
pub async fn quality(
    State(state): State<AppState>,
    caller: Caller,
    Path((protocol, reference)): Path<(String, String)>,
    Form(fields): Form<Fields>,
) -> Response {
    let page = format!("/municipality/persons/{protocol}/{reference}");
    let result = async {
        let me: MunicipalityCaller = staff(&caller, Operation::FileQualityReport)?.into();
        let (field, statement, proposed) =
            (value(&fields, "field"), value(&fields, "statement"), value(&fields, "proposed_value"));
        let proposed = Some(proposed.as_str()).filter(|p| !p.trim().is_empty());
        let report = rectification::Report { field: &field, proposed, statement: &statement };
        file_quality_report(&state.ctx.db, &me, &protocol, &reference, report, None, state.ctx.now()).await?;
        Ok(format!("/municipality/persons?protocol={protocol}&reported=1"))
    }
    .await;
    settle(state, caller, &page, fields, result).await
}

/// `POST /municipality/breaches/new`: art. 6/9, to the agency within 48 hours.
pub async fn report_breach(State(state): State<AppState>, caller: Caller, Form(fields): Form<Fields>) -> Response {
    let result = async {
        let me: MunicipalityCaller = staff(&caller, Operation::ReportBreach)?.into();
        let detected_at = parse_local_moment(&value(&fields, "detected_at")).ok_or_else(|| AppError::Invalid {
            field: "detected_at".into(),
            message_id: "breach-error-detected-at".into(),
        })?;
        let (description, categories) = (value(&fields, "description"), values(&fields, "categories"));
        let (persons, measures) = (values(&fields, "persons"), value(&fields, "measures"));
        let report = Report {
            detected_at,
            description: &description,
            categories: &categories,
            persons: &persons,
            measures: &measures,
        };
        breaches::report(&state.ctx.db, &me, report, None, state.ctx.now()).await?;
        Ok("/municipality/breaches?reported=1".to_owned())
    }
    .await;
    settle(state, caller, "/municipality/breaches/new", fields, result).await
}

/// `POST /municipality/corrections/{id}/processed`
pub async fn correction_processed(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> Response {
    let result = async {
        let me = staff(&caller, Operation::ProcessCorrectionNotices)?;
        Ok(correction_notices::process(&state.ctx.db, &me, &id, state.ctx.now()).await?)
    }
    .await;
    settle_row(state, caller, "/municipality/corrections", "processed=1", result).await
}
