use portal_tests::{Backend, TestDb, workspace_root};
use sea_orm::ConnectionTrait;
use std::process::Command;

/// The `portal` binary; tests/run-all.sh builds it before the tests run.
fn portal_bin() -> std::path::PathBuf {
    if let Ok(p) = std::env::var("PORTAL_BIN") {
        return p.into();
    }
    let target = std::env::var("CARGO_TARGET_DIR").map(Into::into).unwrap_or_else(|_| workspace_root().join("target"));
    target.join("debug").join("portal")
}

fn portal(db: &TestDb, args: &[&str]) -> (bool, String) {
    let bin = portal_bin();
    assert!(bin.exists(), "{} missing: run `cargo build -p server` first", bin.display());
    let out = Command::new(bin)
        .args(args)
        .env("PORTAL_DATABASE_URL", &db.url)
        .env("PORTAL_DATA_DIR", db.dir())
        .env("PORTAL_LOG", "warn")
        .output()
        .expect("run portal");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned())
}

pub async fn audit_verify_cli_reports_ok_and_the_first_bad_entry(backend: Backend) {
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
