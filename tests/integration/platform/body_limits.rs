//! Request bodies over a route's limit (issue 15): 413 before any handler runs — problem+json
//! for the API, a translated page for a browser's form — whether the size is declared or the
//! body just keeps coming (chunked), and nothing is saved. Staff forms that carry texts in
//! every language fit in theirs.

use app::domain::ids::PersonId;
use app::services::identity::sessions::Account;
use portal_tests::{API_PROFILE, Backend, json_of, problem_type, spawn_app};

async fn bodies_over_the_limit_are_refused_with_413_and_nothing_is_saved(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(2).await;
    let person = app.first_person().await;
    let cookie = app.signed_in(Account::Person(PersonId(person.id))).await;
    let before = app.consent_event_count().await;

    // A person's form, 100 KiB of it: a translated page, in their contact language.
    let padding = "x".repeat(100 * 1024);
    let res = app
        .client
        .post(format!("{}/sf/consent/change", app.address))
        .header("origin", &app.ctx.public_url)
        .header("accept", "text/html")
        .header("cookie", &cookie)
        .form(&[("protocol", portal_tests::SLUG), ("language", "nl"), ("contact", "on"), ("padding", &padding)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 413);
    let page = res.text().await.unwrap();
    let language = app::domain::locale::Locale::parse(&person.contact_language).unwrap();
    let explained = app::i18n::I18n::new(language).t("error-too-large");
    assert!(page.contains(&explained), "{page}");

    // The same, without a declared length (chunked): refused once it goes past the limit.
    let status = chunked_post(&app.address, "/sf/consent/change", &cookie, &app.ctx.public_url, 40 * 4096).await;
    assert_eq!(status, 413, "a chunked body past the limit");
    assert_eq!(app.consent_event_count().await, before, "nothing saved");

    // The API: problem+json.
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let big = serde_json::json!({ "description": "y".repeat(300 * 1024) });
    let res = app
        .client
        .post(format!("{}/api/v1/breaches", app.address))
        .bearer_auth(&token)
        .json(&big)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 413);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    let (_, body) = json_of(res).await;
    assert_eq!(problem_type(&body), "error-too-large", "{body}");

    // A staff form may carry a megabyte (texts in every language): not refused for its size.
    let res = app
        .client
        .post(format!("{}/agency/protocols/create", app.address))
        .header("origin", &app.ctx.public_url)
        .header("accept", "text/html")
        .form(&[("padding", "z".repeat(1024 * 1024))])
        .send()
        .await
        .unwrap();
    assert_ne!(res.status(), 413, "within the staff forms' limit");
}

/// A form POST whose body comes in 4 KiB chunks with no declared length; the answer's status.
async fn chunked_post(address: &str, path: &str, cookie: &str, origin: &str, size: usize) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(address.trim_start_matches("http://")).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: localhost\r\nOrigin: {origin}\r\nAccept: text/html\r\nCookie: {cookie}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let chunk = format!("1000\r\n{}\r\n", "a".repeat(4096));
    for _ in 0..size / 4096 {
        // The server may answer and close before the whole body is sent.
        if stream.write_all(chunk.as_bytes()).await.is_err() {
            break;
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer).await;
    let text = String::from_utf8_lossy(&answer);
    text.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0)
}

on_both_databases!(bodies_over_the_limit_are_refused_with_413_and_nothing_is_saved);
