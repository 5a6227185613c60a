//! The language the portal speaks to a signed-in person.

use app::domain::ids::PersonId;
use app::domain::locale::Locale;
use app::i18n::I18n;
use app::services::identity::sessions::Account;
use portal_tests::{Backend, plain, spawn_app};
use sea_orm::{ConnectionTrait, Statement};

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

/// The switcher offers every supported language by its own name, marked with its language; the
/// database knows exactly those (the portal wrote them at start-up) and refuses any other code
/// on insert and on update.
async fn every_language_is_offered_and_the_database_refuses_others(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let html = app.get("/").await.text().await.unwrap();
    for l in Locale::ALL {
        let item = format!("hreflang=\"{0}\" lang=\"{0}\"", l.as_str());
        assert!(html.contains(&item), "{l}: {item}");
        assert!(html.contains(l.endonym()), "{l}: {}", l.endonym());
    }
    let conn = &app.ctx.db.conn;
    let backend_of = conn.get_database_backend();
    let rows = conn
        .query_all_raw(Statement::from_string(backend_of, "SELECT code FROM languages ORDER BY code"))
        .await
        .unwrap();
    let mut stored: Vec<String> = rows.iter().map(|r| r.try_get::<String>("", "code").unwrap()).collect();
    let mut supported: Vec<String> = Locale::ALL.iter().map(|l| l.as_str().to_owned()).collect();
    stored.sort();
    supported.sort();
    assert_eq!(stored, supported);
    let p = app.create_person("KBI-TEST-LANG", "Tesfay").await;
    let set = |code: &str| format!("UPDATE persons SET contact_language = '{code}' WHERE id = {}", p.id);
    assert!(conn.execute_unprepared(&set("xx")).await.is_err(), "an unknown language is refused on update");
    conn.execute_unprepared(&set("ti")).await.expect("Tigrinya is known");
    let version: i32 = conn
        .query_one_raw(Statement::from_string(backend_of, "SELECT MIN(protocol_version_id) AS v FROM protocol_texts"))
        .await
        .unwrap()
        .unwrap()
        .try_get("", "v")
        .unwrap();
    let insert = format!(
        "INSERT INTO protocol_texts (protocol_version_id, language, title, body, consent_notice) \
         VALUES ({version}, 'xx', 't', 'b', 'n')"
    );
    assert!(conn.execute_unprepared(&insert).await.is_err(), "an unknown language is refused on insert");
}

/// A page in a machine-made translation says so and links to the same page in Dutch, the
/// binding text; the Dutch page does not.
async fn an_unchecked_translation_says_so_and_links_to_dutch(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let page = |lang: &'static str| {
        let app = &app;
        async move {
            let cookie = format!("__Host-portal_lang={lang}");
            plain(app.get_with("/accessibility", &[("cookie", cookie.as_str())]).await.text().await.unwrap())
        }
    };
    for locale in [Locale::Ti, Locale::Uk, Locale::Fa, Locale::Es] {
        let html = page(locale.as_str()).await;
        let line = plain(I18n::new(locale).t("layout-translation-unreviewed"));
        assert!(html.contains(&line), "{locale}: {line}");
        assert!(html.contains("href=\"/lang/nl?next=/accessibility\" hreflang=\"nl\""), "{locale}: the Dutch page");
    }
    let dutch = page("nl").await;
    assert!(!dutch.contains("translation-status"), "the source says nothing of the kind");
}

/// Every public page and a signed-in person's pages render in every language without a
/// message falling back to Dutch (each miss is remembered by the translator, see
/// `i18n::missing_messages`; the browser suite checks every role's pages the same way).
async fn every_page_renders_in_every_language_without_falling_back(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let p = app.create_person("KBI-TEST-ALL", "Amanuel").await;
    let session = app.signed_in(Account::Person(PersonId(p.id))).await;
    let public = ["/", "/accessibility", "/protocols/agii-sint-pieters-leeuw-amif-507", "/signin", "/nope"];
    let own = [
        "/me",
        "/me/pilots/agii-sint-pieters-leeuw-amif-507",
        "/me/data",
        "/me/disclosures",
        "/me/corrections",
        "/me/corrections/new",
        "/me/notifications",
        "/account",
    ];
    let mut rendered = 0;
    for locale in Locale::ALL {
        for (paths, cookie) in [
            (&public[..], format!("__Host-portal_lang={locale}")),
            (&own[..], format!("{session}; __Host-portal_lang={locale}")),
        ] {
            for path in paths {
                let res = app.get_with(path, &[("cookie", cookie.as_str())]).await;
                assert!(res.status().as_u16() < 500, "{locale} {path}");
                let html = res.text().await.unwrap();
                assert!(html.contains(&format!("<html lang=\"{locale}\" dir=\"{}\"", locale.dir())), "{locale} {path}");
                rendered += 1;
            }
        }
    }
    assert_eq!(rendered, 14 * 13);
    let missing: Vec<_> = app::i18n::missing_messages();
    assert!(missing.is_empty(), "messages that fell back to Dutch: {missing:?}");
}

/// A protocol's purposes reach the person in their language where the version has them; where
/// it does not, the Dutch are shown, marked as Dutch and labelled in the person's language.
async fn purposes_come_in_the_readers_language_or_as_labelled_dutch(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let p = app.create_person("KBI-TEST-P", "Olena").await;
    let cookie = app.signed_in(Account::Person(PersonId(p.id))).await;
    let page = |path: &'static str, lang: &'static str| {
        let app = &app;
        let cookie = format!("{cookie}; __Host-portal_lang={lang}");
        async move {
            let res = app.get_with(path, &[("cookie", cookie.as_str())]).await;
            assert_eq!(res.status(), 200, "{path} in {lang}");
            plain(res.text().await.unwrap())
        }
    };
    let pilot = |lang| page("/me/pilots/agii-sint-pieters-leeuw-amif-507", lang);
    let uk_data = page("/me/data", "uk").await;
    assert!(
        uk_data.contains("<span lang=\"uk\" dir=\"auto\">Охоплення та супровід"),
        "my data: the Ukrainian purposes"
    );
    let ukrainian = pilot("uk").await;
    assert!(ukrainian.contains("<span lang=\"uk\" dir=\"auto\">Охоплення та супровід"), "the Ukrainian purposes");
    assert!(!ukrainian.contains(&plain(I18n::new(Locale::Uk).t("layout-untranslated"))));
    app.ctx
        .db
        .conn
        .execute_unprepared("UPDATE protocol_texts SET purposes = NULL WHERE language = 'ti'")
        .await
        .unwrap();
    let tigrinya = pilot("ti").await;
    assert!(tigrinya.contains("<span lang=\"nl\" dir=\"auto\">Inburgeraars bereiken"), "the Dutch, marked as Dutch");
    assert!(tigrinya.contains(&plain(I18n::new(Locale::Ti).t("layout-untranslated"))), "labelled in Tigrinya");
}

on_both_databases!(
    the_portal_speaks_the_contact_language_until_another_is_chosen,
    every_language_is_offered_and_the_database_refuses_others,
    an_unchecked_translation_says_so_and_links_to_dutch,
    every_page_renders_in_every_language_without_falling_back,
    purposes_come_in_the_readers_language_or_as_labelled_dutch
);
