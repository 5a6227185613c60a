//! RFC 9457 problem details for the REST API: a stable `type` per reason
//! (`urn:portal:problem:<reason>`), a `title` for its kind and a `detail` for the reason, both
//! translated for the caller's `Accept-Language`; for internal errors only a correlation id.

use app::domain::locale::Locale;
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
#[schema(example = json!({"type": "urn:portal:problem:disclosure-refused-withdrawn", "title": "Refused under the protocol",
    "detail": "This person has withdrawn their consent: no data is shared.", "status": 409}))]
pub struct ProblemDetails {
    /// A stable URI per reason: `urn:portal:problem:<reason>`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The kind of problem, for a person (the same for every problem of this type).
    pub title: String,
    /// What went wrong this time, for a person.
    pub detail: String,
    /// The HTTP status, repeated.
    pub status: u16,
    /// For an internal error only: the reference the help desk finds it by.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// For invalid input: which field (the first, when a record has several problems).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// For a record with several invalid values: every one, by field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<FieldError>>,
}

/// One invalid value of a record.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct FieldError {
    pub field: String,
    /// `urn:portal:problem:<reason>`, as a problem's `type`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Why, for a person.
    pub detail: String,
}

/// Every `/api/` answer that is an error is a problem, whoever produced it: a handler, the
/// router (404, 405), the body parser (400, 413, 415), the rate limiter (429) or the server
/// (5xx). A 401 says how to authenticate (`WWW-Authenticate: Bearer`).
pub async fn api_problems(req: Request<Body>, next: Next) -> Response {
    if !req.uri().path().starts_with("/api/") {
        return next.run(req).await;
    }
    let locale = crate::refusal::locale(req.headers(), None);
    let res = next.run(req).await;
    let status = res.status();
    let is_problem = res.headers().get(header::CONTENT_TYPE).is_some_and(|v| v == "application/problem+json");
    let mut res = if let Some(error) = res.extensions().get::<AppError>().cloned() {
        // A handler's problem, written in English: now in the caller's language.
        render(&error, status, locale)
    } else if (status.is_client_error() || status.is_server_error()) && !is_problem {
        problem_for(status, res.headers(), locale)
    } else {
        res
    };
    if res.status() == StatusCode::UNAUTHORIZED {
        res.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
    }
    res
}

/// The problem that goes with a bare error status.
fn problem_for(status: StatusCode, headers: &axum::http::HeaderMap, locale: Locale) -> Response {
    let error = match status {
        StatusCode::UNAUTHORIZED => AppError::Unauthenticated,
        StatusCode::FORBIDDEN => AppError::Forbidden,
        StatusCode::NOT_FOUND => AppError::NotFound,
        StatusCode::PAYLOAD_TOO_LARGE => AppError::TooLarge,
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => AppError::HeadersTooLarge,
        StatusCode::REQUEST_TIMEOUT => AppError::RequestTimeout,
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
    render(&error, status, locale)
}

impl From<AppError> for Problem {
    fn from(e: AppError) -> Self {
        Problem(e)
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut res = render(&self.0, status, Locale::En);
        // For `api_problems`, which writes it again in the caller's language.
        res.extensions_mut().insert(self.0);
        res
    }
}

/// The problem document for `error`, answered with `status`.
fn render(error: &AppError, status: StatusCode, locale: Locale) -> Response {
    let id = error.message_id().to_owned();
    let i18n = app::i18n::I18n::new(locale);
    let kind = match error {
        AppError::NotFound => "error-title-not-found",
        AppError::Forbidden => "error-title-forbidden",
        AppError::Unauthenticated | AppError::TokenRefused { .. } => "error-title-unauthenticated",
        AppError::Invalid { .. }
        | AppError::InvalidRecord { .. }
        | AppError::Malformed { .. }
        | AppError::UnsupportedMediaType => "error-title-invalid",
        AppError::Refused { .. } => "error-title-refused",
        AppError::RateLimited { .. } => "error-title-rate-limited",
        AppError::TooLarge | AppError::HeadersTooLarge => "error-title-too-large",
        AppError::RequestTimeout => "error-title-request-timeout",
        AppError::Unavailable { .. } => "error-title-unavailable",
        AppError::Internal { .. } => "error-title-internal",
    };
    let body = ProblemDetails {
        kind: format!("urn:portal:problem:{id}"),
        title: i18n.t(kind),
        detail: i18n.t(&id),
        status: status.as_u16(),
        correlation_id: match error {
            AppError::Internal { correlation_id } => Some(correlation_id.clone()),
            _ => None,
        },
        field: match error {
            AppError::Invalid { field, .. } | AppError::Malformed { field, .. } => Some(field.clone()),
            AppError::InvalidRecord { problems } => problems.first().map(|p| p.field.clone()),
            _ => None,
        },
        errors: match error {
            AppError::InvalidRecord { problems } => Some(
                problems
                    .iter()
                    .map(|p| FieldError {
                        field: p.field.clone(),
                        kind: format!("urn:portal:problem:{}", p.message_id),
                        detail: i18n.t(&p.message_id),
                    })
                    .collect(),
            ),
            _ => None,
        },
    };
    let mut res = (status, serde_json::to_string(&body).unwrap_or_default()).into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
    res.headers_mut().insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(locale.as_str()));
    if let AppError::RateLimited { retry_after_secs } | AppError::Unavailable { retry_after_secs } = error
        && let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string())
    {
        res.headers_mut().insert(header::RETRY_AFTER, v);
    }
    res
}
