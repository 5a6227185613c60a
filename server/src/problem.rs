//! RFC 9457 problem details for the REST API: a stable `type`, a human `title`, and for
//! internal errors only a correlation id.

use app::error::AppError;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

pub struct Problem(pub AppError);

impl From<AppError> for Problem {
    fn from(e: AppError) -> Self {
        Problem(e)
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.0.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let id = self.0.message_id().to_owned();
        let mut body = json!({
            "type": format!("urn:portal:problem:{id}"),
            "title": app::i18n::I18n::new(app::domain::locale::Locale::En).t(&id),
            "status": status.as_u16(),
        });
        match &self.0 {
            AppError::Internal { correlation_id } => body["correlation_id"] = json!(correlation_id),
            AppError::Invalid { field, .. } => body["field"] = json!(field),
            _ => {}
        }
        let mut res = (status, body.to_string()).into_response();
        res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
        if let AppError::RateLimited { retry_after_secs } = self.0
            && let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string())
        {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        res
    }
}
