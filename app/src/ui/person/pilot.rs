//! `/me/pilots/{slug}`: one protocol that concerns me. A layered notice (what matters first,
//! then the full notice), my three choices, a review step before anything is given
//! (WCAG 3.3.4), withdrawal in one action, and my consent history with receipts.
//! Plain HTML forms: everything works before (and without) the WebAssembly.

use crate::domain::authz::{Operation, PersonCaller};
use crate::domain::consent::ConsentScopes;
use crate::domain::fields::FieldCategory;
use crate::domain::protocol::EffectiveState;
use crate::i18n::{I18n, use_i18n};
use crate::ui::components::format::{date_time, local_text, partner_list, state_badge};
use crate::ui::components::{Layout, form_notice, guarded_document};
use crate::views::consent::PilotView;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// Loads the page's data and renders it with `body` (the choices shown: `chosen`, else the
/// scopes in force), or the error.
fn pilot_page(body: fn(&I18n, PilotView, ConsentScopes) -> AnyView, chosen: Option<ConsentScopes>) -> AnyView {
    let locale = use_i18n().locale;
    let slug = use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default());
    guarded_document(
        Operation::OwnConsent,
        "pilot-title",
        move |me: PersonCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            Ok(crate::services::consent::overview::pilot(&ctx.db, me.person_id, &slug, locale, now).await?)
        },
        move |i, v: PilotView| {
            let chosen = chosen.unwrap_or(v.scopes);
            body(i, v, chosen)
        },
    )
}

fn scope_label(i: &I18n, id: &str) -> String {
    i.t(id)
}

fn fields_of(i: &I18n, v: &PilotView, category: FieldCategory) -> String {
    v.fields.iter().filter(|f| f.category() == category).map(|f| i.t(&f.label_id())).collect::<Vec<_>>().join(", ")
}

#[component]
pub fn PilotPage() -> impl IntoView {
    pilot_page(pilot_body, None)
}

fn pilot_body(i_ref: &I18n, v: PilotView, chosen: ConsentScopes) -> AnyView {
    // Owned: the layout's children closure keeps it.
    let i = i_ref.clone();
    let notice = form_notice(&i, &[("saved", "pilot-saved")]);
    let title = i.t_args("pilot-title-for", [("recipient", FluentValue::from(v.recipient.clone()))]);
    let in_force = v.state == EffectiveState::InForce;
    let current = if v.scopes.any() { i.t("pilot-current-given") } else { i.t("pilot-current-none") };
    let contact_fields = fields_of(&i, &v, FieldCategory::Contact);
    let trajectory_fields = fields_of(&i, &v, FieldCategory::Trajectory);
    let partners = partner_list(&i, &v.partners);
    let years = v.retention_months / 12;
    let choose = in_force.then(|| {
        let action = format!("/me/pilots/{}/review", v.slug);
        view! {
            <form method="get" action=action class="choices">
                <fieldset>
                    <legend>{i.t("pilot-choose-legend")}</legend>
                    <div class="choice">
                        <input type="checkbox" id="scope-contact" name="contact" checked=chosen.contact />
                        <label for="scope-contact">{scope_label(&i, "pilot-scope-contact")}</label>
                        <p class="hint">{contact_fields.clone()}</p>
                    </div>
                    <div class="choice">
                        <input type="checkbox" id="scope-trajectory" name="trajectory" checked=chosen.trajectory />
                        <label for="scope-trajectory">{scope_label(&i, "pilot-scope-trajectory")}</label>
                        <p class="hint">{trajectory_fields.clone()}</p>
                    </div>
                    <div class="choice">
                        <input type="checkbox" id="scope-onward" name="onward" checked=chosen.onward />
                        <label for="scope-onward">{scope_label(&i, "pilot-scope-onward")}</label>
                        <div class="hint">{partners}</div>
                    </div>
                </fieldset>
                <button type="submit" class="button primary">{i.t("pilot-review-button")}</button>
            </form>
        }
    });
    let withdraw = (in_force && v.scopes.any()).then(|| {
        view! {
            <form method="post" action="/sf/consent/change">
                <input type="hidden" name="protocol" value=v.slug.clone() />
                <input type="hidden" name="language" value=v.notice_language.as_str() />
                <button type="submit" class="button">{i.t("pilot-withdraw-button")}</button>
                <p class="hint">{i.t("pilot-withdraw-hint")}</p>
            </form>
        }
    });
    let not_in_force = (!in_force).then(|| view! { <p class="notice">{i.t("consent-error-not-in-force")}</p> });
    let history = v
        .history
        .iter()
        .map(|h| {
            let href = format!("/me/receipts/{}.json", h.public_id);
            let channel = match h.channel.as_str() {
                "assisted" => Some(i.t("pilot-history-assisted")),
                "carried_over" => Some(i.t("pilot-history-carried-over")),
                _ => None,
            };
            view! {
                <li class="row">
                    <div>
                        <strong>{i.t(&format!("pilot-action-{}", h.action))}</strong>
                        " " {channel}
                        <p class="hint">{date_time(&i, h.occurred_at)} " · " {i.t_args("protocol-version-label", [("number", FluentValue::from(h.version_no))])}</p>
                    </div>
                    <a href=href download="">{i.t("pilot-receipt")}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <Layout title=title>
            {notice}
            <p>{state_badge(&i, v.state)} " " {current}</p>
            {not_in_force}
            <section aria-labelledby="short-heading" class="key-facts">
                <h2 id="short-heading">{i.t("pilot-short-heading")}</h2>
                <dl>
                    <dt>{i.t("pilot-who")}</dt><dd>{v.recipient.clone()}</dd>
                    <dt>{i.t("pilot-why")}</dt><dd>{local_text(&i, &v.purposes)}</dd>
                    <dt>{i.t("pilot-how-long")}</dt>
                    <dd>{i.t_args("protocol-retention-years", [("years", FluentValue::from(years))])}</dd>
                    <dt>{i.t("pilot-withdraw-anytime-heading")}</dt><dd>{i.t("pilot-withdraw-anytime")}</dd>
                </dl>
                {v.notice.clone().map(|n| view! {
                    <details>
                        <summary>{i.t("pilot-full-notice")}</summary>
                        <div class="notice-text">{n.split("\n\n").map(|p| view! { <p>{p.to_owned()}</p> }).collect_view()}</div>
                    </details>
                })}
                <p><a href=format!("/protocols/{}", v.slug)>{i.t("pilot-full-protocol")}</a></p>
            </section>
            {choose}
            {withdraw}
            <section aria-labelledby="history-heading">
                <h2 id="history-heading">{i.t("pilot-history-heading")}</h2>
                <ul class="rows">{history}</ul>
            </section>
        </Layout>
    }
    .into_any()
}

/// `/me/pilots/{slug}/review?contact=on…`: what will be shared, before it is.
#[component]
pub fn PilotReviewPage() -> impl IntoView {
    let chosen = use_query_map().with_untracked(|q| ConsentScopes {
        contact: q.get("contact").is_some(),
        trajectory: q.get("trajectory").is_some(),
        onward: q.get("onward").is_some(),
    });
    pilot_page(review_body, Some(chosen))
}

fn review_body(i_ref: &I18n, v: PilotView, chosen: ConsentScopes) -> AnyView {
    // Owned: the layout's children closure keeps it.
    let i = i_ref.clone();
    let back = format!("/me/pilots/{}", v.slug);
    let mut lines = Vec::new();
    if chosen.contact {
        lines.push(i.t_args(
            "pilot-review-contact",
            [
                ("fields", FluentValue::from(fields_of(&i, &v, FieldCategory::Contact))),
                ("recipient", FluentValue::from(v.recipient.clone())),
            ],
        ));
    }
    if chosen.trajectory {
        lines.push(i.t_args(
            "pilot-review-trajectory",
            [
                ("fields", FluentValue::from(fields_of(&i, &v, FieldCategory::Trajectory))),
                ("recipient", FluentValue::from(v.recipient.clone())),
            ],
        ));
    }
    if chosen.onward {
        let names: Vec<&str> = v.partners.iter().map(|p| p.name.as_str()).collect();
        lines.push(i.t_args("pilot-review-onward", [("partners", FluentValue::from(names.join(", ")))]));
    }
    if !chosen.any() {
        lines.push(i.t("pilot-review-nothing"));
    }
    let hidden = |name: &'static str, on: bool| on.then(|| view! { <input type="hidden" name=name value="on" /> });
    view! {
        <Layout title=i.t("pilot-review-title")>
            <ul class="review">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            <form method="post" action="/sf/consent/change">
                <input type="hidden" name="protocol" value=v.slug.clone() />
                <input type="hidden" name="language" value=v.notice_language.as_str() />
                {hidden("contact", chosen.contact)}
                {hidden("trajectory", chosen.trajectory)}
                {hidden("onward", chosen.onward)}
                <button type="submit" class="button primary">{i.t("pilot-confirm-button")}</button>
            </form>
            <p><a href=back>{i.t("pilot-change-choice")}</a></p>
        </Layout>
    }
    .into_any()
}
