//! A page-level error, and the HTTP status that goes with it.

use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Sets the HTTP status of the page being rendered.
pub fn set_status(code: http::StatusCode) {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(code);
    }
}

/// The translated message, and the correlation id if there is one.
#[component]
pub fn ErrorPanel(error: crate::error::AppError) -> impl IntoView {
    let i = use_i18n();
    let status = http::StatusCode::from_u16(error.status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    set_status(status);
    let reference = match &error {
        crate::error::AppError::Internal { correlation_id } if !correlation_id.is_empty() => Some(view! {
            <p class="error-reference">{i.t("error-reference")} " " <code>{correlation_id.clone()}</code></p>
        }),
        _ => None,
    };
    view! {
        <div class="error-panel" role="alert">
            <p>{i.t(error.message_id())}</p>
            {reference}
        </div>
    }
}
