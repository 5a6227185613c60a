//! The `portal` command line: configuration errors in one line, the demo, `audit verify`.

use portal_tests::{Backend, TestDb, run_portal};
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

on_both_databases!(audit_verify_cli_reports_ok_and_the_first_bad_entry);
