//! The officer's actions on a pending request, each a plain form that posts to
//! `/agency/rectifications/{id}/{action}` (works without JavaScript): acknowledge; ask the
//! person a question; extend once (until a day no later than the domain's limit, with a
//! reason); accept (with an edit of the value if needed); reject (with a reason). Only the
//! steps the domain allows from the request's status are offered (`starts_from`). A refused
//! form comes back with what was typed, its message by its box.

use crate::domain::rectification::{RectificationStep, RequestStatus};
use crate::domain::text::Reason;
use crate::error::AppError;
use crate::i18n::I18n;
use crate::ui::components::form::{BoxSpec, form_error, text_area, text_box};
use crate::ui::components::format::date;
use crate::views::form::FormEcho;
use crate::views::rectification::DeskRequest;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

/// The forms still open for this request; a decided request says its decision is final.
pub(super) fn actions(i: &I18n, d: &DeskRequest, sent: &FormEcho) -> AnyView {
    let status = d.request.status;
    // A refusal that is not about a box (the request moved on meanwhile) stands above the
    // forms: the form that was sent may no longer be offered.
    let refusal = sent
        .error
        .as_ref()
        .filter(|e| !matches!(e, AppError::Invalid { .. }))
        .map(|e| view! { <p class="error-panel" role="alert">{i.t(e.message_id())}</p> });
    if !status.is_pending() {
        return view! { {refusal} <p class="notice">{i.t("desk-decided")}</p> }.into_any();
    }
    let action = |name: &str| format!("/agency/rectifications/{}/{name}", d.request.public_id);
    // The echo belongs to the form that was sent; the others start empty.
    let echo_of = |form: &str| {
        let invalid = matches!(sent.error, Some(AppError::Invalid { .. }));
        if invalid && sent.value("form") == form { sent.clone() } else { FormEcho::default() }
    };
    let spec = |form, name, label_id, hint_id, max| BoxSpec { form, name, label_id, hint_id, required: true, max };
    let hidden = |form: &'static str| view! { <input type="hidden" name="form" value=form /> };
    let question = d.open_question.clone().map(|q| {
        view! { <p class="notice" role="status">{i.t("desk-waiting")} " " <q dir="auto">{q}</q></p> }
    });
    let acknowledge = RectificationStep::Acknowledged.may_start_from(status).then(|| {
        let e = echo_of("acknowledge");
        view! {
            <section aria-labelledby="desk-acknowledge-heading">
                <h2 id="desk-acknowledge-heading">{i.t("desk-acknowledge-heading")}</h2>
                {form_error(i, &e, "acknowledge")}
                <form method="post" action=action("acknowledge")>
                    {hidden("acknowledge")}
                    <p>{i.t("desk-acknowledge-hint")}</p>
                    <button type="submit" class="button primary">{i.t("desk-acknowledge-submit")}</button>
                </form>
            </section>
        }
    });
    let ask = RectificationStep::InformationRequested.may_start_from(status).then(|| {
        let e = echo_of("ask");
        view! {
            <section aria-labelledby="desk-ask-heading">
                <h2 id="desk-ask-heading">{i.t("desk-ask-heading")}</h2>
                {form_error(i, &e, "ask")}
                <form method="post" action=action("ask") class="stacked">
                    {hidden("ask")}
                    {text_area(i, &e, spec("ask", "question", "desk-ask-question", Some("desk-ask-hint"), Reason::MAX_CHARS), "")}
                    <button type="submit" class="button">{i.t("desk-ask-submit")}</button>
                </form>
            </section>
        }
    });
    let extend = d.extension_until.map(|last| {
        let e = echo_of("extend");
        let limit = i.t_args("desk-extend-limit", [("last", FluentValue::from(date(i, last)))]);
        view! {
            <section aria-labelledby="desk-extend-heading">
                <h2 id="desk-extend-heading">{i.t("desk-extend-heading")}</h2>
                <p>{limit}</p>
                {form_error(i, &e, "extend")}
                <form method="post" action=action("extend") class="stacked">
                    {hidden("extend")}
                    {text_box(i, &e, spec("extend", "until", "desk-extend-until", Some("desk-extend-until-hint"), 10), "date", "")}
                    {text_area(i, &e, spec("extend", "reason", "desk-extend-reason", Some("desk-extend-reason-hint"), Reason::MAX_CHARS), "")}
                    <button type="submit" class="button">{i.t("desk-extend-submit")}</button>
                </form>
            </section>
        }
    });
    let accept = {
        let e = echo_of("accept");
        let value =
            BoxSpec { required: false, ..spec("accept", "value", "desk-accept-value", Some("desk-accept-hint"), 300) };
        view! {
            <section aria-labelledby="desk-accept-heading">
                <h2 id="desk-accept-heading">{i.t("desk-accept-heading")}</h2>
                {form_error(i, &e, "accept")}
                <form method="post" action=action("accept") class="stacked">
                    {hidden("accept")}
                    {text_box(i, &e, value, "text", &d.request.proposed_value)}
                    <p>{i.t("desk-accept-effect")}</p>
                    <button type="submit" class="button primary">{i.t("desk-accept-submit")}</button>
                </form>
            </section>
        }
    };
    let reject = {
        let e = echo_of("reject");
        view! {
            <section aria-labelledby="desk-reject-heading">
                <h2 id="desk-reject-heading">{i.t("desk-reject-heading")}</h2>
                {form_error(i, &e, "reject")}
                <form method="post" action=action("reject") class="stacked">
                    {hidden("reject")}
                    {text_area(i, &e, spec("reject", "reason", "desk-reject-reason", Some("desk-reject-hint"), Reason::MAX_CHARS), "")}
                    <button type="submit" class="button">{i.t("desk-reject-submit")}</button>
                </form>
            </section>
        }
    };
    let waiting = (status == RequestStatus::Waiting).then_some(question);
    view! { {refusal} {waiting} {acknowledge} {ask} {extend} {accept} {reject} }.into_any()
}
