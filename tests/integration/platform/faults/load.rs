//! A write load of the two kinds of legal record, against one or more portal processes: a
//! person's own consent saves (plain form) and municipality field reads through the API (each
//! a disclosure), every acknowledged one remembered; and the check of the records afterwards.

use app::domain::consent::ConsentScopes;
use app::domain::ids::PersonId;
use app::services::identity::sessions::Account;
use portal_tests::process::PortalProcess;
use portal_tests::{API_PROFILE, SLUG, TestApp, run_portal};
use sea_orm::{ConnectionTrait, Statement};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Workers per kind of write.
const WORKERS: usize = 4;

/// What the portal said it had saved.
#[derive(Default, Debug)]
pub struct Acknowledged {
    /// Consent saves acknowledged, per person id.
    pub saves: HashMap<i32, usize>,
    /// The purposes of field reads answered with fields (each names its one disclosure).
    pub reads: Vec<String>,
    /// Requests that failed (refused connections after a kill, 5xx): never acknowledged.
    pub failed: usize,
}

impl Acknowledged {
    /// Adds what a later load acknowledged.
    pub fn merge(&mut self, later: Acknowledged) {
        for (person, n) in later.saves {
            *self.saves.entry(person).or_default() += n;
        }
        self.reads.extend(later.reads);
        self.failed += later.failed;
    }
}

pub struct WriteLoad {
    stop: Arc<AtomicBool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
    pub acknowledged: Arc<Mutex<Acknowledged>>,
}

impl WriteLoad {
    /// Persons and credentials for the load, made in the database before any process starts.
    pub async fn prepare(app: &TestApp) -> Prepared {
        app.seed_demo(3).await;
        let mut savers = Vec::new();
        for i in 0..WORKERS {
            let p = app.create_person(&format!("KBI-FAULT-S{i}"), "Sara").await;
            savers.push((p.id, app.signed_in(Account::Person(PersonId(p.id))).await));
        }
        let mut readers = Vec::new();
        for i in 0..WORKERS {
            let all = ConsentScopes { contact: true, trajectory: true, onward: true };
            readers.push(app.consenting(&format!("KBI-FAULT-R{i}"), all).await.1);
        }
        let (_, token) = app.municipality_client(API_PROFILE).await;
        Prepared { savers, readers, token }
    }

    /// Starts the load; worker `i` writes to `portals[i % n]`.
    pub fn start(prepared: &Prepared, portals: &[&PortalProcess]) -> WriteLoad {
        static LOADS: AtomicUsize = AtomicUsize::new(0);
        let load_id = LOADS.fetch_add(1, Ordering::Relaxed);
        let stop = Arc::new(AtomicBool::new(false));
        let acknowledged = Arc::new(Mutex::new(Acknowledged::default()));
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(10))
            .build()
            .expect("client");
        let mut tasks = Vec::new();
        for (i, (person_id, cookie)) in prepared.savers.iter().cloned().enumerate() {
            let (stop, ack, client) = (stop.clone(), acknowledged.clone(), client.clone());
            let portal = portals[i % portals.len()];
            let (address, origin) = (portal.address.clone(), portal.origin.clone());
            tasks.push(tokio::spawn(async move {
                let mut n = 0usize;
                while !stop.load(Ordering::Relaxed) {
                    let mut form = vec![("protocol", SLUG), ("language", "nl"), ("contact", "on")];
                    if n.is_multiple_of(2) {
                        form.extend([("trajectory", "on"), ("onward", "on")]);
                    }
                    let res = client
                        .post(format!("{address}/sf/consent/change"))
                        .header("origin", &origin)
                        .header("accept", "text/html")
                        .header("cookie", &cookie)
                        .form(&form)
                        .send()
                        .await;
                    let saved = res.as_ref().is_ok_and(|r| {
                        r.status().is_redirection()
                            && r.headers()
                                .get("location")
                                .and_then(|l| l.to_str().ok())
                                .is_some_and(|l| l.contains("saved=1"))
                    });
                    if saved {
                        *ack.lock().unwrap().saves.entry(person_id).or_default() += 1;
                        n += 1;
                    } else {
                        ack.lock().unwrap().failed += 1;
                        // A killed instance refuses at once: no need to spin on it.
                        tokio::time::sleep(Duration::from_millis(20)).await;
                    }
                }
            }));
        }
        for (i, reference) in prepared.readers.iter().cloned().enumerate() {
            let (stop, ack, client, token) =
                (stop.clone(), acknowledged.clone(), client.clone(), prepared.token.clone());
            let address = portals[i % portals.len()].address.clone();
            tasks.push(tokio::spawn(async move {
                let mut n = 0usize;
                while !stop.load(Ordering::Relaxed) {
                    let purpose = format!("fault test read {load_id} {i} {n}");
                    n += 1;
                    let res = client
                        .get(format!("{address}/api/v1/protocols/{SLUG}/persons/{reference}"))
                        .query(&[("purpose", &purpose)])
                        .bearer_auth(&token)
                        .send()
                        .await;
                    let answered = match res {
                        Ok(r) if r.status() == 200 => r.bytes().await.is_ok(),
                        _ => false,
                    };
                    if answered {
                        ack.lock().unwrap().reads.push(purpose);
                    } else {
                        ack.lock().unwrap().failed += 1;
                        tokio::time::sleep(Duration::from_millis(20)).await;
                    }
                }
            }));
        }
        WriteLoad { stop, tasks, acknowledged }
    }

    /// How many writes have been acknowledged so far.
    pub fn acknowledged_count(&self) -> usize {
        let ack = self.acknowledged.lock().unwrap();
        ack.saves.values().sum::<usize>() + ack.reads.len()
    }

    /// Waits until at least `n` more writes have been acknowledged (the load is really writing).
    pub async fn wait_for_more(&self, n: usize) {
        let start = self.acknowledged_count();
        for _ in 0..600 {
            if self.acknowledged_count() >= start + n {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the load did not get {n} more writes acknowledged in 30 s");
    }

    pub async fn stop(self) -> Acknowledged {
        self.stop.store(true, Ordering::Relaxed);
        for t in self.tasks {
            t.await.expect("load worker");
        }
        Arc::try_unwrap(self.acknowledged).expect("workers done").into_inner().unwrap()
    }
}

pub struct Prepared {
    savers: Vec<(i32, String)>,
    readers: Vec<String>,
    token: String,
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    let db = &app.ctx.db.conn;
    let row = db.query_one_raw(Statement::from_string(db.get_database_backend(), sql)).await.expect("query");
    row.expect("a row").try_get_by_index::<i64>(0).expect("a count")
}

/// Every acknowledged write is on the record, nothing is half-written, and `portal audit
/// verify` accepts the chain. Returns the number of records checked.
pub async fn check_records(app: &TestApp, ack: &Acknowledged) -> usize {
    let db = &app.ctx.db.conn;
    for (person, saves) in &ack.saves {
        let events = count(app, &format!("SELECT COUNT(*) FROM consent_events WHERE person_id = {person}")).await;
        assert!(events as usize >= *saves, "person {person}: {saves} saves acknowledged, {events} on record");
    }
    let mut missing = Vec::new();
    for purpose in &ack.reads {
        let sql = "SELECT COUNT(*) FROM disclosure_events WHERE purpose = $1";
        let sql =
            if db.get_database_backend() == sea_orm::DbBackend::Sqlite { sql.replace("$1", "?") } else { sql.into() };
        let row = db
            .query_one_raw(Statement::from_sql_and_values(db.get_database_backend(), sql, [purpose.clone().into()]))
            .await
            .expect("query")
            .expect("row");
        if row.try_get_by_index::<i64>(0).expect("count") != 1 {
            missing.push(purpose.clone());
        }
    }
    assert!(missing.is_empty(), "{} acknowledged reads not on record (or twice): {missing:?}", missing.len());
    // Nothing half-written: every event has its audit entry; every disclosure its fields.
    let unaudited_consents = count(
        app,
        "SELECT COUNT(*) FROM consent_events e WHERE NOT EXISTS \
         (SELECT 1 FROM audit_entries a WHERE a.object_ref = 'consent:' || e.public_id)",
    )
    .await;
    assert_eq!(unaudited_consents, 0, "consent events without their audit entry");
    let unaudited_reads = count(
        app,
        "SELECT COUNT(*) FROM disclosure_events e WHERE NOT EXISTS \
         (SELECT 1 FROM audit_entries a WHERE a.object_ref = 'disclosure:' || CAST(e.id AS TEXT))",
    )
    .await;
    assert_eq!(unaudited_reads, 0, "disclosures without their audit entry");
    let empty_reads = count(
        app,
        "SELECT COUNT(*) FROM disclosure_events e WHERE NOT EXISTS \
         (SELECT 1 FROM disclosure_event_fields f WHERE f.disclosure_event_id = e.id)",
    )
    .await;
    assert_eq!(empty_reads, 0, "disclosures without their fields");
    verify_chain(app);
    let saves = ack.saves.values().sum::<usize>();
    println!(
        "on record: {saves} acknowledged saves, {} acknowledged reads; {} requests failed",
        ack.reads.len(),
        ack.failed
    );
    saves + ack.reads.len()
}

/// `portal audit verify` on the test's database, with the portal's public key.
pub fn verify_chain(app: &TestApp) {
    let dir = app.db.dir().display().to_string();
    let key = app.ctx.keys.public().to_base64();
    let env = [("PORTAL_DATABASE_URL", app.db.url.as_str()), ("PORTAL_DATA_DIR", dir.as_str())];
    let (ok, out, err) = run_portal(&["audit", "verify", "--public-key", &key], &env);
    assert!(ok && out.starts_with("OK: audit chain of "), "{out}{err}");
}
