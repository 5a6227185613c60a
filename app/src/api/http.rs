//! What server functions need of HTTP: whether a plain form (no JavaScript) is asking, cookies,
//! and the redirect that ends a form's post.

use crate::error::AppError;

/// Whether a page's address holds an invitation secret (the link's, or the code typed into
/// `/invite?code=`): such pages send no `Referer` and no link on them carries their address.
pub fn is_invitation_page(path: &str) -> bool {
    path == "/invite" || path.starts_with("/invite/")
}

/// Whether the caller is a plain HTML form (it asks for a page back), not an island.
pub fn wants_html() -> bool {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|p| {
            p.headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).map(|a| a.contains("text/html"))
        })
        .unwrap_or(false)
}

/// Adds a `Set-Cookie` header to the server function's response.
pub fn set_cookie(value: &str) {
    use leptos::prelude::use_context;
    if let (Some(res), Ok(v)) = (use_context::<leptos_axum::ResponseOptions>(), http::HeaderValue::from_str(value)) {
        res.append_header(http::header::SET_COOKIE, v);
    }
}

/// Every value of the cookie `name` in these headers (every `Cookie` header is searched). The
/// one cookie parser: the server's middleware uses it too.
pub fn cookies_in<'a>(headers: &'a http::HeaderMap, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .filter(move |(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The value of one cookie in these headers: the first of that name.
pub fn cookie_in<'a>(headers: &'a http::HeaderMap, name: &'a str) -> Option<&'a str> {
    cookies_in(headers, name).next()
}

/// The value of one cookie of the current request.
pub fn request_cookie(name: &str) -> Option<String> {
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    cookie_in(&parts.headers, name).map(str::to_owned)
}

/// Ends a server function that a plain HTML form (no JavaScript) may have posted: the browser
/// goes back to `back`, with `?done` or `?error=<message id>` for the page to explain.
/// Calls from islands (JSON) get the result as usual.
pub fn form_outcome(result: Result<(), AppError>, back: &str, done: &str) -> Result<(), AppError> {
    let html = wants_html();
    match result {
        Ok(()) => {
            leptos_axum::redirect(&format!("{back}?{done}"));
            Ok(())
        }
        Err(AppError::Unauthenticated) if html => {
            leptos_axum::redirect("/signin");
            Ok(())
        }
        Err(e) if html => {
            leptos_axum::redirect(&format!("{back}?error={}", e.message_id()));
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// The context and the clock, for a handler about to call a service.
pub fn context() -> Result<(crate::services::context::AppContext, chrono::DateTime<chrono::Utc>), AppError> {
    let ctx = crate::services::context::app()?;
    let now = ctx.now();
    Ok((ctx, now))
}
