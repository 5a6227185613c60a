//! Security review L9: every `/api/` answer that is an error is RFC 9457 problem+json — also
//! the ones no handler wrote (unknown path, wrong method, cross-site refusal, missing token) —
//! and a 401 says how to authenticate. Secrets at rest: the demo's credentials file.

use portal_tests::{Backend, spawn_app};

async fn every_api_error_is_a_problem(backend: Backend) {
    let app = spawn_app(backend).await;
    let url = |p: &str| format!("{}{p}", app.address);
    let cases = [
        ("unknown path", app.client.get(url("/api/v1/nothing-here")), 404),
        ("unknown version", app.client.get(url("/api/v9/me")), 404),
        ("wrong method", app.client.post(url("/api/v1/me")).header("origin", &app.ctx.public_url), 405),
        ("no token", app.client.get(url("/api/v1/me")), 401),
        ("unknown token", app.client.get(url("/api/v1/me")).bearer_auth("spl_not-a-token"), 401),
        (
            "cross-site post",
            app.client
                .post(url("/api/v1/me"))
                .header("origin", "https://evil.example")
                .header("sec-fetch-site", "cross-site"),
            403,
        ),
    ];
    for (what, req, status) in cases {
        let res = req.send().await.unwrap();
        assert_eq!(res.status().as_u16(), status, "{what}");
        let ct = res.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        assert_eq!(ct, "application/problem+json", "{what}");
        if status == 401 {
            assert_eq!(res.headers()["www-authenticate"], "Bearer", "{what}");
        }
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["status"], status, "{what}: {body}");
        assert!(body["type"].as_str().is_some_and(|t| t.starts_with("urn:portal:problem:")), "{what}: {body}");
    }
    // Outside the API, pages stay pages.
    let page = app.get("/nothing-here").await;
    assert_eq!(page.status(), 404);
    assert!(page.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
}

/// Security review L9: the demo's credentials file (one-time invitation secrets, an API token)
/// is readable by its owner only — also when it was there before with wider rights.
async fn demo_credentials_are_the_owners_only(backend: Backend) {
    use std::os::unix::fs::PermissionsExt;
    let app = spawn_app(backend).await;
    let path = app.db.dir().join("demo-credentials.json");
    std::fs::write(&path, "{}").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    app.seed_demo(3).await;
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "mode {mode:o}");
    assert!(std::fs::read_to_string(&path).unwrap().contains("invitation_url"));
}

on_both_databases!(every_api_error_is_a_problem, demo_credentials_are_the_owners_only);
