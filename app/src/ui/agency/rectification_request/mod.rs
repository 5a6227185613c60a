//! `/agency/rectifications/{id}`: one request at the rectification officer's desk (art. 7,
//! GDPR 12(3), 16, 19) — whose it is, the field with the value filed, the value now and the
//! proposal, the statement, who filed it and how, the deadline in force and the days left,
//! the parties that hold the field (the disclosure log: those a correction will tell), the
//! whole history, and the actions still open (`actions`). Every action is a plain form.

mod actions;

use super::rectification_queue::days_left_view;
use crate::domain::authz::{Operation, StaffCaller};
use crate::i18n::I18n;
use crate::ui::components::correction_history::correction_history;
use crate::ui::components::format::{date_time, value_view};
use crate::ui::components::{form_notice, guarded_page};
use crate::ui::person::corrections::{deadline, status_badge};
use crate::views::form::FormEcho;
use crate::views::rectification::DeskRequest;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn RectificationRequestPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let sent = crate::ui::components::form::echo();
    guarded_page(
        Operation::ReadRectificationQueue,
        "desk-title",
        move |_: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            Ok((crate::services::rectification::desk::for_officer(&ctx.db, &id, now).await?, sent))
        },
        desk_body,
    )
}

const DONE: [(&str, &str); 5] = [
    ("done_acknowledge", "desk-done-acknowledge"),
    ("done_ask", "desk-done-ask"),
    ("done_extend", "desk-done-extend"),
    ("done_accept", "desk-done-accept"),
    ("done_reject", "desk-done-reject"),
];

fn desk_body(i: &I18n, (d, sent): (DeskRequest, FormEcho)) -> impl IntoView + use<> {
    let r = &d.request;
    let left = d.days_left.map(|n| {
        view! { <dt>{i.t("queue-left")}</dt><dd>{days_left_view(i, n, d.urgency)}</dd> }
    });
    let proposed = if r.proposed_value.is_empty() {
        i.t("correction-no-proposal").into_any()
    } else {
        value_view(i, r.field, Some(&r.proposed_value)).into_any()
    };
    let filed_by = i.t(&format!("queue-kind-{}", d.filed_by.as_str()));
    let filer = match (&d.filer, &r.reported_by) {
        (Some(who), Some(party)) => Some(format!("{who} ({party})")),
        (Some(who), None) => Some(who.clone()),
        (None, Some(party)) => Some(party.clone()),
        (None, None) => None,
    };
    let filer = filer.map(|f| view! { ": " <bdi>{f}</bdi> });
    let extension = r.extension_reason.clone().map(|why| {
        view! { <dt>{i.t("desk-extension-reason")}</dt><dd dir="auto">{why}</dd> }
    });
    let decision = r.decision_reason.clone().map(|why| {
        view! { <dt>{i.t("correction-reason")}</dt><dd dir="auto">{why}</dd> }
    });
    let holders = if d.holders.is_empty() {
        view! { <p>{i.t("desk-holders-none")}</p> }.into_any()
    } else {
        let items = d.holders.iter().map(|h| view! { <li><bdi>{h.clone()}</bdi></li> }).collect_view();
        view! { <p>{i.t("desk-holders-intro")}</p><ul>{items}</ul> }.into_any()
    };
    let told = (!r.parties_told.is_empty()).then(|| {
        let told = r.parties_told.join(", ");
        view! { <p>{i.t_args("desk-told", [("parties", FluentValue::from(told))])}</p> }
    });
    view! {
        {form_notice(i, &DONE)}
        <p>{status_badge(i, r.status)} " " {deadline(i, r)}</p>
        <dl class="key-facts">
            <dt>{i.t("desk-person")}</dt><dd><bdi>{d.person_name.clone()}</bdi> " (" <bdi>{d.dossier_ref.clone()}</bdi> ")"</dd>
            <dt>{i.t("corrections-field-label")}</dt><dd>{i.t(&r.field.label_id())}</dd>
            <dt>{i.t("desk-value-filed")}</dt><dd>{value_view(i, r.field, Some(&r.current_value))}</dd>
            <dt>{i.t("desk-value-now")}</dt><dd>{value_view(i, r.field, d.value_now.as_deref())}</dd>
            <dt>{i.t("correction-proposed")}</dt><dd>{proposed}</dd>
            <dt>{i.t("corrections-statement-label")}</dt><dd dir="auto">{r.statement.clone()}</dd>
            <dt>{i.t("queue-kind")}</dt><dd>{filed_by}{filer}</dd>
            <dt>{i.t("queue-received")}</dt><dd>{date_time(i, r.received_at)}</dd>
            <dt>{i.t("queue-due")}</dt><dd>{date_time(i, r.due_at)}</dd>
            {left}
            {extension}
            {decision}
        </dl>
        <section aria-labelledby="desk-holders-heading">
            <h2 id="desk-holders-heading">{i.t("desk-holders-heading")}</h2>
            {holders}
            {told}
        </section>
        {actions::actions(i, &d, &sent)}
        <section aria-labelledby="desk-history-heading">
            <h2 id="desk-history-heading">{i.t("desk-history-heading")}</h2>
            {correction_history(i, &d.history, d.filed_by)}
        </section>
        <p><a href="/agency/rectifications">{i.t("desk-back")}</a></p>
    }
}
