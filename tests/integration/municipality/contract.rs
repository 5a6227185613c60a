//! The API keeps its own contract: schemathesis (PyPI, pinned in `.ci/setup.sh`) reads the
//! live OpenAPI document and sends every operation generated requests — a municipality's with
//! the demo municipality's token and a real protocol and person of its party, the agency's
//! client-tracking system's with its token — every check on. No failure, no 5xx.

use portal_tests::{Backend, MUNICIPALITY_SLUG, SLUG, TestDb, spawn_app_with, workspace_root};

async fn the_api_keeps_its_openapi_contract(backend: Backend) {
    // The default limits (300 API calls, 60 writes a minute) would answer most requests 429.
    let app = spawn_app_with(TestDb::new(backend).await, |s| {
        s.rate_api_per_minute = 1_000_000;
        s.rate_writes_per_minute = 1_000_000;
    })
    .await;
    app.seed_demo(3).await;
    let credentials = std::fs::read_to_string(app.db.dir().join("demo-credentials.json")).unwrap();
    let credentials: serde_json::Value = serde_json::from_str(&credentials).unwrap();
    let token =
        |i: usize| credentials["api_clients"][i]["token"].as_str().expect("the demo issues API tokens").to_owned();
    let (municipal, agency_system) = (token(0), token(2));
    assert!(credentials["api_clients"][2]["profile"].is_null(), "the third is the agency's client-tracking system");
    let municipality = app.party(MUNICIPALITY_SLUG).await;
    let person = app.first_person().await;
    let person = app.reference_of(municipality.id, person.id).await.expect("the demo person consented");
    let (_, contract) = portal_tests::json_of(app.get("/api/v1/openapi.json").await).await;
    let tagged = |op: &serde_json::Value| op["tags"].as_array().is_some_and(|t| t.contains(&"agency".into()));
    let operations: Vec<&serde_json::Value> =
        contract["paths"].as_object().unwrap().values().flat_map(|p| p.as_object().unwrap().values()).collect();
    let for_agency = operations.iter().filter(|op| tagged(op)).count();
    assert_eq!(for_agency, 2, "the agency's system has its two operations");
    // Each system's token for its own operations: a municipality's for all but `agency`, the
    // agency's system's for those.
    for (token, filter, expected) in
        [(municipal, "--exclude-tag", operations.len() - for_agency), (agency_system, "--include-tag", for_agency)]
    {
        let script = workspace_root().join("tests/contract/schemathesis.sh");
        let (base, person) = (app.address.clone(), person.clone());
        let out = tokio::task::spawn_blocking(move || {
            std::process::Command::new("bash")
                .arg(&script)
                .arg(&base)
                .arg(&token)
                .args([filter, "agency"])
                .env("SCHEMATHESIS_SLUG", SLUG)
                .env("SCHEMATHESIS_PERSON", &person)
                .output()
                .expect("run bash")
        })
        .await
        .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "schemathesis {filter}: {}\n{stdout}\n{stderr}", out.status);
        assert!(stdout.contains(&format!("Tested: {expected}")), "all {expected} operations were tested:\n{stdout}");
    }
}

on_both_databases!(the_api_keeps_its_openapi_contract);
