//! `POST /api/v1/protocols/{slug}/quality-reports`: art. 7 — the municipality reports a value
//! it received as wrong. It joins the agency's rectification queue (same rules and deadlines
//! as a person's request) and the person sees it. Accepts `Idempotency-Key`.

use super::{answer, client, idempotency_key, json_body};
use crate::problem::{Problem, ProblemDetails};
use app::domain::authz::{Operation, Principal};
use app::services::context::AppContext;
use app::services::rectification::{Report, file_quality_report};
use app::views::api::QualityReportFiled;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;

/// The value the municipality found wrong.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"person": "5f0c3e1a9b7d4c2e8a6f1b3d5c7e9a0b", "field": "address", "proposed_value": "Brusselstraat 12, 1600 Sint-Pieters-Leeuw", "statement": "Letters come back: the person moved in March."}))]
pub struct QualityReportRequest {
    /// The person, as the client's party knows them.
    #[schema(pattern = "^[0-9a-f]{32}$")]
    pub person: String,
    /// The art. 3 field.
    #[schema(value_type = app::domain::fields::Field)]
    pub field: String,
    /// The value believed right, checked by the field's rule; absent when unknown.
    pub proposed_value: Option<String>,
    /// What was found, for the agency's officer.
    pub statement: String,
}

#[utoipa::path(
    post,
    path = "/api/v1/protocols/{slug}/quality-reports",
    operation_id = "file_quality_report",
    tag = "persons",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The protocol"),
        super::IdempotencyKeyHeader,
    ),
    request_body = QualityReportRequest,
    responses(
        (status = 201, description = "In the agency's queue", body = QualityReportFiled),
        (status = 404, description = "No such protocol or person in the client's party's space", body = ProblemDetails, content_type = "application/problem+json"),
        (status = 409, description = "Refused: a request for this field is already pending, the profile does not cover the field, or a request with this key still running", body = ProblemDetails, content_type = "application/problem+json"),
        (status = 422, description = "An invalid body, field, value or statement; or the key reused for another request", body = ProblemDetails, content_type = "application/problem+json"),
        super::CallerProblems,
        super::BodyProblems,
    )
)]
/// Files a quality report on a person's field.
pub async fn post(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    let client = client(principal, Operation::FileQualityReport)?;
    let req: QualityReportRequest = json_body(&headers, &body)?;
    let key = idempotency_key(&headers, &client, &format!("quality-report {slug}"), &body)?;
    let report = Report { field: &req.field, proposed: req.proposed_value.as_deref(), statement: &req.statement };
    let filed =
        file_quality_report(&ctx.db, &client.into(), &slug, &req.person, report, key.as_ref(), ctx.now()).await?;
    Ok(answer(filed, StatusCode::CREATED))
}
