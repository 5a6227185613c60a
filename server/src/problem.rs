//! RFC 9457 problem details for the REST API: a stable `type`, a human `title`, and for
//! internal errors only a correlation id.

use app::error::AppError;
use axum::body::Body;
use axum::http::{HeaderValue, Request, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

pub struct Problem(pub AppError);

/// An error answer of the API (RFC 9457), as it is written: this type is both what `render`
/// serialises and what the OpenAPI document describes.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[schema(example = json!({"type": "urn:portal:problem:error-unauthenticated", "title": "Please sign in first.", "status": 401}))]
pub struct ProblemDetails {
    /// A stable URI per reason: `urn:portal:problem:<reason>`.
    #[serde(rename = "type")]
    pub kind: String,
    /// What went wrong, for a person.
    pub title: String,
    /// The HTTP status, repeated.
    pub status: u16,
    /// For an internal error only: the reference the help desk finds it by.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// For invalid input: which field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// Every `/api/` answer that is an error is a problem, whoever produced it: a handler, the
/// router (404, 405), the body parser (400, 413, 415), the rate limiter (429) or the server
/// (5xx). A 401 says how to authenticate (`WWW-Authenticate: Bearer`).
pub async fn api_problems(req: Request<Body>, next: Next) -> Response {
    if !req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let res = next.run(req).await;
    let status = res.status();
    let is_problem = res.headers().get(header::CONTENT_TYPE).is_some_and(|v| v == "application/problem+json");
    let mut res = if (status.is_client_error() || status.is_server_error()) && !is_problem {
        problem_for(status, res.headers())
    } else {
        res
    };
    if res.status() == StatusCode::UNAUTHORIZED {
        res.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    res
}

/// The problem that goes with a bare error status.
fn problem_for(status: StatusCode, headers: &axum::http::HeaderMap) -> Response {
    let error = match status {
        StatusCode::UNAUTHORIZED => AppError::Unauthenticated,
        StatusCode::FORBIDDEN => AppError::Forbidden,
        StatusCode::NOT_FOUND => AppError::NotFound,
        StatusCode::TOO_MANY_REQUESTS => AppError::RateLimited {
            retry_after_secs: headers
                .get(header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok()?.parse().ok())
                .unwrap_or(60),
        },
        s if s.is_server_error() => {
            let correlation_id = uuid::Uuid::new_v4().to_string();
            tracing::error!(%correlation_id, status = s.as_u16(), "error answer without a problem body");
            AppError::Internal { correlation_id }
        }
        _ => AppError::Invalid { field: "request".into(), message_id: "error-bad-request".into() },
    };
    // The exact status (405, 413, 415, 503, …) that the generic problem stands for.
    render(&error, status)
}

impl From<AppError> for Problem {
    fn from(e: AppError) -> Self {
        Problem(e)
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        render(&self.0, status)
    }
}

/// The problem document for `error`, answered with `status`.
fn render(error: &AppError, status: StatusCode) -> Response {
    let id = error.message_id().to_owned();
    let body = ProblemDetails {
        kind: format!("urn:portal:problem:{id}"),
        title: app::i18n::I18n::new(app::domain::locale::Locale::En).t(&id),
        status: status.as_u16(),
        correlation_id: match error {
            AppError::Internal { correlation_id } => Some(correlation_id.clone()),
            _ => None,
        },
        field: match error {
            AppError::Invalid { field, .. } => Some(field.clone()),
            _ => None,
        },
    };
    let mut res = (status, serde_json::to_string(&body).unwrap_or_default()).into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
    if let AppError::RateLimited { retry_after_secs } = error
        && let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string())
    {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res
}
