//! `/me/corrections/new`: the form. Fields with a closed set of values get a list, the others a
//! text box; a refused submission comes back with its message tied to the box it is about
//! and with what was typed (the draft cookie, checked against its owner).

use crate::api::corrections::{DRAFT_COOKIE, Draft};
use crate::domain::authz::{Operation, PersonCaller};
use crate::domain::fields::Field;
use crate::domain::rectification::{MAX_STATEMENT_CHARS, MAX_VALUE_CHARS};
use crate::i18n::I18n;
use crate::ui::components::format::{field_value, value_view};
use crate::ui::components::guarded_page;
use crate::views::my_data::MyData;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The draft a refused submission left behind, if any (checked against its owner on load).
fn draft() -> Option<Draft> {
    crate::api::request_cookie(DRAFT_COOKIE).and_then(|v| Draft::decode(&v))
}

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct NewRequest {
    data: MyData,
    field: Option<Field>,
    error: Option<String>,
    draft: Option<Draft>,
}

#[component]
pub fn NewCorrectionPage() -> impl IntoView {
    let (field, error) =
        use_query_map().with_untracked(|q| (q.get("field").and_then(|f| Field::parse(&f).ok()), q.get("error")));
    // The draft only belongs with the error it came back with.
    let draft = error.as_ref().and_then(|_| draft());
    let locale = crate::i18n::use_i18n().locale;
    guarded_page(
        Operation::OwnCorrections,
        "corrections-new-title",
        move |me: PersonCaller| async move {
            let draft = draft.filter(|d| d.owner == me.public_id);
            let (ctx, now) = crate::api::http::context()?;
            let data = crate::services::my_data::my_data(&ctx.db, me.person_id, locale, now).await?;
            Ok(NewRequest { data, field, error, draft })
        },
        new_body,
    )
}

fn new_body(i: &I18n, n: NewRequest) -> impl IntoView + use<> {
    let error_id = n.error.filter(|id| i.has(id));
    let error = error_id.as_ref().map(|id| {
        view! { <p class="error-panel" role="alert" id="correction-error">{i.t(id)}</p> }
    });
    // The message is tied to the box it is about (WCAG 3.3.1): the statement, or the value.
    let about_statement = error_id.as_deref().is_some_and(|id| id.starts_with("correction-error-statement"));
    let value_error = error_id.as_ref().filter(|_| !about_statement).map(|_| "correction-error");
    let statement_described =
        if about_statement { "correction-statement-hint correction-error" } else { "correction-statement-hint" };
    let options = n
        .data
        .fields
        .iter()
        .map(|f| {
            view! { <option value=f.field.as_str() selected=n.field == Some(f.field)>{i.t(&f.field.label_id())}</option> }
        })
        .collect_view();
    let current = n
        .data
        .fields
        .iter()
        .map(|f| {
            view! { <tr><th scope="row">{i.t(&f.field.label_id())}</th><td>{value_view(i, f.field, f.value.as_deref())}</td></tr> }
        })
        .collect_view();
    let hint_for = n.field.map(|f| i.t(&format!("correction-hint-{}", f.as_str().replace('_', "-"))));
    let (proposed, statement) = n.draft.map(|d| (d.proposed_value, d.statement)).unwrap_or_default();
    view! {
        <p class="lead">{i.t("corrections-new-intro")}</p>
        {error}
        <table class="data-table">
            <caption>{i.t("corrections-current-caption")}</caption>
            <tbody>{current}</tbody>
        </table>
        <form method="post" action="/sf/corrections/file" class="stacked">
            <div class="field">
                <label for="correction-field">{i.t("corrections-field-label")}</label>
                <select id="correction-field" name="field" required>{options}</select>
            </div>
            <div class="field">
                <label for="correction-value">{i.t("corrections-value-label")}</label>
                <p class="hint" id="correction-value-hint">{hint_for.unwrap_or_else(|| i.t("corrections-value-hint"))}</p>
                {value_input(i, n.field, proposed, value_error)}
            </div>
            <div class="field">
                <label for="correction-statement">{i.t("corrections-statement-label")}</label>
                <p class="hint" id="correction-statement-hint">{i.t_args("corrections-statement-hint", [("max", FluentValue::from(MAX_STATEMENT_CHARS))])}</p>
                <textarea id="correction-statement" name="statement" rows="4" dir="auto"
                    maxlength=MAX_STATEMENT_CHARS.to_string() aria-describedby=statement_described
                    aria-invalid=about_statement.then_some("true")>{statement}</textarea>
            </div>
            <button type="submit" class="button primary">{i.t("corrections-submit")}</button>
        </form>
        <p><a href="/me/corrections">{i.t("corrections-back")}</a></p>
    }
}

/// A list for fields with a closed set of values (chosen in advance), a text box otherwise.
fn value_input(i: &I18n, field: Option<Field>, proposed: String, error: Option<&str>) -> AnyView {
    use crate::domain::fields::{DutchLevel, MoStatus};
    use crate::domain::locale::Locale;
    let described = match error {
        Some(e) => format!("correction-value-hint {e}"),
        None => "correction-value-hint".into(),
    };
    let choices: Option<Vec<(&str, String)>> = match field {
        Some(Field::DutchLevel) => Some(
            DutchLevel::ALL.iter().map(|l| (l.as_str(), field_value(i, Field::DutchLevel, Some(l.as_str())))).collect(),
        ),
        Some(Field::MoStatus) => Some(
            MoStatus::ALL.iter().map(|s| (s.as_str(), field_value(i, Field::MoStatus, Some(s.as_str())))).collect(),
        ),
        Some(Field::ContactLanguage) => {
            Some(Locale::ALL.iter().map(|l| (l.as_str(), l.endonym().to_owned())).collect())
        }
        _ => None,
    };
    match choices {
        Some(choices) => {
            let options = choices
                .into_iter()
                .map(|(code, label)| {
                    let lang = (field == Some(Field::ContactLanguage)).then_some(code);
                    view! { <option value=code lang=lang selected=proposed == code>{label}</option> }
                })
                .collect_view();
            view! {
                <select id="correction-value" name="proposed_value" aria-describedby=described
                    aria-invalid=error.map(|_| "true")>{options}</select>
            }
            .into_any()
        }
        None => view! {
            <input id="correction-value" name="proposed_value" type="text" value=proposed
                maxlength=MAX_VALUE_CHARS.to_string() autocomplete="off" dir="auto" aria-describedby=described
                aria-invalid=error.map(|_| "true") />
        }
        .into_any(),
    }
}
