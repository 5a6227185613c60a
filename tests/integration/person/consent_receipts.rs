//! Giving and withdrawing consent (plain forms), and signed receipts that verify offline.

use app::domain::consent::ConsentScopes;
use app::domain::ids::PersonId;
use app::domain::roles::Role;
use app::services::ServiceError;
use app::services::crypto::receipts;
use app::services::identity::sessions::Account;
use app::store::{person, protocol_text};
use portal_tests::{Backend, SLUG, TestApp, location, run_portal, spawn_app, staff_read};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// A person of the test's own, in the demo world, who has not chosen yet.
async fn a_person_without_consent(app: &TestApp) -> person::Model {
    app.seed_demo(3).await;
    app.create_person("KBI-TEST-9", "Nour").await
}

async fn receipts_verify_and_tampering_fails(backend: Backend) {
    let app = spawn_app(backend).await;
    let p = a_person_without_consent(&app).await;
    let scopes = ConsentScopes { contact: true, trajectory: false, onward: true };
    let e = app.give_consent(p.id, scopes).await;
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

    let doc =
        receipts::receipt(&app.ctx.db, &app.ctx.keys, &app.ctx.public_url, PersonId(p.id), &e.public_id).await.unwrap();
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
    let text = String::from_utf8(receipts::file_bytes(&doc)).unwrap();
    let key = app.ctx.keys.public();
    assert_eq!(receipts::verify(&text, &key).unwrap(), e.public_id);
    let tampered = text.replacen("\"ar\"", "\"nl\"", 1);
    assert_ne!(tampered, text);
    assert_eq!(receipts::verify(&tampered, &key), Err(receipts::ReceiptError::BadSignature));
    let other = app::services::crypto::keys::SigningKeys::generate().public();
    assert!(matches!(receipts::verify(&text, &other), Err(receipts::ReceiptError::OtherKey { .. })));

    // Offline, with the CLI and the published key.
    let file = app.db.dir().join("receipt.json");
    std::fs::write(&file, &text).unwrap();
    let key_text = key.to_base64();
    let (ok, out, _) = run_portal(&["receipt", "verify", file.to_str().unwrap(), "--public-key", &key_text], &[]);
    assert!(ok && out.starts_with("OK"), "{out}");
    std::fs::write(&file, &tampered).unwrap();
    let (ok, out, _) = run_portal(&["receipt", "verify", file.to_str().unwrap(), "--public-key", &key_text], &[]);
    assert!(!ok && out.starts_with("FAILED"), "{out}");

    // Downloads: one's own receipt only.
    let cookie = app.signed_in(Account::Person(PersonId(p.id))).await;
    let res = app.get_with(&format!("/me/receipts/{}.json", e.public_id), &[("cookie", &cookie)]).await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-disposition"].to_str().unwrap().contains("attachment"));
    let downloaded = res.text().await.unwrap();
    assert_eq!(receipts::verify(&downloaded, &key).unwrap(), e.public_id, "the download is the canonical file");
    let someone_else =
        person::Entity::find().filter(person::Column::Id.ne(p.id)).one(&app.ctx.db.conn).await.unwrap().unwrap();
    let other_cookie = app.signed_in(Account::Person(PersonId(someone_else.id))).await;
    let res = app.get_with(&format!("/me/receipts/{}.json", e.public_id), &[("cookie", &other_cookie)]).await;
    assert_eq!(res.status(), 404, "another person's receipt does not exist for them");
    assert_eq!(app.get(&format!("/me/receipts/{}.json", e.public_id)).await.status(), 401);
    let published: serde_json::Value = app.get("/receipts/public-key").await.json().await.unwrap();
    assert_eq!(published["public_key"], key_text);
}

async fn give_and_withdraw_with_plain_forms(backend: Backend) {
    let app = spawn_app(backend).await;
    let p = a_person_without_consent(&app).await;
    let cookie = app.signed_in(Account::Person(PersonId(p.id))).await;
    let res = app.post_consent(&cookie, "ar", &["contact", "trajectory"]).await;
    assert_eq!(location(&res), format!("/me/pilots/{SLUG}?saved=1"));
    let given = app.latest_consent(p.id).await;
    assert_eq!(
        (given.action.as_str(), given.contact_after, given.trajectory_after, given.onward_after),
        ("give", true, true, false)
    );
    assert_eq!(given.channel, "self_service");

    // A municipality reader gets the fields now…
    let reader = app.staff_of(Role::MunicipalityStaff).await;
    let protocol = app.protocol().await;
    let request = || staff_read(p.id, protocol.id, reader.id);
    assert!(app.disclose(request()).await.is_ok());

    // …and not a moment after the one-action withdrawal (a form with no box ticked).
    let res = app.post_consent(&cookie, "ar", &[]).await;
    assert_eq!(location(&res), format!("/me/pilots/{SLUG}?saved=1"));
    assert_eq!(app.latest_consent(p.id).await.action, "withdraw");
    assert!(matches!(app.disclose(request()).await, Err(ServiceError::Refused("disclosure-refused-withdrawn"))));

    // Onward sharing alone is refused with a reason, and nothing is stored.
    let before = app.consent_events_of(p.id).await.len();
    let res = app.post_consent(&cookie, "ar", &["onward"]).await;
    assert_eq!(location(&res), format!("/me/pilots/{SLUG}?error=consent-error-onward-without-sharing"));
    let after = app.consent_events_of(p.id).await.len();
    assert_eq!(before, after);
}

on_both_databases!(receipts_verify_and_tampering_fails, give_and_withdraw_with_plain_forms);
