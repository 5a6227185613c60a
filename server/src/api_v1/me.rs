//! `GET /api/v1/me`: which client this token is, for which party and function profile (none
//! for the agency's client-tracking system).

use crate::problem::Problem;
use app::api::guard::decide;
use app::domain::authz::{Operation, Principal, SystemCaller};
use app::services::context::AppContext;
use app::store::{function_profile, queries};
use axum::Extension;
use axum::Json;
use axum::extract::State;
use sea_orm::EntityTrait;
use serde::Serialize;

/// Who the token belongs to.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[schema(example = json!({"client": "0b6f…", "party": "Gemeente Sint-Pieters-Leeuw", "function_profile": "Trajectbegeleider"}))]
pub struct ClientIdentity {
    /// The API client's public id.
    pub client: String,
    /// The party (municipality) the client acts for.
    pub party: String,
    /// The function profile that bounds what it may read (null for the agency's
    /// client-tracking system, which reads no municipality's share).
    pub function_profile: Option<String>,
}

#[utoipa::path(
    get,
    path = "/api/v1/me",
    operation_id = "identify_api_client",
    tag = "client",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The client behind the token", body = ClientIdentity),
        super::CallerProblems,
    )
)]
/// Which API client this token is, for which party and function profile (a first call to
/// check that the token works).
pub async fn get(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
) -> Result<Json<ClientIdentity>, Problem> {
    let client: SystemCaller = decide(principal.map(|Extension(p)| p), Operation::IdentifyApiClient)?;
    let internal = |e: sea_orm::DbErr| Problem(app::services::ServiceError::Db(e).into_app_error());
    let (public_id, party_id, profile_id) = match client {
        SystemCaller::Municipality(c) => (c.public_id, c.party_id, Some(c.function_profile_id)),
        SystemCaller::Agency(c) => (c.public_id, c.party_id, None),
    };
    let party = queries::party::name_of(&ctx.db.conn, party_id.0).await.map_err(internal)?;
    let profile = match profile_id {
        Some(id) => function_profile::Entity::find_by_id(id.0).one(&ctx.db.conn).await.map_err(internal)?,
        None => None,
    };
    Ok(Json(ClientIdentity { client: public_id, party, function_profile: profile.map(|p| p.name) }))
}
