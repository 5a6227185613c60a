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

/// Runs `portal` with extra environment; returns (success, stdout, stderr).
pub fn run_portal(args: &[&str], env: &[(&str, &str)]) -> (bool, String, String) {
    let bin = portal_bin();
    assert!(bin.exists(), "{} missing: run `cargo build -p server` first", bin.display());
    let mut cmd = Command::new(bin);
    cmd.args(args).env("PORTAL_LOG", "warn");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run portal");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn portal(db: &TestDb, args: &[&str]) -> (bool, String) {
    let dir = db.dir().display().to_string();
    let (ok, out, _) = run_portal(args, &[("PORTAL_DATABASE_URL", &db.url), ("PORTAL_DATA_DIR", &dir)]);
    (ok, out)
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
