//! `GET /api/v1/me`: which client this token is, for which party and function profile.

use crate::problem::Problem;
use app::api::guard::decide;
use app::domain::authz::{ApiCaller, Operation, Principal};
use app::services::context::AppContext;
use app::store::{function_profile, queries};
use axum::Extension;
use axum::Json;
use axum::extract::State;
use sea_orm::EntityTrait;
use serde_json::{Value, json};

pub async fn get(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
) -> Result<Json<Value>, Problem> {
    let client: ApiCaller = decide(principal.map(|Extension(p)| p), Operation::IdentifyApiClient)?;
    let internal = |e: sea_orm::DbErr| Problem(app::services::ServiceError::Db(e).into_app_error());
    let party = queries::party::name_of(&ctx.db.conn, client.party_id.0).await.map_err(internal)?;
    let profile =
        function_profile::Entity::find_by_id(client.function_profile_id.0).one(&ctx.db.conn).await.map_err(internal)?;
    Ok(Json(json!({
        "client": client.public_id,
        "party": party,
        "function_profile": profile.map(|p| p.name),
    })))
}
