//! `/municipality/admin`: the municipality admin's function-profile register (art. 4) — each
//! profile with its purpose, fields, revision and who holds it. The admin keeps the register
//! but reads no personal data.

use super::admin_nav;
use crate::domain::authz::{Operation, StaffCaller};
use crate::i18n::I18n;
use crate::ui::components::format::day_of;
use crate::ui::components::{form_notice, guarded_page, protocol_endings};
use crate::views::register::ProfileRow;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

/// Profiles as cards: name (a link to the profile's page when `linked`), purpose, fields.
pub fn profile_list(i: &I18n, profiles: Vec<ProfileRow>, linked: bool) -> impl IntoView + use<> {
    profiles
        .into_iter()
        .map(|p| {
            let fields = p.fields.iter().map(|f| view! { <li>{i.t(&f.label_id())}</li> }).collect_view();
            let name = if linked {
                view! { <a href=format!("/municipality/admin/profiles/{}", p.id)>{p.name}</a> }.into_any()
            } else {
                p.name.into_any()
            };
            let state =
                (!p.active).then(|| view! { " " <span class="badge badge-muted">{i.t("register-inactive")}</span> });
            let revision = i.t_args(
                "register-revision",
                [("number", FluentValue::from(p.revision_no)), ("date", FluentValue::from(day_of(i, p.revised_at)))],
            );
            let holders = i.t_args("register-holders", [("count", FluentValue::from(p.holders))]);
            view! {
                <li class="card">
                    <h3>{name}{state}</h3>
                    <p>{p.purpose}</p>
                    <ul>{fields}</ul>
                    <p class="hint">{revision} " · " {holders}</p>
                </li>
            }
        })
        .collect_view()
}

#[component]
pub fn MunicipalityAdminHomePage() -> impl IntoView {
    let lang = crate::i18n::use_i18n().locale;
    guarded_page(
        Operation::ReadProfileRegister,
        "register-title",
        move |me: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            let endings = crate::services::protocols::desk::ending(&ctx.db, Some(me.party_id.0), lang, now).await?;
            Ok((crate::services::function_profiles::register(&ctx.db, me.party_id).await?, endings))
        },
        |i, (profiles, endings)| {
            let notice = form_notice(i, &[("created", "register-created"), ("changed", "register-changed")]);
            view! {
                {admin_nav(i)}
                {protocol_endings(i, &endings)}
                {notice}
                <p>{i.t("register-intro")}</p>
                <p><a class="button primary" href="/municipality/admin/profiles/new">{i.t("register-add")}</a></p>
                <ul class="cards">{profile_list(i, profiles, true)}</ul>
            }
        },
    )
}
