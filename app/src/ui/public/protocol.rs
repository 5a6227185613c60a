//! A published protocol (art. 10): the key facts first, then the full text, in the chosen
//! language (Dutch is the binding text and the fallback).

use crate::domain::authz::{AnyCaller, Operation};
use crate::domain::protocol::EffectiveState;
use crate::i18n::{I18n, use_i18n};
use crate::ui::components::format::{date, published_text, state_badge};
use crate::ui::components::{Layout, guarded_document};
use crate::ui::islands::ArticleFilter;
use crate::views::protocol::PublishedProtocol as Page;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ProtocolPage() -> impl IntoView {
    let locale = use_i18n().locale;
    let slug = use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default());
    let version = use_query_map().with_untracked(|q| q.get("version").and_then(|v| v.parse::<i32>().ok()));
    guarded_document(
        Operation::ReadPublicPages,
        "protocol-error-title",
        move |_: AnyCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            Ok(crate::services::protocols::page(&ctx.db, &slug, version, locale, now).await?)
        },
        |i, page| view! { <ProtocolView page=page i=i.clone() /> }.into_any(),
    )
}

#[component]
fn ProtocolView(page: Page, i: I18n) -> impl IntoView {
    let ending = page.last_day.filter(|_| page.state == EffectiveState::InForce).map(|d| {
        view! { <p class="notice" role="status">{i.t_args("protocol-ends-on", [("day", FluentValue::from(date(&i, d)))])}</p> }
    });
    let period = match page.last_day.or(page.facts.valid_until) {
        Some(u) => i.t_args(
            "protocol-period-bounded",
            [("from", FluentValue::from(date(&i, page.facts.valid_from))), ("until", FluentValue::from(date(&i, u)))],
        ),
        None => i.t_args("protocol-period-open", [("from", FluentValue::from(date(&i, page.facts.valid_from)))]),
    };
    let retention_years = page.facts.retention_months / 12;
    let fields = page.fields.iter().map(|f| view! { <li>{i.t(&f.label_id())}</li> }).collect_view();
    let translation_missing = (page.language != i.locale).then(|| {
        view! {
            <p class="notice" lang="nl">{i.t("protocol-translation-missing")}</p>
        }
    });
    let dpo = [
        page.facts.dpo_advice_discloser_on.map(|d| (i.t("protocol-dpo-discloser"), d)),
        page.facts.dpo_advice_recipient_on.map(|d| (i.t("protocol-dpo-recipient"), d)),
    ]
    .into_iter()
    .flatten()
    .map(|(who, d)| view! { <li>{who} ": " {date(&i, d)}</li> })
    .collect_view();
    let versions = page
        .versions
        .iter()
        .map(|v| {
            let href = format!("/protocols/{}?version={}", page.slug, v.version_no);
            let current = (v.version_no == page.version_no).then_some("page");
            let label = i.t_args("protocol-version-label", [("number", FluentValue::from(v.version_no))]);
            let period = match v.last_day.or(v.valid_until) {
                Some(u) => format!("{} – {}", date(&i, v.valid_from), date(&i, u)),
                None => date(&i, v.valid_from),
            };
            view! {
                <li>
                    <a href=href aria-current=current>{label}</a> " " {state_badge(&i, v.state)}
                    " " <span class="hint">{period}</span>
                </li>
            }
        })
        .collect_view();
    let filter_status = i.t_args(
        "protocol-filter-status",
        [("shown", FluentValue::from("{shown}")), ("total", FluentValue::from("{total}"))],
    );
    let text_lang = page.language.as_str();
    let text_dir = page.language.dir();
    view! {
        <Layout title=page.title.clone()>
            <p>{state_badge(&i, page.state)} " " {period}</p>
            {ending}
            <section class="key-facts" aria-labelledby="facts-heading">
                <h2 id="facts-heading">{i.t("protocol-facts-heading")}</h2>
                <dl>
                    <dt>{i.t("protocol-discloser")}</dt><dd>{page.discloser.clone()}</dd>
                    <dt>{i.t("protocol-recipient")}</dt><dd>{page.recipient.clone()}</dd>
                    <dt>{i.t("protocol-fields")}</dt><dd><ul>{fields}</ul></dd>
                    <dt>{i.t("protocol-retention")}</dt>
                    <dd>{i.t_args("protocol-retention-years", [("years", FluentValue::from(retention_years))])}</dd>
                    <dt>{i.t("protocol-notice-period")}</dt>
                    <dd>{i.t_args("protocol-notice-months", [("months", FluentValue::from(page.facts.notice_period_months))])}</dd>
                    <dt>{i.t("protocol-signed-on")}</dt><dd>{date(&i, page.facts.signed_on)}</dd>
                    <dt>{i.t("protocol-dpo-advice")}</dt><dd><ul>{dpo}</ul></dd>
                    <dt>{i.t("protocol-legal-basis")}</dt><dd lang="nl">{page.facts.legal_basis.clone()}</dd>
                </dl>
            </section>
            <section aria-labelledby="versions-heading">
                <h2 id="versions-heading">{i.t("protocol-versions-heading")}</h2>
                <ul>{versions}</ul>
            </section>
            <section class="published-text" aria-labelledby="text-heading">
                <h2 id="text-heading">{i.t("protocol-text-heading")}</h2>
                {translation_missing}
                <ArticleFilter
                    label=i.t("protocol-filter-label")
                    status_template=filter_status
                />
                <div lang=text_lang dir=text_dir>{published_text(&page.body)}</div>
            </section>
        </Layout>
    }
}
