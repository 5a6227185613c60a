//! The one error type that crosses the wire between server functions and islands.
//!
//! Error policy (see also `server/src/problem.rs` for the REST API):
//! - `domain` returns typed rule violations (`Refusal`, `ParseError`), never I/O errors.
//! - `services` return `ServiceError`: a rule violation the caller may show, or an internal
//!   error that is logged once with a correlation id.
//! - server functions and handlers convert to `AppError`; `Internal` carries only the
//!   correlation id, never the cause, so clients learn nothing about internals.
//! - The UI shows `AppError` through Fluent: each variant has a message id.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AppError {
    /// Nothing at that address, or nothing the caller may know exists.
    NotFound,
    /// Signed in, but this operation is not the caller's to do.
    Forbidden,
    /// The caller has to sign in first.
    Unauthenticated,
    /// A bearer token was sent but is not (or no longer) good: which reason, as a message id.
    TokenRefused { message_id: String },
    /// Input that fails validation: which input and a Fluent message id explaining why.
    Invalid { field: String, message_id: String },
    /// A record whose values break several rules at once (the agency's system putting a
    /// person): every problem, by field, so that all can be fixed in one go.
    InvalidRecord { problems: Vec<FieldProblem> },
    /// A request that does not parse (a query parameter, a body that is not the expected JSON):
    /// which part and why. (`Invalid` is content that parses but breaks a rule.)
    Malformed { field: String, message_id: String },
    /// A body in a media type the operation does not read (REST API: JSON only).
    UnsupportedMediaType,
    /// A rule of the protocol refuses this; `message_id` explains which.
    Refused { message_id: String },
    /// Too many requests; try again after this many seconds.
    RateLimited { retry_after_secs: u64 },
    /// A request body larger than the route takes: nothing was read, nothing saved.
    TooLarge,
    /// A request head (address and headers, cookies above all) larger than the portal takes.
    HeadersTooLarge,
    /// The body did not arrive within the time the portal waits for one: nothing was saved.
    RequestTimeout,
    /// The database cannot serve just now (unreachable, full, read-only): nothing was saved;
    /// try again after this many seconds.
    Unavailable { retry_after_secs: u64 },
    /// Something failed on our side; the id lets support find the log line.
    Internal { correlation_id: String },
}

/// One input's problem in an [`AppError::InvalidRecord`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    pub field: String,
    pub message_id: String,
}

/// How long a client is asked to wait when the database is unavailable.
pub const RETRY_AFTER_OUTAGE_SECS: u64 = 30;

impl AppError {
    /// The Fluent message id that explains this error to a person.
    pub fn message_id(&self) -> &str {
        match self {
            AppError::NotFound => "error-not-found",
            AppError::Forbidden => "error-forbidden",
            AppError::Unauthenticated => "error-unauthenticated",
            AppError::Invalid { message_id, .. }
            | AppError::Malformed { message_id, .. }
            | AppError::Refused { message_id }
            | AppError::TokenRefused { message_id } => message_id,
            AppError::InvalidRecord { .. } => "api-error-invalid-record",
            AppError::RateLimited { .. } => "error-rate-limited",
            AppError::UnsupportedMediaType => "api-error-not-json",
            AppError::TooLarge => "error-too-large",
            AppError::HeadersTooLarge => "error-headers-too-large",
            AppError::RequestTimeout => "error-request-timeout",
            AppError::Unavailable { .. } => "error-unavailable",
            AppError::Internal { .. } => "error-internal",
        }
    }

    /// HTTP status that goes with the error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::Forbidden => 403,
            AppError::Unauthenticated | AppError::TokenRefused { .. } => 401,
            AppError::Invalid { .. } | AppError::InvalidRecord { .. } => 422,
            AppError::Malformed { .. } => 400,
            AppError::UnsupportedMediaType => 415,
            AppError::Refused { .. } => 409,
            AppError::RateLimited { .. } => 429,
            AppError::TooLarge => 413,
            AppError::HeadersTooLarge => 431,
            AppError::RequestTimeout => 408,
            AppError::Unavailable { .. } => 503,
            AppError::Internal { .. } => 500,
        }
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::Internal { correlation_id } => write!(f, "internal error ({correlation_id})"),
            AppError::Invalid { field, message_id } | AppError::Malformed { field, message_id } => {
                write!(f, "invalid {field}: {message_id}")
            }
            other => f.write_str(other.message_id()),
        }
    }
}

impl std::error::Error for AppError {}

impl leptos::server_fn::error::FromServerFnError for AppError {
    type Encoder = leptos::server_fn::codec::JsonEncoding;

    fn from_server_fn_error(value: leptos::server_fn::error::ServerFnErrorErr) -> Self {
        use leptos::server_fn::error::ServerFnErrorErr as E;
        match value {
            // Malformed requests are the client's problem, and say so without internals.
            E::Args(_) | E::Deserialization(_) | E::MissingArg(_) => {
                AppError::Invalid { field: "request".into(), message_id: "error-bad-request".into() }
            }
            E::Response(_)
            | E::Request(_)
            | E::Registration(_)
            | E::Serialization(_)
            | E::ServerError(_)
            | E::UnsupportedRequestMethod(_)
            | E::MiddlewareError(_) => AppError::Internal { correlation_id: String::new() },
        }
    }
}
