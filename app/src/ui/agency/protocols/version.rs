//! `/agency/protocols/{slug}/{version}`: one version. A draft shows what still stands in the
//! way of publishing it (each language named), how it differs from the version in force, its
//! form, and the publish button; a published version shows its state, its end when one is set,
//! and the two ways to end it — at once with a reason (art. 8) or by notice (art. 12).

use super::draft_form::draft_form;
use crate::domain::authz::{Operation, StaffCaller};
use crate::domain::protocol::ProtocolState;
use crate::domain::text::Reason;
use crate::error::AppError;
use crate::i18n::{I18n, use_i18n};
use crate::ui::components::form::{BoxSpec, echo, form_error, text_area};
use crate::ui::components::format::{date, protocol_state_badge};
use crate::ui::components::{form_notice, guarded_page};
use crate::views::form::FormEcho;
use crate::views::protocol_desk::{DraftDiff, VersionPage};
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ProtocolVersionPage() -> impl IntoView {
    let lang = use_i18n().locale;
    let (slug, version) = use_params_map().with_untracked(|p| {
        (p.get("slug").unwrap_or_default(), p.get("version").and_then(|v| v.parse::<i32>().ok()).unwrap_or(0))
    });
    guarded_page(
        Operation::ManageProtocols,
        "protocols-version-title",
        move |_: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            Ok(crate::services::protocols::desk::version_page(&ctx.db, &slug, version, lang, now).await?)
        },
        version_page,
    )
}

/// The refusal of a form of this page, if it was that form's.
fn echo_of(sent: &FormEcho, form: &str) -> FormEcho {
    if sent.value("form") == form || (form == "draft" && sent.value("form").is_empty() && sent.error.is_some()) {
        sent.clone()
    } else {
        FormEcho::default()
    }
}

fn diff_view(i: &I18n, d: &DraftDiff) -> impl IntoView + use<> {
    let against = i.t_args("protocols-diff-heading", [("number", FluentValue::from(d.against))]);
    if d.changed.is_empty() && d.texts_changed.is_empty() {
        return view! { <section><h2>{against}</h2><p>{i.t("protocols-diff-none")}</p></section> }.into_any();
    }
    let terms = d.changed.iter().map(|id| view! { <li>{i.t(id)}</li> }).collect_view();
    let fields =
        |ids: &[crate::domain::fields::Field]| ids.iter().map(|f| i.t(&f.label_id())).collect::<Vec<_>>().join(", ");
    let added = (!d.fields_added.is_empty())
        .then(|| view! { <p>{i.t_args("protocols-diff-added", [("fields", FluentValue::from(fields(&d.fields_added)))])}</p> });
    let removed = (!d.fields_removed.is_empty())
        .then(|| view! { <p>{i.t_args("protocols-diff-removed", [("fields", FluentValue::from(fields(&d.fields_removed)))])}</p> });
    let texts = d
        .texts_changed
        .iter()
        .map(|l| view! { <li><span lang=l.as_str() dir=l.dir()>{l.endonym()}</span></li> })
        .collect_view();
    let texts = (!d.texts_changed.is_empty()).then(|| view! { <p>{i.t("protocols-diff-texts")}</p> <ul>{texts}</ul> });
    let review = (!d.fields_added.is_empty()
        || d.changed.iter().any(|c| c == "protocols-term-purposes" || c == "protocols-term-recipients"))
    .then(|| view! { <p class="notice">{i.t("protocols-diff-review")}</p> });
    view! {
        <section aria-labelledby="diff-heading">
            <h2 id="diff-heading">{against}</h2>
            <ul>{terms}</ul>
            {added}
            {removed}
            {texts}
            {review}
        </section>
    }
    .into_any()
}

fn draft_part(i: &I18n, page: &VersionPage, sent: &FormEcho) -> impl IntoView + use<> {
    let problems = page
        .problems
        .iter()
        .map(|p| {
            let language = p.language.map(|l| l.endonym()).unwrap_or_default();
            view! { <li>{i.t_args(&p.message_id, [("language", FluentValue::from(language))])}</li> }
        })
        .collect_view();
    let publish_echo = echo_of(sent, "publish");
    let publish = if page.problems.is_empty() {
        view! { <p>{i.t("protocols-ready")}</p> }.into_any()
    } else {
        view! {
            <p>{i.t_args("protocols-problems", [("count", FluentValue::from(page.problems.len()))])}</p>
            <ul id="publish-problems">{problems}</ul>
        }
        .into_any()
    };
    let action = format!("/agency/protocols/{}/{}/publish", page.slug, page.version_no);
    view! {
        <section aria-labelledby="publish-heading">
            <h2 id="publish-heading">{i.t("protocols-publish-heading")}</h2>
            {form_error(i, &publish_echo, "publish")}
            {publish}
            <form method="post" action=action>
                <input type="hidden" name="form" value="publish" />
                <button type="submit" class="button primary">{i.t("protocols-publish")}</button>
            </form>
        </section>
        {page.diff.as_ref().map(|d| diff_view(i, d))}
        {draft_form(i, page, &echo_of(sent, "draft"))}
    }
}

fn end_forms(i: &I18n, page: &VersionPage, sent: &FormEcho) -> impl IntoView + use<> {
    let action = |what: &str| format!("/agency/protocols/{}/{}/{what}", page.slug, page.version_no);
    let (notice_echo, terminate_echo) = (echo_of(sent, "notice"), echo_of(sent, "terminate"));
    let spec = |form, hint_id, required| BoxSpec {
        form,
        name: "reason",
        label_id: "protocols-end-reason",
        hint_id,
        required,
        max: Reason::MAX_CHARS,
    };
    let months = FluentValue::from(page.notice_period_months);
    view! {
        <section aria-labelledby="notice-heading">
            <h2 id="notice-heading">{i.t("protocols-notice-heading")}</h2>
            <p>{i.t_args("protocols-notice-hint", [("months", months)])}</p>
            {form_error(i, &notice_echo, "notice")}
            <form method="post" action=action("notice") class="stacked">
                <input type="hidden" name="form" value="notice" />
                {text_area(i, &notice_echo, spec("notice", None, false), "")}
                <button type="submit" class="button">{i.t("protocols-notice-submit")}</button>
            </form>
        </section>
        <section aria-labelledby="terminate-heading">
            <h2 id="terminate-heading">{i.t("protocols-terminate-heading")}</h2>
            <p>{i.t("protocols-terminate-hint")}</p>
            {form_error(i, &terminate_echo, "terminate")}
            <form method="post" action=action("terminate") class="stacked">
                <input type="hidden" name="form" value="terminate" />
                {text_area(i, &terminate_echo, spec("terminate", Some("protocols-terminate-reason-hint"), true), "")}
                <button type="submit" class="button danger">{i.t("protocols-terminate-submit")}</button>
            </form>
        </section>
    }
}

fn version_page(i: &I18n, page: VersionPage) -> impl IntoView + use<> {
    let sent = echo();
    let label = i.t_args("protocol-version-label", [("number", FluentValue::from(page.version_no))]);
    let done = form_notice(
        i,
        &[
            ("saved", "protocols-saved"),
            ("published", "protocols-published"),
            ("noticed", "protocols-noticed"),
            ("terminated", "protocols-terminated"),
        ],
    );
    let ends = page.ends_on.map(|d| {
        let reason = page.termination_reason.clone().map(|r| view! { <p dir="auto">{r}</p> });
        view! {
            <p class="notice" role="status">{i.t_args("protocols-ends-on", [("day", FluentValue::from(date(i, d)))])}</p>
            {reason}
        }
    });
    let public = (page.state != ProtocolState::Draft).then(|| {
        let href = format!("/protocols/{}?version={}", page.slug, page.version_no);
        view! { <p><a href=href>{i.t("protocols-public-page")}</a></p> }
    });
    let body = if page.state == ProtocolState::Draft {
        draft_part(i, &page, &sent).into_any()
    } else if page.endable {
        end_forms(i, &page, &sent).into_any()
    } else {
        // Refused because the version moved on meanwhile: say so above the page.
        let refusal = sent.error.as_ref().filter(|e| !matches!(e, AppError::Invalid { .. }));
        refusal.map(|e| view! { <p class="error-panel" role="alert">{i.t(e.message_id())}</p> }).into_any()
    };
    view! {
        <p><a href="/agency/protocols">{i.t("protocols-back")}</a></p>
        {done}
        <h2>{page.title.clone()} " · " {label}</h2>
        <p>{protocol_state_badge(i, page.state)} " " {page.recipient.clone()}</p>
        {ends}
        {public}
        {body}
    }
}
