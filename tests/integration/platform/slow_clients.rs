//! Slow and oversized clients (issue 15, hostile input): a request head that does not arrive,
//! a kept-alive connection left silent and a body that trickles are cut off at the configured
//! times; a head larger than the portal takes is answered 431 — translated, or problem+json
//! for the API — and nothing any of them sent is saved. The times are set to one second here;
//! each wait below is a bound on a test that would otherwise hang, not a measurement.

use app::domain::ids::PersonId;
use app::i18n::I18n;
use app::services::identity::sessions::Account;
use portal_tests::{API_PROFILE, Backend, TestApp, TestDb, json_of, problem_type, spawn_app_with};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Far longer than the one second the portal is given: a connection still open by then was
/// not cut off.
const BOUND: Duration = Duration::from_secs(15);

async fn impatient_portal(backend: Backend) -> TestApp {
    spawn_app_with(TestDb::new(backend).await, |s| {
        s.header_read_timeout_secs = 1;
        s.body_read_timeout_secs = 1;
    })
    .await
}

async fn connect(app: &TestApp) -> TcpStream {
    TcpStream::connect(("127.0.0.1", app.port)).await.unwrap()
}

/// Everything the server sends until it closes the connection; `None` if it is still open
/// after `BOUND`.
async fn until_closed(stream: &mut TcpStream) -> Option<String> {
    let mut seen = Vec::new();
    let mut buf = [0u8; 8192];
    let deadline = tokio::time::Instant::now() + BOUND;
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Err(_) => return None,
            Ok(Ok(0)) | Ok(Err(_)) => return Some(String::from_utf8_lossy(&seen).into_owned()),
            Ok(Ok(n)) => seen.extend_from_slice(&buf[..n]),
        }
    }
}

fn status_of(answer: &str) -> u16 {
    answer.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0)
}

async fn slow_and_silent_connections_are_closed(backend: Backend) {
    let app = impatient_portal(backend).await;

    // Half a request head, then nothing (slowloris): the portal hangs up without an answer.
    let mut half = connect(&app).await;
    half.write_all(b"GET /health/live HTTP/1.1\r\nHost: localhost\r\nX-Slow: ").await.unwrap();
    let answer = until_closed(&mut half).await.expect("a half-sent head is cut off");
    assert!(answer.is_empty() || status_of(&answer) == 408, "{answer}");

    // A connection that opens and says nothing at all.
    let mut silent = connect(&app).await;
    assert!(until_closed(&mut silent).await.is_some(), "a silent connection is closed");

    // A kept-alive connection after its answer: served, then closed when it stays silent.
    let mut kept = connect(&app).await;
    kept.write_all(b"GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n").await.unwrap();
    let answer = until_closed(&mut kept).await.expect("an idle kept-alive connection is closed");
    assert_eq!(status_of(&answer), 200, "{answer}");

    // Meanwhile and after, everyone else is served.
    assert_eq!(app.client.get(format!("{}/health/live", app.address)).send().await.unwrap().status(), 200);
}

/// A POST whose head declares `length` bytes of which only `sent` come; the whole answer.
async fn trickled_post(app: &TestApp, path: &str, headers: &[(&str, &str)], length: usize, sent: usize) -> String {
    let mut stream = connect(app).await;
    let mut head = format!("POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: {length}\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all("x".repeat(sent).as_bytes()).await.unwrap();
    until_closed(&mut stream).await.expect("a trickled body is cut off")
}

async fn a_body_that_does_not_arrive_gets_408_and_nothing_is_saved(backend: Backend) {
    let app = impatient_portal(backend).await;
    app.seed_demo(2).await;
    let person = app.first_person().await;
    let cookie = app.signed_in(Account::Person(PersonId(person.id))).await;
    let before = app.consent_event_count().await;

    // A person's consent form whose body stops halfway: a page in their language, nothing saved.
    let body = format!("protocol={}&language=nl&contact=on&trajectory=on", portal_tests::SLUG);
    let origin = app.ctx.public_url.clone();
    let form = [
        ("Origin", origin.as_str()),
        ("Accept", "text/html"),
        ("Cookie", cookie.as_str()),
        ("Content-Type", "application/x-www-form-urlencoded"),
    ];
    let answer = trickled_post(&app, "/sf/consent/change", &form, body.len() + 500, body.len()).await;
    assert_eq!(status_of(&answer), 408, "{answer}");
    assert!(answer.to_ascii_lowercase().contains("connection: close"), "{answer}");
    let language = app::domain::locale::Locale::parse(&person.contact_language).unwrap();
    let explained = I18n::new(language).t("error-request-timeout");
    assert!(portal_tests::plain(answer.clone()).contains(&explained), "{answer}");
    assert_eq!(app.consent_event_count().await, before, "nothing saved");

    // The API: problem+json, in the language asked for.
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let bearer = format!("Bearer {token}");
    let api = [("Authorization", bearer.as_str()), ("Content-Type", "application/json"), ("Accept-Language", "fr")];
    let answer = trickled_post(&app, "/api/v1/breaches", &api, 400, 20).await;
    assert_eq!(status_of(&answer), 408, "{answer}");
    assert!(answer.contains("application/problem+json"), "{answer}");
    assert!(answer.contains("urn:portal:problem:error-request-timeout"), "{answer}");
    let explained =
        serde_json::to_string(&I18n::new(app::domain::locale::Locale::Fr).t("error-request-timeout")).unwrap();
    assert!(answer.contains(&explained), "{answer}");

    // The same form, sent whole: saved.
    let res = app
        .client
        .post(format!("{}/sf/consent/change", app.address))
        .header("origin", &origin)
        .header("accept", "text/html")
        .header("cookie", &cookie)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success() || res.status().is_redirection(), "{}", res.status());
    assert_eq!(app.consent_event_count().await, before + 1, "saved once sent in full");
}

async fn oversized_request_heads_are_refused_with_431(backend: Backend) {
    let app = impatient_portal(backend).await;
    app.seed_demo(1).await;
    // A cookie grown past the portal's limit (not by the portal: another site on the domain).
    let grown = format!("other={}", "c".repeat(server::request_limits::HEAD_LIMIT));

    // A browser: a translated page that says what to do.
    let res = app
        .client
        .get(format!("{}/", app.address))
        .header("accept", "text/html")
        .header("accept-language", "uk")
        .header("cookie", &grown)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 431);
    assert_eq!(res.headers()["connection"], "close");
    let page = portal_tests::plain(res.text().await.unwrap());
    assert!(page.contains(&I18n::new(app::domain::locale::Locale::Uk).t("error-headers-too-large")), "{page}");

    // The API: problem+json.
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let res = app
        .client
        .get(format!("{}/api/v1/me", app.address))
        .bearer_auth(&token)
        .header("x-padding", "p".repeat(server::request_limits::HEAD_LIMIT))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 431);
    let (_, body) = json_of(res).await;
    assert_eq!(problem_type(&body), "error-headers-too-large", "{body}");

    // Past what the server reads at all: hyper answers 431 before any of the portal's code.
    let mut stream = connect(&app).await;
    let huge = format!(
        "GET / HTTP/1.1\r\nHost: localhost\r\nX-Padding: {}\r\n\r\n",
        "h".repeat(server::serve::HEAD_BUFFER + 1024)
    );
    let _ = stream.write_all(huge.as_bytes()).await;
    let answer = until_closed(&mut stream).await.expect("closed after the refusal");
    assert_eq!(status_of(&answer), 431, "{answer}");

    // An ordinary request is served as ever.
    let res = app.client.get(format!("{}/api/v1/me", app.address)).bearer_auth(&token).send().await.unwrap();
    assert_eq!(res.status(), 200);
}

on_both_databases!(
    slow_and_silent_connections_are_closed,
    a_body_that_does_not_arrive_gets_408_and_nothing_is_saved,
    oversized_request_heads_are_refused_with_431
);
