//! "Who received my data" for a person with 10,000 disclosure events: the page's server time.
//!
//!     cargo bench -p portal-tests --bench disclosure_page            (SQLite)
//!     cargo bench -p portal-tests --bench disclosure_page -- postgres
//!
//! Seeds one person with 10,000 events (spread over two years, three recipients, varying
//! fields) and one with 10, then times each page over loopback (request to last byte, so an
//! upper bound of the server time). Reported, never asserted: the ratio 10,000 : 10 says how
//! the page scales; the goal for the 10,000-event page is a median of at most 50 ms.

use app::domain::fields::Field;
use app::domain::ids::PersonId;
use app::domain::locale::Locale;
use app::services::identity::sessions::Account;
use app::services::{WriteTx, consent};
use app::store::{api_client, disclosure_event, disclosure_event_field, party, person, protocol, staff};
use portal_tests::{Backend, TestApp, TestDb, spawn_app_with};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, Set};
use std::time::Instant;

const EVENTS: usize = 10_000;
const RUNS: usize = 40;

async fn person_with_events(app: &TestApp, dossier: &str, events: usize) -> person::Model {
    let db = &app.ctx.db;
    let p = app.create_person(dossier, "Samira").await;
    let scopes = app::domain::consent::ConsentScopes { contact: true, trajectory: true, onward: true };
    let given = consent::change_own(
        db,
        PersonId(p.id),
        "agii-sint-pieters-leeuw-amif-507",
        scopes,
        Locale::Ar,
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    let proto = protocol::Entity::find().one(&db.conn).await.unwrap().unwrap();
    let mut recipients = vec![(proto.recipient_party_id, "ui", None)];
    for partner in party::Entity::find()
        .filter(party::Column::ParentPartyId.eq(proto.recipient_party_id))
        .all(&db.conn)
        .await
        .unwrap()
    {
        recipients.push((partner.id, "onward", Some(proto.recipient_party_id)));
    }
    let reader = staff::Entity::find()
        .filter(staff::Column::Role.eq("municipality_staff"))
        .one(&db.conn)
        .await
        .unwrap()
        .expect("the demo has municipality staff");
    let system = api_client::Entity::find()
        .filter(api_client::Column::FunctionProfileId.is_not_null())
        .one(&db.conn)
        .await
        .unwrap()
        .expect("the demo has a municipality's API client");
    let mut rng = StdRng::seed_from_u64(events as u64);
    let start = chrono::Utc::now() - chrono::Duration::days(730);
    let tx = WriteTx::begin(db, chrono::Utc::now()).await.unwrap();
    let mut next_id =
        disclosure_event::Entity::find().all(&tx.tx).await.unwrap().iter().map(|e| e.id).max().unwrap_or(0);
    for chunk in (0..events).collect::<Vec<_>>().chunks(400) {
        let mut evs = Vec::new();
        let mut fields = Vec::new();
        for i in chunk {
            next_id += 1;
            let (recipient, channel, via) = recipients[rng.gen_range(0..recipients.len())];
            let channel = if channel == "ui" && rng.gen_bool(0.4) { "api" } else { channel };
            evs.push(disclosure_event::ActiveModel {
                id: Set(next_id),
                occurred_at: Set(start + chrono::Duration::minutes((*i as i64) * 105)),
                protocol_version_id: Set(given.protocol_version_id),
                person_id: Set(p.id),
                recipient_party_id: Set(recipient),
                function_profile_id: Set(if channel == "api" {
                    system.function_profile_id
                } else {
                    reader.function_profile_id
                }),
                actor_staff_id: Set((channel != "api").then_some(reader.id)),
                actor_api_client_id: Set((channel == "api").then_some(system.id)),
                channel: Set(channel.into()),
                purpose: Set("Afstemming met een gepast aanbod in de proeftuin (AMIF 507)".into()),
                consent_event_id: Set(given.id),
                via_party_id: Set(via),
            });
            for f in Field::ALL.iter().filter(|_| rng.gen_bool(0.6)) {
                fields.push(disclosure_event_field::ActiveModel {
                    disclosure_event_id: Set(next_id),
                    field: Set(f.as_str().into()),
                    person_id: Set(p.id),
                    recipient_party_id: Set(recipient),
                });
            }
        }
        disclosure_event::Entity::insert_many(evs).exec(&tx.tx).await.unwrap();
        if !fields.is_empty() {
            disclosure_event_field::Entity::insert_many(fields).exec(&tx.tx).await.unwrap();
        }
    }
    tx.commit().await.unwrap();
    p
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let backend = if std::env::args().any(|a| a == "postgres") { Backend::Postgres } else { Backend::Sqlite };
    server::telemetry::init("warn", std::io::sink);
    let app = spawn_app_with(TestDb::new(backend).await, |s| {
        s.rate_ceremonies_per_minute = 100_000;
    })
    .await;
    app.seed_demo(3).await;
    let seeding = Instant::now();
    let heavy = person_with_events(&app, "KBI-BENCH-10000", EVENTS).await;
    let light = person_with_events(&app, "KBI-BENCH-10", 10).await;
    println!(
        "backend: {backend:?}; seeded {EVENTS} + 10 disclosure events in {:.1} s",
        seeding.elapsed().as_secs_f64()
    );
    let heavy_cookie = app.session_for(Account::Person(PersonId(heavy.id))).await;
    let light_cookie = app.session_for(Account::Person(PersonId(light.id))).await;
    // Baselines: no database, one query, and a public page of a few queries.
    println!("{:<46} {:>10} {:>10}", "baseline", "median ms", "p95 ms");
    for path in ["/health/live", "/health/ready", "/"] {
        let (median, p95) = app.time_get("", path, RUNS).await;
        println!("{path:<46} {median:>10.1} {p95:>10.1}");
    }
    println!("{:<46} {:>10} {:>10} {:>12}", "page (person with 10,000 events)", "median ms", "p95 ms", "vs 10 events");
    for path in [
        "/me/disclosures",
        "/me/disclosures?field=phone",
        "/me/disclosures?from=2025-06-01&to=2025-06-30",
        "/me/disclosures?page=250",
        "/me/data",
    ] {
        let (median, p95) = app.time_get(&heavy_cookie, path, RUNS).await;
        let (light_median, _) = app.time_get(&light_cookie, path, RUNS).await;
        let goal = if path == "/me/disclosures" {
            if median <= 50.0 { "  goal ≤ 50 ms: met" } else { "  goal ≤ 50 ms: MISSED" }
        } else {
            ""
        };
        println!("{path:<46} {median:>10.1} {p95:>10.1} {:>11.1}×{goal}", median / light_median);
    }
}
