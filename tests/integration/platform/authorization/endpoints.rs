//! Every server function, page and route the server registers, with the operation its guard
//! names, called as every caller: the guard lets exactly the matrix's cells through. The table
//! is checked against what the server registers (`server::startup::registered_paths`), so a
//! new endpoint without a row fails here, naming it.

use super::callers;
use super::endpoint_table::{Call, Guard, Row, WITHOUT_CONSTANT, every_endpoint};
use app::api::endpoints::ALL;
use app::domain::authz::allows;
use portal_tests::{Backend, TestDb, spawn_app_with};
use serde_json::Value;
use server::startup::{RegisteredPaths, registered_paths};
use std::collections::BTreeSet;

/// Each endpoint as each caller: the guard lets exactly the matrix's cells through.
/// "Refused" is 401/403 (or, for pages and plain forms, the way to sign-in).
async fn every_endpoint_applies_the_matrix(backend: Backend) {
    // Many calls from one address: lift the rate limits, which are tested elsewhere.
    let app = spawn_app_with(TestDb::new(backend).await, |s| {
        s.rate_ceremonies_per_minute = 10_000;
        s.rate_invitations_per_minute = 10_000;
        s.rate_writes_per_minute = 10_000;
        s.rate_api_per_minute = 10_000;
    })
    .await;
    app.seed_demo(3).await;
    let callers = callers(&app).await;
    let mut wrong = Vec::new();
    let form_of = |body: &Value, number: fn(&Value) -> String| -> Vec<(String, String)> {
        let fields = body.as_object().unwrap().iter();
        fields.map(|(k, v)| (k.clone(), v.as_str().map(str::to_owned).unwrap_or_else(|| number(v)))).collect()
    };
    for Row { guard, door, call, target, body } in every_endpoint() {
        for caller in &callers {
            let sf = format!("{}/sf/{target}", app.address);
            let req = match call {
                Call::SfJson => app.client.post(sf).header("accept", "application/json").json(&body),
                Call::SfForm => {
                    app.client.post(sf).header("accept", "application/json").form(&form_of(&body, Value::to_string))
                }
                Call::Form => {
                    app.client.post(format!("{}{target}", app.address)).form(&form_of(&body, |_| String::new()))
                }
                Call::Get => app.client.get(format!("{}{target}", app.address)),
                Call::ApiJson => app.client.post(format!("{}{target}", app.address)).json(&body),
                Call::ApiPut => app.client.put(format!("{}{target}", app.address)).json(&body),
            }
            .header("origin", &app.ctx.public_url);
            let res = caller.on(req).send().await.unwrap();
            let status = res.status().as_u16();
            let location = res.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default();
            // Signed out is where sign-out succeeds; any other way to sign-in is a refusal.
            let to_signin = location.starts_with("/signin") && !location.contains("signed_out");
            let refused = status == 401 || status == 403 || to_signin;
            let allowed = match guard {
                Guard::Op(op) => allows(caller.actor, op) && door.admits(caller.actor),
                Guard::Open => true,
            };
            if refused == allowed {
                wrong.push(format!("{call:?} {target} as {}: status {status}", caller.actor.column()));
            }
        }
    }
    assert!(wrong.is_empty(), "endpoints that disagree with authorization.md ({}):\n{}", wrong.len(), wrong.join("\n"));
}

/// Whether a concrete path (no query string) matches a route pattern: Leptos writes
/// parameters `:name`, axum `{name}`; `*rest` takes the remainder.
fn matches(pattern: &str, path: &str) -> bool {
    let mut want = pattern.trim_end_matches('/').split('/');
    let mut got = path.trim_end_matches('/').split('/');
    loop {
        match (want.next(), got.next()) {
            (None, None) => return true,
            (Some(w), _) if w.starts_with('*') || w.starts_with("{*") => return true,
            (Some(w), Some(g)) if w == g || w.starts_with(':') || (w.starts_with('{') && w.ends_with('}')) => {}
            _ => return false,
        }
    }
}

/// What is wrong between the table and what the server registers, one line each.
fn gaps(rows: &[Row], registered: &RegisteredPaths) -> Vec<String> {
    let routes: Vec<&String> = registered.pages.iter().chain(&registered.other).collect();
    let mut covered = BTreeSet::new();
    let mut problems = Vec::new();
    for r in rows {
        let reached = match r.call {
            Call::SfJson | Call::SfForm => {
                let path = format!("/sf/{}", r.target);
                registered.server_functions.contains(&path).then_some(path)
            }
            Call::Form | Call::Get | Call::ApiJson | Call::ApiPut => {
                let path = r.target.split('?').next().unwrap_or_default();
                // The most specific route that matches: literal segments win over parameters.
                let literal = |p: &str| p.split('/').filter(|s| !s.starts_with([':', '{', '*'])).count();
                routes.iter().filter(|p| matches(p, path)).max_by_key(|p| literal(p)).map(|p| p.to_string())
            }
        };
        match reached {
            Some(path) => {
                covered.insert(path);
            }
            None => problems.push(format!("table row {:?} {} reaches no registered route", r.call, r.target)),
        }
    }
    for (kind, paths) in
        [("server function", &registered.server_functions), ("page", &registered.pages), ("route", &registered.other)]
    {
        for path in paths.iter().filter(|p| !covered.contains(*p)) {
            problems.push(format!("{kind} {path} has no row in the table"));
        }
    }
    for endpoint in ALL {
        if !registered.server_functions.contains(&format!("/sf/{endpoint}")) {
            problems.push(format!("app::api::endpoints has {endpoint}, which is not a registered server function"));
        }
    }
    for path in &registered.server_functions {
        let endpoint = path.strip_prefix("/sf/").unwrap_or(path);
        if !ALL.contains(&endpoint) && !WITHOUT_CONSTANT.contains(&endpoint) {
            problems.push(format!(
                "server function {path} is neither in app::api::endpoints::ALL nor listed as not called by islands"
            ));
        }
    }
    problems
}

/// The table covers every server function, page and route the server registers (and no row
/// is stale), and `app::api::endpoints` names exactly the registered server functions.
#[test]
fn the_endpoint_table_covers_everything_the_server_registers() {
    let registered = registered_paths();
    assert!(!registered.server_functions.is_empty() && !registered.pages.is_empty(), "the server registers routes");
    let gaps = gaps(&every_endpoint(), &registered);
    assert!(gaps.is_empty(), "the endpoint table and the server disagree ({}):\n{}", gaps.len(), gaps.join("\n"));
}

#[test]
fn route_patterns_match_concrete_paths() {
    assert!(matches("/me/corrections/:id", "/me/corrections/none"));
    assert!(matches("/me/receipts/{id}", "/me/receipts/none.json"));
    assert!(matches("/me", "/me"));
    assert!(!matches("/me", "/me/data"));
    assert!(!matches("/me/pilots/:slug", "/me/pilots/x/review"));
    assert!(matches("/pkg/*rest", "/pkg/a/b.js"));
}

on_both_databases!(every_endpoint_applies_the_matrix);
