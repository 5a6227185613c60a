//! My correction requests (art. 7, GDPR 16): the list with status and deadline (`list`), the
//! form (`new`: choose a field, see its value, propose the new one, say why), one request (`show`).

pub mod list;
pub mod new;
pub mod show;

use crate::domain::rectification::RequestStatus;
use crate::i18n::I18n;
use crate::ui::components::format::day_of;
use crate::views::rectification::RequestView;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

pub(crate) fn status_badge(i: &I18n, s: RequestStatus) -> impl IntoView + use<> {
    let class = match s {
        RequestStatus::Accepted => "badge badge-ok",
        RequestStatus::Rejected => "badge badge-muted",
        _ => "badge badge-info",
    };
    view! { <span class=class>{i.t(&format!("correction-status-{}", s.as_str()))}</span> }
}

pub(crate) fn deadline(i: &I18n, r: &RequestView) -> String {
    let received = day_of(i, r.received_at);
    match r.decided_at {
        Some(at) => i.t_args(
            "corrections-decided-on",
            [("received", FluentValue::from(received)), ("decided", FluentValue::from(day_of(i, at)))],
        ),
        None => i.t_args(
            "corrections-deadline",
            [("received", FluentValue::from(received)), ("due", FluentValue::from(day_of(i, r.due_at)))],
        ),
    }
}
