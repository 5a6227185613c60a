//! `PUT /api/v1/agency/persons/{dossier}`: the agency's client-tracking system (decree art. 20
//! §1) puts a person as it holds them — checked and applied as a row of the import file: new,
//! changed (a changed field that municipalities received is a correction they are told about,
//! GDPR 19) or unchanged. Idempotent: the same record again changes nothing.

use super::json_body;
use crate::problem::{Problem, ProblemDetails};
use app::api::guard::decide;
use app::domain::authz::{AgencySystemCaller, Operation, Principal};
use app::services::context::AppContext;
use app::services::persons::sync;
use app::views::source_sync::{PersonPut, PutOutcome, SourcePerson};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};

#[utoipa::path(
    put,
    path = "/api/v1/agency/persons/{dossier}",
    operation_id = "sync_persons",
    tag = "agency",
    security(("bearer" = [])),
    params(("dossier" = String, Path, description = "The person's dossier reference in the client-tracking system", min_length = 1, max_length = 40)),
    request_body = SourcePerson,
    responses(
        (status = 201, description = "A new person", body = PersonPut),
        (status = 200, description = "The person as the source holds them: changed, or unchanged", body = PersonPut),
        (status = 422, description = "Values the rules refuse, every one in `errors` (a field, an unknown protocol, an erased person)", body = ProblemDetails, content_type = "application/problem+json"),
        super::CallerProblems,
        super::BodyProblems,
    )
)]
/// Puts a person as the agency's client-tracking system holds them.
pub async fn put(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
    Path(dossier): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Problem> {
    let system: AgencySystemCaller = decide(principal.map(|Extension(p)| p), Operation::SyncPersons)?;
    let person: SourcePerson = json_body(&headers, &body)?;
    let put = sync::put(&ctx.db, &system, &dossier, person, ctx.now()).await?;
    let status = if put.outcome == PutOutcome::New { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(put)).into_response())
}
