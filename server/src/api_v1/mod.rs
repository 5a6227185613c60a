//! REST API v1 for municipality systems: `Authorization: Bearer <token>`, JSON, errors as
//! RFC 9457 problem+json. One operation per file; each authorizes first.

mod me;

use crate::startup::AppState;
use axum::Router;
use axum::routing::get;

pub fn routes() -> Router<AppState> {
    Router::new().route("/api/v1/me", get(me::get))
}
