//! The baseline on every response, and secrets kept out of the logs.

use app::domain::ids::PersonId;
use app::services::identity::credentials;
use app::services::identity::sessions::Account;
use portal_tests::{Backend, MUNICIPALITY_SLUG, SLUG, TestApp, TestDb, log_file, spawn_app, spawn_app_with};

fn routes() -> Vec<(&'static str, String)> {
    let mut r: Vec<(&str, String)> = [
        "/",
        &format!("/protocols/{SLUG}"),
        &format!("/protocols/{SLUG}?version=1"),
        "/signin",
        "/invite",
        "/invite?code=AAAA-BBBB-CCCC",
        "/invite/not-a-real-secret",
        "/account",
        "/me",
        "/agency/rectifications",
        "/agency/admin",
        "/agency/dpo",
        "/municipality/admin",
        "/municipality/persons",
        "/health/live",
        "/health/ready",
        "/lang/ar?next=/",
        "/no/such/page",
        "/pkg/does-not-exist.js",
        "/api/v1/me",
    ]
    .iter()
    .map(|p| ("GET", p.to_string()))
    .collect();
    r.push(("POST", "/sf/protocols/list".into()));
    r.push(("POST", "/sf/auth/sign-in/start".into()));
    r
}

async fn check_baseline(app: &TestApp, cookie: Option<&str>, https: bool) {
    for (method, path) in routes() {
        let mut req = match method {
            "GET" => app.client.get(format!("{}{path}", app.address)),
            _ => app
                .client
                .post(format!("{}{path}", app.address))
                .header("origin", &app.ctx.public_url)
                .form(&[("lang", "nl")]),
        };
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        let res = req.send().await.unwrap();
        let h = res.headers().clone();
        let get = |k: &str| h.get(k).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
        let csp = get("content-security-policy");
        for part in [
            "'wasm-unsafe-eval'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "script-src 'self' 'nonce-",
        ] {
            assert!(csp.contains(part), "{method} {path}: CSP lacks {part}: {csp}");
        }
        assert_eq!(get("x-content-type-options"), "nosniff", "{method} {path}");
        // Invitation pages send no Referer at all: their address is a secret (review M6).
        let invitation = path == "/invite" || path.starts_with("/invite/") || path.starts_with("/invite?");
        let policy = if invitation { "no-referrer" } else { "same-origin" };
        assert_eq!(get("referrer-policy"), policy, "{method} {path}");
        assert_eq!(!get("strict-transport-security").is_empty(), https, "{method} {path}: HSTS only over https");
        if !path.starts_with("/pkg/") {
            assert_eq!(get("cache-control"), "no-store", "{method} {path}");
        }
        let nonce = csp.split("'nonce-").nth(1).and_then(|r| r.split('\'').next()).unwrap_or_default().to_owned();
        let html = res.text().await.unwrap();
        for script in html.split("<script").skip(1) {
            assert!(
                script.contains(&format!("nonce=\"{nonce}\"")),
                "{method} {path}: a script without this response's nonce"
            );
        }
    }
}

async fn every_route_carries_the_security_baseline(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    check_baseline(&app, None, false).await;
    let person = app.first_person().await;
    let cookie = app.signed_in(Account::Person(PersonId(person.id))).await;
    check_baseline(&app, Some(&cookie), false).await;

    let https = spawn_app_with(TestDb::new(backend).await, |s| {
        s.public_url = "https://portal.example.test".into();
        s.public_url_explicit = true;
    })
    .await;
    https.seed_demo(1).await;
    for (method, path) in routes().into_iter().filter(|(m, _)| *m == "GET") {
        let res = https.get(&path).await;
        assert!(res.headers().contains_key("strict-transport-security"), "{method} {path}");
    }
}

/// Canary secrets go through real requests, valid and invalid; none may reach the logs.
async fn secrets_never_reach_the_logs(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(2).await;
    let person = app.first_person().await;
    let invitation = app.invitation_for(person.id).await;
    let session = app.signed_in(Account::Person(PersonId(person.id))).await;
    let spl = app.party(MUNICIPALITY_SLUG).await;
    let profile = app.profile_of(spl.id).await;
    let (client, api_token) = app.api_client(spl.id, profile.id, "canary").await;

    app.get(&format!("/invite/{}", invitation.secret)).await;
    app.post_invite_code(&invitation.short_code).await;
    app.call("auth/enrol/start", serde_json::json!({"invitation": invitation.secret, "by_code": false}), None).await;
    app.call("auth/enrol/start", serde_json::json!({"invitation": invitation.short_code, "by_code": true}), None).await;
    app.get_with("/me", &[("cookie", &session)]).await;
    app.post_form("auth/sign-out", &[], Some(&session)).await;
    app.get_with("/account", &[("cookie", &session)]).await;
    app.get_as_client("/api/v1/me", &api_token).await;
    credentials::revoke_api_client(&app.ctx.db, "test", &client.public_id, app.now()).await.unwrap();
    app.get_as_client("/api/v1/me", &api_token).await;

    let logs = std::fs::read_to_string(log_file()).unwrap_or_default();
    assert!(logs.contains("request"), "the request log is being written");
    let token = session.split('=').nth(1).unwrap();
    for (what, canary) in [
        ("invitation secret", invitation.secret.as_str()),
        ("short code", invitation.short_code.as_str()),
        ("session token", token),
        ("API token", api_token.as_str()),
    ] {
        assert!(!logs.contains(canary), "the {what} appears in the logs");
    }
}

/// Review L7: refused sign-ins and refused authorizations reach the log, by reason and role
/// only; marking the inbox read is a state change with its audit entry.
async fn refusals_are_logged_and_inbox_reads_audited(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(2).await;
    let person = app.first_person().await;
    let cookie = app.signed_in(Account::Person(PersonId(person.id))).await;
    let credential = serde_json::json!({"id": "AAAA", "rawId": "AAAA", "type": "public-key",
        "response": {"authenticatorData": "", "clientDataJSON": "", "signature": "", "userHandle": null}});
    app.call("auth/sign-in/finish", serde_json::json!({"handle": "nope", "credential": credential}), None).await;
    assert_ne!(app.get_with("/agency/dpo", &[("cookie", &cookie)]).await.status(), 200);
    let logs = std::fs::read_to_string(log_file()).unwrap_or_default();
    assert!(logs.contains("sign-in refused"), "a failed sign-in is logged");
    assert!(logs.contains("authorization refused") && logs.contains("read_audit_status"), "a refusal is logged");
    assert!(!logs.contains(&person.dossier_ref) && !logs.contains(&person.public_id), "no one's identity");

    let tx = app.write().await;
    let notice = app::domain::notification::Notice::PasskeyRemoved { name: "Telefoon".into() };
    app::services::notifications::notify(&tx, Account::Person(PersonId(person.id)), notice).await.unwrap();
    tx.commit().await.unwrap();
    let before = app::services::audit::length(&app.ctx.db.conn).await.unwrap();
    let res = app.post_form("notifications/read", &[], Some(&cookie)).await;
    assert!(res.status().is_redirection());
    let after = app::services::audit::length(&app.ctx.db.conn).await.unwrap();
    assert_eq!(after, before + 1, "marking read is audited");
}

/// Review L4: cookie names carry `__Host-` (no sibling host or plain-http page can set them),
/// and a request carrying two session cookies (one planted to shadow the real one) is anonymous.
async fn session_cookies_cannot_be_planted(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(2).await;
    let a = app.first_person().await;
    let b = app.create_person("KBI-TEST-4242", "Planted").await;
    let real = app.signed_in(Account::Person(PersonId(a.id))).await;
    let planted = app.signed_in(Account::Person(PersonId(b.id))).await;
    assert!(real.starts_with("__Host-portal_session="), "{real}");
    assert_eq!(app.get_page("/me", &real).await.0, 200);
    let (status, page) = app.get_page("/me", &format!("{planted}; {real}")).await;
    assert_ne!(status, 200, "two session cookies: neither is trusted");
    assert!(!page.contains("Planted"), "the planted account is not shown");
    let lang = app.get("/lang/ar?next=/").await;
    let set = lang.headers()["set-cookie"].to_str().unwrap();
    assert!(set.starts_with("__Host-portal_lang=ar;") && set.contains("Secure"), "{set}");
}

on_both_databases!(
    refusals_are_logged_and_inbox_reads_audited,
    session_cookies_cannot_be_planted,
    every_route_carries_the_security_baseline,
    secrets_never_reach_the_logs,
);
