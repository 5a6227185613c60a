//! REST API v1, reading: the consent changes feed, a person's consent now, and a person's
//! fields through the one disclosure path — each refusal with its own problem type and no
//! disclosure written, and every value returned on the person's own "who received my data".

use app::domain::consent::ConsentScopes;
use app::domain::fields::Field;
use app::domain::ids::{PartyId, PersonId};
use app::services::identity::sessions::Account;
use portal_tests::{API_PROFILE, Backend, MUNICIPALITY_SLUG, SLUG, TestApp, problem_type, spawn_app, spawn_app_at};
use serde_json::Value;

const ALL: ConsentScopes = ConsentScopes { contact: true, trajectory: true, onward: true };
const CONTACT: ConsentScopes = ConsentScopes { contact: true, trajectory: false, onward: false };

/// Walks the feed from `since` in pages of `limit` until `next` is null.
async fn walk(app: &TestApp, token: &str, since: Option<String>, limit: u32) -> (Vec<Value>, Option<String>) {
    let mut items = Vec::new();
    let mut cursor = since;
    loop {
        let query = match &cursor {
            Some(c) => format!("?since={c}&limit={limit}"),
            None => format!("?limit={limit}"),
        };
        let (status, page) = app.api_get(token, &format!("/api/v1/protocols/{SLUG}/consents{query}")).await;
        assert_eq!(status, 200, "{page}");
        let got = page["items"].as_array().unwrap().clone();
        if let Some(last) = got.last() {
            cursor = Some(last["cursor"].as_str().unwrap().to_owned());
        }
        items.extend(got);
        if page["next"].is_null() {
            return (items, cursor);
        }
        assert_eq!(page["next"].as_str(), cursor.as_deref(), "next is the last item's cursor");
    }
}

/// A paginated walk, resumed from every `next`, while consents are being written, equals one
/// unpaginated walk: nothing skipped, nothing repeated, oldest first.
async fn the_feed_resumes_without_skipping_or_repeating(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (_, token) = app.municipality_client(API_PROFILE).await;
    for i in 0..5 {
        app.consenting(&format!("KBI-FEED-{i}"), CONTACT).await;
    }
    // Writers run while the reader walks in pages of two.
    let writer = {
        let db = app.ctx.db.clone();
        let persons: Vec<i32> = {
            let mut ids = Vec::new();
            for i in 0..8 {
                ids.push(app.create_person(&format!("KBI-LIVE-{i}"), "Samir").await.id);
            }
            ids
        };
        tokio::spawn(async move {
            use app::domain::locale::Locale;
            for (i, id) in persons.into_iter().enumerate() {
                let write = |scopes| {
                    app::services::consent::change_own(&db, PersonId(id), SLUG, scopes, Locale::Nl, chrono::Utc::now())
                };
                write(CONTACT).await.expect("consent");
                if i % 3 == 2 {
                    write(ConsentScopes::NONE).await.expect("withdrawal");
                }
                tokio::task::yield_now().await;
            }
        })
    };
    let (mut paged, mut cursor) = walk(&app, &token, None, 2).await;
    writer.await.unwrap();
    let (rest, _) = walk(&app, &token, cursor.take(), 2).await;
    paged.extend(rest);
    let (whole, _) = walk(&app, &token, None, 500).await;
    assert_eq!(paged, whole, "the paginated walk equals the unpaginated one");
    let demo_and_ours = whole.len();
    assert!(demo_and_ours >= 5 + 8 + 2, "every change is in the feed ({demo_and_ours})");
    let mut cursors: Vec<&str> = whole.iter().map(|i| i["cursor"].as_str().unwrap()).collect();
    cursors.dedup();
    assert_eq!(cursors.len(), whole.len(), "no change twice");
    assert!(whole.iter().any(|i| i["state"] == "withdrawn"), "withdrawals are in the feed");
    assert!(whole.iter().all(|i| i["person"].as_str().is_some_and(|p| p.len() == 32)), "persons are references");
    // Resuming from the very end gives nothing new.
    let last = whole.last().unwrap()["cursor"].as_str().unwrap();
    let (status, end) = app.api_get(&token, &format!("/api/v1/protocols/{SLUG}/consents?since={last}")).await;
    assert_eq!((status, end["items"].as_array().map(Vec::len), end["next"].clone()), (200, Some(0), Value::Null));
    // Malformed cursors and limits are 400, each with its type.
    for (query, kind) in [
        ("?since=42", "api-error-bad-cursor"),
        ("?since=c1.zz", "api-error-bad-cursor"),
        ("?limit=0", "api-error-bad-limit"),
        ("?limit=501", "api-error-bad-limit"),
        ("?limit=many", "api-error-bad-limit"),
    ] {
        let (status, body) = app.api_get(&token, &format!("/api/v1/protocols/{SLUG}/consents{query}")).await;
        assert_eq!((status, problem_type(&body)), (400, kind), "{query}: {body}");
    }
}

/// The status is read from the latest commit: a withdrawal shows in the very next request,
/// and from then on a read of the person's fields is refused, writing nothing.
async fn a_withdrawal_stops_reads_at_once(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let (person, reference) = app.consenting("KBI-WITHDRAW", ALL).await;
    let status = format!("/api/v1/protocols/{SLUG}/consents/{reference}");
    let fields = format!("/api/v1/protocols/{SLUG}/persons/{reference}");
    let (code, now) = app.api_get(&token, &status).await;
    assert_eq!(
        (code, now["state"].as_str(), now["scopes"]["onward"].as_bool()),
        (200, Some("given"), Some(true)),
        "{now}"
    );
    let (code, read) = app.api_get(&token, &fields).await;
    assert_eq!(code, 200, "{read}");
    assert_eq!(read["fields"].as_array().unwrap().len(), Field::ALL.len(), "{read}");
    assert_eq!(app.disclosures_of(person).await, 1);

    app.give_consent(person, ConsentScopes::NONE).await;
    let (code, now) = app.api_get(&token, &status).await;
    assert_eq!(
        (code, now["state"].as_str(), now["scopes"]["contact"].as_bool()),
        (200, Some("withdrawn"), Some(false))
    );
    let (code, refused) = app.api_get(&token, &fields).await;
    assert_eq!((code, problem_type(&refused)), (409, "disclosure-refused-withdrawn"), "{refused}");
    assert_eq!(app.disclosures_of(person).await, 1, "a refusal writes no disclosure");
}

/// Each refusal has its own problem type, translated for Accept-Language, and writes nothing.
async fn each_refusal_has_its_own_type_and_writes_nothing(backend: Backend) {
    let app = spawn_app_at(backend, "2026-03-02T10:00:00Z".parse().unwrap()).await;
    app.seed_demo(3).await;
    let municipality = app.party(MUNICIPALITY_SLUG).await;
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let read = |reference: &str| format!("/api/v1/protocols/{SLUG}/persons/{reference}");

    // Known to the municipality, but no consent under the version in force.
    let never = app.create_person("KBI-NEVER", "Nour").await;
    app::services::pseudonyms::assign(&app.ctx.db.conn, PartyId(municipality.id), PersonId(never.id), app.now())
        .await
        .unwrap();
    let never_ref = app.reference_of(municipality.id, never.id).await.unwrap();
    // Consent to trajectory data only, read by a profile of contact fields only.
    let (_, trajectory_ref) =
        app.consenting("KBI-TRAJECTORY", ConsentScopes { trajectory: true, ..ConsentScopes::NONE }).await;
    let tx = app.write().await;
    let phone_only = app::services::registry::create_function_profile(
        &tx,
        "test",
        municipality.id,
        "Bellers",
        "Bellen",
        &[Field::Phone],
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let (_, phone_token) = app.api_client(municipality.id, phone_only.id, "caller").await;
    // A reference of another municipality's space is nobody here.
    let halle = app.other_municipality().await;
    let (_, ours) = app.consenting("KBI-OURS", CONTACT).await;

    let before = app.disclosure_count().await;
    let cases: Vec<(&str, String, &str, u16, &str)> = vec![
        ("no consent", read(&never_ref), &token, 409, "disclosure-refused-no-consent"),
        (
            "nothing the profile may read",
            read(&trajectory_ref),
            &phone_token,
            409,
            "disclosure-refused-nothing-allowed",
        ),
        ("unknown person", read("0123456789abcdef0123456789abcdef"), &token, 404, "error-not-found"),
        ("malformed person", read("..%2F..%2Fetc"), &token, 404, "error-not-found"),
        ("another party's protocol", read(&ours), &halle.token, 404, "error-not-found"),
        ("unknown protocol", format!("/api/v1/protocols/nope/persons/{ours}"), &token, 404, "error-not-found"),
        ("no token", read(&ours), "", 401, "error-unauthenticated"),
        ("unknown token", read(&ours), "spl_not-a-token", 401, "error-token-unknown"),
    ];
    for (what, path, token, status, kind) in &cases {
        let (got, body) = app.api_get(token, path).await;
        assert_eq!((got, problem_type(&body)), (*status, *kind), "{what}: {body}");
        assert!(body["title"].as_str().is_some_and(|t| !t.is_empty()) && body["detail"].is_string(), "{what}: {body}");
    }
    // Revoked and expired tokens say so.
    let (revoked, revoked_token) = app.municipality_client(API_PROFILE).await;
    let (code, body) = app.api_get(&revoked_token, "/api/v1/me").await;
    assert_eq!(code, 200, "the token works (and the server keeps its client in memory): {body}");
    app::services::identity::credentials::revoke_api_client(&app.ctx.db, "test", &revoked.public_id, app.now())
        .await
        .unwrap();
    let (code, body) = app.api_get(&revoked_token, &read(&ours)).await;
    assert_eq!((code, problem_type(&body)), (401, "error-token-revoked"), "{body}");
    let (short_lived, expired_token) = app.api_client(municipality.id, phone_only.id, "short-lived").await;
    {
        use sea_orm::{ActiveModelTrait, Set};
        let mut c: app::store::api_client::ActiveModel = short_lived.into();
        c.expires_at = Set(Some("2026-03-01T00:00:00Z".parse().unwrap()));
        c.update(&app.ctx.db.conn).await.unwrap();
    }
    let (code, body) = app.api_get(&expired_token, &read(&ours)).await;
    assert_eq!((code, problem_type(&body)), (401, "error-token-expired"), "{body}");
    // In the caller's language.
    let res = app
        .client
        .get(format!("{}{}", app.address, read(&never_ref)))
        .bearer_auth(&token)
        .header("accept-language", "fr-BE, nl;q=0.5")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-language"], "fr");
    let (_, fr) = portal_tests::json_of(res).await;
    assert_eq!(
        fr["detail"],
        app::i18n::I18n::new(app::domain::locale::Locale::Fr).t("disclosure-refused-no-consent"),
        "{fr}"
    );
    assert_ne!(fr["detail"], app::i18n::I18n::new(app::domain::locale::Locale::En).t("disclosure-refused-no-consent"));
    assert_eq!(app.disclosure_count().await, before, "no refusal wrote a disclosure");

    // After the protocol's last day (30 June 2027) nothing flows, and the type says why.
    app.ctx.clock.set("2027-07-01T10:00:00Z".parse().unwrap());
    let (code, body) = app.api_get(&token, &read(&ours)).await;
    assert_eq!((code, problem_type(&body)), (409, "disclosure-refused-protocol-expired"), "{body}");
    let (code, body) = app.api_get(&token, &format!("/api/v1/protocols/{SLUG}/consents/{ours}")).await;
    assert_eq!((code, problem_type(&body)), (409, "disclosure-refused-protocol-expired"), "{body}");
    // Before the version's first day (1 July 2025; the first version ended in 2022): not yet.
    app.ctx.clock.set("2025-06-01T10:00:00Z".parse().unwrap());
    let (code, body) = app.api_get(&token, &read(&ours)).await;
    assert_eq!((code, problem_type(&body)), (409, "disclosure-refused-protocol-not-yet"), "{body}");
    // Terminated at once (art. 8): its own type.
    app.ctx.clock.set("2026-04-01T10:00:00Z".parse().unwrap());
    {
        use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
        let v = app::store::protocol_version::Entity::find()
            .filter(app::store::protocol_version::Column::VersionNo.eq(2))
            .one(&app.ctx.db.conn)
            .await
            .unwrap()
            .unwrap();
        let mut v: app::store::protocol_version::ActiveModel = v.into();
        v.status = Set("terminated".into());
        v.termination_kind = Set(Some("immediate".into()));
        v.terminated_effective_on = Set(Some("2026-03-15".parse().unwrap()));
        v.update(&app.ctx.db.conn).await.unwrap();
    }
    let (code, body) = app.api_get(&token, &read(&ours)).await;
    assert_eq!((code, problem_type(&body)), (409, "disclosure-refused-protocol-terminated"), "{body}");
    let (_, list) = app.api_get(&token, "/api/v1/protocols").await;
    assert_eq!(list["items"][0]["state"], "terminated", "{list}");
    assert_eq!(app.disclosure_count().await, before, "no refusal wrote a disclosure");
}

/// Two municipalities know the same person by different references; neither's reference
/// means anything to the other ("not found", never "forbidden").
async fn person_references_differ_between_municipalities(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let halle = app.other_municipality().await;
    let halle_slug = app.protocol_for(&halle.party).await;
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let (person, ours) = app.consenting("KBI-TWICE", CONTACT).await;
    app.give_consent_under(&halle_slug, person, CONTACT).await;
    let theirs = app.reference_of(halle.party.id, person).await.expect("Halle's reference");
    assert_ne!(ours, theirs, "a different reference per municipality");
    let (code, _) = app.api_get(&halle.token, &format!("/api/v1/protocols/{halle_slug}/consents/{theirs}")).await;
    assert_eq!(code, 200, "Halle finds the person by its own reference");
    for (token, path) in [
        (&halle.token, format!("/api/v1/protocols/{halle_slug}/consents/{ours}")),
        (&halle.token, format!("/api/v1/protocols/{halle_slug}/persons/{ours}")),
        (&token, format!("/api/v1/protocols/{SLUG}/consents/{theirs}")),
        (&token, format!("/api/v1/protocols/{halle_slug}/consents/{theirs}")),
    ] {
        let (code, body) = app.api_get(token, &path).await;
        assert_eq!((code, problem_type(&body)), (404, "error-not-found"), "{path}: {body}");
    }
    // Each feed names the person by its own reference only.
    let (_, feed) = app.api_get(&halle.token, &format!("/api/v1/protocols/{halle_slug}/consents")).await;
    assert!(feed["items"].as_array().unwrap().iter().all(|i| i["person"] == theirs.as_str()), "{feed}");
    let (_, list) = app.api_get(&halle.token, "/api/v1/protocols").await;
    let slugs: Vec<&str> = list["items"].as_array().unwrap().iter().filter_map(|p| p["slug"].as_str()).collect();
    let halle_protocols = app.protocols_of(halle.party.id).await;
    assert!(slugs.contains(&halle_slug.as_str()), "{slugs:?}");
    assert_eq!(slugs, halle_protocols, "a client sees its own party's protocols only");
}

/// Every value the API returns is on the person's own record of who received their data:
/// party, field, time and channel `api`; a field with an open correction comes marked.
async fn every_value_read_is_on_the_persons_own_record(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let (person, reference) = app.consenting("KBI-SEEN", CONTACT).await;
    app::services::rectification::file_own(
        &app.ctx.db,
        PersonId(person),
        Field::Phone,
        "+32470111222",
        "Nieuw nummer",
        app.now(),
    )
    .await
    .unwrap();
    let (code, read) = app
        .api_get(&token, &format!("/api/v1/protocols/{SLUG}/persons/{reference}?purpose=Uitnodiging%20infosessie"))
        .await;
    assert_eq!(code, 200, "{read}");
    let returned: Vec<&str> = read["fields"].as_array().unwrap().iter().map(|f| f["field"].as_str().unwrap()).collect();
    assert_eq!(returned, ["given_name", "family_name", "address", "phone", "email"], "contact scope × profile");
    let phone = read["fields"].as_array().unwrap().iter().find(|f| f["field"] == "phone").unwrap();
    assert_eq!((phone["contested"].as_bool(), phone["value"].as_str()), (Some(true), Some("+32470000000")), "GDPR 18");

    let cookie = app.signed_in(Account::Person(PersonId(person))).await;
    let export = app.my_export(&cookie).await;
    let municipality = app.party(MUNICIPALITY_SLUG).await;
    let api_reads: Vec<&Value> =
        export["disclosures"].as_array().unwrap().iter().filter(|d| d["channel"] == "api").collect();
    assert_eq!(api_reads.len(), 1, "{export}");
    let seen = api_reads[0];
    assert_eq!(seen["recipient"], municipality.name.as_str());
    assert_eq!(seen["purpose"], "Uitnodiging infosessie");
    let mut seen_fields: Vec<&str> = seen["fields"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    let mut returned = returned.clone();
    seen_fields.sort();
    returned.sort();
    assert_eq!(seen_fields, returned, "the same fields");
    let at = |v: &Value| v.as_str().unwrap().parse::<chrono::DateTime<chrono::Utc>>().unwrap();
    assert_eq!(at(&seen["occurred_at"]), at(&read["at"]), "the same moment");
    let page = app.page_text("/me/disclosures", &cookie).await;
    assert!(page.contains(&municipality.name), "the page names the municipality");
}

on_both_databases!(
    the_feed_resumes_without_skipping_or_repeating,
    a_withdrawal_stops_reads_at_once,
    each_refusal_has_its_own_type_and_writes_nothing,
    person_references_differ_between_municipalities,
    every_value_read_is_on_the_persons_own_record,
);
