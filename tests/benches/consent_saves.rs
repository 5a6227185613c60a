//! Consent saves under load: a person's own consent form (plain HTML POST, session cookie) —
//! the event, its audit entry, the person's notice and the recipient's reference, each save
//! answered only after its commit — at 1, 8 and 32 connections, each connection a different
//! person changing their consent back and forth. Throughput should grow with concurrency
//! (group commit: the saves that queue while one batch is written go together into the next
//! transaction). Reported, never asserted.
//!
//!     cargo bench -p portal-tests --bench consent_saves              (SQLite)
//!     cargo bench -p portal-tests --bench consent_saves -- postgres

use app::domain::ids::PersonId;
use app::services::identity::sessions::Account;
use portal_tests::load::{self, MakeRequest};
use portal_tests::{Backend, SLUG, TestDb, spawn_app_with};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

const SECONDS: u64 = 5;
const CONNECTIONS: [usize; 3] = [1, 8, 32];

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let backend = if std::env::args().any(|a| a == "postgres") { Backend::Postgres } else { Backend::Sqlite };
    server::telemetry::init("warn", std::io::sink);
    let app = spawn_app_with(TestDb::new(backend).await, |s| {
        s.rate_writes_per_minute = 10_000_000;
    })
    .await;
    app.seed_demo(3).await;
    let mut cookies = Vec::new();
    for i in 0..32 {
        let p = app.create_person(&format!("KBI-SAVE-{i}"), "Lina").await;
        cookies.push(app.session_for(Account::Person(PersonId(p.id))).await);
    }
    let cookies = Arc::new(cookies);
    // Each person's saves so far, across the rows: the next one flips their consent.
    let saves: Arc<Vec<AtomicUsize>> = Arc::new((0..32).map(|_| AtomicUsize::new(0)).collect());
    let url = format!("{}/sf/consent/change", app.address);
    let origin = app.ctx.public_url.clone();
    let events_before = app.consent_event_count().await;
    println!("backend: {backend:?}; {SECONDS} s per row, release build");
    println!("{:<36} {:>10} {:>9} {:>9} {:>12}", "", "saves/s", "p50 ms", "p99 ms", "÷ 1 conn");
    let mut one = None;
    let mut saved = 0;
    for connections in CONNECTIONS {
        let (cookies, url, origin, saves) = (cookies.clone(), url.clone(), origin.clone(), saves.clone());
        // Each client is its own person; their consent alternates between all three scopes
        // and contact only, so every save is a real change.
        let make: MakeRequest = Arc::new(move |client, worker, _| {
            let mut form = vec![("protocol", SLUG), ("language", "nl"), ("contact", "on")];
            if saves[worker].fetch_add(1, Ordering::Relaxed).is_multiple_of(2) {
                form.extend([("trajectory", "on"), ("onward", "on")]);
            }
            client
                .post(&url)
                .header("origin", &origin)
                .header("accept", "text/html")
                .header("cookie", &cookies[worker])
                .form(&form)
        });
        let l = load::run(connections, SECONDS, make).await;
        saved += l.requests;
        let base = *one.get_or_insert(l.per_second);
        println!(
            "{:<36} {:>10.0} {:>9.2} {:>9.2} {:>12.2}",
            format!("consent saves, {connections} connection(s)"),
            l.per_second,
            l.p50_ms,
            l.p99_ms,
            l.per_second / base
        );
    }
    let written = app.consent_event_count().await - events_before;
    println!("every save answered is an event: {saved} answered, {written} written");
    assert_eq!(written as usize, saved, "a save was answered but not written (or written twice)");
}
