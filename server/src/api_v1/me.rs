//! `GET /api/v1/me`: which client this token is, for which party and function profile.

use crate::problem::Problem;
use app::api::guard::decide;
use app::domain::authz::{Operation, Principal};
use app::services::context::AppContext;
use app::store::{function_profile, party};
use axum::Extension;
use axum::Json;
use axum::extract::State;
use sea_orm::EntityTrait;
use serde_json::{Value, json};

pub async fn get(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
) -> Result<Json<Value>, Problem> {
    let p = decide(principal.map(|Extension(p)| p), Operation::ApiWhoami)?;
    let Some(Principal::ApiClient { public_id, party_id, function_profile_id, .. }) = p else {
        return Err(app::error::AppError::Forbidden.into());
    };
    let internal = |e: sea_orm::DbErr| Problem(app::services::ServiceError::Db(e).into_app_error());
    let party = party::Entity::find_by_id(party_id).one(&ctx.db.conn).await.map_err(internal)?;
    let profile =
        function_profile::Entity::find_by_id(function_profile_id).one(&ctx.db.conn).await.map_err(internal)?;
    Ok(Json(json!({
        "client": public_id,
        "party": party.map(|p| p.name),
        "function_profile": profile.map(|p| p.name),
    })))
}
