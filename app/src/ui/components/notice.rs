//! What a page says after a plain form came back to it (`api::form_outcome`): `?error=<id>`
//! as an alert, or one of the page's `done` flags (`?saved=1`) as a status message.

use crate::i18n::I18n;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The banner for the current query string: the error if its id is a known message (anything
/// else in the URL is ignored, never shown), else the message of the first `done` flag present.
pub fn form_notice(i: &I18n, done: &[(&str, &str)]) -> Option<AnyView> {
    use_query_map().with_untracked(|q| {
        if let Some(id) = q.get("error").filter(|id| i.has(id)) {
            return Some(view! { <p class="error-panel" role="alert">{i.t(&id)}</p> }.into_any());
        }
        done.iter()
            .find(|(flag, _)| q.get(flag).is_some())
            .map(|(_, message)| view! { <p class="notice" role="status">{i.t(message)}</p> }.into_any())
    })
}
