//! `POST /invite`: the short code typed by hand, answered with the enrolment page. A GET
//! form would put the code (valid for 14 days, enough to enrol) in the address, and so in
//! proxy logs and the browser's history; a POST keeps it in the body.

use super::Caller;
use crate::startup::AppState;
use app::views::invitation::TypedCode;
use axum::Form;
use axum::extract::State;
use axum::response::Response;
use leptos::prelude::provide_context;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

pub async fn redeem_code(State(state): State<AppState>, caller: Caller, Form(form): Form<CodeForm>) -> Response {
    let typed = TypedCode(form.code.trim().to_owned());
    super::render_page(state, caller, "/invite", move || provide_context(typed.clone())).await
}
