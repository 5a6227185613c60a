//! The language the portal speaks to a signed-in person.

use app::domain::ids::PersonId;
use app::services::identity::sessions::Account;
use portal_tests::{Backend, spawn_app};

/// Signed in, the portal speaks the person's contact language, whatever the browser asks for,
/// until the person picks another with the switcher. Nothing about it is stored on the device.
async fn the_portal_speaks_the_contact_language_until_another_is_chosen(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let p = app.create_person("KBI-TEST-L", "Lina").await;
    let cookie = app.signed_in(Account::Person(PersonId(p.id))).await;
    let lang_of = |headers: Vec<(&'static str, String)>| {
        let app = &app;
        async move {
            let pairs: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let res = app.get_with("/me", &pairs).await;
            assert!(res.headers().get("set-cookie").is_none(), "no language cookie is set");
            let html = res.text().await.unwrap();
            html.split("<html lang=\"").nth(1).and_then(|r| r.split('"').next()).unwrap_or_default().to_owned()
        }
    };
    assert_eq!(lang_of(vec![("cookie", cookie.clone()), ("accept-language", "nl-BE".into())]).await, "ar");
    let chosen = format!("{cookie}; __Host-portal_lang=fr");
    assert_eq!(lang_of(vec![("cookie", chosen), ("accept-language", "nl-BE".into())]).await, "fr");
    // Signed out, the browser's language again.
    let res = app.get_with("/", &[("accept-language", "en")]).await.text().await.unwrap();
    assert!(res.contains("<html lang=\"en\""));
}

on_both_databases!(the_portal_speaks_the_contact_language_until_another_is_chosen);
