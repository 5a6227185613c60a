//! The API keeps its own contract: schemathesis (PyPI, pinned in `.ci/setup.sh`) reads the
//! live OpenAPI document and sends every operation generated requests with the demo's API
//! token and a real protocol and person of its party, every check on. No failure, no 5xx.

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
    let token = credentials["api_clients"][0]["token"].as_str().expect("the demo issues an API token").to_owned();
    let municipality = app.party(MUNICIPALITY_SLUG).await;
    let person = app.first_person().await;
    let person = app.reference_of(municipality.id, person.id).await.expect("the demo person consented");
    let (_, contract) = portal_tests::json_of(app.get("/api/v1/openapi.json").await).await;
    let operations: usize = contract["paths"].as_object().unwrap().values().map(|p| p.as_object().unwrap().len()).sum();
    let script = workspace_root().join("tests/contract/schemathesis.sh");
    let base = app.address.clone();
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new("bash")
            .arg(&script)
            .arg(&base)
            .arg(&token)
            .env("SCHEMATHESIS_SLUG", SLUG)
            .env("SCHEMATHESIS_PERSON", &person)
            .output()
            .expect("run bash")
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "schemathesis: {}\n{stdout}\n{}", out.status, String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains(&format!("Tested: {operations}")), "all {operations} operations were tested:\n{stdout}");
}

on_both_databases!(the_api_keeps_its_openapi_contract);
