//! A rectification request's history as a list, oldest first: when, what, who (staff names on
//! the officer's desk; none on the person's page, where the agency answers as one), and the
//! note (the question, the answer, the reason). Shared by the person's and the officer's page.

use crate::domain::rectification::FiledBy;
use crate::i18n::I18n;
use crate::ui::components::format::date_time;
use crate::views::rectification::HistoryEntry;
use leptos::prelude::*;

/// The request's history, oldest first: when, what, who, and the note (question, answer, reason).
pub fn correction_history(i: &I18n, entries: &[HistoryEntry], filed_by: FiledBy) -> impl IntoView + use<> {
    let items = entries
        .iter()
        .map(|h| {
            let by = h.by.clone().map(|who| view! { " · " <bdi>{who}</bdi> });
            let note = h.note.clone().map(|n| view! { <p class="note" dir="auto">{n}</p> });
            let what = match (h.step, filed_by) {
                (crate::domain::rectification::RectificationStep::Filed, FiledBy::Municipality) => {
                    i.t("correction-step-reported")
                }
                (crate::domain::rectification::RectificationStep::Filed, FiledBy::SourceSystem) => {
                    i.t("correction-step-source")
                }
                (step, _) => i.t(&format!("correction-step-{}", step.as_str())),
            };
            view! {
                <li>
                    <p><strong>{what}</strong> " · " <time datetime=h.at.to_rfc3339()>{date_time(i, h.at)}</time>{by}</p>
                    {note}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="history">{items}</ol> }
}
