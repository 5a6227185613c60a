//! Live filter over the articles of a published text.

use super::props::{Json, Props, get, island};
use leptos::prelude::*;
use serde::Serialize;

/// Live filter over the articles of a published text (elements marked `data-article`).
/// Rendered hidden: it only appears once the WebAssembly has loaded, so readers without
/// JavaScript never see a control that does nothing; they get the whole text.
#[component]
pub fn ArticleFilter(
    /// Label of the search field.
    label: String,
    /// Status line with `{shown}` and `{total}` placeholders.
    status_template: String,
) -> impl IntoView {
    island(ArticleFilterData { label, status_template }, article_filter)
}

/// The island's props, as they travel to the browser (in `data-props`).
#[derive(Debug, PartialEq, Serialize)]
struct ArticleFilterData {
    label: String,
    status_template: String,
}

impl Props for ArticleFilterData {
    fn read<J: Json>(json: &J) -> Option<Self> {
        Some(Self { label: get(json, "label")?, status_template: get(json, "status_template")? })
    }
}

crate::island!(ArticleFilter, ArticleFilterData, article_filter, hydrate_article_filter);

fn article_filter(ArticleFilterData { label, status_template }: ArticleFilterData) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    let (query, set_query) = signal(String::new());
    let (counts, set_counts) = signal(None::<(usize, usize)>);
    Effect::new(move |_| set_ready.set(true));
    Effect::new(move |_| {
        let q = query.get();
        set_counts.set(apply_filter(&q));
    });
    let status = move || {
        // Announce only while filtering: a status read out at page load is noise.
        let filtering = !query.read().trim().is_empty();
        counts.get().filter(|_| filtering).map(|(shown, total)| {
            status_template.replace("{shown}", &shown.to_string()).replace("{total}", &total.to_string())
        })
    };
    view! {
        <div class="article-filter" hidden=move || !ready.get()>
            <label for="article-filter-input">{label}</label>
            <input
                id="article-filter-input"
                type="search"
                autocomplete="off"
                on:input=move |ev| set_query.set(event_target_value(&ev))
            />
            <p class="filter-status" role="status" aria-live="polite">{status}</p>
        </div>
    }
}

/// Hides the articles that do not contain `query` (case-insensitive); returns (shown, total).
/// The browser lower-cases and searches (`String.prototype.toLowerCase`, `includes`): Rust's
/// `to_lowercase` would bring its Unicode tables into the bundle.
#[cfg(feature = "hydrate")]
fn apply_filter(query: &str) -> Option<(usize, usize)> {
    use js_sys::JsString;
    let doc = web_sys::window()?.document()?;
    let nodes = doc.query_selector_all("[data-article]").ok()?;
    let needle = String::from(JsString::from(query.trim()).to_lower_case());
    let mut shown = 0;
    for n in 0..nodes.length() {
        let Some(el) = nodes.item(n).and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        else {
            continue;
        };
        let text = js_sys::Reflect::get(&el, &"textContent".into())
            .ok()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<JsString>(t).ok())
            .unwrap_or_else(|| JsString::from(""));
        if needle.is_empty() || text.to_lower_case().includes(&needle, 0) {
            shown += 1;
            let _ = el.remove_attribute("hidden");
        } else {
            let _ = el.set_attribute("hidden", "");
        }
    }
    Some((shown, nodes.length() as usize))
}

#[cfg(not(feature = "hydrate"))]
fn apply_filter(_query: &str) -> Option<(usize, usize)> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn props_read_as_the_server_writes_them() {
        crate::ui::islands::props::tests::round_trips(ArticleFilterData {
            label: "Search".into(),
            status_template: "{shown} of {total}".into(),
        });
    }
}
