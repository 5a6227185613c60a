//! `POST /api/v1/breaches`: art. 6/9 — the municipality reports a personal-data breach to the
//! agency; the answer shows the 48-hour deadline and whether the report is late. Accepts
//! `Idempotency-Key`.

use super::{answer, client, idempotency_key, json_body};
use crate::problem::{Problem, ProblemDetails};
use app::domain::authz::{Operation, Principal};
use app::services::breaches::{self, Report};
use app::services::context::AppContext;
use app::views::api::BreachReported;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::Deserialize;

/// What happened, to which data and persons, and what was done.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"detected_at": "2026-03-01T08:15:00Z", "description": "A list of participants was e-mailed to a wrong address.",
    "categories": ["given_name", "family_name", "email"], "persons": ["5f0c3e1a9b7d4c2e8a6f1b3d5c7e9a0b"], "measures": "Recipient asked to delete; confirmed."}))]
pub struct BreachRequest {
    /// When the breach was found (RFC 3339); not in the future.
    pub detected_at: DateTime<Utc>,
    pub description: String,
    /// The art. 3 fields concerned.
    #[schema(value_type = Vec<app::domain::fields::Field>, min_items = 1)]
    pub categories: Vec<String>,
    /// The persons concerned, as the client's party knows them (if known).
    #[serde(default)]
    pub persons: Vec<String>,
    /// What was done to contain it.
    pub measures: String,
}

#[utoipa::path(
    post,
    path = "/api/v1/breaches",
    operation_id = "report_breach",
    tag = "breaches",
    security(("bearer" = [])),
    params(super::IdempotencyKeyHeader),
    request_body = BreachRequest,
    responses(
        (status = 201, description = "Reported to the agency", body = BreachReported),
        (status = 404, description = "A person named is not in the client's party's space", body = ProblemDetails, content_type = "application/problem+json"),
        (status = 409, description = "A request with this key still running", body = ProblemDetails, content_type = "application/problem+json"),
        (status = 422, description = "An invalid body, time, text or category; or the key reused for another request", body = ProblemDetails, content_type = "application/problem+json"),
        super::CallerProblems,
        super::BodyProblems,
    )
)]
/// Reports a personal-data breach to the agency.
pub async fn post(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    let client = client(principal, Operation::ReportBreach)?;
    let req: BreachRequest = json_body(&headers, &body)?;
    let key = idempotency_key(&headers, &client, "breach", &body)?;
    let report = Report {
        detected_at: req.detected_at,
        description: &req.description,
        categories: &req.categories,
        persons: &req.persons,
        measures: &req.measures,
    };
    Ok(answer(breaches::report(&ctx.db, &client.into(), report, key.as_ref(), ctx.now()).await?, StatusCode::CREATED))
}
