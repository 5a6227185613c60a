//! `/me/corrections/{id}`: one of my requests — what I asked, its deadline, the decision and,
//! once accepted, which parties were told. Someone else's request is "not found".

use super::{deadline, status_badge};
use crate::domain::authz::{Operation, PersonCaller};
use crate::domain::rectification::RequestStatus;
use crate::domain::rectification::{FiledBy, RectificationStep, SUPERVISOR};
use crate::domain::text::Statement;
use crate::i18n::I18n;
use crate::ui::components::correction_history::correction_history as history_list;
use crate::ui::components::form::{BoxSpec, form_error, text_area};
use crate::ui::components::form_notice;
use crate::ui::components::format::day_of;
use crate::ui::components::format::value_view;
use crate::ui::components::guarded_page;
use crate::views::form::FormEcho;
use crate::views::rectification::HistoryEntry;
use crate::views::rectification::RequestView;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn CorrectionPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let filed = use_query_map().with_untracked(|q| q.get("filed").is_some());
    let sent = crate::ui::components::form::echo();
    guarded_page(
        Operation::OwnCorrections,
        "correction-title",
        move |me: PersonCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            let (request, history) =
                crate::services::rectification::get_own_with_history(&ctx.db, me.person_id, &id).await?;
            Ok((request, history, filed, sent))
        },
        detail_body,
    )
}

type Loaded = (RequestView, Vec<HistoryEntry>, bool, FormEcho);

fn detail_body(i: &I18n, (r, history, filed, sent): Loaded) -> impl IntoView + use<> {
    let filed = filed.then(|| view! { <p class="notice" role="status">{i.t("correction-filed")}</p> });
    let answered = form_notice(i, &[("answered", "correction-answered")]);
    let waiting = r.status == RequestStatus::Waiting;
    // Refused while no longer waiting (answered meanwhile): the form is gone, the reason stays.
    let refusal = (!waiting).then(|| form_error(i, &sent, "answer")).flatten();
    let question = waiting.then(|| answer_form(i, &r, &history, &sent));
    // A change the agency's client-tracking system made: no one proposed it, no one gave reasons.
    let from_source = r.filed_by == FiledBy::SourceSystem;
    let decision = match r.status {
        RequestStatus::Accepted => {
            let told =
                if r.parties_told.is_empty() { i.t("correction-told-nobody") } else { r.parties_told.join(", ") };
            view! {
                <p>{i.t(if from_source { "correction-source-accepted" } else { "correction-accepted" })}</p>
                <p>{i.t_args("correction-parties-told", [("parties", FluentValue::from(told))])}</p>
            }
            .into_any()
        }
        RequestStatus::Rejected => view! {
            <p>{i.t("correction-rejected")}</p>
            <p><strong>{i.t("correction-reason")}</strong> " " <span lang="nl">{r.decision_reason.clone()}</span></p>
            {complaint_route(i)}
        }
        .into_any(),
        _ => view! { <p>{i.t("correction-pending")}</p> }.into_any(),
    };
    let extension = r.extension_reason.clone().map(|why| {
        let due = i.t_args("correction-extended-until", [("due", FluentValue::from(day_of(i, r.due_at)))]);
        view! { <p>{due}</p><p>{i.t("correction-extended")} " " <span dir="auto">{why}</span></p> }
    });
    let reported = r.reported_by.clone().map(|party| {
        view! { <p>{i.t_args("correction-reported-by", [("party", FluentValue::from(party))])}</p> }
    });
    let proposed = if r.proposed_value.is_empty() {
        i.t("correction-no-proposal").into_any()
    } else {
        value_view(i, r.field, Some(&r.proposed_value)).into_any()
    };
    let statement = (!r.statement.is_empty()).then(|| {
        view! { <dt>{i.t("corrections-statement-label")}</dt><dd dir="auto">{r.statement.clone()}</dd> }
    });
    let history_of = if from_source { FiledBy::SourceSystem } else { FiledBy::Person };
    view! {
        {filed}
        {answered}
        {refusal}
        {reported}
        <p>{status_badge(i, r.status)} " " {deadline(i, &r)}</p>
        <dl>
            <dt>{i.t("corrections-field-label")}</dt><dd>{i.t(&r.field.label_id())}</dd>
            <dt>{i.t("correction-current")}</dt><dd>{value_view(i, r.field, Some(&r.current_value))}</dd>
            <dt>{i.t(if from_source { "correction-source-value" } else { "correction-proposed" })}</dt><dd>{proposed}</dd>
            {statement}
        </dl>
        {extension}
        {question}
        {decision}
        <section aria-labelledby="correction-history-heading">
            <h2 id="correction-history-heading">{i.t("correction-history-heading")}</h2>
            {history_list(i, &history, history_of)}
        </section>
        <p><a href="/me/corrections">{i.t("corrections-back")}</a></p>
    }
}

/// The agency's question and the form to answer it (a plain form: works without JavaScript).
fn answer_form(i: &I18n, r: &RequestView, history: &[HistoryEntry], sent: &FormEcho) -> impl IntoView + use<> {
    let asked = history.iter().rev().find(|h| h.step == RectificationStep::InformationRequested);
    let question = asked.and_then(|h| h.note.clone()).unwrap_or_default();
    let spec = BoxSpec {
        form: "answer",
        name: "answer",
        label_id: "correction-answer-label",
        hint_id: Some("correction-answer-hint"),
        required: true,
        max: Statement::MAX_CHARS,
    };
    view! {
        <section aria-labelledby="correction-question-heading" class="card">
            <h2 id="correction-question-heading">{i.t("correction-question-heading")}</h2>
            <p dir="auto">{question}</p>
            {form_error(i, sent, "answer")}
            <form method="post" action=format!("/me/corrections/{}/answer", r.public_id) class="stacked">
                {text_area(i, sent, spec, "")}
                <button type="submit" class="button primary">{i.t("correction-answer-submit")}</button>
            </form>
        </section>
    }
}

/// How to complain to the supervisory authority (GDPR 77): its name, address, e-mail and site.
fn complaint_route(i: &I18n) -> impl IntoView + use<> {
    let s = SUPERVISOR;
    view! {
        <p>{i.t("correction-complaint")}</p>
        <address lang="nl">
            {s.name}<br />{s.street}<br />{s.town}<br />
            <a href=format!("mailto:{}", s.email)>{s.email}</a><br />
            <a href=s.url rel="external">{s.url}</a>
        </address>
    }
}
