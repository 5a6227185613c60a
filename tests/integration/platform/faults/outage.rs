//! The database goes away for a few seconds (its own PostgreSQL server, stopped and started):
//! every request in between fails cleanly — 503 problem+json with `Retry-After` for the API,
//! a translated page for a person, nothing half-saved — and the portal serves again by itself,
//! without a restart.

use app::domain::consent::ConsentScopes;
use app::domain::ids::PersonId;
use app::services::identity::sessions::Account;
use portal_tests::pg_cluster::PgCluster;
use portal_tests::{API_PROFILE, Backend, SLUG, TestDb, json_of, problem_type, spawn_app_with};
use std::time::{Duration, Instant};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_database_stopped_and_started_fails_requests_cleanly_and_the_portal_recovers() {
    let cluster = PgCluster::start();
    let app = spawn_app_with(TestDb::at(cluster.url("postgres"), Backend::Postgres), |s| {
        s.run_jobs = false;
        s.database_wait_secs = 2;
    })
    .await;
    app.seed_demo(3).await;
    let all = ConsentScopes { contact: true, trajectory: true, onward: true };
    let (person_id, reference) = app.consenting("KBI-OUTAGE-1", all).await;
    let cookie = app.signed_in(Account::Person(PersonId(person_id))).await;
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let status_path = format!("/api/v1/protocols/{SLUG}/consents/{reference}");
    let (status, _) = app.api_get(&token, &status_path).await;
    assert_eq!(status, 200);
    let events_before = app.consent_event_count().await;

    cluster.stop();
    let started = Instant::now();
    // The API: a problem that says to come back, in the caller's language.
    let res = app
        .client
        .get(format!("{}{status_path}", app.address))
        .bearer_auth(&token)
        .header("accept-language", "fr")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 503);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    assert!(res.headers().contains_key("retry-after"));
    let (_, body) = json_of(res).await;
    assert_eq!(problem_type(&body), "error-unavailable", "{body}");
    let french = app::i18n::I18n::new(app::domain::locale::Locale::Fr).t("error-unavailable");
    assert_eq!(body["detail"], french.as_str());
    // A person's page: the translated explanation (their language: Arabic, from the demo).
    let res = app
        .client
        .get(format!("{}/me", app.address))
        .header("cookie", &cookie)
        .header("accept", "text/html")
        .header("accept-language", "ar")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 503);
    let page = res.text().await.unwrap();
    let arabic = app::i18n::I18n::new(app::domain::locale::Locale::Ar).t("error-unavailable");
    assert!(page.contains(&html_escape(&arabic)), "the page explains, in Arabic: {page}");
    // A consent form sent meanwhile is not saved, and is not said to be.
    let res = app.post_consent(&cookie, "nl", &["contact"]).await;
    assert_eq!(res.status(), 503, "the form's answer says it could not be saved");
    let status = app.get("/health/ready").await.status();
    assert_eq!(status, 503, "not ready while the database is away");
    assert!(started.elapsed() < Duration::from_secs(20), "each failure came within the wait: {:?}", started.elapsed());

    // Back: the portal serves again on its own.
    cluster.start_again();
    let until = Instant::now() + Duration::from_secs(20);
    loop {
        let (status, body) = app.api_get(&token, &status_path).await;
        if status == 200 {
            break;
        }
        assert!(Instant::now() < until, "the portal did not recover within 20 s: {status} {body}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let res = app.post_consent(&cookie, "nl", &["contact"]).await;
    assert!(portal_tests::location(&res).contains("saved=1"), "saving works again");
    assert_eq!(app.consent_event_count().await, events_before + 1, "only the save after the outage is recorded");
    super::load::verify_chain(&app);
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
