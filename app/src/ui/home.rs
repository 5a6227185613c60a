//! Home: what the portal is for, and the published protocols (art. 10), without login.

use super::layout::Layout;
use super::not_found::ErrorPanel;
use super::text::{date, state_badge};
use crate::api::protocols::list_protocols;
use crate::i18n::use_i18n;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let i = use_i18n();
    let locale = i.locale;
    let title = i.t("home-title");
    view! {
        <Layout title=title>
            <p class="lead">{i.t("home-intro")}</p>
            <section aria-labelledby="protocols-heading">
                <h2 id="protocols-heading">{i.t("home-protocols-heading")}</h2>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        let i = use_i18n();
                        match list_protocols(locale).await {
                            Ok(list) if list.is_empty() => view! { <p>{i.t("home-no-protocols")}</p> }.into_any(),
                            Ok(list) => view! {
                                <ul class="cards">
                                    {list.into_iter().map(|p| {
                                        let href = format!("/protocols/{}", p.slug);
                                        let period = match p.valid_until {
                                            Some(u) => format!("{} – {}", date(&i, p.valid_from), date(&i, u)),
                                            None => date(&i, p.valid_from),
                                        };
                                        view! {
                                            <li class="card">
                                                <h3><a href=href>{p.title}</a></h3>
                                                <p>{p.discloser} " → " {p.recipient}</p>
                                                <p>{state_badge(&i, p.state)} " " {period}</p>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any(),
                            Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                        }
                    })}
                </Suspense>
            </section>
        </Layout>
    }
}
