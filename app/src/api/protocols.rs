//! Public protocol pages (art. 10): published without login.

use crate::domain::locale::Locale;
use crate::error::AppError;
use crate::views::protocol::{ProtocolSummary, PublishedProtocol};
use leptos::prelude::*;

#[server(prefix = "/sf", endpoint = "protocols/list")]
pub async fn list_protocols(lang: Locale) -> Result<Vec<ProtocolSummary>, AppError> {
    super::guard::require_anyone(crate::domain::authz::Operation::ReadPublicPages)?;
    let (ctx, now) = super::http::context()?;
    Ok(crate::services::protocols::list_published(&ctx.db, lang, now).await?)
}

#[server(prefix = "/sf", endpoint = "protocols/page")]
pub async fn protocol_page(slug: String, version: Option<i32>, lang: Locale) -> Result<PublishedProtocol, AppError> {
    super::guard::require_anyone(crate::domain::authz::Operation::ReadPublicPages)?;
    let (ctx, now) = super::http::context()?;
    Ok(crate::services::protocols::page(&ctx.db, &slug, version, lang, now).await?)
}
