//! `GET /api/v1/protocols/{slug}/persons/{person}`: the person's fields that consent and the
//! client's function profile allow — only through the disclosure path, recorded as one
//! disclosure (channel `api`) that the person sees; nothing recorded when nothing is returned.

use super::client;
use crate::problem::{Problem, ProblemDetails};
use app::domain::authz::{Operation, Principal};
use app::services::context::AppContext;
use app::services::disclosure::for_municipality::{self, Wanted};
use app::views::api::PersonFields;
use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReadQuery {
    /// Why the data are read (recorded with the disclosure); the function profile's purpose if absent.
    pub purpose: Option<String>,
}

#[utoipa::path(
    get,
    path = "/api/v1/protocols/{slug}/persons/{person}",
    operation_id = "read_person_fields",
    tag = "persons",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The protocol"), ("person" = String, Path, description = "The person, as the client's party knows them", pattern = "^[0-9a-f]{32}$"), ReadQuery),
    responses(
        (status = 200, description = "The fields disclosed, each marked `contested` while a correction is pending", body = PersonFields),
        (status = 404, description = "No such protocol or person in the client's party's space", body = ProblemDetails, content_type = "application/problem+json"),
        (status = 409, description = "Refused: no consent, consent withdrawn, nothing the profile may read, or the protocol is not in force", body = ProblemDetails, content_type = "application/problem+json"),
        (status = 422, description = "An invalid purpose", body = ProblemDetails, content_type = "application/problem+json"),
        super::CallerProblems,
    )
)]
/// The person's fields, as consent and the function profile allow.
pub async fn get(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
    Path((slug, person)): Path<(String, String)>,
    Query(q): Query<ReadQuery>,
) -> Result<Response, Problem> {
    let client = client(principal, Operation::ReadPersonFields)?;
    let wanted = Wanted::Read { purpose: q.purpose.as_deref(), fields: None };
    let read =
        for_municipality::fields(&ctx.db, &ctx.disclosures, &client.into(), (&slug, &person), wanted, None, ctx.now())
            .await?;
    Ok(super::answer(read, StatusCode::OK))
}
