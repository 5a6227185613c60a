//! Passkey ceremonies in the browser: enrol with an invitation, sign in, add a passkey.
//! They call the server functions in `api::auth` / `api::account` and the browser's
//! WebAuthn API (through webauthn-rs-proto's web-sys conversions).

use crate::api::account::{finish_add_passkey, reauthenticated_add_passkey, start_add_passkey};
use crate::api::auth::{finish_enrolment, finish_sign_in, start_enrolment, start_sign_in};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Everything the ceremony islands say, already translated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
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

impl PasskeyText {
    fn error(&self, e: &AppError) -> String {
        self.errors.get(e.message_id()).or_else(|| self.errors.get("error-internal")).cloned().unwrap_or_default()
    }
}

/// What went wrong in the browser part of a ceremony.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
enum Failure {
    Cancelled,
    Unsupported,
    Server(AppError),
}

impl From<AppError> for Failure {
    fn from(e: AppError) -> Self {
        Failure::Server(e)
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::Failure;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use webauthn_rs_proto::{
        CreationChallengeResponse, PublicKeyCredential, RegisterPublicKeyCredential, RequestChallengeResponse,
    };

    fn container() -> Result<web_sys::CredentialsContainer, Failure> {
        let window = web_sys::window().ok_or(Failure::Unsupported)?;
        if js_sys_has_public_key_credential(&window) {
            Ok(window.navigator().credentials())
        } else {
            Err(Failure::Unsupported)
        }
    }

    fn js_sys_has_public_key_credential(window: &web_sys::Window) -> bool {
        let key = wasm_bindgen::JsValue::from_str("PublicKeyCredential");
        js_sys::Reflect::has(window, &key).unwrap_or(false)
    }

    fn from_js(e: wasm_bindgen::JsValue) -> Failure {
        // NotAllowedError: the person cancelled, or the prompt timed out.
        match e.dyn_ref::<web_sys::DomException>().map(|d| d.name()) {
            Some(n) if n == "NotAllowedError" || n == "AbortError" => Failure::Cancelled,
            Some(n) if n == "NotSupportedError" || n == "SecurityError" => Failure::Unsupported,
            _ => Failure::Cancelled,
        }
    }

    pub async fn create(options: CreationChallengeResponse) -> Result<RegisterPublicKeyCredential, Failure> {
        let opts: web_sys::CredentialCreationOptions = options.into();
        let promise = container()?.create_with_options(&opts).map_err(from_js)?;
        let cred = JsFuture::from(promise).await.map_err(from_js)?;
        let cred: web_sys::PublicKeyCredential = cred.dyn_into().map_err(|_| Failure::Unsupported)?;
        Ok(cred.into())
    }

    pub async fn get(options: RequestChallengeResponse) -> Result<PublicKeyCredential, Failure> {
        let opts: web_sys::CredentialRequestOptions = options.into();
        let promise = container()?.get_with_options(&opts).map_err(from_js)?;
        let cred = JsFuture::from(promise).await.map_err(from_js)?;
        let cred: web_sys::PublicKeyCredential = cred.dyn_into().map_err(|_| Failure::Unsupported)?;
        Ok(cred.into())
    }

    pub fn go(url: &str) {
        if let Some(w) = web_sys::window() {
            let _ = w.location().assign(url);
        }
    }

    pub fn reload() {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    }
}

#[cfg(not(feature = "hydrate"))]
mod browser {
    use super::Failure;
    use webauthn_rs_proto::{
        CreationChallengeResponse, PublicKeyCredential, RegisterPublicKeyCredential, RequestChallengeResponse,
    };
    pub async fn create(_: CreationChallengeResponse) -> Result<RegisterPublicKeyCredential, Failure> {
        Err(Failure::Unsupported)
    }
    pub async fn get(_: RequestChallengeResponse) -> Result<PublicKeyCredential, Failure> {
        Err(Failure::Unsupported)
    }
    pub fn go(_: &str) {}
    pub fn reload() {}
}

/// The state shown under a ceremony button.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Working,
    Message(String),
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

fn explain(text: &PasskeyText, f: Failure) -> String {
    match f {
        Failure::Cancelled => text.cancelled.clone(),
        Failure::Unsupported => text.unsupported.clone(),
        Failure::Server(e) => text.error(&e),
    }
}

/// Enrolment: creates the first passkey with an invitation (link secret or short code).
#[island]
pub fn EnrolWithPasskey(invitation: String, by_code: bool, ask_display_name: bool, text: PasskeyText) -> impl IntoView {
    let (status, set_status) = signal(Status::Idle);
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    let name = RwSignal::new(text.name_default.clone());
    let display_name = RwSignal::new(String::new());
    let text = StoredValue::new(text);
    let run = move || {
        let invitation = invitation.clone();
        leptos::task::spawn_local(async move {
            set_status.set(Status::Working);
            let outcome: Result<String, Failure> = async {
                let reg = start_enrolment(invitation, by_code).await?;
                let cred = browser::create(reg.options).await?;
                let shown = (!display_name.get_untracked().trim().is_empty()).then(|| display_name.get_untracked());
                let done = finish_enrolment(reg.handle, cred, name.get_untracked(), shown).await?;
                Ok(done.start_page)
            }
            .await;
            match outcome {
                Ok(start) => {
                    set_status.set(Status::Message(text.with_value(|t| t.done.clone())));
                    browser::go(&start);
                }
                Err(f) => set_status.set(Status::Message(text.with_value(|t| explain(t, f)))),
            }
        });
    };
    let t = text.get_value();
    view! {
        <form class="ceremony" on:submit=move |ev| { ev.prevent_default(); run(); }>
            {ask_display_name.then(|| view! {
                <label for="display-name">{t.display_name_label.clone()}</label>
                <input id="display-name" name="display_name" autocomplete="name" required maxlength="200" bind:value=display_name />
            })}
            <label for="passkey-name">{t.name_label.clone()}</label>
            <input id="passkey-name" name="passkey_name" required maxlength="100" bind:value=name />
            <button type="submit" class="button primary" disabled=move || !ready.get() || status.get() == Status::Working>
                {t.button.clone()}
            </button>
            {status_view(status, t.working.clone())}
        </form>
    }
}

/// Sign-in with any passkey registered here; no user name needed.
#[island]
pub fn SignInWithPasskey(text: PasskeyText) -> impl IntoView {
    let (status, set_status) = signal(Status::Idle);
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    let text = StoredValue::new(text);
    let run = move |_| {
        leptos::task::spawn_local(async move {
            set_status.set(Status::Working);
            let outcome: Result<String, Failure> = async {
                let auth = start_sign_in().await?;
                let cred = browser::get(auth.options).await?;
                Ok(finish_sign_in(auth.handle, cred).await?.start_page)
            }
            .await;
            match outcome {
                Ok(start) => browser::go(&start),
                Err(f) => set_status.set(Status::Message(text.with_value(|t| explain(t, f)))),
            }
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
#[island]
pub fn AddPasskey(text: PasskeyText) -> impl IntoView {
    let (status, set_status) = signal(Status::Idle);
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    let name = RwSignal::new(text.name_default.clone());
    let text = StoredValue::new(text);
    let run = move || {
        leptos::task::spawn_local(async move {
            set_status.set(Status::Working);
            let outcome: Result<(), Failure> = async {
                let auth = start_add_passkey().await?;
                let assertion = browser::get(auth.options).await?;
                let reg = reauthenticated_add_passkey(auth.handle, assertion).await?;
                let cred = browser::create(reg.options).await?;
                finish_add_passkey(reg.handle, cred, name.get_untracked()).await?;
                Ok(())
            }
            .await;
            match outcome {
                Ok(()) => browser::reload(),
                Err(f) => set_status.set(Status::Message(text.with_value(|t| explain(t, f)))),
            }
        });
    };
    let t = text.get_value();
    view! {
        <form class="ceremony" on:submit=move |ev| { ev.prevent_default(); run(); }>
            <label for="new-passkey-name">{t.name_label.clone()}</label>
            <input id="new-passkey-name" name="name" required maxlength="100" bind:value=name />
            <button type="submit" class="button" disabled=move || !ready.get() || status.get() == Status::Working>
                {t.button.clone()}
            </button>
            {status_view(status, t.working.clone())}
        </form>
    }
}
