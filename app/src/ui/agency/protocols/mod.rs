//! `/agency/protocols`: the protocol admin's desk (art. 8, 10, 12) — every protocol with its
//! versions and their states, a new protocol (a draft of its first version), and per protocol a
//! new version drafted from the one in force. A version's own page is `version`.

pub mod draft_form;
pub mod version;

use crate::domain::authz::{Operation, StaffCaller};
use crate::i18n::I18n;
use crate::ui::components::form::{BoxSpec, choice_list, echo, form_error, text_box};
use crate::ui::components::format::{date, protocol_state_badge};
use crate::ui::components::guarded_page;
use crate::views::protocol_desk::{DeskProtocol, ProtocolDesk};
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

#[component]
pub fn ProtocolDeskPage() -> impl IntoView {
    let lang = crate::i18n::use_i18n().locale;
    guarded_page(
        Operation::ManageProtocols,
        "protocols-title",
        move |_: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            Ok(crate::services::protocols::desk::overview(&ctx.db, lang, now).await?)
        },
        desk,
    )
}

fn protocol_card(i: &I18n, p: &DeskProtocol) -> impl IntoView + use<> {
    let versions = p
        .versions
        .iter()
        .map(|v| {
            let href = format!("/agency/protocols/{}/{}", p.slug, v.version_no);
            let label = i.t_args("protocol-version-label", [("number", FluentValue::from(v.version_no))]);
            let ends = v.ends_on.map(|d| {
                view! { " · " {i.t_args("protocols-ends-on", [("day", FluentValue::from(date(i, d)))])} }
            });
            view! {
                <li>
                    <a href=href>{label}</a> " " {protocol_state_badge(i, v.state)}
                    <span class="hint">" " {date(i, v.valid_from)} {ends}</span>
                </li>
            }
        })
        .collect_view();
    let has_draft = p.versions.iter().any(|v| v.state == crate::domain::protocol::ProtocolState::Draft);
    let new_version = (!has_draft && !p.versions.is_empty()).then(|| {
        view! {
            <form method="post" action=format!("/agency/protocols/{}/new-version", p.slug)>
                <button type="submit" class="button">{i.t("protocols-new-version")}</button>
            </form>
        }
    });
    view! {
        <li class="card">
            <h2>{p.title.clone()}</h2>
            <p class="hint">{p.recipient.clone()} " · " <code>{p.slug.clone()}</code></p>
            <ul>{versions}</ul>
            {new_version}
        </li>
    }
}

fn desk(i: &I18n, d: ProtocolDesk) -> impl IntoView + use<> {
    let sent = echo();
    let cards = d.protocols.iter().map(|p| protocol_card(i, p)).collect_view();
    let spec = |name, label_id, hint_id, max| BoxSpec { form: "new", name, label_id, hint_id, required: true, max };
    let options = d.municipalities.iter().map(|(id, name)| (id.to_string(), name.clone())).collect();
    view! {
        <p>{i.t("protocols-intro")}</p>
        <ul class="cards">{cards}</ul>
        <section aria-labelledby="protocols-new-heading">
            <h2 id="protocols-new-heading">{i.t("protocols-new-heading")}</h2>
            {form_error(i, &sent, "new")}
            <form method="post" action="/agency/protocols/create" class="stacked">
                {text_box(i, &sent, spec("title", "protocols-new-title", None, 400), "text", "")}
                {text_box(i, &sent, spec("slug", "protocols-new-slug", Some("protocols-new-slug-hint"), 60), "text", "")}
                {choice_list(i, &sent, spec("recipient", "protocols-new-recipient", None, 0), options, "")}
                <button type="submit" class="button primary">{i.t("protocols-new-submit")}</button>
            </form>
        </section>
    }
}
