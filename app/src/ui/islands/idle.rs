//! Warns before the session ends for inactivity and offers to stay signed in (WCAG 2.2.1).

use super::bridge;
use leptos::prelude::*;

/// `warn_after_secs` after the page loaded, a dialog offers to stay signed in; after
/// `expire_after_secs` the page goes to `expired_url`.
#[island]
pub fn IdleWarning(
    warn_after_secs: u32,
    expire_after_secs: u32,
    message: String,
    stay_label: String,
    expired_url: String,
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
