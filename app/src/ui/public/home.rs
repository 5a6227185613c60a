//! Home: what the portal is for, and the published protocols (art. 10), without login.

use crate::domain::authz::{AnyCaller, Operation};
use crate::domain::protocol::EffectiveState;
use crate::i18n::I18n;
use crate::ui::components::format::{date, state_badge};
use crate::ui::components::guarded_page;
use crate::views::protocol::ProtocolSummary;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let locale = crate::i18n::use_i18n().locale;
    guarded_page(
        Operation::ReadPublicPages,
        "home-title",
        move |_: AnyCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            Ok(crate::services::protocols::list_published(&ctx.db, locale, now).await?)
        },
        body,
    )
}

fn body(i: &I18n, list: Vec<ProtocolSummary>) -> impl IntoView + use<> {
    let protocols = if list.is_empty() {
        view! { <p>{i.t("home-no-protocols")}</p> }.into_any()
    } else {
        let cards = list
            .into_iter()
            .map(|p| {
                let href = format!("/protocols/{}", p.slug);
                let period = match p.last_day.or(p.valid_until) {
                    Some(u) => format!("{} – {}", date(i, p.valid_from), date(i, u)),
                    None => date(i, p.valid_from),
                };
                let ending = p.last_day.filter(|_| p.state == EffectiveState::InForce).map(|d| {
                    view! { <p class="notice">{i.t_args("protocol-ends-on", [("day", FluentValue::from(date(i, d)))])}</p> }
                });
                view! {
                    <li class="card">
                        <h3><a href=href>{p.title}</a></h3>
                        <p><bdi>{p.discloser}</bdi> " " <span class="direction-sign">"→"</span> " " <bdi>{p.recipient}</bdi></p>
                        <p>{state_badge(i, p.state)} " " {period}</p>
                        {ending}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="cards">{cards}</ul> }.into_any()
    };
    view! {
        <p class="lead">{i.t("home-intro")}</p>
        <section aria-labelledby="protocols-heading">
            <h2 id="protocols-heading">{i.t("home-protocols-heading")}</h2>
            <p>{i.t("home-protocols-intro")}</p>
            {protocols}
        </section>
    }
}
