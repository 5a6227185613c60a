//! The frame of every page: skip link, header with the language switcher, main, footer.

use crate::domain::locale::Locale;
use crate::i18n::use_i18n;
use crate::ui::islands::IdleWarning;
use leptos::prelude::*;

/// The current path and query, to come back to after switching language — except on an
/// invitation page, whose address holds a secret (the link's, or the typed code): the switch
/// goes back to the code form instead, and no link on the page carries the secret.
fn current_path() -> String {
    let Some(uri) = use_context::<http::request::Parts>().map(|p| p.uri) else { return "/".into() };
    if crate::api::http::is_invitation_page(uri.path()) {
        return "/invite".into();
    }
    uri.path_and_query().map_or_else(|| "/".into(), |pq| pq.as_str().to_owned())
}

pub fn encode_query_value(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[component]
pub fn Layout(#[prop(into)] title: String, children: Children) -> impl IntoView {
    let i = use_i18n();
    let next = encode_query_value(&current_path());
    let current = i.locale;
    let switcher = Locale::ALL
        .iter()
        .map(|l| {
            let href = format!("/lang/{}?next={next}", l.as_str());
            let is_current = (*l == current).then_some("true");
            view! {
                <li>
                    <a href=href hreflang=l.as_str() lang=l.as_str() aria-current=is_current>
                        {l.endonym()}
                    </a>
                </li>
            }
        })
        .collect_view();
    let doc_title = format!("{title} · {}", i.t("app-name"));
    let principal = crate::api::guard::principal().filter(|p| p.session_id().is_some());
    let account_nav = principal.map(|p| {
        let start = crate::domain::authz::start_page(p.actor());
        let idle_secs = (crate::domain::session::IDLE_MINUTES * 60) as u32;
        view! {
            <nav class="account-nav" aria-label=i.t("layout-account-nav")>
                <a href=start>{i.t("layout-start-page")}</a>
                <a href="/account">{i.t("layout-account")}</a>
                <form method="post" action="/sf/auth/sign-out">
                    <button type="submit" class="link-button">{i.t("layout-sign-out")}</button>
                </form>
            </nav>
            <IdleWarning
                warn_after_secs=idle_secs - 5 * 60
                expire_after_secs=idle_secs
                message=i.t("layout-idle-warning")
                stay_label=i.t("layout-idle-stay")
                expired_url="/signin?expired=1".to_owned()
            />
        }
    });
    // The Dutch text is binding: a page in an unchecked translation says so, with the way back.
    let unreviewed = crate::i18n::review::status(current).needs_warning().then(|| {
        let dutch = format!("/lang/nl?next={next}");
        view! {
            <p class="translation-status">
                {i.t("layout-translation-unreviewed")} " "
                <a href=dutch hreflang="nl">{i.t("layout-translation-dutch-link")}</a>
            </p>
        }
    });
    let signin_link =
        account_nav.is_none().then(|| view! { <a class="signin-link" href="/signin">{i.t("layout-sign-in")}</a> });
    view! {
        <leptos_meta::Title text=doc_title />
        <a class="skip-link" href="#main">{i.t("layout-skip-to-content")}</a>
        <header class="site-header">
            <a class="brand" href="/">{i.t("app-name")}</a>
            {account_nav}
            {signin_link}
            // Fourteen languages would fill a phone's first screen: the list folds away behind
            // the current language's name (works without scripts), each item in its own script.
            <nav class="language-nav" aria-label=i.t("layout-language-nav")>
                <details class="language-picker">
                    <summary>
                        <span class="language-picker-label">{i.t("layout-language-nav")}</span>
                        <span lang=current.as_str()>{current.endonym()}</span>
                    </summary>
                    <ul class="language-switcher">{switcher}</ul>
                </details>
            </nav>
            {unreviewed}
        </header>
        <main id="main" tabindex="-1">
            <h1>{title}</h1>
            {children()}
        </main>
        <footer class="site-footer">
            <p>{i.t("layout-footer-operator")}</p>
            <p><a href="/">{i.t("layout-footer-protocols")}</a></p>
            <p><a href="/accessibility">{i.t("layout-footer-accessibility")}</a></p>
        </footer>
    }
}
