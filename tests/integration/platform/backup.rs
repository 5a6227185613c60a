//! `portal backup` and `portal restore` (issue 15): a backup taken while the portal serves
//! and writes is consistent — restored into a fresh place, the audit chain verifies and ends
//! at the head the backup reported; a restore never overwrites a database that holds records;
//! on PostgreSQL the commands name the server's own tools.

use portal_tests::{Backend, TestDb, run_portal, spawn_app, staff_read};
use server::demo::protocol::PROFILE_TRAJECTORY;

fn head_of(line: &str) -> &str {
    line.rsplit("head ").next().unwrap_or_default().trim()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_writing_restores_to_a_chain_that_verifies() {
    let app = spawn_app(Backend::Sqlite).await;
    app.seed_demo(3).await;
    let (person, _) = app.person_with_history("KBI-BK-1", "Sara").await;
    let reader = app.staff_with_profile(PROFILE_TRAJECTORY).await;
    let protocol = app.protocol().await;
    let dir = app.db.dir().display().to_string();
    let file = app.db.dir().join("backup.db");
    let file_arg = file.display().to_string();

    // Reads (each a disclosure and an audit entry) go on while the backup is taken.
    let writer = {
        let (ctx, person, protocol, reader) = (app.ctx.clone(), person.id, protocol.id, reader.id);
        tokio::spawn(async move {
            for _ in 0..60 {
                app::services::disclosure::disclose(&ctx.db, staff_read(person, protocol, reader), ctx.now())
                    .await
                    .expect("a read");
            }
        })
    };
    let env = [("PORTAL_DATABASE_URL", app.db.url.clone()), ("PORTAL_DATA_DIR", dir.clone())];
    let env_ref: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (ok, out, err) = {
        let (args, env) = (vec!["backup".to_owned(), file_arg.clone()], env.clone());
        tokio::task::spawn_blocking(move || {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
            run_portal(&args, &env)
        })
        .await
        .unwrap()
    };
    writer.await.unwrap();
    assert!(ok && out.starts_with("backup written to "), "{out}{err}");
    let backed_up = head_of(&out).to_owned();
    let (ok, _, err) = run_portal(&["backup", &file_arg], &env_ref);
    assert!(!ok && err.contains("never overwrites"), "a second backup to the same file: {err}");

    // Restored into a fresh place: the chain verifies, with the head the backup reported.
    let fresh = tempfile::tempdir().unwrap();
    let fresh_dir = fresh.path().display().to_string();
    let url = format!("sqlite://{}/restored.db?mode=rwc", fresh_dir);
    let there = [("PORTAL_DATABASE_URL", url.as_str()), ("PORTAL_DATA_DIR", fresh_dir.as_str())];
    let (ok, out, err) = run_portal(&["restore", &file_arg], &there);
    assert!(ok, "{out}{err}");
    assert_eq!(head_of(&out), backed_up, "{out}");
    let key = app.ctx.keys.public().to_base64();
    let (ok, out, err) = run_portal(&["audit", "verify", "--public-key", &key], &there);
    assert!(ok && out.starts_with("OK: audit chain of "), "{out}{err}");

    // A restore never overwrites records: not into the restored database, not into the live one.
    let (ok, _, err) = run_portal(&["restore", &file_arg], &there);
    assert!(!ok && err.contains("restore only into an empty one"), "{err}");
    let (ok, _, err) = run_portal(&["restore", &file_arg], &env_ref);
    assert!(!ok && err.contains("restore only into an empty one"), "{err}");
    // Something that is not a backup is refused.
    let junk = fresh.path().join("junk.db");
    std::fs::write(&junk, "not a database").unwrap();
    let elsewhere = format!("sqlite://{}/other.db?mode=rwc", fresh_dir);
    let (ok, _, err) = run_portal(&["restore", &junk.display().to_string()], &[("PORTAL_DATABASE_URL", &elsewhere)]);
    assert!(!ok && err.contains("is not a portal backup"), "{err}");
    assert!(!fresh.path().join("other.db").exists(), "nothing half-written");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_postgresql_the_commands_name_pg_dump_and_pg_restore() {
    let db = TestDb::new(Backend::Postgres).await;
    let env = [("PORTAL_DATABASE_URL", db.url.as_str())];
    let (ok, _, err) = run_portal(&["backup", "/tmp/never-written.dump"], &env);
    assert!(!ok && err.contains("pg_dump --format=custom"), "{err}");
    let (ok, _, err) = run_portal(&["restore", "/tmp/never-written.dump"], &env);
    assert!(!ok && err.contains("pg_restore"), "{err}");
}
