//! `/municipality/admin/profiles/new` and `/municipality/admin/profiles/:id`: add a function
//! profile, or change one (a new revision; earlier disclosures keep the revision they were made
//! under), deactivate or reactivate it, and read its history. Plain forms; a refused one comes
//! back with what was typed and the message next to its box.

use super::admin_nav;
use crate::domain::authz::{Operation, StaffCaller};
use crate::domain::fields::Field;
use crate::domain::function_profile::{MAX_NAME, MAX_PURPOSE};
use crate::i18n::I18n;
use crate::ui::components::form::{BoxSpec, echo, field_boxes, form_error, text_area, text_box};
use crate::ui::components::format::day_of;
use crate::ui::components::translations::{TranslationsForm, translations_form};
use crate::ui::components::{form_notice, guarded_page};
use crate::views::form::FormEcho;
use crate::views::register::ProfileHistory;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The profile form's boxes, filled with `(name, purpose, fields)`.
fn profile_form(i: &I18n, echo: &FormEcho, action: String, current: (&str, &str, &[Field]), submit: &str) -> AnyView {
    let (name, purpose, fields) = current;
    let spec = |name, label_id, hint_id, max| BoxSpec { form: "profile", name, label_id, hint_id, required: true, max };
    view! {
        {form_error(i, echo, "profile")}
        <form method="post" action=action class="stacked">
            {text_box(i, echo, spec("name", "register-name", None, MAX_NAME), "text", name)}
            {text_area(i, echo, spec("purpose", "register-purpose", Some("register-purpose-hint"), MAX_PURPOSE), purpose)}
            {field_boxes(i, echo, spec("fields", "register-fields", Some("register-fields-hint"), 0), Field::ALL, fields)}
            <button type="submit" class="button primary">{i.t(submit)}</button>
        </form>
    }
    .into_any()
}

#[component]
pub fn NewProfilePage() -> impl IntoView {
    let sent = echo();
    guarded_page(
        Operation::ManageFunctionProfiles,
        "register-new-title",
        move |_: StaffCaller| async move { Ok(sent) },
        |i, sent| {
            view! {
                {admin_nav(i)}
                <p>{i.t("register-new-intro")}</p>
                {profile_form(i, &sent, "/municipality/admin/profiles/new".into(), ("", "", &[]), "register-create")}
            }
        },
    )
}

#[component]
pub fn ProfilePage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").and_then(|v| v.parse::<i32>().ok()));
    let sent = echo();
    guarded_page(
        Operation::ManageFunctionProfiles,
        "register-profile-title",
        move |me: StaffCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            let id = id.ok_or(crate::error::AppError::NotFound)?;
            let history = crate::services::function_profiles::history(&ctx.db, me.party_id, id).await?;
            Ok((history, sent))
        },
        profile_body,
    )
}

fn profile_body(i: &I18n, (h, sent): (ProfileHistory, FormEcho)) -> impl IntoView + use<> {
    let p = &h.profile;
    let action = format!("/municipality/admin/profiles/{}", p.id);
    let notice = form_notice(
        i,
        &[
            ("created", "register-created"),
            ("revised", "register-revised"),
            ("deactivated", "register-deactivated"),
            ("reactivated", "register-reactivated"),
            ("translated", "register-translations-saved"),
        ],
    );
    let translations = translations_form(
        i,
        TranslationsForm {
            action: format!("/municipality/admin/profiles/{}/translations", p.id),
            stored: &h.translations,
            max: MAX_PURPOSE,
            heading_id: "register-translations-heading",
            hint_id: "register-translations-hint",
            save_id: "register-translations-save",
        },
    );
    let toggle = if p.active {
        ("false", "register-deactivate", "register-deactivate-hint")
    } else {
        ("true", "register-reactivate", "register-reactivate-hint")
    };
    let revisions = h
        .revisions
        .iter()
        .map(|r| {
            let fields: Vec<String> = r.fields.iter().map(|f| i.t(&f.label_id())).collect();
            let until = r.superseded_at.map(|t| day_of(i, t)).unwrap_or_else(|| i.t("register-current"));
            view! {
                <tr>
                    <td>{r.revision_no}</td>
                    <td>{r.name.clone()}</td>
                    <td>{r.purpose.clone()}</td>
                    <td>{fields.join(", ")}</td>
                    <td>{day_of(i, r.made_at)} " – " {until}</td>
                </tr>
            }
        })
        .collect_view();
    let state = if p.active { "register-state-active" } else { "register-state-inactive" };
    view! {
        {admin_nav(i)}
        {notice}
        <h2>{p.name.clone()}</h2>
        <p>
            {i.t(state)} " · "
            {i.t_args("register-holders", [("count", FluentValue::from(p.holders))])}
        </p>
        <h3>{i.t("register-change-heading")}</h3>
        <p class="hint">{i.t("register-change-hint")}</p>
        {profile_form(i, &sent, action.clone(), (&p.name, &p.purpose, &p.fields), "register-save")}
        <form method="post" action=format!("{action}/active")>
            <input type="hidden" name="active" value=toggle.0 />
            <p class="hint">{i.t(toggle.2)}</p>
            <button type="submit" class="button">{i.t(toggle.1)}</button>
        </form>
        {translations}
        <h3>{i.t("register-history-heading")}</h3>
        <div class="table-wrap" tabindex="0"><table>
            <thead><tr>
                <th scope="col">{i.t("register-history-revision")}</th>
                <th scope="col">{i.t("register-name")}</th>
                <th scope="col">{i.t("register-purpose")}</th>
                <th scope="col">{i.t("register-fields")}</th>
                <th scope="col">{i.t("register-history-valid")}</th>
            </tr></thead>
            <tbody>{revisions}</tbody>
        </table></div>
        <p><a href="/municipality/admin">{i.t("register-back")}</a></p>
    }
}
