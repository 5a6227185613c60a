//! The 48-hour clock on the breach form (art. 6): from the moment typed in the "found at" box,
//! the deadline to report to the agency and the time left, updated every second. Without
//! JavaScript the form states the rule and the register flags a late report.

use super::props::{Json, Props, get, island};
use leptos::prelude::*;
use serde::Serialize;

/// `input_id`: the `datetime-local` box; the strings are translated on the server: `deadline`
/// ("Report to the agency before"), `left` ("Time left"), `hours`/`minutes` units, `overdue`.
#[component]
pub fn BreachClock(
    input_id: String,
    lang: String,
    deadline: String,
    left: String,
    hours: String,
    minutes: String,
    overdue: String,
) -> impl IntoView {
    island(BreachClockData { input_id, lang, deadline, left, hours, minutes, overdue }, breach_clock)
}

/// The island's props, as they travel to the browser (in `data-props`).
#[derive(Debug, PartialEq, Serialize)]
struct BreachClockData {
    input_id: String,
    lang: String,
    deadline: String,
    left: String,
    hours: String,
    minutes: String,
    overdue: String,
}

impl Props for BreachClockData {
    fn read<J: Json>(json: &J) -> Option<Self> {
        Some(Self {
            input_id: get(json, "input_id")?,
            lang: get(json, "lang")?,
            deadline: get(json, "deadline")?,
            left: get(json, "left")?,
            hours: get(json, "hours")?,
            minutes: get(json, "minutes")?,
            overdue: get(json, "overdue")?,
        })
    }
}

crate::island!(BreachClock, BreachClockData, breach_clock, hydrate_breach_clock);

fn breach_clock(
    BreachClockData { input_id, lang, deadline, left, hours, minutes, overdue }: BreachClockData,
) -> impl IntoView {
    let (text, set_text) = signal(String::new());
    #[cfg(not(feature = "hydrate"))]
    let _ = (&input_id, &lang, &deadline, &left, &hours, &minutes, &overdue, set_text);
    #[cfg(feature = "hydrate")]
    {
        let tick = move || {
            let Some(value) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&input_id))
                .and_then(|e| js_sys::Reflect::get(&e, &"value".into()).ok())
                .and_then(|v| v.as_string())
                .filter(|v| !v.is_empty())
            else {
                set_text.set(String::new());
                return;
            };
            let found = js_sys::Date::new(&value.into());
            let found_ms = found.get_time();
            if found_ms.is_nan() {
                set_text.set(String::new());
                return;
            }
            let due = js_sys::Date::new(&(found_ms + 48.0 * 3_600_000.0).into());
            let due_text: String = due.to_locale_string(&lang, &wasm_bindgen::JsValue::UNDEFINED).into();
            let rest = (due.get_time() - js_sys::Date::now()) / 60_000.0;
            let rest_text = if rest < 0.0 {
                overdue.clone()
            } else {
                // Whole numbers, formatted as integers: formatting an `f64` would bring Rust's
                // float printing into the bundle.
                let whole = |x: f64| x.floor() as u64;
                format!("{left}: {} {hours} {} {minutes}", whole(rest / 60.0), whole(rest % 60.0))
            };
            set_text.set(format!("{deadline} {due_text}. {rest_text}"));
        };
        tick();
        let _ = set_interval_with_handle(tick, std::time::Duration::from_secs(1));
    }
    view! { <p class="notice" aria-live="polite" hidden=move || text.get().is_empty()>{move || text.get()}</p> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn props_read_as_the_server_writes_them() {
        let s = |t: &str| t.to_owned();
        crate::ui::islands::props::tests::round_trips(BreachClockData {
            input_id: s("found-at"),
            lang: s("nl-BE"),
            deadline: s("Before"),
            left: s("Left"),
            hours: s("h"),
            minutes: s("min"),
            overdue: s("Late"),
        });
    }
}
