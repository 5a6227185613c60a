//! The portal as it runs in production — the `portal` binary (release, `PORTAL_BIN`) as a
//! process of its own on the demo data — under 32 connections: the public home and protocol
//! pages in requests per second, and the server's resident memory idle and at the end of the
//! load. Reported, never asserted.
//!
//!     PORTAL_BIN=target/release/portal cargo bench -p portal-tests --bench site [-- postgres]

use portal_tests::load::{self, MakeRequest};
use portal_tests::process::PortalProcess;
use portal_tests::{Backend, SLUG, TestDb, run_portal};
use std::sync::Arc;
use std::time::Duration;

const CONNECTIONS: usize = 32;
const SECONDS: u64 = 5;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let backend = if std::env::args().any(|a| a == "postgres") { Backend::Postgres } else { Backend::Sqlite };
    let db = TestDb::new(backend).await;
    let dir = db.dir().display().to_string();
    let env = [("PORTAL_DATABASE_URL", db.url.as_str()), ("PORTAL_DATA_DIR", dir.as_str())];
    let (ok, out, err) = run_portal(&["demo"], &env);
    assert!(ok, "portal demo: {out}{err}");
    let portal = PortalProcess::start(&db.url, &db.dir(), &[("PORTAL_RATE_API_PER_MINUTE", "10000000")]);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let idle = load::rss_mib(portal.pid());
    let page = |path: String| -> MakeRequest {
        Arc::new(move |client, _, _| client.get(&path).header("accept", "text/html").header("accept-language", "nl"))
    };
    let home = load::run(CONNECTIONS, SECONDS, page(format!("{}/", portal.address))).await;
    let protocol = load::run(CONNECTIONS, SECONDS, page(format!("{}/protocols/{SLUG}", portal.address))).await;
    let loaded = load::rss_mib(portal.pid());
    println!("backend: {backend:?}; the portal binary as a process; {CONNECTIONS} connections, {SECONDS} s each");
    println!("{:<32} {:>10} {:>9} {:>9}", "", "req/s", "p50 ms", "p99 ms");
    for (name, l) in [("GET / (public home)", &home), ("GET /protocols/{slug}", &protocol)] {
        println!("{name:<32} {:>10.0} {:>9.2} {:>9.2}", l.per_second, l.p50_ms, l.p99_ms);
    }
    println!("server RSS: idle {idle:.1} MiB, after the load {loaded:.1} MiB (goals ≤ 64 and ≤ 200)");
}
