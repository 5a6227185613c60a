//! Passkey ceremonies in the browser: enrol with an invitation, sign in, add a passkey.
//! Each step calls a server function in `api::auth` / `api::account` through `bridge`.

use super::bridge::{self, Failure};
use super::props::{Json, Props, get, island};
use leptos::html;
use leptos::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

/// Everything the ceremony islands say, already translated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct PasskeyText {
    pub button: String,
    pub working: String,
    pub cancelled: String,
    pub unsupported: String,
    pub done: String,
    pub name_label: String,
    pub name_default: String,
    pub display_name_label: String,
    /// Error message id → translated text.
    pub errors: BTreeMap<String, String>,
}

impl Props for PasskeyText {
    fn read<J: Json>(json: &J) -> Option<Self> {
        Some(Self {
            button: get(json, "button")?,
            working: get(json, "working")?,
            cancelled: get(json, "cancelled")?,
            unsupported: get(json, "unsupported")?,
            done: get(json, "done")?,
            name_label: get(json, "name_label")?,
            name_default: get(json, "name_default")?,
            display_name_label: get(json, "display_name_label")?,
            errors: get(json, "errors")?,
        })
    }
}

impl PasskeyText {
    fn explain(&self, f: Failure) -> String {
        match f {
            Failure::Cancelled => self.cancelled.clone(),
            Failure::Unsupported => self.unsupported.clone(),
            Failure::Server(id) => {
                self.errors.get(&id).or_else(|| self.errors.get("error-internal")).cloned().unwrap_or_default()
            }
        }
    }
}

/// The state shown under a ceremony button.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Working,
    Message(String),
}

/// A form's submit button — usable once the island has hydrated and not while a ceremony runs —
/// and the status line under it.
fn submit_and_status(
    ready: ReadSignal<bool>,
    status: ReadSignal<Status>,
    class: &'static str,
    t: &PasskeyText,
) -> impl IntoView + use<> {
    view! {
        <button type="submit" class=class disabled=move || !ready.get() || status.get() == Status::Working>
            {t.button.clone()}
        </button>
        {status_view(status, t.working.clone())}
    }
}

fn status_view(status: ReadSignal<Status>, working: String) -> impl IntoView {
    view! {
        <p class="ceremony-status" role="status" aria-live="polite">
            {move || match status.get() {
                Status::Idle => String::new(),
                Status::Working => working.clone(),
                Status::Message(m) => m,
            }}
        </p>
    }
}

/// What is in a text box when the form is sent. The boxes are read, not bound to signals:
/// hydration would overwrite whatever a person typed before the WebAssembly had loaded.
fn typed(input: &NodeRef<html::Input>) -> String {
    input.get_untracked().map(|el| el.value()).unwrap_or_default()
}

/// Runs a ceremony: shows progress, then the outcome's message if it fails.
fn run_ceremony<F>(set_status: WriteSignal<Status>, text: StoredValue<PasskeyText>, steps: F)
where
    F: std::future::Future<Output = Result<(), Failure>> + 'static,
{
    set_status.set(Status::Working);
    leptos::task::spawn_local(async move {
        if let Err(f) = steps.await {
            set_status.set(Status::Message(text.with_value(|t| t.explain(f))));
        }
    });
}

/// Enrolment: creates the first passkey with an invitation (link secret or short code).
#[component]
pub fn EnrolWithPasskey(invitation: String, by_code: bool, ask_display_name: bool, text: PasskeyText) -> impl IntoView {
    island(EnrolData { invitation, by_code, ask_display_name, text }, enrol)
}

/// The island's props, as they travel to the browser (in `data-props`).
#[derive(Debug, PartialEq, Serialize)]
struct EnrolData {
    invitation: String,
    by_code: bool,
    ask_display_name: bool,
    text: PasskeyText,
}

impl Props for EnrolData {
    fn read<J: Json>(json: &J) -> Option<Self> {
        Some(Self {
            invitation: get(json, "invitation")?,
            by_code: get(json, "by_code")?,
            ask_display_name: get(json, "ask_display_name")?,
            text: get(json, "text")?,
        })
    }
}

crate::island!(EnrolWithPasskey, EnrolData, enrol, hydrate_enrol_with_passkey);

fn enrol(EnrolData { invitation, by_code, ask_display_name, text }: EnrolData) -> impl IntoView {
    let (status, set_status) = signal(Status::Idle);
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    let (name_ref, display_ref) = (NodeRef::<html::Input>::new(), NodeRef::<html::Input>::new());
    let text = StoredValue::new(text);
    let run = move || {
        let invitation = invitation.clone();
        let (name, display_name) = (typed(&name_ref), typed(&display_ref));
        run_ceremony(set_status, text, async move {
            let start = bridge::object(&[("invitation", bridge::str(&invitation)), ("by_code", bridge::bool(by_code))]);
            let reg = bridge::call(crate::api::endpoints::ENROL_START, &start).await?;
            let credential = bridge::create(&bridge::get(&reg, "options")).await?;
            let shown = Some(display_name).filter(|n| !n.trim().is_empty());
            let finish = bridge::object(&[
                ("handle", bridge::get(&reg, "handle")),
                ("credential", credential),
                ("passkey_name", bridge::str(&name)),
                ("display_name", bridge::opt_str(shown)),
            ]);
            let done = bridge::call(crate::api::endpoints::ENROL_FINISH, &finish).await?;
            set_status.set(Status::Message(text.with_value(|t| t.done.clone())));
            bridge::go(&bridge::get_str(&done, "start_page").unwrap_or_else(|| "/".into()));
            Ok(())
        });
    };
    let t = text.get_value();
    view! {
        <form class="ceremony" on:submit=move |ev| { ev.prevent_default(); run(); }>
            {ask_display_name.then(|| view! {
                <label for="display-name">{t.display_name_label.clone()}</label>
                <input id="display-name" name="display_name" autocomplete="name" required maxlength="200" node_ref=display_ref />
            })}
            <label for="passkey-name">{t.name_label.clone()}</label>
            <input id="passkey-name" name="passkey_name" required maxlength="100" value=t.name_default.clone() node_ref=name_ref />
            {submit_and_status(ready, status, "button primary", &t)}
        </form>
    }
}

/// Sign-in with any passkey registered here; no user name needed. Afterwards the browser
/// goes to `next` (a local path the server checked) or the account's start page.
#[component]
pub fn SignInWithPasskey(text: PasskeyText, next: Option<String>) -> impl IntoView {
    island(SignInData { text, next }, sign_in)
}

/// The island's props, as they travel to the browser (in `data-props`).
#[derive(Debug, PartialEq, Serialize)]
struct SignInData {
    text: PasskeyText,
    next: Option<String>,
}

impl Props for SignInData {
    fn read<J: Json>(json: &J) -> Option<Self> {
        Some(Self { text: get(json, "text")?, next: get(json, "next")? })
    }
}

crate::island!(SignInWithPasskey, SignInData, sign_in, hydrate_sign_in_with_passkey);

fn sign_in(SignInData { text, next }: SignInData) -> impl IntoView {
    let (status, set_status) = signal(Status::Idle);
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    let text = StoredValue::new(text);
    let run = move |_| {
        let next = next.clone();
        run_ceremony(set_status, text, async move {
            let auth = bridge::call(crate::api::endpoints::SIGN_IN_START, &bridge::object(&[])).await?;
            let credential = bridge::assert(&bridge::get(&auth, "options")).await?;
            let finish = bridge::object(&[("handle", bridge::get(&auth, "handle")), ("credential", credential)]);
            let done = bridge::call(crate::api::endpoints::SIGN_IN_FINISH, &finish).await?;
            let start = bridge::get_str(&done, "start_page").unwrap_or_else(|| "/".into());
            bridge::go(next.as_deref().unwrap_or(&start));
            Ok(())
        });
    };
    let t = text.get_value();
    view! {
        <div class="ceremony">
            <button type="button" class="button primary" on:click=run disabled=move || !ready.get() || status.get() == Status::Working>
                {t.button.clone()}
            </button>
            {status_view(status, t.working.clone())}
        </div>
    }
}

/// Adds another passkey after proving it is you with an existing one.
#[component]
pub fn AddPasskey(text: PasskeyText) -> impl IntoView {
    island(AddPasskeyData { text }, add_passkey)
}

/// The island's props, as they travel to the browser (in `data-props`).
#[derive(Debug, PartialEq, Serialize)]
struct AddPasskeyData {
    text: PasskeyText,
}

impl Props for AddPasskeyData {
    fn read<J: Json>(json: &J) -> Option<Self> {
        Some(Self { text: get(json, "text")? })
    }
}

crate::island!(AddPasskey, AddPasskeyData, add_passkey, hydrate_add_passkey);

fn add_passkey(AddPasskeyData { text }: AddPasskeyData) -> impl IntoView {
    let (status, set_status) = signal(Status::Idle);
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    let name_ref = NodeRef::<html::Input>::new();
    let text = StoredValue::new(text);
    let run = move || {
        let name = typed(&name_ref);
        run_ceremony(set_status, text, async move {
            let auth = bridge::call(crate::api::endpoints::PASSKEY_REAUTH, &bridge::object(&[])).await?;
            let assertion = bridge::assert(&bridge::get(&auth, "options")).await?;
            let next = bridge::object(&[("handle", bridge::get(&auth, "handle")), ("credential", assertion)]);
            let reg = bridge::call(crate::api::endpoints::PASSKEY_REGISTER, &next).await?;
            let credential = bridge::create(&bridge::get(&reg, "options")).await?;
            let finish = bridge::object(&[
                ("handle", bridge::get(&reg, "handle")),
                ("credential", credential),
                ("name", bridge::str(&name)),
            ]);
            bridge::call(crate::api::endpoints::PASSKEY_FINISH, &finish).await?;
            bridge::reload();
            Ok(())
        });
    };
    let t = text.get_value();
    view! {
        <form class="ceremony" on:submit=move |ev| { ev.prevent_default(); run(); }>
            <label for="new-passkey-name">{t.name_label.clone()}</label>
            <input id="new-passkey-name" name="name" required maxlength="100" value=t.name_default.clone() node_ref=name_ref />
            {submit_and_status(ready, status, "button", &t)}
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::islands::props::tests::round_trips;

    fn text() -> PasskeyText {
        PasskeyText {
            button: "Go".into(),
            working: "…".into(),
            cancelled: "Cancelled".into(),
            unsupported: "No passkeys here".into(),
            done: "Done".into(),
            name_label: "Name".into(),
            name_default: "This phone".into(),
            display_name_label: "Your name".into(),
            errors: [("error-internal".to_owned(), "Sorry".to_owned())].into(),
        }
    }

    #[test]
    fn props_read_as_the_server_writes_them() {
        round_trips(EnrolData { invitation: "abc".into(), by_code: true, ask_display_name: false, text: text() });
        round_trips(SignInData { text: text(), next: Some("/me".into()) });
        round_trips(SignInData { text: text(), next: None });
        round_trips(AddPasskeyData { text: text() });
    }
}
