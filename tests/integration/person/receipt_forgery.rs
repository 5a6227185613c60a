//! Receipts that cannot be forged (review M2): the verifier trusts only the portal's published
//! key — given, or fetched once and pinned — never the key a file carries, and refuses a file
//! that is not exactly what the portal wrote (duplicate keys, extra fields, re-encoding).

use app::domain::consent::ConsentScopes;
use app::domain::ids::PersonId;
use app::services::crypto::keys::SigningKeys;
use app::services::crypto::receipts::{self, ReceiptError};
use portal_tests::{Backend, TestApp, run_portal, spawn_app};

/// A genuine receipt file of a demo person's consent, as downloaded.
async fn genuine(app: &TestApp) -> (String, serde_json::Value) {
    app.seed_demo(2).await;
    let p = app.create_person("KBI-TEST-77", "Amal").await;
    let e = app.give_consent(p.id, ConsentScopes { contact: true, trajectory: false, onward: false }).await;
    let doc =
        receipts::receipt(&app.ctx.db, &app.ctx.keys, &app.ctx.public_url, PersonId(p.id), &e.public_id).await.unwrap();
    (String::from_utf8(receipts::file_bytes(&doc)).unwrap(), doc)
}

async fn verify_file(app: &TestApp, name: &str, text: &str, args: &[&str]) -> (bool, String, String) {
    let file = app.db.dir().join(name);
    std::fs::write(&file, text).unwrap();
    let mut all = vec!["receipt".to_owned(), "verify".to_owned(), file.display().to_string()];
    all.extend(args.iter().map(|a| a.to_string()));
    let pins = app.db.dir().join("trusted-keys").display().to_string();
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = all.iter().map(String::as_str).collect();
        run_portal(&args, &[("PORTAL_TRUSTED_KEYS", &pins)])
    })
    .await
    .unwrap()
}

/// A receipt someone signed with a key of their own used to print "OK … signed and unchanged".
async fn a_self_signed_receipt_is_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, doc) = genuine(&app).await;
    let mut forged = doc["receipt"].clone();
    forged["action"] = "give".into();
    forged["scopes_after"]["onward"] = true.into();
    let forger = SigningKeys::generate();
    let forgery = String::from_utf8(receipts::file_bytes(&receipts::sign(&forger, forged).unwrap())).unwrap();
    let portal_key = app.ctx.keys.public();
    match receipts::verify(&forgery, &portal_key) {
        Err(ReceiptError::OtherKey { signed_with, expected }) => {
            assert_eq!((signed_with, expected), (forger.key_id(), portal_key.key_id()), "both keys are named");
        }
        other => panic!("a forgery verified: {other:?}"),
    }
    let (ok, out, _) = verify_file(&app, "forged.json", &forgery, &["--public-key", &portal_key.to_base64()]).await;
    assert!(!ok && out.contains("FAILED") && out.contains(&forger.key_id()), "{out}");
    let (ok, _, err) = verify_file(&app, "forged.json", &forgery, &[]).await;
    assert!(!ok && err.contains("--public-key"), "without a trusted key nothing is checked: {err}");
}

/// An edited genuine receipt: a second `action` key used to be collapsed and still verify.
async fn a_file_that_is_not_exactly_the_portals_is_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let (text, doc) = genuine(&app).await;
    let key = app.ctx.keys.public();
    assert!(receipts::verify(&text, &key).is_ok());
    let duplicate = text.replacen("\"receipt\":{", "\"receipt\":{\"action\":\"withdraw\",", 1);
    let extra = text.replacen("{\"receipt\":", "{\"note\":\"approved by the agency\",\"receipt\":", 1);
    let extra_in_signature = text.replacen("\"signature\":{", "\"signature\":{\"a_note\":\"x\",", 1);
    let pretty = serde_json::to_string_pretty(&doc).unwrap();
    let escaped = text.replacen("\"give\"", "\"\\u0067ive\"", 1);
    for (what, variant, expected) in [
        ("a duplicate key", duplicate, "appears twice"),
        ("a field beside the receipt", extra, "outside the signed receipt"),
        ("a field in the signature", extra_in_signature, "outside the signed receipt"),
        ("a re-formatted file", pretty, "canonical"),
        ("a re-encoded string", escaped, "canonical"),
    ] {
        assert_ne!(variant, text, "{what}: the edit applies");
        let err = receipts::verify(&variant, &key).expect_err(what);
        assert!(err.to_string().contains(expected), "{what}: {err}");
    }
}

/// `--portal URL` fetches the published key once and pins it: later checks need no network,
/// and a receipt of another key is refused with the pin named.
async fn the_portals_key_is_fetched_once_and_pinned(backend: Backend) {
    let app = spawn_app(backend).await;
    let (text, _) = genuine(&app).await;
    let (ok, out, err) = verify_file(&app, "r.json", &text, &["--portal", &app.address]).await;
    assert!(ok && out.starts_with("OK"), "{out}{err}");
    assert!(err.contains("pinned"), "{err}");
    let pins = std::fs::read_to_string(app.db.dir().join("trusted-keys")).unwrap();
    assert_eq!(pins, format!("{} {}\n", app.address, app.ctx.keys.public_key_base64()));

    // The pin answers without the portal (a port nobody listens on stands for it).
    let gone =
        std::fs::read_to_string(app.db.dir().join("trusted-keys")).unwrap().replace(&app.address, "http://127.0.0.1:9");
    std::fs::write(app.db.dir().join("trusted-keys"), gone).unwrap();
    let (ok, out, err) = verify_file(&app, "r.json", &text, &["--portal", "http://127.0.0.1:9"]).await;
    assert!(ok && out.starts_with("OK") && !err.contains("pinned"), "{out}{err}");
    let forgery = {
        let doc = receipts::sign(&SigningKeys::generate(), serde_json::json!({"record_id": "x"})).unwrap();
        String::from_utf8(receipts::file_bytes(&doc)).unwrap()
    };
    let (ok, out, _) = verify_file(&app, "f.json", &forgery, &["--portal", "http://127.0.0.1:9"]).await;
    assert!(!ok && out.contains("pinned in"), "{out}");
}

on_both_databases!(
    a_self_signed_receipt_is_refused,
    a_file_that_is_not_exactly_the_portals_is_refused,
    the_portals_key_is_fetched_once_and_pinned,
);
