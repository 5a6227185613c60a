//! The `portal` command line: configuration errors in one line, the demo, `audit verify`,
//! a token revoked while the server runs.

use portal_tests::{API_PROFILE, Backend, TestDb, problem_type, run_portal, spawn_app};
use sea_orm::ConnectionTrait;

/// A bad setting stops start-up with one line naming it (no database needed).
#[test]
fn bad_configuration_is_named_in_one_line() {
    let (ok, _, stderr) = run_portal(&["serve"], &[("PORTAL_BIND", "not-an-address")]);
    assert!(!ok);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("PORTAL_BIND") && stderr.contains("not-an-address"), "{stderr}");
    let (ok, _, stderr) = run_portal(&["migrate", "status"], &[("PORTAL_DATABASE_URL", "mysql://x")]);
    assert!(!ok);
    assert!(stderr.starts_with("configuration error: PORTAL_DATABASE_URL"), "{stderr}");
    // Security review L9: the password of a database URL never reaches a message.
    let (ok, _, stderr) = run_portal(&["migrate", "status"], &[("PORTAL_DATABASE_URL", "mysql://portal:s3cret@db/x")]);
    assert!(!ok);
    assert!(stderr.contains("mysql://portal:***@db/x") && !stderr.contains("s3cret"), "{stderr}");
}

fn portal(db: &TestDb, args: &[&str]) -> (bool, String) {
    let dir = db.dir().display().to_string();
    let (ok, out, _) = run_portal(args, &[("PORTAL_DATABASE_URL", &db.url), ("PORTAL_DATA_DIR", &dir)]);
    (ok, out)
}

async fn audit_verify_cli_reports_ok_and_the_first_bad_entry(backend: Backend) {
    let db = TestDb::new(backend).await;
    let (ok, out) = portal(&db, &["demo"]);
    assert!(ok, "demo: {out}");
    assert!(db.dir().join("demo-credentials.json").exists());
    let (ok, out) = portal(&db, &["audit", "verify"]);
    assert!(ok, "verify on the demo database: {out}");
    assert!(out.starts_with("OK: audit chain of "), "{out}");

    let conn = db.connect().await;
    conn.conn.execute_unprepared("UPDATE audit_entries SET actor = 'staff:intruder' WHERE seq = 42").await.unwrap();
    let (ok, out) = portal(&db, &["audit", "verify"]);
    assert!(!ok, "verify must fail");
    assert!(out.contains("FAILED at sequence number 42"), "{out}");
}

/// Tried as an auditor would (review M2): `audit verify` run from another folder made a fresh
/// key there and reported the genuine checkpoint as forged. Verifiers never make a key: they
/// use the configured one or `--public-key`, and name the key a checkpoint was signed with.
async fn verifiers_never_make_a_key_and_name_the_one_that_signed(backend: Backend) {
    let db = TestDb::new(backend).await;
    assert!(portal(&db, &["demo"]).0);
    let (ok, out) = portal(&db, &["audit", "checkpoint"]);
    assert!(ok && (out.starts_with("signed checkpoint") || out.starts_with("nothing new")), "{out}");
    let keys = app::services::crypto::keys::SigningKeys::from_base64(
        &std::fs::read_to_string(db.dir().join("signing.key")).unwrap(),
    )
    .unwrap();

    let elsewhere = tempfile::tempdir().unwrap();
    let away = |args: &[&str]| {
        let dir = elsewhere.path().display().to_string();
        run_portal(args, &[("PORTAL_DATABASE_URL", &db.url), ("PORTAL_DATA_DIR", &dir)])
    };
    let (ok, out, err) = away(&["audit", "verify"]);
    assert!(!ok && !out.contains("FAILED"), "no false alarm: {out}");
    assert!(err.contains("no key") && err.contains("--public-key"), "{err}");
    let (ok, _, err) = away(&["invite", "person", "KBI-2021-000101"]);
    assert!(!ok && err.contains("no signing key"), "{err}");
    assert!(!elsewhere.path().join("signing.key").exists(), "no key was made");

    let (ok, out, _) = away(&["audit", "verify", "--public-key", &keys.public_key_base64()]);
    assert!(ok && out.starts_with("OK") && out.contains(&keys.key_id()), "{out}");
    let other = app::services::crypto::keys::SigningKeys::generate();
    let (ok, out, _) = away(&["audit", "verify", "--public-key", &other.public_key_base64()]);
    assert!(!ok && out.contains(&format!("names key {}", keys.key_id())), "{out}");
}

/// `portal token revoke` is another process than the server that keeps API clients in memory
/// for a moment (`store::token_cache`): the server sees the revocation the next time it reads
/// the client from the database, at most `FRESH` after the last read, and says "revoked".
async fn a_token_revoked_from_the_command_line_is_refused_within_a_second(backend: Backend) {
    use app::store::token_cache::FRESH;
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (client, token) = app.municipality_client(API_PROFILE).await;
    let (code, body) = app.api_get(&token, "/api/v1/me").await;
    assert_eq!(code, 200, "{body}");
    let (url, dir, key) = (app.db.url.clone(), app.db.dir().display().to_string(), app.ctx.keys.to_base64());
    let (ok, out, err) = tokio::task::spawn_blocking(move || {
        let env = [("PORTAL_DATABASE_URL", url.as_str()), ("PORTAL_DATA_DIR", &dir), ("PORTAL_SIGNING_KEY", &key)];
        run_portal(&["token", "revoke", &client.public_id], &env)
    })
    .await
    .unwrap();
    assert!(ok && out.starts_with("revoked"), "{out}{err}");
    let revoked = std::time::Instant::now();
    loop {
        let (code, body) = app.api_get(&token, "/api/v1/me").await;
        if code == 401 {
            assert_eq!(problem_type(&body), "error-token-revoked", "{body}");
            break;
        }
        assert!(
            revoked.elapsed() < FRESH * 2,
            "the token still opened the API {:?} after its revocation",
            revoked.elapsed()
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

on_both_databases!(
    a_token_revoked_from_the_command_line_is_refused_within_a_second,
    audit_verify_cli_reports_ok_and_the_first_bad_entry,
    verifiers_never_make_a_key_and_name_the_one_that_signed,
);
