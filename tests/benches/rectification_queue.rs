//! The rectification officer's queue with 10,000 pending requests: the page's server time.
//!
//!     cargo bench -p portal-tests --bench rectification_queue            (SQLite)
//!     cargo bench -p portal-tests --bench rectification_queue -- postgres
//!
//! Times the queue pages first with the demo's few requests, then again after adding 10,000
//! pending requests (1,250 persons × 8 fields, received over the last 45 days, open,
//! acknowledged or waiting), over loopback (request to last byte). Reported, never asserted:
//! the ratio 10,000 : demo says how the queue scales.

use app::domain::fields::Field;
use app::domain::ids::StaffId;
use app::domain::rectification::due_at;
use app::domain::roles::Role;
use app::services::WriteTx;
use app::services::identity::sessions::Account;
use app::store::rectification_request;
use portal_tests::{Backend, TestApp, TestDb, spawn_app_with};
use sea_orm::{EntityTrait, Set};
use std::time::Instant;

const REQUESTS: usize = 10_000;
const RUNS: usize = 40;
const PAGES: [&str; 5] = [
    "/agency/rectifications",
    "/agency/rectifications?page=100",
    "/agency/rectifications?field=phone",
    "/agency/rectifications?status=waiting",
    "/agency/rectifications?kind=municipality",
];

/// 10,000 pending requests of persons made for it (one per person and field: one pending
/// request per field is the rule).
async fn ten_thousand_requests(app: &TestApp) {
    let persons = REQUESTS / Field::ALL.len();
    let mut ids = Vec::with_capacity(persons);
    for n in 0..persons {
        ids.push(app.create_person(&format!("KBI-Q{n:05}"), "Samira").await.id);
    }
    let now = chrono::Utc::now();
    let statuses = ["open", "acknowledged", "waiting"];
    let tx = WriteTx::begin(&app.ctx.db, now).await.unwrap();
    let mut rows = Vec::new();
    for (n, (person, field)) in ids.iter().flat_map(|p| Field::ALL.iter().map(move |f| (*p, *f))).enumerate() {
        let received = now - chrono::Duration::minutes((n as i64 * 6481) % (45 * 24 * 60));
        rows.push(rectification_request::ActiveModel {
            public_id: Set(format!("bench{n:05}")),
            person_id: Set(person),
            field: Set(field.as_str().into()),
            current_value: Set("oud".into()),
            proposed_value: Set(String::new()),
            statement: Set("Klopt niet.".into()),
            filed_by: Set("person".into()),
            received_at: Set(received),
            due_at: Set(due_at(received)),
            status: Set(statuses[n % statuses.len()].into()),
            ..Default::default()
        });
        if rows.len() == 500 {
            rectification_request::Entity::insert_many(std::mem::take(&mut rows)).exec(&tx.tx).await.unwrap();
        }
    }
    if !rows.is_empty() {
        rectification_request::Entity::insert_many(rows).exec(&tx.tx).await.unwrap();
    }
    tx.commit().await.unwrap();
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let backend = if std::env::args().any(|a| a == "postgres") { Backend::Postgres } else { Backend::Sqlite };
    server::telemetry::init("warn", std::io::sink);
    let app = spawn_app_with(TestDb::new(backend).await, |s| s.rate_ceremonies_per_minute = 100_000).await;
    app.seed_demo(3).await;
    let officer =
        app.session_for(Account::Staff(StaffId(app.staff_of(Role::AgencyRectificationOfficer).await.id))).await;
    let demo: Vec<(f64, f64)> = {
        let mut out = Vec::new();
        for path in PAGES {
            out.push(app.time_get(&officer, path, RUNS).await);
        }
        out
    };
    let seeding = Instant::now();
    ten_thousand_requests(&app).await;
    println!("backend: {backend:?}; seeded {REQUESTS} pending requests in {:.1} s", seeding.elapsed().as_secs_f64());
    println!("{:<46} {:>10} {:>10}", "baseline", "median ms", "p95 ms");
    for path in ["/health/live", "/health/ready"] {
        let (m, p95) = app.time_get("", path, RUNS).await;
        println!("{path:<46} {m:>10.1} {p95:>10.1}");
    }
    println!("{:<46} {:>10} {:>10} {:>14}", "queue page (10,000 pending)", "median ms", "p95 ms", "vs demo's few");
    for (path, (demo_median, _)) in PAGES.iter().zip(demo) {
        let (m, p95) = app.time_get(&officer, path, RUNS).await;
        println!("{path:<46} {m:>10.1} {p95:>10.1} {:>13.1}×", m / demo_median);
    }
}
