//! `kill -9` under write load: on SQLite (one process, killed mid-write, started again) and on
//! PostgreSQL (two instances on one database, one killed while the other keeps serving).

use super::{WriteLoad, check_records};
use portal_tests::process::PortalProcess;
use portal_tests::{Backend, spawn_app_without_jobs};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_process_killed_under_write_load_loses_no_acknowledged_write() {
    let app = spawn_app_without_jobs(Backend::Sqlite).await;
    let prepared = WriteLoad::prepare(&app).await;
    let key = app.ctx.keys.to_base64();
    let env = [("PORTAL_SIGNING_KEY", key.as_str()), ("PORTAL_RATE_WRITES_PER_MINUTE", "1000000")];
    let mut portal = PortalProcess::start(&app.db.url, &app.db.dir(), &env);
    let load = WriteLoad::start(&prepared, &[&portal]);
    load.wait_for_more(150).await;
    portal.kill9();
    let mut acknowledged = load.stop().await;
    // Started again on the same file: SQLite recovers its write-ahead log; writes go on.
    let portal = PortalProcess::start(&app.db.url, &app.db.dir(), &env);
    let load = WriteLoad::start(&prepared, &[&portal]);
    load.wait_for_more(20).await;
    acknowledged.merge(load.stop().await);
    drop(portal);
    let checked = check_records(&app, &acknowledged).await;
    assert!(checked >= 170, "{checked}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_database_one_killed_the_other_keeps_serving() {
    let app = spawn_app_without_jobs(Backend::Postgres).await;
    let prepared = WriteLoad::prepare(&app).await;
    let key = app.ctx.keys.to_base64();
    let env = [("PORTAL_SIGNING_KEY", key.as_str()), ("PORTAL_RATE_WRITES_PER_MINUTE", "1000000")];
    let survivor = PortalProcess::start(&app.db.url, &app.db.dir(), &env);
    let mut victim = PortalProcess::start(&app.db.url, &app.db.dir(), &env);
    let load = WriteLoad::start(&prepared, &[&survivor, &victim]);
    load.wait_for_more(150).await;
    victim.kill9();
    // The survivor goes on: a load of its own on it alone is acknowledged after the kill.
    let after_kill = WriteLoad::start(&prepared, &[&survivor]);
    after_kill.wait_for_more(50).await;
    let mut acknowledged = load.stop().await;
    acknowledged.merge(after_kill.stop().await);
    drop(survivor);
    let checked = check_records(&app, &acknowledged).await;
    assert!(checked >= 200, "{checked}");
}
