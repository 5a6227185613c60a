//! `GET /api/v1/protocols`: the protocols the client's party is a party to — state, validity,
//! and which fields its function profile may read (art. 4, art. 10).

use super::client;
use crate::problem::Problem;
use app::domain::authz::{Operation, Principal};
use app::services::context::AppContext;
use app::services::protocols::for_party;
use app::views::api::ProtocolList;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::{Extension, Json};

#[utoipa::path(
    get,
    path = "/api/v1/protocols",
    operation_id = "list_party_protocols",
    tag = "protocols",
    security(("bearer" = [])),
    params(("Accept-Language" = Option<String>, Header, description = "The language of the titles (else Dutch)")),
    responses(
        (status = 200, description = "The party's protocols", body = ProtocolList),
        super::CallerProblems,
    )
)]
/// The protocols this client's party is a party to.
pub async fn get(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
    headers: HeaderMap,
) -> Result<Json<ProtocolList>, Problem> {
    let client = client(principal, Operation::ListPartyProtocols)?;
    let lang = crate::refusal::locale(&headers, None);
    Ok(Json(for_party::list(&ctx.db, client.party_id, client.function_profile_id, lang, ctx.now()).await?))
}
