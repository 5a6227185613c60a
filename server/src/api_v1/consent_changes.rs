//! `GET /api/v1/protocols/{slug}/consents`: the consent changes feed — every change under the
//! protocol, oldest first, resumable from an opaque cursor without skipping or repeating one.

use super::client;
use crate::problem::{Problem, ProblemDetails};
use app::domain::authz::{Operation, Principal};
use app::domain::feed::{Cursor, PageLimit};
use app::error::AppError;
use app::services::consent::feed;
use app::services::context::AppContext;
use app::views::api::ConsentChanges;
use axum::extract::{Path, Query, State};
use axum::{Extension, Json};
use serde::Deserialize;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FeedQuery {
    /// Resume after this cursor (an item's `cursor` or a page's `next`); from the start if
    /// absent. Opaque: use it as given.
    #[param(pattern = r"^c1\.(0|[1-9a-f][0-9a-f]{0,14}|[1-7][0-9a-f]{15})$")]
    pub since: Option<String>,
    /// 1 to 500 (default 100). Parsed by hand, so that a bad one gets its own problem type.
    #[param(value_type = Option<u16>, minimum = 1, maximum = 500)]
    pub limit: Option<String>,
}

#[utoipa::path(
    get,
    path = "/api/v1/protocols/{slug}/consents",
    operation_id = "read_consent_changes",
    tag = "consent",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The protocol"), FeedQuery),
    responses(
        (status = 200, description = "A page of consent changes", body = ConsentChanges),
        (status = 404, description = "No such protocol of the client's party", body = ProblemDetails, content_type = "application/problem+json"),
        (status = 400, description = "A malformed cursor or limit", body = ProblemDetails, content_type = "application/problem+json"),
        super::CallerProblems,
    )
)]
/// Every consent change under the protocol, oldest first, withdrawals included.
pub async fn get(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
    Path(slug): Path<String>,
    Query(q): Query<FeedQuery>,
) -> Result<Json<ConsentChanges>, Problem> {
    let client = client(principal, Operation::ReadConsentChanges)?;
    let since = q.since.as_deref().map(Cursor::parse).transpose().map_err(bad_query("since"))?.unwrap_or(Cursor::START);
    let limit = PageLimit::parse(q.limit.as_deref()).map_err(bad_query("limit"))?;
    Ok(Json(feed::changes(&ctx.db, client.party_id, &slug, since, limit).await?))
}

pub(super) fn bad_query(field: &'static str) -> impl Fn(app::domain::ParseError) -> Problem {
    move |e| Problem(AppError::Malformed { field: field.into(), message_id: e.message_id.into() })
}
