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

/// The protocols whose end has been announced (art. 12), on a party's start page: each with
/// its last day in force and a link to its public page.
pub fn protocol_endings(i: &I18n, endings: &[crate::views::protocol_desk::EndingProtocol]) -> Option<AnyView> {
    use fluent_templates::fluent_bundle::FluentValue;
    if endings.is_empty() {
        return None;
    }
    let items = endings
        .iter()
        .map(|e| {
            let day = FluentValue::from(crate::ui::components::format::date(i, e.last_day));
            let text =
                i.t_args("protocols-ending-banner", [("title", FluentValue::from(e.title.clone())), ("day", day)]);
            view! { <li><a href=format!("/protocols/{}", e.slug)>{text}</a></li> }
        })
        .collect_view();
    Some(view! { <div class="notice" role="status"><ul>{items}</ul></div> }.into_any())
}
