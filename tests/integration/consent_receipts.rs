//! Giving and withdrawing consent (plain forms), and signed receipts that verify offline.

use app::domain::consent::ConsentScopes;
use app::domain::disclosure::DisclosureChannel;
use app::domain::fields::Field;
use app::domain::locale::Locale;
use app::services::crypto::receipts;
use app::services::identity::sessions::Account;
use app::services::{ServiceError, consent, disclosure};
use app::store::{consent_event, person, protocol_text, staff};
use portal_tests::{Backend, TestApp, spawn_app};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

const SLUG: &str = "agii-sint-pieters-leeuw-amif-507";

async fn a_person_without_consent(app: &TestApp) -> person::Model {
    app.seed_demo(3).await;
    app.create_person("KBI-TEST-9", "Nour").await
}

async fn latest(app: &TestApp, person_id: i32) -> consent_event::Model {
    consent_event::Entity::find()
        .filter(consent_event::Column::PersonId.eq(person_id))
        .order_by_desc(consent_event::Column::Id)
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .expect("a consent event")
}

pub async fn receipts_verify_and_tampering_fails(backend: Backend) {
    let app = spawn_app(backend).await;
    let p = a_person_without_consent(&app).await;
    let scopes = ConsentScopes { contact: true, trajectory: false, onward: true };
    let e = consent::change_own(&app.ctx.db, p.id, SLUG, scopes, Locale::Ar, app.now()).await.unwrap();
    assert_eq!(e.action, "give");

    // The stored hash is SHA-256 of the notice text in the language shown.
    let text = protocol_text::Entity::find()
        .filter(protocol_text::Column::ProtocolVersionId.eq(e.protocol_version_id))
        .filter(protocol_text::Column::Language.eq("ar"))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(e.notice_sha256, app::services::audit::sha256_hex(text.consent_notice.as_bytes()));

    let doc = receipts::receipt(&app.ctx.db, &app.ctx.keys, &app.ctx.public_url, p.id, &e.public_id).await.unwrap();
    let r = &doc["receipt"];
    for key in [
        "record_id",
        "subject",
        "controller",
        "purposes",
        "fields",
        "recipients",
        "retention",
        "withdrawal",
        "notice",
        "time",
        "validity",
    ] {
        assert!(!r[key].is_null(), "receipt has {key}");
    }
    assert_eq!(r["notice"]["language"], "ar");
    assert_eq!(r["fields"].as_array().unwrap().len(), 5, "contact fields only");
    assert_eq!(r["recipients"].as_array().unwrap().len(), 3, "the municipality and its two partners (onward)");
    let text = serde_json::to_string_pretty(&doc).unwrap();
    let key = app.ctx.keys.public_key_base64();
    assert_eq!(receipts::verify(&text, Some(&key)).unwrap(), e.public_id);
    let tampered = text.replacen("\"ar\"", "\"nl\"", 1);
    assert_ne!(tampered, text);
    assert_eq!(receipts::verify(&tampered, Some(&key)), Err(receipts::ReceiptError::BadSignature));
    let other = app::services::crypto::keys::SigningKeys::generate().public_key_base64();
    assert_eq!(receipts::verify(&text, Some(&other)), Err(receipts::ReceiptError::OtherKey));

    // Offline, with the CLI.
    let file = app.db.dir().join("receipt.json");
    std::fs::write(&file, &text).unwrap();
    let (ok, out, _) =
        crate::cli::run_portal(&["receipt", "verify", file.to_str().unwrap(), "--public-key", &key], &[]);
    assert!(ok && out.starts_with("OK"), "{out}");
    std::fs::write(&file, &tampered).unwrap();
    let (ok, out, _) = crate::cli::run_portal(&["receipt", "verify", file.to_str().unwrap()], &[]);
    assert!(!ok && out.starts_with("FAILED"), "{out}");

    // Downloads: one's own receipt only.
    let cookie = app.session_for(Account::Person(p.id)).await;
    let res = app.get_with(&format!("/me/receipts/{}.json", e.public_id), &[("cookie", &cookie)]).await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-disposition"].to_str().unwrap().contains("attachment"));
    let downloaded = res.text().await.unwrap();
    assert!(receipts::verify(&downloaded, Some(&key)).is_ok());
    let someone_else =
        person::Entity::find().filter(person::Column::Id.ne(p.id)).one(&app.ctx.db.conn).await.unwrap().unwrap();
    let other_cookie = app.session_for(Account::Person(someone_else.id)).await;
    let res = app.get_with(&format!("/me/receipts/{}.json", e.public_id), &[("cookie", &other_cookie)]).await;
    assert_eq!(res.status(), 404, "another person's receipt does not exist for them");
    assert_eq!(app.get(&format!("/me/receipts/{}.json", e.public_id)).await.status(), 401);
    let published: serde_json::Value = app.get("/receipts/public-key").await.json().await.unwrap();
    assert_eq!(published["public_key"], key);
}

pub async fn give_and_withdraw_with_plain_forms(backend: Backend) {
    let app = spawn_app(backend).await;
    let p = a_person_without_consent(&app).await;
    let cookie = app.session_for(Account::Person(p.id)).await;
    let res = app
        .post_form(
            "consent/change",
            &[("protocol", SLUG), ("language", "ar"), ("contact", "on"), ("trajectory", "on")],
            Some(&cookie),
        )
        .await;
    assert_eq!(res.headers()["location"], format!("/me/pilots/{SLUG}?saved=1"));
    let given = latest(&app, p.id).await;
    assert_eq!(
        (given.action.as_str(), given.contact_after, given.trajectory_after, given.onward_after),
        ("give", true, true, false)
    );
    assert_eq!(given.channel, "self_service");

    // A municipality reader gets the fields now…
    let reader = staff::Entity::find()
        .filter(staff::Column::Role.eq("municipality_staff"))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    let protocol = app::store::protocol::Entity::find().one(&app.ctx.db.conn).await.unwrap().unwrap();
    let request = || disclosure::DisclosureRequest {
        person_id: p.id,
        protocol_id: protocol.id,
        actor: disclosure::Actor::Staff(reader.id),
        channel: DisclosureChannel::Ui,
        onward_to: None,
        purpose: "test".into(),
        requested: Field::ALL.iter().copied().collect(),
    };
    assert!(disclosure::disclose(&app.ctx.db, request(), app.now()).await.is_ok());

    // …and not a moment after the one-action withdrawal (a form with no box ticked).
    let res = app.post_form("consent/change", &[("protocol", SLUG), ("language", "ar")], Some(&cookie)).await;
    assert_eq!(res.headers()["location"], format!("/me/pilots/{SLUG}?saved=1"));
    assert_eq!(latest(&app, p.id).await.action, "withdraw");
    assert!(matches!(
        disclosure::disclose(&app.ctx.db, request(), app.now()).await,
        Err(ServiceError::Refused("disclosure-refused-no-consent"))
    ));

    // Onward sharing alone is refused with a reason, and nothing is stored.
    let before = consent_event::Entity::find()
        .filter(consent_event::Column::PersonId.eq(p.id))
        .all(&app.ctx.db.conn)
        .await
        .unwrap()
        .len();
    let res = app
        .post_form("consent/change", &[("protocol", SLUG), ("language", "ar"), ("onward", "on")], Some(&cookie))
        .await;
    assert_eq!(res.headers()["location"], format!("/me/pilots/{SLUG}?error=consent-error-onward-without-sharing"));
    let after = consent_event::Entity::find()
        .filter(consent_event::Column::PersonId.eq(p.id))
        .all(&app.ctx.db.conn)
        .await
        .unwrap()
        .len();
    assert_eq!(before, after);
}

/// Agency staff record a paper consent; the person sees who recorded it and withdraws it alone.
pub async fn assisted_consent_is_recorded_and_withdrawn_by_the_person(backend: Backend) {
    let app = spawn_app(backend).await;
    let p = a_person_without_consent(&app).await;
    let admin = staff::Entity::find()
        .filter(staff::Column::Role.eq("agency_protocol_admin"))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    let staff_cookie = app.session_for(Account::Staff(admin.id)).await;
    let count = || async {
        consent_event::Entity::find()
            .filter(consent_event::Column::PersonId.eq(p.id))
            .all(&app.ctx.db.conn)
            .await
            .unwrap()
            .len()
    };
    let page = app.get_with("/agency/assisted-consent", &[("cookie", &staff_cookie)]).await;
    assert_eq!(page.status(), 200);
    // The review step names whose dossier it is before anything is recorded.
    let review = |dossier: &str| {
        format!("/agency/assisted-consent/review?dossier_ref={dossier}&protocol={SLUG}&language=ar&contact=on")
    };
    let page = portal_tests::plain(
        app.get_with(&review(&p.dossier_ref), &[("cookie", &staff_cookie), ("accept-language", "nl")])
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(page.contains(&format!("Toestemming van {} {}", p.given_name, p.family_name)), "{page}");
    let page = portal_tests::plain(
        app.get_with(&review("KBI-NOBODY"), &[("cookie", &staff_cookie), ("accept-language", "nl")])
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(page.contains("Er is geen persoon met dit dossiernummer"), "{page}");
    let res = app
        .post_form(
            "consent/assisted",
            &[("dossier_ref", "KBI-NOBODY"), ("protocol", SLUG), ("language", "ar"), ("contact", "on")],
            Some(&staff_cookie),
        )
        .await;
    assert_eq!(res.headers()["location"], "/agency/assisted-consent?error=assisted-error-unknown-dossier");
    assert_eq!(count().await, 0, "nothing is stored");

    let res = app
        .post_form(
            "consent/assisted",
            &[
                ("dossier_ref", &p.dossier_ref),
                ("protocol", SLUG),
                ("language", "ar"),
                ("contact", "on"),
                ("trajectory", "on"),
            ],
            Some(&staff_cookie),
        )
        .await;
    assert_eq!(res.headers()["location"], "/agency/assisted-consent?saved=1");
    let e = latest(&app, p.id).await;
    assert_eq!((e.channel.as_str(), e.assisted_by_staff_id, e.action.as_str()), ("assisted", Some(admin.id), "give"));

    // The person sees it, marked as recorded with help, and withdraws it themselves (in Dutch).
    let cookie = format!("{}; portal_lang=nl", app.session_for(Account::Person(p.id)).await);
    let page = portal_tests::plain(
        app.get_with(&format!("/me/pilots/{SLUG}"), &[("cookie", &cookie), ("accept-language", "nl")])
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(page.contains("met hulp van een medewerker"), "{page}");
    let res = app.post_form("consent/change", &[("protocol", SLUG), ("language", "ar")], Some(&cookie)).await;
    assert_eq!(res.headers()["location"], format!("/me/pilots/{SLUG}?saved=1"));
    let w = latest(&app, p.id).await;
    assert_eq!((w.action.as_str(), w.channel.as_str()), ("withdraw", "self_service"));
}
