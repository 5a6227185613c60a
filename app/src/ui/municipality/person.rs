//! `/municipality/persons/:protocol/:reference`: one person of the pilot, as the staff member
//! may see them — exactly the fields consent and the profile allow, read through the one
//! disclosure path (the person sees this read), a contested field marked "under review", and
//! plainly why anything is missing. From here: pass fields on to a partner (with the person's
//! onward consent), or report a value as wrong to the agency (art. 7).

use super::persons::{scope_badges, staff_nav};
use crate::domain::authz::{Operation, StaffCaller};
use crate::domain::rectification::{MAX_STATEMENT_CHARS, MAX_VALUE_CHARS};
use crate::i18n::{I18n, use_i18n};
use crate::ui::components::form::{BoxSpec, choice_list, echo, field_boxes, form_error, text_area, text_box};
use crate::ui::components::format::{day_of, value_view};
use crate::ui::components::guarded_page;
use crate::views::form::FormEcho;
use crate::views::pilot::PilotPerson;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn PilotPersonPage() -> impl IntoView {
    let (protocol, reference) = use_params_map()
        .with_untracked(|p| (p.get("protocol").unwrap_or_default(), p.get("reference").unwrap_or_default()));
    let locale = use_i18n().locale;
    let sent = echo();
    guarded_page(
        Operation::ReadPersonFields,
        "persons-person-title",
        move |me: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            let person =
                crate::services::pilot::person(&ctx.db, &ctx.disclosures, &me, &protocol, &reference, locale, now)
                    .await?;
            Ok((person, sent))
        },
        person_body,
    )
}

fn person_body(i: &I18n, (p, sent): (PilotPerson, FormEcho)) -> impl IntoView + use<> {
    let base = format!("/municipality/persons/{}/{}", p.protocol.slug, p.reference);
    let rows = p
        .fields
        .iter()
        .map(|f| {
            let contested =
                f.contested.then(|| view! { " " <span class="badge badge-info">{i.t("persons-contested")}</span> });
            view! {
                <tr>
                    <th scope="row">{i.t(&f.field.label_id())}</th>
                    <td>{value_view(i, f.field, f.value.as_deref())}{contested}</td>
                </tr>
            }
        })
        .collect_view();
    let withheld = (!p.withheld.is_empty()).then(|| {
        let items = p
            .withheld
            .iter()
            .map(|(f, why)| view! { <li>{i.t(&f.label_id())} ": " {i.t(why.message_id())}</li> })
            .collect_view();
        view! { <h2>{i.t("persons-withheld-heading")}</h2> <ul>{items}</ul> }
    });
    let shown: Vec<_> = p.fields.iter().map(|f| f.field).collect();
    let onward = if p.onward.is_empty() {
        let why = if p.scopes.onward { "persons-onward-no-partner" } else { "persons-onward-no-consent" };
        view! { <p class="hint">{i.t(why)}</p> }.into_any()
    } else {
        let spec =
            |name, label_id, hint_id, max| BoxSpec { form: "onward", name, label_id, hint_id, required: true, max };
        view! {
            {form_error(i, &sent, "onward")}
            <form method="post" action=format!("{base}/onward") class="stacked">
                {choice_list(i, &sent, spec("partner", "persons-onward-partner", None, 0), p.onward.clone(), "")}
                {field_boxes(i, &sent, spec("fields", "persons-onward-fields", None, 0), &shown, &[])}
                {text_box(i, &sent, spec("purpose", "persons-onward-purpose", Some("persons-onward-purpose-hint"), 300), "text", "")}
                <button type="submit" class="button primary">{i.t("persons-onward-submit")}</button>
            </form>
        }
        .into_any()
    };
    let report_fields: Vec<(String, String)> =
        p.profile_fields.iter().map(|f| (f.as_str().to_owned(), i.t(&f.label_id()))).collect();
    let spec =
        |name, label_id, hint_id, max, required| BoxSpec { form: "quality", name, label_id, hint_id, required, max };
    let since = p.since.map(|t| day_of(i, t)).unwrap_or_default();
    view! {
        {staff_nav(i)}
        <p class="lead">{p.protocol.title.clone()} " · " {scope_badges(i, p.scopes)} " " {since}</p>
        <p class="hint">{i.t("persons-read-recorded")}</p>
        <table class="data-table">
            <caption>{i.t("persons-fields-caption")}</caption>
            <tbody>{rows}</tbody>
        </table>
        {withheld}
        <section aria-labelledby="onward-heading">
            <h2 id="onward-heading">{i.t("persons-onward-heading")}</h2>
            {onward}
        </section>
        <section aria-labelledby="quality-heading">
            <h2 id="quality-heading">{i.t("persons-quality-heading")}</h2>
            <p class="hint">{i.t("persons-quality-hint")}</p>
            {form_error(i, &sent, "quality")}
            <form method="post" action=format!("{base}/quality-report") class="stacked">
                {choice_list(i, &sent, spec("field", "persons-quality-field", None, 0, true), report_fields, "")}
                {text_area(i, &sent, spec("statement", "persons-quality-statement", Some("persons-quality-statement-hint"), MAX_STATEMENT_CHARS, true), "")}
                {text_box(i, &sent, spec("proposed_value", "persons-quality-proposed", Some("persons-quality-proposed-hint"), MAX_VALUE_CHARS, false), "text", "")}
                <button type="submit" class="button primary">{i.t("persons-quality-submit")}</button>
            </form>
        </section>
        <p><a href="/municipality/persons">{i.t("persons-back")}</a></p>
    }
}
