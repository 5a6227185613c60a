//! `/me/corrections`: my correction requests (art. 7) with status and deadline; `/new`: the form
//! (choose a field, see its value, propose the new one, say why); `/{id}`: one request.

use super::start_pages::start_page;
use super::text::{day_of, field_value, value_view};
use crate::api::corrections::{DRAFT_COOKIE, Draft};
use crate::domain::authz::{Operation, Principal};
use crate::domain::fields::Field;
use crate::domain::rectification::{MAX_STATEMENT_CHARS, MAX_VALUE_CHARS, RequestStatus};
use crate::domain::time::local_date;
use crate::error::AppError;
use crate::i18n::I18n;
use crate::services::context::app;
use crate::services::my_data::{self, MyData};
use crate::services::rectification::{self, RequestView};
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

fn person(p: Principal) -> Result<i32, AppError> {
    match p {
        Principal::Person { person_id, .. } => Ok(person_id),
        _ => Err(AppError::Forbidden),
    }
}

fn status_badge(i: &I18n, s: RequestStatus) -> impl IntoView + use<> {
    let class = match s {
        RequestStatus::Accepted => "badge badge-ok",
        RequestStatus::Rejected => "badge badge-muted",
        _ => "badge badge-info",
    };
    view! { <span class=class>{i.t(&format!("correction-status-{}", s.as_str()))}</span> }
}

#[component]
pub fn CorrectionsPage() -> impl IntoView {
    start_page(
        Operation::OwnCorrections,
        "corrections-title",
        |p| async move { Ok(rectification::list_own(&app()?.db, person(p)?).await?) },
        |i, items: Vec<RequestView>| {
            let rows = items
                .iter()
                .map(|r| {
                    view! {
                        <li class="row">
                            <div>
                                <p><a href=format!("/me/corrections/{}", r.public_id)>{i.t(&r.field.label_id())}</a>
                                    " " {status_badge(i, r.status)}</p>
                                {match r.decided_at {
                                    Some(_) => view! { <p class="hint">{deadline(i, r)}</p> }.into_any(),
                                    None => view! {
                                        <p class="hint due">{i.t("corrections-due-label")} " "
                                            <time datetime=local_date(r.due_at).to_string()>{day_of(i, r.due_at)}</time>
                                        </p>
                                    }
                                    .into_any(),
                                }}
                            </div>
                        </li>
                    }
                })
                .collect_view();
            let list = if items.is_empty() {
                view! { <p>{i.t("corrections-none")}</p> }.into_any()
            } else {
                view! { <ul class="rows">{rows}</ul> }.into_any()
            };
            view! {
                <p class="lead">{i.t("corrections-intro")}</p>
                <p><a class="button primary" href="/me/corrections/new">{i.t("corrections-new-button")}</a></p>
                {list}
            }
        },
    )
}

fn deadline(i: &I18n, r: &RequestView) -> String {
    let received = day_of(i, r.received_at);
    match r.decided_at {
        Some(at) => i.t_args(
            "corrections-decided-on",
            [("received", FluentValue::from(received)), ("decided", FluentValue::from(day_of(i, at)))],
        ),
        None => i.t_args(
            "corrections-deadline",
            [("received", FluentValue::from(received)), ("due", FluentValue::from(day_of(i, r.due_at)))],
        ),
    }
}

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
    start_page(
        Operation::OwnCorrections,
        "corrections-new-title",
        move |p| async move {
            let draft = match &p {
                Principal::Person { public_id, .. } => draft.filter(|d| &d.owner == public_id),
                _ => None,
            };
            let data = my_data::my_data(&app()?.db, person(p)?).await?;
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

#[component]
pub fn CorrectionPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let filed = use_query_map().with_untracked(|q| q.get("filed").is_some());
    start_page(
        Operation::OwnCorrections,
        "correction-title",
        move |p| async move { Ok((rectification::get_own(&app()?.db, person(p)?, &id).await?, filed)) },
        detail_body,
    )
}

fn detail_body(i: &I18n, (r, filed): (RequestView, bool)) -> impl IntoView + use<> {
    let filed = filed.then(|| view! { <p class="notice" role="status">{i.t("correction-filed")}</p> });
    let decision = match r.status {
        RequestStatus::Accepted => {
            let told =
                if r.parties_told.is_empty() { i.t("correction-told-nobody") } else { r.parties_told.join(", ") };
            view! {
                <p>{i.t("correction-accepted")}</p>
                <p>{i.t_args("correction-parties-told", [("parties", FluentValue::from(told))])}</p>
            }
            .into_any()
        }
        RequestStatus::Rejected => view! {
            <p>{i.t("correction-rejected")}</p>
            <p><strong>{i.t("correction-reason")}</strong> " " <span lang="nl">{r.decision_reason.clone()}</span></p>
            <p>{i.t("correction-complaint")}</p>
        }
        .into_any(),
        _ => view! { <p>{i.t("correction-pending")}</p> }.into_any(),
    };
    let extension = r.extension_reason.clone().map(|why| {
        view! { <p>{i.t("correction-extended")} " " <span lang="nl">{why}</span></p> }
    });
    view! {
        {filed}
        <p>{status_badge(i, r.status)} " " {deadline(i, &r)}</p>
        <dl>
            <dt>{i.t("corrections-field-label")}</dt><dd>{i.t(&r.field.label_id())}</dd>
            <dt>{i.t("correction-current")}</dt><dd>{value_view(i, r.field, Some(&r.current_value))}</dd>
            <dt>{i.t("correction-proposed")}</dt><dd>{value_view(i, r.field, Some(&r.proposed_value))}</dd>
            <dt>{i.t("corrections-statement-label")}</dt><dd dir="auto">{r.statement.clone()}</dd>
        </dl>
        {extension}
        {decision}
        <p><a href="/me/corrections">{i.t("corrections-back")}</a></p>
    }
}
