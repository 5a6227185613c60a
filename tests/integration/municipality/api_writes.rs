//! REST API v1, writing: onward disclosures to registered partners (art. 4), quality reports
//! (art. 7) and breach reports (art. 6/9) — refusals with their own types and nothing written,
//! and an `Idempotency-Key` retried writes one row.

use app::domain::consent::ConsentScopes;
use app::domain::ids::PersonId;
use app::services::identity::sessions::Account;
use app::store::{breach_report, disclosure_event, rectification_request};
use portal_tests::{API_PROFILE, Backend, MUNICIPALITY_SLUG, SLUG, TestApp, problem_type, spawn_app};
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{Value, json};

const ALL: ConsentScopes = ConsentScopes { contact: true, trajectory: true, onward: true };
const CONTACT: ConsentScopes = ConsentScopes { contact: true, trajectory: false, onward: false };

async fn rows<E: EntityTrait>(app: &TestApp) -> u64
where
    E::Model: Sync,
{
    E::find().count(&app.ctx.db.conn).await.unwrap()
}

/// Passing fields on to a registered partner is recorded through the disclosure path, and the
/// person sees the partner "via" the municipality; every refusal has its type and writes nothing.
async fn onward_disclosures_go_to_registered_partners_only(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let partner = app.partner().await;
    let (person, reference) = app.consenting("KBI-ONWARD", ALL).await;
    let (_, contact_only) = app.consenting("KBI-NO-ONWARD", CONTACT).await;
    let path = |r: &str| format!("/api/v1/protocols/{SLUG}/persons/{r}/onward-disclosures");
    let body = json!({"partner": partner.slug, "fields": ["given_name", "phone"], "purpose": "Buddy zoeken"});

    let before = rows::<disclosure_event::Entity>(&app).await;
    let halle = app.other_municipality().await;
    let raw = |content_type: &'static str, text: &'static str| {
        let req = app.client.post(format!("{}{}", app.address, path(&reference))).bearer_auth(&token);
        async move { portal_tests::json_of(req.header("content-type", content_type).body(text).send().await.unwrap()).await }
    };
    let cases = vec![
        ("no onward scope", path(&contact_only), body.clone(), 409, "disclosure-refused-no-onward-consent"),
        (
            "unknown partner",
            path(&reference),
            json!({"partner": "nope", "fields": ["phone"], "purpose": "x"}),
            409,
            "disclosure-refused-not-a-partner",
        ),
        (
            "another party",
            path(&reference),
            json!({"partner": halle.party.slug, "fields": ["phone"], "purpose": "x"}),
            409,
            "disclosure-refused-not-a-partner",
        ),
        (
            "unknown field",
            path(&reference),
            json!({"partner": partner.slug, "fields": ["salary"], "purpose": "x"}),
            422,
            "error-field-unknown",
        ),
        (
            "no field",
            path(&reference),
            json!({"partner": partner.slug, "fields": [], "purpose": "x"}),
            422,
            "api-error-fields-required",
        ),
        (
            "no purpose",
            path(&reference),
            json!({"partner": partner.slug, "fields": ["phone"], "purpose": " "}),
            422,
            "api-error-purpose-required",
        ),
        (
            "unknown member",
            path(&reference),
            json!({"partner": partner.slug, "fields": ["phone"], "purpose": "x", "extra": 1}),
            400,
            "api-error-bad-body",
        ),
        ("unknown person", path("0123456789abcdef0123456789abcdef"), body.clone(), 404, "error-not-found"),
    ];
    for (what, path, body, status, kind) in cases {
        let (got, answer) = app.api_post(&token, &path, &body, None).await;
        assert_eq!((got, problem_type(&answer)), (status, kind), "{what}: {answer}");
    }
    assert_eq!(raw("text/plain", "{}").await.0, 415);
    assert_eq!(problem_type(&raw("application/json", "{not json").await.1), "api-error-bad-body");
    assert_eq!(rows::<disclosure_event::Entity>(&app).await, before, "no refusal wrote a disclosure");

    let (code, sent) = app.api_post(&token, &path(&reference), &body, None).await;
    assert_eq!(code, 201, "{sent}");
    let fields: Vec<&str> = sent["fields"].as_array().unwrap().iter().filter_map(|f| f["field"].as_str()).collect();
    assert_eq!(fields, ["given_name", "phone"]);
    let cookie = app.signed_in(Account::Person(PersonId(person))).await;
    let export = app.my_export(&cookie).await;
    let onward = export["disclosures"].as_array().unwrap().iter().find(|d| d["channel"] == "onward").expect("recorded");
    let municipality = app.party(MUNICIPALITY_SLUG).await;
    assert_eq!(
        (onward["recipient"].as_str(), onward["received_from"].as_str()),
        (Some(partner.name.as_str()), Some(municipality.name.as_str()))
    );
}

/// A retry with the same `Idempotency-Key` gets the first answer and writes nothing twice; the
/// same key for another request is refused.
async fn an_idempotency_key_retried_writes_one_row(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let partner = app.partner().await;
    let (_, reference) = app.consenting("KBI-RETRY", ALL).await;
    let onward = format!("/api/v1/protocols/{SLUG}/persons/{reference}/onward-disclosures");
    let body = json!({"partner": partner.slug, "fields": ["phone"], "purpose": "Buddy zoeken"});
    let disclosures = rows::<disclosure_event::Entity>(&app).await;
    let first = app.api_post(&token, &onward, &body, Some("7d1c0b9e-onward")).await;
    let again = app.api_post(&token, &onward, &body, Some("7d1c0b9e-onward")).await;
    assert_eq!(first.0, 201, "{}", first.1);
    assert_eq!(first, again, "the first answer again");
    assert_eq!(rows::<disclosure_event::Entity>(&app).await, disclosures + 1, "one disclosure");
    let other = json!({"partner": partner.slug, "fields": ["given_name"], "purpose": "Buddy zoeken"});
    let (code, reused) = app.api_post(&token, &onward, &other, Some("7d1c0b9e-onward")).await;
    assert_eq!((code, problem_type(&reused)), (422, "api-error-idempotency-key-reused"), "{reused}");
    let (code, bad) = app.api_post(&token, &onward, &body, Some("")).await;
    assert_eq!((code, problem_type(&bad)), (422, "api-error-idempotency-key"), "{bad}");

    let breach = json!({"detected_at": app.now() - chrono::Duration::hours(1), "description": "Lijst naar verkeerd adres",
        "categories": ["given_name", "email"], "persons": [reference], "measures": "Ontvanger vroeg te wissen"});
    let breaches_before = rows::<breach_report::Entity>(&app).await;
    let first = app.api_post(&token, "/api/v1/breaches", &breach, Some("breach-1")).await;
    let again = app.api_post(&token, "/api/v1/breaches", &breach, Some("breach-1")).await;
    assert_eq!((first.0, &first), (201, &again), "{}", first.1);
    assert_eq!(rows::<breach_report::Entity>(&app).await, breaches_before + 1, "one breach report");

    let report = json!({"person": reference, "field": "address", "proposed_value": "Brusselstraat 12, 1600 Sint-Pieters-Leeuw", "statement": "Post komt terug"});
    let path = format!("/api/v1/protocols/{SLUG}/quality-reports");
    let requests = rows::<rectification_request::Entity>(&app).await;
    let first = app.api_post(&token, &path, &report, Some("report-1")).await;
    let again = app.api_post(&token, &path, &report, Some("report-1")).await;
    assert_eq!((first.0, &first), (201, &again), "{}", first.1);
    assert_eq!(rows::<rectification_request::Entity>(&app).await, requests + 1, "one request");
}

/// Art. 7: a quality report joins the agency's queue under the same rules as a person's
/// request, and the person sees it among their own.
async fn a_quality_report_joins_the_queue_and_the_persons_requests(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let (person, reference) = app.consenting("KBI-QUALITY", CONTACT).await;
    let path = format!("/api/v1/protocols/{SLUG}/quality-reports");
    let before = rows::<rectification_request::Entity>(&app).await;
    for (what, body, status, kind, field) in [
        (
            "bad value",
            json!({"person": reference, "field": "phone", "proposed_value": "bel me", "statement": "x"}),
            422,
            "correction-error-phone",
            "proposed_value",
        ),
        (
            "no statement",
            json!({"person": reference, "field": "phone", "statement": ""}),
            422,
            "correction-error-statement-empty",
            "statement",
        ),
        (
            "unknown field",
            json!({"person": reference, "field": "salary", "statement": "x"}),
            422,
            "error-field-unknown",
            "field",
        ),
    ] {
        let (got, answer) = app.api_post(&token, &path, &body, None).await;
        assert_eq!(
            (got, problem_type(&answer), answer["field"].as_str().unwrap_or_default()),
            (status, kind, field),
            "{what}: {answer}"
        );
    }
    let (_, reception) = app.municipality_client(server::demo::protocol::PROFILE_RECEPTION).await;
    let (got, answer) =
        app.api_post(&reception, &path, &json!({"person": reference, "field": "phone", "statement": "x"}), None).await;
    assert_eq!(
        (got, problem_type(&answer)),
        (409, "disclosure-refused-nothing-allowed"),
        "a field outside the profile: {answer}"
    );
    assert_eq!(rows::<rectification_request::Entity>(&app).await, before, "nothing written");

    let (code, filed) = app
        .api_post(
            &token,
            &path,
            &json!({"person": reference, "field": "phone", "statement": "Nummer bestaat niet meer"}),
            None,
        )
        .await;
    assert_eq!((code, filed["status"].as_str()), (201, Some("open")), "{filed}");
    let (code, twice) = app
        .api_post(&token, &path, &json!({"person": reference, "field": "phone", "statement": "Nog eens"}), None)
        .await;
    assert_eq!((code, problem_type(&twice)), (409, "correction-error-already-pending"), "{twice}");
    let own = app::services::rectification::list_own(&app.ctx.db, PersonId(person)).await.unwrap();
    assert!(own.iter().any(|r| r.public_id == filed["id"].as_str().unwrap()), "the person sees the report");
    let cookie = app.signed_in(Account::Person(PersonId(person))).await;
    let page = app.page_text(&format!("/me/corrections/{}", filed["id"].as_str().unwrap()), &cookie).await;
    let municipality = app.party(MUNICIPALITY_SLUG).await;
    assert!(page.contains(&municipality.name), "the person's page says who reported it: {page}");
    let reports = app::views::rectification::QueueFilter {
        kind: Some(app::domain::rectification::FiledBy::Municipality),
        ..Default::default()
    };
    let queue = app::services::rectification::queue::overview(&app.ctx.db, reports, app.now()).await.unwrap();
    assert!(queue.items.iter().any(|r| r.public_id == filed["id"].as_str().unwrap()), "the agency's queue has it");
    assert!(app.audit_actions().await.contains(&"rectification.file".to_owned()));
}

/// Art. 6/9: the answer shows the 48-hour deadline and whether the report came late.
async fn a_breach_report_knows_its_deadline(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let (_, reference) = app.consenting("KBI-BREACH", CONTACT).await;
    let halle = app.other_municipality().await;
    let detected = app.now() - chrono::Duration::hours(50);
    let breaches_before = rows::<breach_report::Entity>(&app).await;
    let body = |detected: chrono::DateTime<chrono::Utc>, persons: Value, categories: Value| json!({"detected_at": detected, "description": "Laptop verloren", "categories": categories, "persons": persons, "measures": "Gewist op afstand"});
    let halle_person = {
        let p = app.create_person("KBI-HALLE", "Sara").await;
        let slug = app.protocol_for(&halle.party).await;
        app.give_consent_under(&slug, p.id, CONTACT).await;
        app.reference_of(halle.party.id, p.id).await.unwrap()
    };
    for (what, b, status, kind) in [
        (
            "in the future",
            body(app.now() + chrono::Duration::hours(1), json!([]), json!(["phone"])),
            422,
            "breach-error-detected-in-future",
        ),
        ("another party's person", body(detected, json!([halle_person]), json!(["phone"])), 404, "error-not-found"),
        ("no category", body(detected, json!([]), json!([])), 422, "breach-error-categories-required"),
        ("unknown category", body(detected, json!([]), json!(["salary"])), 422, "breach-error-category-unknown"),
    ] {
        let (got, answer) = app.api_post(&token, "/api/v1/breaches", &b, None).await;
        assert_eq!((got, problem_type(&answer)), (status, kind), "{what}: {answer}");
    }
    assert_eq!(rows::<breach_report::Entity>(&app).await, breaches_before, "nothing written");
    let (code, late) = app
        .api_post(&token, "/api/v1/breaches", &body(detected, json!([reference]), json!(["phone", "address"])), None)
        .await;
    assert_eq!(code, 201, "{late}");
    assert_eq!((late["late"].as_bool(), late["persons_affected"].as_u64()), (Some(true), Some(1)));
    let deadline: chrono::DateTime<chrono::Utc> = late["deadline"].as_str().unwrap().parse().unwrap();
    let detected_back: chrono::DateTime<chrono::Utc> = late["detected_at"].as_str().unwrap().parse().unwrap();
    assert_eq!(deadline - detected_back, chrono::Duration::hours(48));
    let (code, on_time) =
        app.api_post(&halle.token, "/api/v1/breaches", &body(app.now(), json!([]), json!(["email"])), None).await;
    assert_eq!((code, on_time["late"].as_bool()), (201, Some(false)), "{on_time}");
    assert!(app.audit_actions().await.contains(&"breach.report".to_owned()));
}

on_both_databases!(
    onward_disclosures_go_to_registered_partners_only,
    an_idempotency_key_retried_writes_one_row,
    a_quality_report_joins_the_queue_and_the_persons_requests,
    a_breach_report_knows_its_deadline,
);
