//! Rate limits (review H1, L1, L6): 429 with `Retry-After`, counted per client — the account
//! when signed in, the network otherwise, the real client behind a trusted proxy — and never
//! in the way of signing out.

use app::domain::ids::PersonId;
use app::services::identity::sessions::Account;
use portal_tests::{Backend, TestDb, spawn_app_with};
use sea_orm::ConnectionTrait;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

async fn rate_limits_answer_429_with_retry_after(backend: Backend) {
    let app = spawn_app_with(TestDb::new(backend).await, |s| {
        s.rate_invitations_per_minute = 3;
        s.rate_ceremonies_per_minute = 2;
        s.rate_api_per_minute = 2;
    })
    .await;
    for i in 0..3 {
        assert_ne!(app.get("/invite").await.status(), 429, "request {i} is within the limit");
    }
    let res = app.get("/invite").await;
    assert_eq!(res.status(), 429);
    let wait: u64 = res.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait));

    for _ in 0..2 {
        assert_eq!(app.call("auth/sign-in/start", serde_json::json!({}), None).await.status(), 200);
    }
    let res = app.call("auth/sign-in/start", serde_json::json!({}), None).await;
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["kind"], "rate_limited", "islands read the reason");

    for _ in 0..2 {
        app.get("/api/v1/me").await;
    }
    let res = app.get("/api/v1/me").await;
    assert_eq!(res.status(), 429);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    assert!(res.headers().contains_key("retry-after"));
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(portal_tests::problem_type(&body), "error-rate-limited", "{body}");
}

/// An attacker anywhere used to exhaust the one bucket every client behind the proxy shared,
/// locking people out of signing out. Sign-out is never limited; a signed-in person's
/// ceremonies count against their account, not the address.
async fn nobody_can_lock_others_out_of_signing_out(backend: Backend) {
    let app = spawn_app_with(TestDb::new(backend).await, |s| s.rate_ceremonies_per_minute = 2).await;
    app.seed_demo(2).await;
    let person = app.first_person().await;
    let victim = app.signed_in(Account::Person(PersonId(person.id))).await;
    for _ in 0..3 {
        app.call("auth/sign-in/start", serde_json::json!({}), None).await;
    }
    assert_eq!(app.call("auth/sign-in/start", serde_json::json!({}), None).await.status(), 429, "the attacker");
    let res = app.call("account/passkeys/reauth", serde_json::json!({}), Some(&victim)).await;
    assert_ne!(res.status(), 429, "the victim's own passkey ceremony is counted on their account");
    let res = app.post_form("auth/sign-out", &[], Some(&victim)).await;
    assert!(res.status().is_redirection(), "signing out is never limited: {}", res.status());
    let (status, _) = app.get_page("/me", &victim).await;
    assert_ne!(status, 200, "and the session really ended");
}

/// Behind a trusted proxy each client has its own bucket; from anyone else the forwarding
/// headers are ignored (they would let a client pick a fresh bucket per request).
async fn behind_a_trusted_proxy_each_client_has_its_own_bucket(backend: Backend) {
    let db = TestDb::new(backend).await;
    let proxied = spawn_app_with(db, |s| {
        s.rate_ceremonies_per_minute = 1;
        s.trusted_proxies = server::ratelimit::TrustedProxies::parse("127.0.0.1/32").unwrap();
    })
    .await;
    let start = |app: &portal_tests::TestApp, header: &'static str, value: &'static str| {
        let req = app
            .client
            .post(format!("{}/sf/auth/sign-in/start", app.address))
            .header("origin", &app.ctx.public_url)
            .header(header, value)
            .json(&serde_json::json!({}));
        async move { req.send().await.unwrap().status().as_u16() }
    };
    assert_eq!(start(&proxied, "forwarded", "for=203.0.113.7").await, 200);
    assert_eq!(start(&proxied, "forwarded", "for=203.0.113.7").await, 429, "the same client again");
    assert_eq!(start(&proxied, "forwarded", "for=203.0.113.8").await, 200, "another client");
    assert_eq!(start(&proxied, "x-forwarded-for", "198.51.100.1").await, 200, "X-Forwarded-For too");
    assert_eq!(start(&proxied, "x-forwarded-for", "198.51.100.1, 127.0.0.1").await, 429, "trusted hops skipped");

    let direct = spawn_app_with(TestDb::new(backend).await, |s| s.rate_ceremonies_per_minute = 1).await;
    assert_eq!(start(&direct, "forwarded", "for=203.0.113.7").await, 200);
    assert_eq!(start(&direct, "forwarded", "for=203.0.113.8").await, 429, "untrusted peer: header ignored");
}

/// A signed-in account's state changes are throttled on the account (a toggling loop used
/// to grow the audit chain without bound); another person is not affected. A plain form
/// gets a translated page, an island the JSON error.
async fn signed_in_state_changes_are_throttled_per_account(backend: Backend) {
    let app = spawn_app_with(TestDb::new(backend).await, |s| s.rate_writes_per_minute = 2).await;
    app.seed_demo(2).await;
    let first = app.first_person().await;
    let second = app.create_person("KBI-2026-009001", "Yusuf").await;
    let a = app.signed_in(Account::Person(PersonId(first.id))).await;
    let b = app.signed_in(Account::Person(PersonId(second.id))).await;
    assert!(app.post_consent(&a, "nl", &["contact"]).await.status().is_redirection());
    assert!(app.post_consent(&a, "nl", &[]).await.status().is_redirection());
    let audit_before = app::services::audit::length(&app.ctx.db.conn).await.unwrap();
    let res = app.post_consent(&a, "nl", &["contact"]).await;
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
    let page = portal_tests::plain(res.text().await.unwrap());
    let locale = app::domain::locale::Locale::parse(&first.contact_language).unwrap();
    let expected = app::i18n::I18n::new(locale).t("error-rate-limited");
    assert!(page.contains(&expected), "a page in the person's contact language: {page}");
    assert_eq!(app::services::audit::length(&app.ctx.db.conn).await.unwrap(), audit_before, "nothing was written");
    let res = app.call("notifications/read", serde_json::json!({}), Some(&a)).await;
    assert_eq!(res.status(), 429);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["kind"], "rate_limited", "islands read the reason");
    assert!(app.post_consent(&b, "nl", &["contact"]).await.status().is_redirection(), "another account is unaffected");
}

/// `GET /./invite?code=…` reached the code page after the router normalised it, past the
/// invitation bucket that looked at the raw path. Such paths are refused outright.
async fn dot_segment_paths_cannot_slip_past_the_limits(backend: Backend) {
    let app = spawn_app_with(TestDb::new(backend).await, |s| s.rate_invitations_per_minute = 3).await;
    for target in ["/./invite?code=AAAA-AAAA-AAAA", "/x/../invite", "/%2e/invite", "/api/v1/./me"] {
        let status = raw_get(app.port, target).await;
        assert!(status == 400 || status == 404, "{target} answered {status}");
    }
    for _ in 0..3 {
        assert_ne!(raw_get(app.port, "/invite?code=AAAA-AAAA-AAAA").await, 429);
    }
    assert_eq!(raw_get(app.port, "/invite?code=AAAA-AAAA-AAAA").await, 429);
    assert_eq!(raw_get(app.port, "/./invite?code=AAAA-AAAA-AAAA").await, 400, "refused before it is counted");
}

/// The status of a request sent exactly as written (HTTP clients normalise dot segments).
async fn raw_get(port: u16, target: &str) -> u16 {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    let request = format!("GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let head = String::from_utf8_lossy(&answer);
    head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0)
}

/// Two instances on one database: the limits that guard secrets (invitation codes, passkey
/// ceremonies) hold for the two together, not for each — a guesser spreading requests over
/// the instances behind a proxy gets no more tries than from one.
async fn instances_on_one_database_share_the_limits_that_guard_secrets(backend: Backend) {
    // Counts are per wall-clock minute: start well inside one.
    let secs = chrono::Utc::now().timestamp().rem_euclid(60);
    if secs > 50 {
        tokio::time::sleep(std::time::Duration::from_secs((61 - secs) as u64)).await;
    }
    let a = spawn_app_with(TestDb::new(backend).await, |s| s.rate_invitations_per_minute = 4).await;
    let key = a.ctx.keys.to_base64();
    let b = spawn_app_with(TestDb::at(a.db.url.clone(), backend), |s| {
        s.rate_invitations_per_minute = 4;
        s.signing_key = Some(key);
    })
    .await;
    for app in [&a, &b, &a, &b] {
        assert_ne!(app.get("/invite").await.status(), 429, "within the cluster's four");
    }
    assert_eq!(b.get("/invite").await.status(), 429, "the fifth, on either instance, is refused");
    assert_eq!(a.get("/invite").await.status(), 429);
    let rows = a
        .ctx
        .db
        .conn
        .query_all_raw(sea_orm::Statement::from_string(a.ctx.db.backend(), "SELECT bucket, client FROM rate_counts"));
    let rows = rows.await.unwrap();
    assert!(!rows.is_empty());
    for row in rows {
        let client: String = row.try_get("", "client").unwrap();
        // Hex digits only: never the address, which has dots (a hash may well hold "127").
        assert_eq!(client.len(), 32, "a keyed hash, never the address: {client}");
        assert!(client.bytes().all(|b| b.is_ascii_hexdigit()), "{client}");
    }
}

on_both_databases!(
    instances_on_one_database_share_the_limits_that_guard_secrets,
    rate_limits_answer_429_with_retry_after,
    nobody_can_lock_others_out_of_signing_out,
    behind_a_trusted_proxy_each_client_has_its_own_bucket,
    signed_in_state_changes_are_throttled_per_account,
    dot_segment_paths_cannot_slip_past_the_limits,
);
