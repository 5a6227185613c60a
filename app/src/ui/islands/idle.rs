//! Warns before the session ends for inactivity and offers to stay signed in (WCAG 2.2.1).

use super::bridge;
use super::props::{Json, Props, get, island};
use leptos::prelude::*;
use serde::Serialize;

/// `warn_after_secs` after the page loaded, a dialog offers to stay signed in; after
/// `expire_after_secs` the page goes to `expired_url`.
#[component]
pub fn IdleWarning(
    warn_after_secs: u32,
    expire_after_secs: u32,
    message: String,
    stay_label: String,
    expired_url: String,
) -> impl IntoView {
    island(IdleWarningData { warn_after_secs, expire_after_secs, message, stay_label, expired_url }, idle_warning)
}

/// The island's props, as they travel to the browser (in `data-props`).
#[derive(Debug, PartialEq, Serialize)]
struct IdleWarningData {
    warn_after_secs: u32,
    expire_after_secs: u32,
    message: String,
    stay_label: String,
    expired_url: String,
}

impl Props for IdleWarningData {
    fn read<J: Json>(json: &J) -> Option<Self> {
        Some(Self {
            warn_after_secs: get(json, "warn_after_secs")?,
            expire_after_secs: get(json, "expire_after_secs")?,
            message: get(json, "message")?,
            stay_label: get(json, "stay_label")?,
            expired_url: get(json, "expired_url")?,
        })
    }
}

crate::island!(IdleWarning, IdleWarningData, idle_warning, hydrate_idle_warning);

fn idle_warning(
    IdleWarningData { warn_after_secs, expire_after_secs, message, stay_label, expired_url }: IdleWarningData,
) -> impl IntoView {
    let (warning, set_warning) = signal(false);
    // Shown, the dialog takes the focus: a screen reader announces it (its text is its name)
    // and a keyboard user is on the button that keeps them signed in.
    let stay_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if warning.get()
            && let Some(button) = stay_button.get()
        {
            let _ = button.focus();
        }
    });
    let generation = RwSignal::new(0u32);
    let arm = move || {
        generation.update(|g| *g += 1);
        #[cfg(not(feature = "hydrate"))]
        let _ = (warn_after_secs, expire_after_secs, &expired_url);
        #[cfg(feature = "hydrate")]
        {
            let mine = generation.get_untracked();
            let expired_url = expired_url.clone();
            set_timeout(
                move || {
                    if generation.get_untracked() == mine {
                        set_warning.set(true);
                    }
                },
                std::time::Duration::from_secs(warn_after_secs.into()),
            );
            set_timeout(
                move || {
                    if generation.get_untracked() == mine
                        && let Some(w) = web_sys::window()
                    {
                        let _ = w.location().assign(&expired_url);
                    }
                },
                std::time::Duration::from_secs(expire_after_secs.into()),
            );
        }
    };
    let arm = StoredValue::new(arm);
    Effect::new(move |_| arm.with_value(|a| a()));
    let stay = move |_| {
        leptos::task::spawn_local(async move {
            if bridge::call(crate::api::endpoints::KEEP_ALIVE, &bridge::object(&[])).await.is_ok() {
                set_warning.set(false);
                arm.with_value(|a| a());
            }
        });
    };
    view! {
        <div
            class="idle-warning"
            role="alertdialog"
            aria-modal="false"
            aria-labelledby="idle-warning-message"
            aria-live="assertive"
            hidden=move || !warning.get()
        >
            <p id="idle-warning-message">{message}</p>
            <button type="button" class="button primary" node_ref=stay_button on:click=stay>{stay_label}</button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn props_read_as_the_server_writes_them() {
        crate::ui::islands::props::tests::round_trips(IdleWarningData {
            warn_after_secs: 1500,
            expire_after_secs: 1800,
            message: "Still there?".into(),
            stay_label: "Stay".into(),
            expired_url: "/signin?expired=1".into(),
        });
    }
}
