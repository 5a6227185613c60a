//! Routes outside Leptos: health checks, the language switch, static assets.

use app::domain::locale::Locale;
use app::services::context::AppContext;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use sea_orm::ConnectionTrait;
use serde::Deserialize;

pub async fn live() -> &'static str {
    "ok"
}

/// Ready when the database answers.
pub async fn ready(State(ctx): State<AppContext>) -> Response {
    match ctx.db.conn.execute_unprepared("SELECT 1").await {
        Ok(_) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// Only paths on this site (`domain::redirect::local_path`); anything else goes home.
fn local_path(next: Option<String>) -> String {
    next.as_deref().and_then(app::domain::redirect::local_path).unwrap_or_else(|| "/".into())
}

/// `GET /lang/{code}?next=/path`: remembers the language in a cookie and goes back.
/// Works without JavaScript; the preference is not personal data.
pub async fn switch_language(Path(code): Path<String>, Query(q): Query<Next>) -> Response {
    let Ok(locale) = Locale::parse(&code) else {
        return (StatusCode::NOT_FOUND, "unknown language").into_response();
    };
    let cookie = format!(
        "{}={}; Path=/; Max-Age=31536000; Secure; SameSite=Lax; HttpOnly",
        app::ui::LANG_COOKIE,
        locale.as_str()
    );
    let mut res = Redirect::to(&local_path(q.next)).into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirects_stay_on_this_site() {
        assert_eq!(local_path(Some("/protocols/x?version=1".into())), "/protocols/x?version=1");
        assert_eq!(local_path(Some("//evil.example".into())), "/");
        assert_eq!(local_path(Some("https://evil.example".into())), "/");
        assert_eq!(local_path(Some("/\\evil.example".into())), "/");
        assert_eq!(local_path(None), "/");
    }
}
