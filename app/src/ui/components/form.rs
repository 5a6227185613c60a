//! Pieces of the plain HTML forms (no JavaScript needed): a labelled box with its hint and,
//! when the server refused the form, its message tied to it and what was typed given back
//! (`views::form::FormEcho`, put in context by the form's handler).

use crate::domain::fields::Field;
use crate::i18n::I18n;
use crate::views::form::FormEcho;
use leptos::prelude::*;

/// The echo of a refused form, if this render answers one.
pub fn echo() -> FormEcho {
    use_context::<FormEcho>().unwrap_or_default()
}

/// The refusal not tied to one box (a rule, not an input), as an alert at the top of the form.
pub fn form_error(i: &I18n, echo: &FormEcho, form: &str) -> Option<AnyView> {
    let error = echo.error.as_ref()?;
    if matches!(error, crate::error::AppError::Invalid { .. }) {
        // Tied to its box, and announced there; the summary still names it for screen readers.
        return Some(view! { <p class="error-panel" role="alert">{i.t("error-form-summary")}</p> }.into_any());
    }
    let id = format!("{form}-error");
    Some(view! { <p class="error-panel" role="alert" id=id>{i.t(error.message_id())}</p> }.into_any())
}

/// What a box is: its form and name (the id is `form-name`), label and optional hint.
pub struct BoxSpec<'a> {
    pub form: &'a str,
    pub name: &'a str,
    pub label_id: &'a str,
    pub hint_id: Option<&'a str>,
    pub required: bool,
    pub max: usize,
}

/// The `aria-describedby` of a box and its error paragraph, if refused.
fn described(i: &I18n, echo: &FormEcho, spec: &BoxSpec<'_>) -> (String, Option<AnyView>) {
    let id = format!("{}-{}", spec.form, spec.name);
    let mut ids = Vec::new();
    if spec.hint_id.is_some() {
        ids.push(format!("{id}-hint"));
    }
    let error = echo.about(spec.name).then(|| {
        ids.push(format!("{id}-error"));
        let message = echo.error.as_ref().map(|e| i.t(e.message_id())).unwrap_or_default();
        view! { <p class="error-panel" id=format!("{id}-error")>{message}</p> }.into_any()
    });
    (ids.join(" "), error)
}

fn hint(i: &I18n, spec: &BoxSpec<'_>) -> Option<AnyView> {
    let id = format!("{}-{}-hint", spec.form, spec.name);
    spec.hint_id.map(|h| view! { <p class="hint" id=id>{i.t(h)}</p> }.into_any())
}

/// What every box needs: its id, what describes it, its error, its value (what was typed,
/// else `default`) and whether it is marked invalid.
struct Prepared {
    id: String,
    describedby: String,
    error: Option<AnyView>,
    value: String,
    invalid: Option<&'static str>,
}

fn prepare(i: &I18n, echo: &FormEcho, spec: &BoxSpec<'_>, default: &str) -> Prepared {
    let (describedby, error) = described(i, echo, spec);
    Prepared {
        id: format!("{}-{}", spec.form, spec.name),
        describedby,
        error,
        value: if echo.values.is_empty() { default.to_owned() } else { echo.value(spec.name) },
        invalid: echo.about(spec.name).then_some("true"),
    }
}

/// A one-line text box (`kind`: `text`, `date`, `datetime-local`, `email`…), given back what
/// was typed, else `default`.
pub fn text_box(i: &I18n, echo: &FormEcho, spec: BoxSpec<'_>, kind: &'static str, default: &str) -> AnyView {
    let Prepared { id, describedby, error, value, invalid } = prepare(i, echo, &spec, default);
    view! {
        <div class="field">
            <label for=id.clone()>{i.t(spec.label_id)}</label>
            {hint(i, &spec)}
            {error}
            <input id=id type=kind name=spec.name.to_owned() value=value required=spec.required
                maxlength=(spec.max > 0).then(|| spec.max.to_string()) dir="auto" autocomplete="off"
                aria-describedby=(!describedby.is_empty()).then_some(describedby) aria-invalid=invalid />
        </div>
    }
    .into_any()
}

/// A text area, given back what was typed, else `default`.
pub fn text_area(i: &I18n, echo: &FormEcho, spec: BoxSpec<'_>, default: &str) -> AnyView {
    let Prepared { id, describedby, error, value, invalid } = prepare(i, echo, &spec, default);
    view! {
        <div class="field">
            <label for=id.clone()>{i.t(spec.label_id)}</label>
            {hint(i, &spec)}
            {error}
            <textarea id=id name=spec.name.to_owned() rows="3" required=spec.required dir="auto"
                maxlength=(spec.max > 0).then(|| spec.max.to_string())
                aria-describedby=(!describedby.is_empty()).then_some(describedby) aria-invalid=invalid>{value}</textarea>
        </div>
    }
    .into_any()
}

/// A group of checkboxes for fields of the art. 3 catalogue (`name` sent once per ticked box),
/// ticked as sent, else as `ticked`.
pub fn field_boxes(i: &I18n, echo: &FormEcho, spec: BoxSpec<'_>, offered: &[Field], ticked: &[Field]) -> AnyView {
    let (describedby, error) = described(i, echo, &spec);
    let sent = echo.all(spec.name);
    let boxes = offered
        .iter()
        .map(|f| {
            let id = format!("{}-{}-{}", spec.form, spec.name, f.as_str());
            let checked =
                if echo.values.is_empty() { ticked.contains(f) } else { sent.iter().any(|s| s == f.as_str()) };
            view! {
                <div class="choice">
                    <input type="checkbox" id=id.clone() name=spec.name.to_owned() value=f.as_str() checked=checked />
                    <label for=id>{i.t(&f.label_id())}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset aria-describedby=(!describedby.is_empty()).then_some(describedby)>
            <legend>{i.t(spec.label_id)}</legend>
            {hint(i, &spec)}
            {error}
            {boxes}
        </fieldset>
    }
    .into_any()
}

/// A choice list of `(value, label)`, selected as sent, else `default`.
pub fn choice_list(
    i: &I18n,
    echo: &FormEcho,
    spec: BoxSpec<'_>,
    options: Vec<(String, String)>,
    default: &str,
) -> AnyView {
    let id = format!("{}-{}", spec.form, spec.name);
    let (describedby, error) = described(i, echo, &spec);
    let chosen = if echo.values.is_empty() { default.to_owned() } else { echo.value(spec.name) };
    let options = options
        .into_iter()
        .map(|(value, label)| view! { <option value=value.clone() selected=value == chosen>{label}</option> })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{i.t(spec.label_id)}</label>
            {hint(i, &spec)}
            {error}
            <select id=id name=spec.name.to_owned() required=spec.required
                aria-describedby=(!describedby.is_empty()).then_some(describedby)>{options}</select>
        </div>
    }
    .into_any()
}
