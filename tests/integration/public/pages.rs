//! The public pages render from the database, in the language the browser asks for.

use portal_tests::{Backend, SLUG, plain, spawn_app};

async fn home_and_protocol_pages_render_from_the_database(backend: Backend) {
    let app = spawn_app(backend).await;
    let empty = app.get("/").await.text().await.unwrap();
    assert!(!empty.contains(SLUG), "no protocol before the seed");
    app.seed_demo(5).await;

    let res = app.get("/").await;
    assert_eq!(res.status(), 200);
    let home = res.text().await.unwrap();
    assert!(home.contains(r#"<html lang="nl" dir="ltr">"#));
    assert!(home.contains(&format!("/protocols/{SLUG}")));
    assert!(home.contains("Lokaal Bestuur Sint-Pieters-Leeuw"));

    // The current version (2) is in force; the seed protocol of 2021 is version 1, expired.
    let page = app.get(&format!("/protocols/{SLUG}")).await.text().await.unwrap();
    assert!(page.contains("Van kracht"));
    assert!(page.contains("Artikel 12"));
    let v1 = plain(app.get(&format!("/protocols/{SLUG}?version=1")).await.text().await.unwrap());
    assert!(v1.contains("Verlopen"), "2021 version shows as expired");
    assert!(v1.contains("15/06/2021"), "the signed text of 2021 is published");
    assert!(v1.contains("23 april 2021"), "DPO advice date of the agency");
    assert!(v1.contains("10 juni 2021"), "DPO advice date of the municipality");
    assert!(v1.contains("30 juni 2022"), "end date");

    let ar = app.get_with(&format!("/protocols/{SLUG}"), &[("cookie", "__Host-portal_lang=ar")]).await;
    assert_eq!(ar.status(), 200);
    let ar = ar.text().await.unwrap();
    assert!(ar.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(ar.contains("ساري المفعول"), "state in Arabic");
    assert!(ar.contains(r#"lang="ar" dir="rtl""#), "the Arabic translation of the text is shown");

    let missing = app.get("/protocols/does-not-exist").await;
    assert_eq!(missing.status(), 404);
}

async fn language_follows_cookie_then_header_then_dutch(backend: Backend) {
    let app = spawn_app(backend).await;
    let lang_of = |html: String| html.split("<html lang=\"").nth(1).unwrap_or("").chars().take(2).collect::<String>();
    assert_eq!(lang_of(app.get("/").await.text().await.unwrap()), "nl");
    let fr = app.get_with("/", &[("accept-language", "fr-BE,fr;q=0.9,en;q=0.5")]).await;
    assert_eq!(lang_of(fr.text().await.unwrap()), "fr");
    let both = app.get_with("/", &[("accept-language", "fr"), ("cookie", "__Host-portal_lang=en")]).await;
    assert_eq!(lang_of(both.text().await.unwrap()), "en");
    let unsupported = app.get_with("/", &[("accept-language", "de-DE")]).await;
    assert_eq!(lang_of(unsupported.text().await.unwrap()), "nl");

    // The switcher sets the cookie and goes back, but never to another site.
    let res = app.get("/lang/ar?next=/protocols/x").await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/protocols/x");
    let cookie = res.headers()["set-cookie"].to_str().unwrap();
    assert!(
        cookie.starts_with("__Host-portal_lang=ar;") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax")
    );
    let evil = app.get("/lang/ar?next=//evil.example").await;
    assert_eq!(evil.headers()["location"], "/");
    assert_eq!(app.get("/lang/xx").await.status(), 404);
}

async fn health_and_unknown_pages(backend: Backend) {
    let app = spawn_app(backend).await;
    assert_eq!(app.get("/health/live").await.status(), 200);
    let ready = app.get("/health/ready").await;
    assert_eq!(ready.status(), 200);
    let res = app.get("/no/such/page").await;
    assert_eq!(res.status(), 404);
    let body = res.text().await.unwrap();
    assert!(body.contains("Pagina niet gevonden"));
}

/// The accessibility statement, in every language, linked from every page's footer (the home
/// page, a person's page, an unknown address).
async fn the_accessibility_statement_is_everywhere(backend: Backend) {
    let app = spawn_app(backend).await;
    for locale in app::domain::locale::Locale::ALL {
        let i = app::i18n::I18n::new(*locale);
        let cookie = format!("__Host-portal_lang={}", locale.as_str());
        let res = app.get_with("/accessibility", &[("cookie", cookie.as_str())]).await;
        assert_eq!(res.status(), 200, "{locale:?}");
        let html = portal_tests::plain(res.text().await.unwrap());
        for id in ["a11y-title", "a11y-status", "a11y-limit-languages", "a11y-complaint"] {
            assert!(html.contains(&portal_tests::plain(i.t(id))), "{locale:?}: {id}");
        }
        assert!(
            html.contains("www.vlaamseombudsdienst.be") && html.contains("2026"),
            "{locale:?}: the date and the complaint route"
        );
    }
    for path in ["/", "/no/such/page", "/signin"] {
        let html = app.get(path).await.text().await.unwrap();
        assert!(html.contains("<a href=\"/accessibility\">"), "{path}: the footer links the statement");
    }
}

on_both_databases!(
    the_accessibility_statement_is_everywhere,
    home_and_protocol_pages_render_from_the_database,
    language_follows_cookie_then_header_then_dutch,
    health_and_unknown_pages,
);
