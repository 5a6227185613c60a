//! REST API v1 for municipality systems (and, under `/api/v1/agency/`, the agency's
//! client-tracking system): `Authorization: Bearer <token>`, JSON, errors as
//! RFC 9457 problem+json. One operation per file; each authorizes first (`client`), then
//! parses, then calls one service. Routes are listed with the others in
//! `startup::other_routes`; each is annotated with `#[utoipa::path]` and listed in
//! `openapi::ApiDoc`, whose document a test checks against the routes.

pub mod agency_corrections;
pub mod agency_persons;
pub mod breaches;
pub mod consent_changes;
pub mod consent_of_person;
pub mod docs;
pub mod me;
pub mod onward_disclosures;
pub mod openapi;
pub mod person_fields;
pub mod protocols;
pub mod quality_reports;

use crate::problem::{Problem, ProblemDetails};
use app::api::guard::decide;
use app::domain::authz::{ApiCaller, Operation, Principal};
use app::error::AppError;
use app::services::ServiceError;
use app::services::idempotency::{Key, Once};
use axum::Extension;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The one typed authorization call every API handler starts with.
pub(crate) fn client(principal: Option<Extension<Principal>>, op: Operation) -> Result<ApiCaller, Problem> {
    Ok(decide(principal.map(|Extension(p)| p), op)?)
}

impl From<ServiceError> for Problem {
    fn from(e: ServiceError) -> Problem {
        Problem(e.into_app_error())
    }
}

fn malformed(field: &str, message_id: &str) -> Problem {
    Problem(AppError::Malformed { field: field.into(), message_id: message_id.into() })
}

/// A `POST` body: JSON (`Content-Type: application/json`) of the operation's request type.
pub(crate) fn json_body<T: DeserializeOwned>(headers: &HeaderMap, body: &[u8]) -> Result<T, Problem> {
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
    if !json {
        return Err(Problem(AppError::UnsupportedMediaType));
    }
    serde_json::from_slice(body).map_err(|_| malformed("body", "api-error-bad-body"))
}

/// The problems every operation may answer, whatever it does: no or a refused token, not an
/// API client, rate limited (for `responses(…)` in each `#[utoipa::path]`).
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)] // Describes answers `Problem` writes.
pub enum CallerProblems {
    /// No token, or a revoked, expired or unknown one (the type says which)
    #[response(status = 401, content_type = "application/problem+json")]
    Unauthenticated(ProblemDetails),
    /// Signed in, but not as an API client
    #[response(status = 403, content_type = "application/problem+json")]
    Forbidden(ProblemDetails),
    /// Rate limited; see Retry-After
    #[response(status = 429, content_type = "application/problem+json")]
    RateLimited(ProblemDetails),
}

/// The problems of a `POST` body that is not what the operation reads.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)] // Describes answers `Problem` writes.
pub enum BodyProblems {
    /// A body that is not JSON of this shape
    #[response(status = 400, content_type = "application/problem+json")]
    Malformed(ProblemDetails),
    /// Not `Content-Type: application/json`
    #[response(status = 415, content_type = "application/problem+json")]
    NotJson(ProblemDetails),
}

/// The `Idempotency-Key` header as the contract states it (`services::idempotency::Key::parse`
/// holds the same rule).
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Header)]
#[allow(dead_code)] // Read by hand (`idempotency_key`); this type only describes it.
pub struct IdempotencyKeyHeader {
    /// A retry with the same key gets the first answer; nothing is written twice. A UUID is
    /// the usual choice.
    #[param(rename = "Idempotency-Key", required = false, min_length = 1, max_length = 200, pattern = "^[!-~]+$")]
    idempotency_key: String,
}

/// The `Idempotency-Key` of a `POST`, bound to the operation and its exact body.
pub(crate) fn idempotency_key(
    headers: &HeaderMap,
    client: &ApiCaller,
    operation: &str,
    body: &[u8],
) -> Result<Option<Key>, Problem> {
    let Some(raw) = headers.get("idempotency-key") else { return Ok(None) };
    let raw = raw.to_str().map_err(|_| {
        Problem(AppError::Invalid { field: "Idempotency-Key".into(), message_id: "api-error-idempotency-key".into() })
    })?;
    Ok(Some(Key::parse(client.client_id, raw, operation, body)?))
}

/// The answer with `status` — or, for a retried `Idempotency-Key`, the first answer as it was.
pub(crate) fn answer<T: Serialize>(once: Once<T>, status: StatusCode) -> Response {
    match once {
        Once::Fresh(answer) => (status, axum::Json(answer)).into_response(),
        Once::Replayed { status, body } => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::CREATED);
            let mut res = (status, body).into_response();
            res.headers_mut().insert(header::CONTENT_TYPE, header::HeaderValue::from_static("application/json"));
            res.headers_mut().insert("idempotent-replayed", header::HeaderValue::from_static("true"));
            res
        }
    }
}
