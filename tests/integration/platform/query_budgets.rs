//! Round trips on a budget (issue 15): every page a role reaches sends at most its written
//! number of statements to the database, and that number does not grow with the data — no
//! query per row, per protocol or per recipient. Counted through the pool's statement hook
//! (`Db::statements`; a write transaction's `BEGIN` and `COMMIT` count too), so a count is
//! exact: this is a test, not a timing.
//!
//! The pages are found, not listed: each role's start page and every page its links reach (one
//! address per route shape, as the browser sweep does), so a new page without a budget here
//! fails until it has one. Each page is measured, then the data grows — more disclosures,
//! corrections, persons and a protocol more — and the same page must cost the same again.

use app::domain::consent::ConsentScopes;
use app::domain::fields::Field;
use app::domain::ids::{PersonId, StaffId};
use app::domain::roles::{PartyKind, Role};
use app::services::identity::sessions::Account;
use app::services::registry::{self, NewParty};
use portal_tests::{API_PROFILE, Backend, MUNICIPALITY_SLUG, SLUG, TestApp, spawn_app_at_without_jobs, staff_read};
use server::demo::protocol::PROFILE_TRAJECTORY;
use std::collections::BTreeMap;

/// Statements per page (`*` stands for one segment; the first pattern that matches counts):
/// the most any role's view of it may send. A signed-in request starts with two (the session,
/// the account); a write transaction counts its `BEGIN` and `COMMIT`.
const BUDGETS: &[(&str, u64)] = &[
    // Public: the protocols, their versions, texts and party names — whatever their number.
    ("/", 6),
    ("/protocols/*", 8),
    ("/accessibility", 2),
    ("/signin", 2),
    ("/invite", 2),
    // The person.
    ("/me", 7),
    ("/me/pilots/*", 12),
    ("/me/data", 9),
    ("/me/disclosures", 11),
    ("/me/corrections", 5),
    ("/me/corrections/new", 9),
    ("/me/corrections/*", 6),
    ("/me/notifications", 3),
    ("/account", 6),
    // The agency.
    ("/agency/rectifications", 10),
    ("/agency/rectifications/*", 9),
    ("/agency/admin", 15),
    ("/agency/assisted-consent", 6),
    ("/agency/protocols", 7),
    ("/agency/protocols/*/*", 8),
    ("/agency/registers", 21),
    ("/agency/dpo", 3),
    ("/agency/dpo/audit", 4),
    ("/agency/dpo/breaches", 6),
    ("/agency/dpo/disclosures", 6),
    ("/agency/dpo/erasure", 4),
    ("/agency/dpo/notices", 4),
    // The municipality.
    ("/municipality/admin", 9),
    ("/municipality/admin/erasure", 4),
    ("/municipality/admin/notices", 4),
    ("/municipality/admin/partners", 3),
    ("/municipality/admin/partners/*", 4),
    ("/municipality/admin/processors", 3),
    ("/municipality/admin/profiles/new", 2),
    ("/municipality/admin/profiles/*", 9),
    ("/municipality/admin/staff", 9),
    ("/municipality/persons", 15),
    // A person's record: the read is recorded (disclosure and audit, in one transaction).
    ("/municipality/persons/*/*", 20),
    ("/municipality/breaches", 6),
    ("/municipality/breaches/new", 6),
    ("/municipality/corrections", 3),
    ("/municipality/dpo", 6),
    ("/municipality/dpo/disclosures", 6),
    ("/municipality/dpo/erasure", 4),
    ("/municipality/dpo/registers", 12),
];

/// The budget of the first pattern that matches `path`.
fn budget_of(path: &str) -> Option<u64> {
    let segments: Vec<&str> = path.split('/').collect();
    BUDGETS.iter().find_map(|(pattern, max)| {
        let wanted: Vec<&str> = pattern.split('/').collect();
        let fits = wanted.len() == segments.len() && wanted.iter().zip(&segments).all(|(w, s)| *w == "*" || w == s);
        fits.then_some(*max)
    })
}

/// Links a crawl does not follow: they change state, leave the site or are not pages.
fn skipped(path: &str) -> bool {
    ["/lang/", "/sf/", "/invite/", "/receipts/", "/health", "/signout"].iter().any(|p| path.starts_with(p))
        || (path.starts_with("/api/v1/") && path != "/api/v1/docs")
        || [".csv", ".json", ".jsonl", ".wasm", ".js", ".css"].iter().any(|e| path.ends_with(e))
}

fn shape(path: &str) -> String {
    path.split('/').map(|s| if s.chars().any(|c| c.is_ascii_digit()) { "#" } else { s }).collect::<Vec<_>>().join("/")
}

fn links(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.starts_with('/') && !href.starts_with("//"))
        .map(|href| href.split(['?', '#']).next().unwrap_or_default().to_owned())
        .collect()
}

/// The statements one GET of `path` sends (the body read to its end).
async fn statements_of(app: &TestApp, path: &str, cookie: &str) -> (u16, u64, String) {
    tracing::trace!(target: "portal::sql", "GET {path}");
    let before = app.ctx.db.statements();
    let res = app.get_with(path, &[("cookie", cookie)]).await;
    let status = res.status().as_u16();
    let body = res.text().await.unwrap_or_default();
    (status, app.ctx.db.statements() - before, body)
}

/// The pages reachable from `start`, one per route shape.
async fn crawl(app: &TestApp, cookie: &str, start: &str) -> Vec<String> {
    let mut seen = BTreeMap::from([(shape(start), start.to_owned())]);
    let mut queue = vec![start.to_owned()];
    while let Some(path) = queue.pop() {
        let (_, _, body) = statements_of(app, &path, cookie).await;
        for href in links(&body) {
            if !skipped(&href) && !seen.contains_key(&shape(&href)) {
                seen.insert(shape(&href), href.clone());
                queue.push(href);
            }
        }
    }
    seen.into_values().collect()
}

/// Waits until nothing else talks to the database (work a request left to finish after its
/// answer, such as a batch of audit entries), so that a count is the request's own.
async fn settle(app: &TestApp) {
    let mut last = app.ctx.db.statements();
    loop {
        tokio::time::sleep(std::time::Duration::from_millis(30)).await;
        let now = app.ctx.db.statements();
        if now == last {
            return;
        }
        last = now;
    }
}

/// Each page's count, after one warm-up request (a session is touched once).
async fn measure(app: &TestApp, cookie: &str, pages: &[String]) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    for path in pages {
        statements_of(app, path, cookie).await;
        settle(app).await;
        let (status, n, _) = statements_of(app, path, cookie).await;
        assert!(status < 500, "{path}: {status}");
        out.insert(path.clone(), n);
    }
    out
}

async fn file_correction(app: &TestApp, person: i32, field: Field, value: &str) {
    let db = &app.ctx.db;
    app::services::rectification::file_own(db, PersonId(person), field, value, "Klopt niet", app.now())
        .await
        .expect("a correction request");
}

/// More of everything a page lists: disclosures and corrections of the person, persons with
/// consent, and a second protocol with the same municipality, under which the person consents.
async fn grow(app: &TestApp, person: i32) {
    let reader = app.staff_with_profile(PROFILE_TRAJECTORY).await;
    let protocol = app.protocol().await;
    for _ in 0..20 {
        app.disclose(staff_read(person, protocol.id, reader.id)).await.expect("a read");
    }
    for (field, value) in
        [(Field::Email, "nieuw@voorbeeld.be"), (Field::Address, "Kerkstraat 1, 1600 Sint-Pieters-Leeuw")]
    {
        file_correction(app, person, field, value).await;
    }
    let all = ConsentScopes { contact: true, trajectory: true, onward: true };
    for i in 0..10 {
        app.consenting(&format!("KBI-QB-{i}"), all).await;
    }
    let municipality = app.party(MUNICIPALITY_SLUG).await;
    let slug = app.protocol_for(&municipality).await;
    app.give_consent_under(&slug, person, all).await;
    // A third municipality, with a register and a protocol of its own.
    let tx = app.write().await;
    let kind = PartyKind::Municipality;
    let third = NewParty { slug: "dilbeek", kind, name: "Lokaal Bestuur Dilbeek", parent_party_id: None, ..NEW };
    let third = registry::create_party(&tx, "test", third).await.expect("a municipality");
    let partner = NewParty {
        slug: "dilbeek-buddies",
        kind: PartyKind::Partner,
        name: "Buddies Dilbeek",
        parent_party_id: Some(third.id),
        ..NEW
    };
    registry::create_party(&tx, "test", partner).await.expect("a partner");
    registry::create_function_profile(&tx, "test", third.id, "Onthaal", "Onthaal", &[Field::Phone])
        .await
        .expect("a profile");
    tx.commit().await.expect("commit");
    app.protocol_for(&third).await;
}

const NEW: NewParty<'static> = NewParty {
    slug: "",
    kind: PartyKind::Municipality,
    name: "",
    parent_party_id: None,
    address: None,
    enterprise_number: None,
    dpo_contact: None,
};

async fn every_page_keeps_its_query_budget(backend: Backend) {
    let app = spawn_app_at_without_jobs(backend, "2026-03-02T10:00:00Z".parse().unwrap()).await;
    app.seed_demo(3).await;
    let (person, _) = app.person_with_history("KBI-QB-P", "Nour").await;
    let me = app.signed_in(Account::Person(PersonId(person.id))).await;
    file_correction(&app, person.id, Field::Phone, "0470 12 34 56").await;
    let mut roles: Vec<(String, String, &str)> =
        vec![("public".into(), String::new(), "/"), ("person".into(), me.clone(), "/me")];
    for (role, start) in [
        (Role::AgencyRectificationOfficer, "/agency/rectifications"),
        (Role::AgencyProtocolAdmin, "/agency/admin"),
        (Role::AgencyDpo, "/agency/dpo"),
    ] {
        let staff = app.staff_of(role).await;
        roles.push((role.as_str().into(), app.signed_in(Account::Staff(StaffId(staff.id))).await, start));
    }
    for (role, start) in [
        (Role::MunicipalityAdmin, "/municipality/admin"),
        (Role::MunicipalityStaff, "/municipality/persons"),
        (Role::MunicipalityDpo, "/municipality/dpo"),
    ] {
        let staff = app.staff_of_party(role, MUNICIPALITY_SLUG).await;
        roles.push((role.as_str().into(), app.signed_in(Account::Staff(StaffId(staff.id))).await, start));
    }

    let mut pages = Vec::new();
    for (role, cookie, start) in &roles {
        let found = crawl(&app, cookie, start).await;
        let counts = measure(&app, cookie, &found).await;
        pages.push((role.clone(), cookie.clone(), found, counts));
    }
    grow(&app, person.id).await;

    let mut report = Vec::new();
    let mut wrong = Vec::new();
    for (role, cookie, found, before) in &pages {
        let after = measure(&app, cookie, found).await;
        for path in found {
            let (b, a) = (before[path], after[path]);
            let key = shape(path);
            report.push(format!("{role:<30} {key:<55} {b:>3} {a:>3}"));
            match budget_of(path) {
                None => wrong.push(format!("{role} {path}: no budget (it sends {b})")),
                Some(max) if a > max || b > max => wrong.push(format!("{role} {path}: {b} → {a}, budget {max}")),
                _ => {}
            }
            if a != b {
                wrong.push(format!("{role} {path}: {b} statements, {a} once the data grew"));
            }
        }
    }
    println!("{}", report.join("\n"));
    assert!(wrong.is_empty(), "pages over their query budget:\n{}", wrong.join("\n"));
}

/// The API's reads for a municipality's systems, by a bearer token. Each budget counts the
/// token's lookup, which a token read less than a second ago skips.
/// - the consent status: one statement (versions and the latest consent under each);
/// - a field read: the reference, the client and its profile, the person, the consent, open
///   corrections, the version's fields; then one transaction (`BEGIN`, the disclosure, its
///   fields in one insert, the audit head, entry and head update, `COMMIT`) — shared by every
///   read that arrives meanwhile (`services::batch`), so under load a read costs less.
const API_BUDGETS: &[(&str, u64)] = &[("consents", 2), ("persons", 14)];

async fn the_apis_reads_keep_their_query_budget(backend: Backend) {
    let app = spawn_app_at_without_jobs(backend, "2026-03-02T10:00:00Z".parse().unwrap()).await;
    app.seed_demo(3).await;
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let all = ConsentScopes { contact: true, trajectory: true, onward: true };
    let (_, reference) = app.consenting("KBI-QB-API", all).await;
    for (kind, max) in API_BUDGETS {
        let path = format!("/api/v1/protocols/{SLUG}/{kind}/{reference}");
        let mut counts = Vec::new();
        for _ in 0..3 {
            settle(&app).await;
            tracing::trace!(target: "portal::sql", "GET {path}");
            let before = app.ctx.db.statements();
            let res = app.get_as_client(&path, &token).await;
            assert_eq!(res.status(), 200, "{path}");
            res.bytes().await.expect("the body");
            settle(&app).await;
            counts.push(app.ctx.db.statements() - before);
        }
        println!("{path}: {counts:?}");
        assert!(counts.iter().all(|n| n <= max), "{path}: {counts:?} statements, budget {max}");
    }
}

on_both_databases!(every_page_keeps_its_query_budget, the_apis_reads_keep_their_query_budget);
