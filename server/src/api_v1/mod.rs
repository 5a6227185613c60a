//! REST API v1 for municipality systems: `Authorization: Bearer <token>`, JSON, errors as
//! RFC 9457 problem+json. One operation per file; each authorizes first. Routes are listed
//! with the others in `startup::other_routes`; each is annotated with `#[utoipa::path]` and
//! listed in `openapi::ApiDoc`, whose document a test checks against the routes.

pub mod docs;
pub mod me;
pub mod openapi;
