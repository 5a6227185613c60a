//! `GET /api/v1/protocols/{slug}/consents/{person}`: one person's consent in force now — read
//! from the latest committed event, so a withdrawal shows in the very next request.

use super::client;
use crate::problem::{Problem, ProblemDetails};
use app::domain::authz::{Operation, Principal};
use app::services::consent::now;
use app::services::context::AppContext;
use app::views::api::ConsentNow;
use axum::extract::{Path, State};
use axum::{Extension, Json};

#[utoipa::path(
    get,
    path = "/api/v1/protocols/{slug}/consents/{person}",
    operation_id = "read_consent_of_person",
    tag = "consent",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The protocol"), ("person" = String, Path, description = "The person, as the client's party knows them", pattern = "^[0-9a-f]{32}$")),
    responses(
        (status = 200, description = "The consent in force now", body = ConsentNow),
        (status = 404, description = "No such protocol or person in the client's party's space", body = ProblemDetails, content_type = "application/problem+json"),
        (status = 409, description = "The protocol is not in force (the type says its state)", body = ProblemDetails, content_type = "application/problem+json"),
        super::CallerProblems,
    )
)]
/// The person's consent in force now under the protocol's version in force.
pub async fn get(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
    Path((slug, person)): Path<(String, String)>,
) -> Result<Json<ConsentNow>, Problem> {
    let client = client(principal, Operation::ReadConsentOfPerson)?;
    Ok(Json(now::of_person(&ctx.db, client.party_id, &slug, &person, ctx.now()).await?))
}
