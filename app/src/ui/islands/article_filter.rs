//! Live filter over the articles of a published text.

use leptos::prelude::*;

/// Live filter over the articles of a published text (elements marked `data-article`).
/// Rendered hidden: it only appears once the WebAssembly has loaded, so readers without
/// JavaScript never see a control that does nothing; they get the whole text.
#[island]
pub fn ArticleFilter(
    /// Label of the search field.
    label: String,
    /// Status line with `{shown}` and `{total}` placeholders.
    status_template: String,
) -> impl IntoView {
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
#[cfg(feature = "hydrate")]
fn apply_filter(query: &str) -> Option<(usize, usize)> {
    let doc = web_sys::window()?.document()?;
    let nodes = doc.query_selector_all("[data-article]").ok()?;
    let needle = query.trim().to_lowercase();
    let mut shown = 0;
    for n in 0..nodes.length() {
        let Some(el) = nodes.item(n).and_then(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        else {
            continue;
        };
        let text = el.text_content().unwrap_or_default().to_lowercase();
        if needle.is_empty() || text.contains(&needle) {
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
