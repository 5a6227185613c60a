//! `GET /api/v1/agency/corrections`: the corrections the portal accepted (GDPR 16, 19), oldest
//! first, for the agency's client-tracking system to apply, so that the agency keeps one truth;
//! resumable from an opaque cursor without skipping or repeating one.

use super::consent_changes::{FeedQuery, bad_query};
use crate::problem::{Problem, ProblemDetails};
use app::api::guard::decide;
use app::domain::authz::{AgencySystemCaller, Operation, Principal};
use app::domain::feed::{Cursor, PageLimit};
use app::services::context::AppContext;
use app::services::rectification::feed;
use app::views::source_sync::AcceptedCorrections;
use axum::extract::{Query, State};
use axum::{Extension, Json};

#[utoipa::path(
    get,
    path = "/api/v1/agency/corrections",
    operation_id = "read_corrections_feed",
    tag = "agency",
    security(("bearer" = [])),
    params(FeedQuery),
    responses(
        (status = 200, description = "A page of accepted corrections", body = AcceptedCorrections),
        (status = 400, description = "A malformed cursor or limit", body = ProblemDetails, content_type = "application/problem+json"),
        super::CallerProblems,
    )
)]
/// Every accepted correction, oldest first: by a person's request, an officer, a
/// municipality's quality report, or the source itself (`filed_by`).
pub async fn get(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
    Query(q): Query<FeedQuery>,
) -> Result<Json<AcceptedCorrections>, Problem> {
    let _system: AgencySystemCaller = decide(principal.map(|Extension(p)| p), Operation::ReadCorrectionsFeed)?;
    let since = q.since.as_deref().map(Cursor::parse).transpose().map_err(bad_query("since"))?.unwrap_or(Cursor::START);
    let limit = PageLimit::parse(q.limit.as_deref()).map_err(bad_query("limit"))?;
    Ok(Json(feed::accepted(&ctx.db, since, limit).await?))
}
