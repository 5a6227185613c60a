//! `/municipality/breaches` and `/municipality/breaches/new`: art. 6/9 — a staff member reports
//! a personal-data breach to the agency (when it was found, what happened, which kinds of data,
//! which persons of the pilot, the measures taken), within 48 hours of finding it; the
//! municipality's reports with their deadline, a late one flagged.

use super::persons::staff_nav;
use crate::domain::authz::{Operation, StaffCaller};
use crate::domain::breach::BreachStep;
use crate::domain::breach::MAX_TEXT;
use crate::domain::fields::Field;
use crate::i18n::{I18n, use_i18n};
use crate::ui::components::form::{BoxSpec, echo, field_boxes, form_error, text_area, text_box};
use crate::ui::components::format::date_time;
use crate::ui::components::{form_notice, guarded_page};
use crate::ui::islands::BreachClock;
use crate::views::breach::BreachRow;
use crate::views::form::FormEcho;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

/// Reports as cards, each with its deadline and whether it came late (also the agency's list).
pub fn breach_list(i: &I18n, reports: &[BreachRow], with_municipality: bool) -> impl IntoView + use<> {
    reports
        .iter()
        .map(|b| {
            let timing = if b.late {
                view! { <span class="badge badge-info">{i.t("breach-late")}</span> }.into_any()
            } else {
                view! { <span class="badge badge-ok">{i.t("breach-in-time")}</span> }.into_any()
            };
            let categories: Vec<String> = b.categories.iter().map(|f| i.t(&f.label_id())).collect();
            let by = b.reported_by.clone().unwrap_or_else(|| i.t("breach-by-system"));
            let municipality = with_municipality
                .then(|| view! { <dt>{i.t("breach-municipality")}</dt><dd>{b.municipality.clone()}</dd> });
            let history = breach_history(i, b);
            // The agency's DPO acts on it: each step once, the persons told after acknowledging.
            let steps = with_municipality.then(|| breach_steps(i, b));
            view! {
                <li class="card">
                    <h3>{date_time(i, b.detected_at)} " " {timing}</h3>
                    <dl>
                        {municipality}
                        <dt>{i.t("breach-deadline")}</dt><dd>{date_time(i, b.deadline)}</dd>
                        <dt>{i.t("breach-reported-at")}</dt><dd>{date_time(i, b.reported_at)} " · " {by}</dd>
                        <dt>{i.t("breach-description")}</dt><dd>{b.description.clone()}</dd>
                        <dt>{i.t("breach-categories")}</dt><dd>{categories.join(", ")}</dd>
                        <dt>{i.t("breach-persons")}</dt><dd>{b.persons_affected}</dd>
                        <dt>{i.t("breach-measures")}</dt><dd>{b.measures.clone()}</dd>
                    </dl>
                    {history}
                    {steps}
                </li>
            }
        })
        .collect_view()
}

/// What the agency's DPO did with the report, in order.
fn breach_history(i: &I18n, b: &BreachRow) -> Option<AnyView> {
    if b.history.is_empty() {
        return None;
    }
    let items = b
        .history
        .iter()
        .map(|h| {
            let told = h.persons_told.map(|n| {
                view! { " · " {i.t_args("breach-persons-told", [("count", FluentValue::from(n))])} }
            });
            let by = h.by.clone().map(|name| view! { " · " {name} });
            view! { <li>{date_time(i, h.at)} " · " {i.t(&h.step.message_id())} {by} {told}</li> }
        })
        .collect_view();
    Some(view! { <h4>{i.t("breach-history")}</h4> <ul>{items}</ul> }.into_any())
}

/// The agency DPO's next step on a report, as a plain form.
fn breach_steps(i: &I18n, b: &BreachRow) -> Option<AnyView> {
    let done = b.steps();
    let step = [BreachStep::Acknowledged, BreachStep::PersonsNotified].into_iter().find(|s| s.may_follow(&done))?;
    // A report that names nobody has nobody to tell.
    if step == BreachStep::PersonsNotified && b.persons_affected == 0 {
        return None;
    }
    let (action, label, hint) = match step {
        BreachStep::Acknowledged => ("acknowledge", i.t("breach-acknowledge"), None),
        BreachStep::PersonsNotified => (
            "notify",
            i.t_args("breach-notify", [("count", FluentValue::from(b.persons_affected))]),
            Some(view! { <p class="hint">{i.t("breach-notify-hint")}</p> }),
        ),
    };
    let href = format!("/agency/dpo/breaches/{}/{action}", b.id);
    Some(
        view! {
            {hint}
            <form method="post" action=href>
                <button type="submit" class="button primary">{label}</button>
            </form>
        }
        .into_any(),
    )
}

#[component]
pub fn BreachesPage() -> impl IntoView {
    guarded_page(
        Operation::ReportBreach,
        "breach-title",
        |me: StaffCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            Ok(crate::services::breaches::of_party(&ctx.db, me.party_id).await?)
        },
        |i, reports| {
            view! {
                {staff_nav(i)}
                {form_notice(i, &[("reported", "breach-reported")])}
                <p>{i.t("breach-intro")}</p>
                <p><a class="button primary" href="/municipality/breaches/new">{i.t("breach-new")}</a></p>
                <ul class="cards">{breach_list(i, &reports, false)}</ul>
            }
        },
    )
}

#[component]
pub fn NewBreachPage() -> impl IntoView {
    let sent = echo();
    let locale = use_i18n().locale;
    guarded_page(
        Operation::ReportBreach,
        "breach-new-title",
        move |me: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            Ok((crate::services::pilot::references(&ctx.db, &me, locale, now).await?, sent))
        },
        new_body,
    )
}

fn new_body(i: &I18n, (persons, sent): (Vec<String>, FormEcho)) -> impl IntoView + use<> {
    let spec = |name, label_id, hint_id, max| BoxSpec { form: "breach", name, label_id, hint_id, required: true, max };
    let chosen = sent.all("persons");
    let people = persons
        .iter()
        .map(|r| {
            let id = format!("breach-person-{r}");
            let short: String = r.chars().take(8).collect();
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name="persons" value=r.clone() checked=chosen.contains(r) />
                    <label for=id>{short}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        {staff_nav(i)}
        <p>{i.t_args("breach-rule", [("hours", FluentValue::from(crate::domain::breach::REPORT_WITHIN_HOURS))])}</p>
        {form_error(i, &sent, "breach")}
        <form method="post" action="/municipality/breaches/new" class="stacked">
            {text_box(i, &sent, spec("detected_at", "breach-detected-at", Some("breach-detected-at-hint"), 0), "datetime-local", "")}
            <BreachClock
                input_id="breach-detected_at".to_owned()
                lang=i.locale.as_str().to_owned()
                deadline=i.t("breach-clock-deadline")
                left=i.t("breach-clock-left")
                hours=i.t("breach-clock-hours")
                minutes=i.t("breach-clock-minutes")
                overdue=i.t("breach-clock-overdue")
            />
            {text_area(i, &sent, spec("description", "breach-description", None, MAX_TEXT), "")}
            {field_boxes(i, &sent, spec("categories", "breach-categories", Some("breach-categories-hint"), 0), Field::ALL, &[])}
            <fieldset>
                <legend>{i.t("breach-persons")}</legend>
                <p class="hint">{i.t("breach-persons-hint")}</p>
                {people}
            </fieldset>
            {text_area(i, &sent, spec("measures", "breach-measures", None, MAX_TEXT), "")}
            <button type="submit" class="button primary">{i.t("breach-submit")}</button>
        </form>
    }
}
