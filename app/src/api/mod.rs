//! Server functions: thin. Each authorizes first (`guard::authorize`), then calls one service.
//! Their wire types live beside them so that islands and pages share them. All have the
//! `/sf/` prefix and a fixed endpoint, so their URLs are stable; `/api/v1` is the REST API.

// Called by islands through `ui::islands::bridge` (plain JSON), so their client stubs are
// not needed in the WebAssembly bundle.
#[cfg(feature = "ssr")]
pub mod account;
#[cfg(feature = "ssr")]
pub mod admin;
#[cfg(feature = "ssr")]
pub mod auth;
#[cfg(feature = "ssr")]
pub mod consent;
#[cfg(feature = "ssr")]
pub mod corrections;
pub mod guard;
pub mod protocols;

/// Whether the caller is a plain HTML form (it asks for a page back), not an island.
#[cfg(feature = "ssr")]
pub fn wants_html() -> bool {
    leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|p| {
            p.headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).map(|a| a.contains("text/html"))
        })
        .unwrap_or(false)
}

/// Adds a `Set-Cookie` header to the server function's response.
#[cfg(feature = "ssr")]
pub fn set_cookie(value: &str) {
    use leptos::prelude::use_context;
    if let (Some(res), Ok(v)) = (use_context::<leptos_axum::ResponseOptions>(), http::HeaderValue::from_str(value)) {
        res.append_header(http::header::SET_COOKIE, v);
    }
}

/// The value of one request cookie (every `Cookie` header is searched).
#[cfg(feature = "ssr")]
pub fn request_cookie(name: &str) -> Option<String> {
    let parts = leptos::prelude::use_context::<http::request::Parts>()?;
    parts
        .headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// Ends a server function that a plain HTML form (no JavaScript) may have posted: the browser
/// goes back to `back`, with `?done` or `?error=<message id>` for the page to explain.
/// Calls from islands (JSON) get the result as usual.
#[cfg(feature = "ssr")]
pub fn form_outcome(
    result: Result<(), crate::error::AppError>,
    back: &str,
    done: &str,
) -> Result<(), crate::error::AppError> {
    let html = wants_html();
    match result {
        Ok(()) => {
            leptos_axum::redirect(&format!("{back}?{done}"));
            Ok(())
        }
        Err(crate::error::AppError::Unauthenticated) if html => {
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
