//! The agency's client-tracking system through API v1 (issue 16): its own token (no function
//! profile) puts persons by dossier — checked as an import row, new / changed / unchanged, a
//! changed field that a municipality holds told to it as a correction — and reads the
//! corrections feed: every accepted correction with the old and new value, oldest first,
//! resumable without skipping or repeating one, even when officers accept at the same moment.

use app::domain::fields::Field;
use app::domain::ids::{PartyId, PersonId, StaffId};
use app::domain::roles::Role;
use app::services::audit;
use app::services::rectification::{Decision, decide, file_own};
use app::store::{person, queries};
use portal_tests::{
    API_PROFILE, Backend, MUNICIPALITY_SLUG, TestApp, TestDb, problem_type, run_portal, source_person,
    source_person_of, spawn_app, spawn_app_with,
};
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{Value, json};

/// Every item of the feed from `since` on, page by page (`limit` a page).
async fn read_all(app: &TestApp, token: &str, since: Option<String>, limit: u16) -> (Vec<Value>, Option<String>) {
    let (mut items, mut cursor) = (Vec::new(), since);
    loop {
        let (status, page) = app.corrections_feed(token, cursor.as_deref(), Some(limit)).await;
        assert_eq!(status, 200, "{page}");
        let got = page["items"].as_array().unwrap().clone();
        assert!(got.len() <= usize::from(limit), "{page}");
        if let Some(last) = got.last() {
            cursor = last["cursor"].as_str().map(str::to_owned);
        }
        items.extend(got);
        match page["next"].as_str() {
            Some(next) => cursor = Some(next.to_owned()),
            None => return (items, cursor),
        }
    }
}

async fn the_agency_system_puts_persons_and_reads_what_the_portal_corrected(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (_, token) = app.agency_system_client("cliëntvolgsysteem").await;
    let (status, me) = app.api_get(&token, "/api/v1/me").await;
    assert_eq!((status, &me["function_profile"]), (200, &Value::Null), "{me}");

    // A new person; the same record again changes nothing, not even the audit log.
    let (status, put) = app.put_source_person(&token, "KBI-SYNC-1", &source_person("0470 12 34 56")).await;
    assert_eq!((status, put["outcome"].as_str()), (201, Some("new")), "{put}");
    let stored = queries::person::by_dossier(&app.ctx.db.conn, "KBI-SYNC-1").await.unwrap().expect("the person");
    assert_eq!((stored.phone.as_deref(), stored.contact_language.as_str()), (Some("0470123456"), "ar"));
    let chain = audit::length(&app.ctx.db.conn).await.unwrap();
    let (status, put) = app.put_source_person(&token, "KBI-SYNC-1", &source_person("0470123456")).await;
    assert_eq!((status, put["outcome"].as_str()), (200, Some("unchanged")), "{put}");
    assert_eq!(audit::length(&app.ctx.db.conn).await.unwrap(), chain);

    // A person whose phone the municipality (and a partner) received: the source's new number
    // is a correction the municipality is told about, and it is in the feed as the source's own.
    let (held, tally) = app.person_with_history("KBI-SYNC-HOLD", "Samira").await;
    let holders = tally.keys().filter(|(_, f)| *f == Field::Phone).count();
    let mut record = source_person_of(&held);
    record["phone"] = json!("+32470999999");
    let (status, put) = app.put_source_person(&token, "KBI-SYNC-HOLD", &record).await;
    assert_eq!(status, 200, "{put}");
    assert_eq!((put["outcome"].as_str(), put["recipients_told"].as_u64()), (Some("changed"), Some(holders as u64)));
    assert_eq!(put["fields"], json!(["phone"]), "{put}");
    let municipality = app.party(MUNICIPALITY_SLUG).await;
    let notices = app::services::correction_notices::of_party(&app.ctx.db, PartyId(municipality.id)).await.unwrap();
    let notice = notices.iter().find(|n| n.field == Field::Phone).expect("the municipality's notice");
    let (items, cursor) = read_all(&app, &token, None, 100).await;
    let from_source = items.iter().find(|i| i["request"] == notice.id.as_str()).expect("in the feed");
    assert_eq!(
        (&from_source["dossier"], &from_source["old"], &from_source["new"], &from_source["filed_by"]),
        (&json!("KBI-SYNC-HOLD"), &json!(held.phone), &json!("+32470999999"), &json!("source_system"))
    );

    // The person asks, an officer accepts: the next read from the cursor holds exactly that.
    let filed = file_own(
        &app.ctx.db,
        PersonId(held.id),
        Field::Address,
        "Brusselstraat 12, 1600 Sint-Pieters-Leeuw",
        "Verhuisd",
        app.now(),
    )
    .await
    .unwrap();
    let officer = StaffId(app.staff_of(Role::AgencyRectificationOfficer).await.id);
    decide(&app.ctx.db, officer, &filed.public_id, Decision::Accept { value: None }, app.now()).await.unwrap();
    let (next, _) = read_all(&app, &token, cursor, 100).await;
    assert_eq!(next.len(), 1, "{next:#?}");
    assert_eq!(
        (&next[0]["request"], &next[0]["field"], &next[0]["old"], &next[0]["new"], &next[0]["filed_by"]),
        (
            &json!(filed.public_id),
            &json!("address"),
            &json!(held.address),
            &json!("Brusselstraat 12, 1600 Sint-Pieters-Leeuw"),
            &json!("person")
        )
    );
    // Page by page (one item a page), the same items in the same order.
    let (paged, _) = read_all(&app, &token, None, 1).await;
    let all = [items, next].concat();
    assert_eq!(paged, all);
}

async fn a_record_the_rules_refuse_is_named_field_by_field_and_nothing_is_written(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (_, token) = app.agency_system_client("cliëntvolgsysteem").await;
    let before = person::Entity::find().count(&app.ctx.db.conn).await.unwrap();
    let mut bad = source_person("call me");
    bad["contact_language"] = json!("klingon");
    bad["ended_on"] = json!("31/12/2026");
    let (status, problem) = app.put_source_person(&token, "KBI-SYNC-BAD", &bad).await;
    assert_eq!((status, problem_type(&problem)), (422, "api-error-invalid-record"), "{problem}");
    let errors: Vec<(&str, &str)> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["field"].as_str().unwrap(), e["type"].as_str().unwrap()))
        .collect();
    assert_eq!(
        errors,
        vec![
            ("phone", "urn:portal:problem:correction-error-phone"),
            ("contact_language", "urn:portal:problem:correction-error-language"),
            ("ended_on", "urn:portal:problem:import-error-ended-on"),
        ]
    );
    assert!(problem["errors"][0]["detail"].as_str().is_some_and(|d| !d.is_empty()), "{problem}");
    // What only the database can say: an unknown protocol.
    let mut unknown = source_person("0470123456");
    unknown["protocols"] = json!(["no-such-protocol"]);
    let (status, problem) = app.put_source_person(&token, "KBI-SYNC-BAD", &unknown).await;
    assert_eq!((status, problem["field"].as_str()), (422, Some("protocols")), "{problem}");
    // A dossier with spaces around it, a body that is not the record, an unknown key.
    let (status, _) = app.put_source_person(&token, "%20KBI-SYNC-BAD", &source_person("0470123456")).await;
    assert_eq!(status, 422);
    let (status, problem) = app.put_source_person(&token, "KBI-SYNC-BAD", &json!({"given_name": "Amina"})).await;
    assert_eq!((status, problem_type(&problem)), (400, "api-error-bad-body"), "{problem}");
    let mut extra = source_person("0470123456");
    extra["salary"] = json!(1);
    let (status, _) = app.put_source_person(&token, "KBI-SYNC-BAD", &extra).await;
    assert_eq!(status, 400);
    assert_eq!(person::Entity::find().count(&app.ctx.db.conn).await.unwrap(), before, "nothing was written");
    let (status, problem) = app.corrections_feed(&token, Some("c1.zz"), None).await;
    assert_eq!((status, problem_type(&problem)), (400, "api-error-bad-cursor"), "{problem}");

    // A municipality's system is refused both; the agency's system reads no municipality's share.
    let (_, municipal) = app.municipality_client(API_PROFILE).await;
    let (status, _) = app.put_source_person(&municipal, "KBI-SYNC-2", &source_person("0470123456")).await;
    assert_eq!(status, 403);
    assert_eq!(app.corrections_feed(&municipal, None, None).await.0, 403);
    assert_eq!(app.api_get(&token, "/api/v1/protocols").await.0, 403);
}

/// Officers accept at the same moment while the source reads the feed: every accepted
/// correction reaches the reader once (an id taken early but committed late is never passed).
async fn corrections_accepted_at_once_reach_the_reader_once_each(backend: Backend) {
    const N: usize = 12;
    // The reader polls as fast as it can: no rate limit in the way.
    let app = spawn_app_with(TestDb::new(backend).await, |s| s.rate_api_per_minute = 1_000_000).await;
    app.seed_demo(3).await;
    let (_, token) = app.agency_system_client("cliëntvolgsysteem").await;
    let (_, start) = read_all(&app, &token, None, 100).await;
    let officer = StaffId(app.staff_of(Role::AgencyRectificationOfficer).await.id);
    let mut requests = Vec::new();
    for i in 0..N {
        let p = app.create_person(&format!("KBI-FEED-{i}"), "Yusuf").await;
        let phone = format!("04701000{i:02}");
        let filed =
            file_own(&app.ctx.db, PersonId(p.id), Field::Phone, &phone, "Nieuw nummer", app.now()).await.unwrap();
        requests.push(filed.public_id);
    }
    let deciding = requests.iter().map(|id| {
        let db = app.ctx.db.clone();
        let (id, now) = (id.clone(), app.now());
        tokio::spawn(async move { decide(&db, officer, &id, Decision::Accept { value: None }, now).await })
    });
    let deciding: Vec<_> = deciding.collect();
    let mut seen: Vec<String> = Vec::new();
    let mut cursor = start;
    let started = std::time::Instant::now();
    while seen.len() < N && started.elapsed() < std::time::Duration::from_secs(60) {
        let (items, next) = read_all(&app, &token, cursor.clone(), 3).await;
        seen.extend(items.iter().map(|i| i["request"].as_str().unwrap().to_owned()));
        cursor = next;
    }
    for d in deciding {
        d.await.unwrap().unwrap();
    }
    let (rest, _) = read_all(&app, &token, cursor, 100).await;
    seen.extend(rest.iter().map(|i| i["request"].as_str().unwrap().to_owned()));
    let mut sorted = seen.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), seen.len(), "no correction twice: {seen:?}");
    let mut expected = requests.clone();
    expected.sort();
    assert_eq!(sorted, expected, "every correction once");
}

/// `portal token create` without `--profile`: the agency's system; for a municipality refused.
async fn the_operator_creates_the_agency_systems_token(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (url, dir, key) = (app.db.url.clone(), app.db.dir().display().to_string(), app.ctx.keys.to_base64());
    let (created, refused) = tokio::task::spawn_blocking(move || {
        let env = [("PORTAL_DATABASE_URL", url.as_str()), ("PORTAL_DATA_DIR", &dir), ("PORTAL_SIGNING_KEY", &key)];
        let create = |party: &str| run_portal(&["token", "create", "--party", party, "--name", "CVS"], &env);
        (create(server::demo::AGENCY_SLUG), create(MUNICIPALITY_SLUG))
    })
    .await
    .unwrap();
    let (ok, out, err) = created;
    assert!(ok, "{out}{err}");
    let token = out.lines().find_map(|l| l.strip_prefix("token:")).expect("the token").trim().to_owned();
    assert_eq!(app.corrections_feed(&token, None, None).await.0, 200);
    let (ok, out, err) = refused;
    assert!(!ok && err.contains("function profile"), "{out}{err}");
}

on_both_databases!(
    the_agency_system_puts_persons_and_reads_what_the_portal_corrected,
    a_record_the_rules_refuse_is_named_field_by_field_and_nothing_is_written,
    corrections_accepted_at_once_reach_the_reader_once_each,
    the_operator_creates_the_agency_systems_token,
);
