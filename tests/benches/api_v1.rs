//! REST API v1 under load: the consent-status read and the field read (disclosure + audit
//! write), as ratios to bare axum handlers in the same process and run — one returns a
//! constant, one does a single point read on the same database (the limit for any read that
//! must touch it), one runs the status read's own service call and answers its JSON (so the
//! gap between it and the API is what the portal's middleware, token check and rate limit
//! cost). Reported, never asserted.
//!
//!     cargo bench -p portal-tests --bench api_v1              (SQLite)
//!     cargo bench -p portal-tests --bench api_v1 -- postgres
//!
//! Load: 32 connections (keep-alive), each sending requests back to back for `SECONDS`;
//! throughput is requests / wall time, latencies are per request (p50, p99).

use app::domain::consent::ConsentScopes;
use app::domain::ids::PersonId;
use app::domain::locale::Locale;
use app::store::person;
use portal_tests::load::{self, Load, MakeRequest};
use portal_tests::{API_PROFILE, Backend, MUNICIPALITY_SLUG, SLUG, TestApp, TestDb, spawn_app_with};
use sea_orm::EntityTrait;
use std::sync::Arc;

const CONNECTIONS: usize = 32;
const SECONDS: u64 = 5;
const PERSONS: usize = 200;

/// `CONNECTIONS` clients, each GETting one of `paths` in turn (with `token`) for `SECONDS`.
async fn load(paths: Arc<Vec<String>>, token: Option<String>) -> Load {
    let make: MakeRequest = Arc::new(move |client, worker, n| {
        let req = client.get(&paths[(worker + n * CONNECTIONS) % paths.len()]);
        match &token {
            Some(t) => req.bearer_auth(t),
            None => req,
        }
    });
    load::run(CONNECTIONS, SECONDS, make).await
}

/// The bare handlers, on their own port in this process, on the portal's database.
async fn bare_handlers(app: &TestApp, person_id: i32, party: i32, reference: String) -> String {
    use axum::routing::get;
    let db = app.ctx.db.clone();
    let counter_db = app.ctx.db.clone();
    let status_ctx = app.ctx.clone();
    let router = axum::Router::new()
        .route(
            "/status",
            get(move || {
                let (ctx, reference) = (status_ctx.clone(), reference.clone());
                async move {
                    let party = app::domain::ids::PartyId(party);
                    let now = app::services::consent::now::of_person(&ctx.db, party, SLUG, &reference, ctx.now());
                    axum::Json(now.await.unwrap())
                }
            }),
        )
        .route("/constant", get(|| async { "ok" }))
        .route(
            "/count",
            get(move || {
                let db = counter_db.clone();
                async move {
                    let minute = chrono::Utc::now().timestamp() / 60;
                    app::store::rate_counts::hit(&db, "bench", "one-client", minute).await.unwrap().to_string()
                }
            }),
        )
        .route(
            "/point",
            get(move || {
                let db = db.clone();
                async move {
                    let p = person::Entity::find_by_id(person_id).one(&db.conn).await.unwrap();
                    p.map(|p| p.public_id).unwrap_or_default()
                }
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    address
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let backend = if std::env::args().any(|a| a == "postgres") { Backend::Postgres } else { Backend::Sqlite };
    server::telemetry::init("warn", std::io::sink);
    let app = spawn_app_with(TestDb::new(backend).await, |s| {
        s.rate_api_per_minute = 10_000_000;
    })
    .await;
    app.seed_demo(3).await;
    let municipality = app.party(MUNICIPALITY_SLUG).await;
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let mut refs = Vec::new();
    for i in 0..PERSONS {
        let p = app.create_person(&format!("KBI-LOAD-{i}"), "Lina").await;
        let all = ConsentScopes { contact: true, trajectory: true, onward: true };
        app::services::consent::change_own(&app.ctx.db, PersonId(p.id), SLUG, all, Locale::Nl, app.now())
            .await
            .unwrap();
        refs.push((p.id, app.reference_of(municipality.id, p.id).await.unwrap()));
    }
    let bare = bare_handlers(&app, refs[0].0, municipality.id, refs[0].1.clone()).await;
    let at = |base: &str, path: String| format!("{base}{path}");
    let status: Vec<String> =
        refs.iter().map(|(_, r)| at(&app.address, format!("/api/v1/protocols/{SLUG}/consents/{r}"))).collect();
    let fields: Vec<String> =
        refs.iter().map(|(_, r)| at(&app.address, format!("/api/v1/protocols/{SLUG}/persons/{r}"))).collect();

    let constant = load(Arc::new(vec![at(&bare, "/constant".into())]), None).await;
    let point = load(Arc::new(vec![at(&bare, "/point".into())]), None).await;
    let count = load(Arc::new(vec![at(&bare, "/count".into())]), None).await;
    let status_call = load(Arc::new(vec![at(&bare, "/status".into())]), None).await;
    let status = load(Arc::new(status), Some(token.clone())).await;
    let read = load(Arc::new(fields), Some(token)).await;

    println!("backend: {backend:?}; {CONNECTIONS} connections, {SECONDS} s each, release build");
    println!("{:<44} {:>10} {:>9} {:>9} {:>12} {:>12}", "", "req/s", "p50 ms", "p99 ms", "÷ constant", "÷ point read");
    for (name, l) in [
        ("bare handler: constant", &constant),
        ("bare handler: one point read", &point),
        ("bare handler: one shared rate count", &count),
        ("bare handler: the status read's service call", &status_call),
        ("GET …/consents/{person} (status)", &status),
        ("GET …/persons/{person} (disclosure + audit)", &read),
    ] {
        println!(
            "{name:<44} {:>10.0} {:>9.2} {:>9.2} {:>12.3} {:>12.3}",
            l.per_second,
            l.p50_ms,
            l.p99_ms,
            l.per_second / constant.per_second,
            l.per_second / point.per_second
        );
    }
    println!(
        "goals: status ≥ 0.6 × bare — ÷ point read {:.2}, ÷ its own service call {:.2}, ÷ constant {:.2} — with p99 ≤ 10 ms ({:.1}); field read ≥ 2,000 req/s ({:.0}) with p99 ≤ 50 ms ({:.1}) on SQLite",
        status.per_second / point.per_second,
        status.per_second / status_call.per_second,
        status.per_second / constant.per_second,
        status.p99_ms,
        read.per_second,
        read.p99_ms
    );
}
