//! `POST /api/v1/protocols/{slug}/persons/{person}/onward-disclosures`: the municipality
//! records that it passes fields on to a partner organisation registered for it (art. 4).
//! Needs the person's onward scope; recorded through the disclosure path (channel `onward`),
//! so the person sees "partner X (via municipality Y)". Accepts `Idempotency-Key`.

use super::{answer, client, idempotency_key, json_body};
use crate::problem::{Problem, ProblemDetails};
use app::domain::authz::{Operation, Principal};
use app::services::context::AppContext;
use app::services::disclosure::for_municipality::{self, Wanted};
use app::views::api::PersonFields;
use axum::Extension;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;

/// What is passed on, to whom, and why.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"partner": "partner-vzw-welkom", "fields": ["given_name", "phone"], "purpose": "Begeleiding naar vrijwilligerswerk"}))]
pub struct OnwardRequest {
    /// The partner organisation's slug, as registered for the municipality.
    pub partner: String,
    /// The art. 3 fields passed on.
    #[schema(value_type = Vec<app::domain::fields::Field>, min_items = 1)]
    pub fields: Vec<String>,
    /// Why (recorded with the disclosure): one line of text.
    #[schema(min_length = 1, max_length = 300)]
    pub purpose: String,
}

#[utoipa::path(
    post,
    path = "/api/v1/protocols/{slug}/persons/{person}/onward-disclosures",
    operation_id = "record_onward_disclosure",
    tag = "persons",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The protocol"),
        ("person" = String, Path, description = "The person, as the client's party knows them", pattern = "^[0-9a-f]{32}$"),
        super::IdempotencyKeyHeader,
    ),
    request_body = OnwardRequest,
    responses(
        (status = 201, description = "Recorded: the fields passed on", body = PersonFields),
        (status = 404, description = "No such protocol or person in the client's party's space", body = ProblemDetails, content_type = "application/problem+json"),
        (status = 409, description = "Refused: no onward consent, partner not registered, nothing allowed, protocol not in force, or a request with this key still running", body = ProblemDetails, content_type = "application/problem+json"),
        (status = 422, description = "An invalid body, field or purpose; or the key reused for another request", body = ProblemDetails, content_type = "application/problem+json"),
        super::CallerProblems,
        super::BodyProblems,
    )
)]
/// Records passing fields on to a registered partner.
pub async fn post(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
    Path((slug, person)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    let client = client(principal, Operation::RecordOnwardDisclosure)?;
    let req: OnwardRequest = json_body(&headers, &body)?;
    let operation = format!("onward {slug} {person}");
    let key = idempotency_key(&headers, &client, &operation, &body)?;
    let wanted = Wanted::Onward { partner: &req.partner, fields: &req.fields, purpose: &req.purpose };
    let done = for_municipality::fields(
        &ctx.db,
        &ctx.disclosures,
        &client.into(),
        (&slug, &person),
        wanted,
        key.as_ref(),
        ctx.now(),
    )
    .await?;
    Ok(answer(done, StatusCode::CREATED))
}
