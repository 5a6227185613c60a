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

/// Ends a server function that a plain HTML form (no JavaScript) may have posted: the browser
/// goes back to `back`, with `?done` or `?error=<message id>` for the page to explain.
/// Calls from islands (JSON) get the result as usual.
#[cfg(feature = "ssr")]
pub fn form_outcome(
    result: Result<(), crate::error::AppError>,
    back: &str,
    done: &str,
) -> Result<(), crate::error::AppError> {
    let html = leptos::prelude::use_context::<http::request::Parts>()
        .and_then(|p| {
            p.headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).map(|a| a.contains("text/html"))
        })
        .unwrap_or(false);
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
