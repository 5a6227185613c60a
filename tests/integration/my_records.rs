//! The person's own records: "who received my data" (overview and timeline), "my data" and
//! its export, correction requests, the inbox — and that person A never reaches person B's.

use app::domain::consent::{ConsentChannel, ConsentScopes};
use app::domain::disclosure::DisclosureChannel;
use app::domain::fields::Field;
use app::domain::locale::Locale;
use app::services::consent::{self, ConsentChange};
use app::services::disclosure::log as disclosure_log;
use app::services::disclosure::{self, Actor, DisclosureRequest};
use app::services::identity::sessions::Account;
use app::services::rectification::{self, Decision};
use app::store::{
    consent_event, disclosure_event, disclosure_event_field, party, person, rectification_request, staff,
};
use app::views::disclosures::TimelineFilter;
use portal_tests::{Backend, TestApp, plain, spawn_app};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::demo::protocol::{PROFILE_TRAJECTORY, PROFILE_VOLUNTEERING};
use std::collections::BTreeMap;

const SLUG: &str = "agii-sint-pieters-leeuw-amif-507";

async fn give_all(app: &TestApp, person_id: i32) {
    consent::change_own(
        &app.ctx.db,
        person_id,
        SLUG,
        ConsentScopes { contact: true, trajectory: true, onward: true },
        Locale::Ar,
        app.now(),
    )
    .await
    .unwrap();
}

/// A person with consent and disclosures of every kind: UI reads by two profiles, and an
/// onward transfer to a partner. Returns the expected party × field tally.
async fn person_with_history(
    app: &TestApp,
    dossier: &str,
    given: &str,
) -> (person::Model, BTreeMap<(i32, Field), u64>) {
    let p = app.create_person(dossier, given).await;
    give_all(app, p.id).await;
    let reader = app.staff_with_profile(PROFILE_TRAJECTORY).await;
    let volunteering = app.staff_with_profile(PROFILE_VOLUNTEERING).await;
    let protocol = app::store::protocol::Entity::find().one(&app.ctx.db.conn).await.unwrap().unwrap();
    let partner = party::Entity::find()
        .filter(party::Column::ParentPartyId.eq(protocol.recipient_party_id))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .expect("the demo municipality has partners");
    let reads = [
        (reader.id, DisclosureChannel::Ui, None),
        (reader.id, DisclosureChannel::Ui, None),
        (volunteering.id, DisclosureChannel::Ui, None),
        (reader.id, DisclosureChannel::Onward, Some(partner.id)),
        (reader.id, DisclosureChannel::Ui, None),
    ];
    let mut expected = BTreeMap::new();
    for (staff_id, channel, onward_to) in reads {
        let out = disclosure::disclose(
            &app.ctx.db,
            DisclosureRequest {
                person_id: p.id,
                protocol_id: protocol.id,
                actor: Actor::Staff(staff_id),
                channel,
                onward_to,
                purpose: "Afstemming met een gepast aanbod".into(),
                requested: Field::ALL.iter().copied().collect(),
            },
            app.now(),
        )
        .await
        .unwrap();
        let recipient = onward_to.unwrap_or(protocol.recipient_party_id);
        for f in out.fields {
            *expected.entry((recipient, f.field)).or_insert(0) += 1;
        }
    }
    (p, expected)
}

pub async fn overview_matches_the_disclosure_events_exactly(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (p, expected) = person_with_history(&app, "KBI-TEST-A", "Amal").await;

    let overview = disclosure_log::overview(&app.ctx.db, p.id).await.unwrap();
    let names: BTreeMap<String, i32> =
        party::Entity::find().all(&app.ctx.db.conn).await.unwrap().into_iter().map(|x| (x.slug, x.id)).collect();
    let mut got = BTreeMap::new();
    for row in &overview {
        for c in &row.cells {
            got.insert((names[&row.recipient.slug], c.field), c.count);
        }
    }
    assert_eq!(got, expected, "party × field counts are exactly what went out");
    assert!(overview.iter().any(|r| r.recipient.partner_of.is_some()), "the partner has its own row");

    // Every demo person's overview agrees with a tally of their raw event rows too.
    for other in person::Entity::find().all(&app.ctx.db.conn).await.unwrap() {
        let mut tally: BTreeMap<(String, String), u64> = BTreeMap::new();
        let slugs: BTreeMap<i32, String> = names.iter().map(|(s, id)| (*id, s.clone())).collect();
        for f in disclosure_event_field::Entity::find()
            .filter(disclosure_event_field::Column::PersonId.eq(other.id))
            .all(&app.ctx.db.conn)
            .await
            .unwrap()
        {
            *tally.entry((slugs[&f.recipient_party_id].clone(), f.field)).or_insert(0) += 1;
        }
        let mut shown = BTreeMap::new();
        for row in disclosure_log::overview(&app.ctx.db, other.id).await.unwrap() {
            for c in row.cells {
                shown.insert((row.recipient.slug.clone(), c.field.as_str().to_owned()), c.count);
            }
        }
        assert_eq!(shown, tally, "person {}", other.dossier_ref);
    }

    // Timeline: five entries, newest first; filters narrow it.
    let all =
        disclosure_log::timeline(&app.ctx.db, p.id, &TimelineFilter { page: 1, ..Default::default() }).await.unwrap();
    assert_eq!(all.total, 5);
    assert!(all.entries.windows(2).all(|w| w[0].occurred_at >= w[1].occurred_at));
    assert!(all.entries.iter().all(|e| e.consent_id.is_some() && e.consent_scopes.contact), "consent in force shown");
    let onward = all.entries.iter().find(|e| e.channel == "onward").expect("the onward entry");
    let partner_only = TimelineFilter { party: Some(onward.recipient.slug.clone()), page: 1, ..Default::default() };
    assert_eq!(disclosure_log::timeline(&app.ctx.db, p.id, &partner_only).await.unwrap().total, 1);
    let mo = TimelineFilter { field: Some(Field::MoStatus), page: 1, ..Default::default() };
    let with_mo = expected.iter().filter(|((_, f), _)| *f == Field::MoStatus).map(|(_, n)| n).sum::<u64>();
    assert_eq!(disclosure_log::timeline(&app.ctx.db, p.id, &mo).await.unwrap().total, with_mo);
    let yesterday = app::domain::time::today(app.now()).pred_opt().unwrap();
    let past = TimelineFilter { to: Some(yesterday), page: 1, ..Default::default() };
    assert_eq!(disclosure_log::timeline(&app.ctx.db, p.id, &past).await.unwrap().total, 0);
    let today = TimelineFilter { from: Some(app::domain::time::today(app.now())), page: 1, ..Default::default() };
    assert_eq!(disclosure_log::timeline(&app.ctx.db, p.id, &today).await.unwrap().total, 5);

    // The page says the same, and a bad date in the filter is named, not guessed.
    // The person chose Dutch (their contact language is Arabic).
    let cookie = format!("{}; portal_lang=nl", app.session_for(Account::Person(p.id)).await);
    let page = plain(
        app.get_with("/me/disclosures", &[("cookie", &cookie), ("accept-language", "nl")]).await.text().await.unwrap(),
    );
    assert!(page.contains("5 keer gevonden"), "{page}");
    assert!(page.contains("partner van"), "onward recipients are named as partners");
    let page = plain(
        app.get_with("/me/disclosures?from=31-12-2025", &[("cookie", &cookie), ("accept-language", "nl")])
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(page.contains("Schrijf een datum als jjjj-mm-dd"), "{page}");
}

pub async fn corrections_refuse_bad_input_and_follow_the_decision(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (p, _) = person_with_history(&app, "KBI-TEST-C", "Karim").await;
    // The person chose Dutch (their contact language is Arabic).
    let cookie = format!("{}; portal_lang=nl", app.session_for(Account::Person(p.id)).await);
    let stored = || async {
        rectification_request::Entity::find()
            .filter(rectification_request::Column::PersonId.eq(p.id))
            .count(&app.ctx.db.conn)
            .await
            .unwrap()
    };
    let cases = [
        ("phone", "0470 12 34 5x", "Nieuw nummer", "correction-error-phone"),
        ("dutch_level", "B3", "Ik heb B1 gehaald", "correction-error-dutch-level"),
        ("email", "", "leeg", "correction-error-value-empty"),
        ("address", &"x".repeat(301), "te lang", "correction-error-value-too-long"),
        ("phone", "0470 12 34 56", "   ", "correction-error-statement-empty"),
        ("phone", "+32 470 00 00 00", "Hetzelfde", "correction-error-unchanged"),
        ("passport", "X", "bestaat niet", "error-field-unknown"),
    ];
    for (n, (field, value, statement, error)) in cases.into_iter().enumerate() {
        let res = app
            .post_form(
                "corrections/file",
                &[("field", field), ("proposed_value", value), ("statement", statement)],
                Some(&cookie),
            )
            .await;
        let location = res.headers()["location"].to_str().unwrap().to_owned();
        assert!(location.ends_with(&format!("&error={error}")), "{field}={value:?}: {location}");
        assert!(!location.contains(statement.trim()) || statement.trim().is_empty(), "no typed text in the address");
        let draft = res.headers().get("set-cookie").map(|c| c.to_str().unwrap().to_owned()).unwrap_or_default();
        if value.len() < 300 {
            assert!(draft.starts_with("portal_correction_draft=") && draft.contains("HttpOnly"), "{draft}");
            // The form comes back with the message, in the person's language, and what was typed.
            let cookie_pair = draft.split(';').next().unwrap();
            let page = app
                .get_with(&location, &[("cookie", &format!("{cookie}; {cookie_pair}")), ("accept-language", "fr")])
                .await
                .text()
                .await
                .unwrap();
            assert!(page.contains("role=\"alert\""), "{page}");
            let kept = format!("{}</textarea>", statement.trim());
            assert!(page.contains(&kept), "the statement is given back");
            // To its author only: someone else on the same phone does not get it.
            let other = app.create_person(&format!("KBI-OTHER-{n}"), "Other").await;
            let other_cookie = app.session_for(Account::Person(other.id)).await;
            let page = app
                .get_with(&location, &[("cookie", &format!("{other_cookie}; {cookie_pair}"))])
                .await
                .text()
                .await
                .unwrap();
            assert!(statement.trim().is_empty() || !page.contains(&kept), "not to another person: {page}");
        }
        assert_eq!(stored().await, 0, "{error}: nothing is stored");
    }

    // A valid request: stored, listed with its deadline, the field is contested to recipients.
    let res = app
        .post_form(
            "corrections/file",
            &[("field", "phone"), ("proposed_value", "0470 12 34 56"), ("statement", "Ik heb een nieuw nummer.")],
            Some(&cookie),
        )
        .await;
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/me/corrections/") && location.ends_with("?filed=1"), "{location}");
    let r = rectification_request::Entity::find()
        .filter(rectification_request::Column::PersonId.eq(p.id))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (r.proposed_value.as_str(), r.current_value.as_str(), r.status.as_str()),
        ("0470123456", "+32470000000", "open")
    );
    assert_eq!(r.due_at, app::domain::rectification::due_at(r.received_at));
    let list = plain(
        app.get_with("/me/corrections", &[("cookie", &cookie), ("accept-language", "nl")]).await.text().await.unwrap(),
    );
    let due = app::domain::time::day_of(app::domain::rectification::due_at(r.received_at));
    assert!(list.contains("Uiterste datum voor het antwoord"), "{list}");
    assert!(list.contains(&format!("<time datetime=\"{due}\">")), "{list}");
    let again = app
        .post_form(
            "corrections/file",
            &[("field", "phone"), ("proposed_value", "0470 99 99 99"), ("statement", "Nog eens")],
            Some(&cookie),
        )
        .await;
    assert!(again.headers()["location"].to_str().unwrap().ends_with("error=correction-error-already-pending"));
    // Two at the same moment: the database keeps one (a partial unique index on pending requests).
    let (a, b) = tokio::join!(
        rectification::file_own(&app.ctx.db, p.id, Field::Email, "karim.new@example.org", "Nieuw adres", app.now()),
        rectification::file_own(&app.ctx.db, p.id, Field::Email, "karim.new@example.org", "Nieuw adres", app.now()),
    );
    assert_eq!(u8::from(a.is_ok()) + u8::from(b.is_ok()), 1, "exactly one of two simultaneous requests");
    assert!(matches!(
        a.err().or(b.err()),
        Some(app::services::ServiceError::Refused("correction-error-already-pending"))
    ));

    let reader = app.staff_with_profile(PROFILE_TRAJECTORY).await;
    let protocol = app::store::protocol::Entity::find().one(&app.ctx.db.conn).await.unwrap().unwrap();
    let read = disclosure::disclose(
        &app.ctx.db,
        DisclosureRequest {
            person_id: p.id,
            protocol_id: protocol.id,
            actor: Actor::Staff(reader.id),
            channel: DisclosureChannel::Ui,
            onward_to: None,
            purpose: "test".into(),
            requested: [Field::Phone].into_iter().collect(),
        },
        app.now(),
    )
    .await
    .unwrap();
    assert!(read.fields[0].contested, "a pending request marks the field contested (GDPR 18)");

    // Accepted: the value is corrected, every recipient of the field is told, the person sees who.
    let officer = staff::Entity::find()
        .filter(staff::Column::Role.eq("agency_rectification_officer"))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    rectification::decide(&app.ctx.db, officer.id, &r.public_id, Decision::Accept, app.now()).await.unwrap();
    let p2 = person::Entity::find_by_id(p.id).one(&app.ctx.db.conn).await.unwrap().unwrap();
    assert_eq!(p2.phone.as_deref(), Some("0470123456"));
    let view = rectification::get_own(&app.ctx.db, p.id, &r.public_id).await.unwrap();
    assert_eq!(view.parties_told.len(), 2, "the municipality and the partner that received the phone number");
    let page = plain(
        app.get_with(&format!("/me/corrections/{}", r.public_id), &[("cookie", &cookie), ("accept-language", "nl")])
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(page.contains("Aanvaard") && page.contains(&view.parties_told[0]), "{page}");
    assert!(
        matches!(
            rectification::decide(
                &app.ctx.db,
                officer.id,
                &r.public_id,
                Decision::Reject { reason: app::domain::text::Reason::parse("x").unwrap() },
                app.now()
            )
            .await,
            Err(app::services::ServiceError::Refused("correction-error-already-decided"))
        ),
        "a decision is final"
    );

    // Rejected: only with a reason, which the person reads with how to complain.
    let level = rectification::file_own(&app.ctx.db, p.id, Field::DutchLevel, "B1", "Ik heb B1 gehaald.", app.now())
        .await
        .unwrap();
    assert_eq!(
        app::domain::text::Reason::parse("  ").unwrap_err().message_id,
        "correction-error-reason-required",
        "a rejection without a reason cannot even be made"
    );
    let reason = "Het attest van het examen ontbreekt.";
    rectification::decide(
        &app.ctx.db,
        officer.id,
        &level.public_id,
        Decision::Reject { reason: app::domain::text::Reason::parse(reason).unwrap() },
        app.now(),
    )
    .await
    .unwrap();
    let unchanged = person::Entity::find_by_id(p.id).one(&app.ctx.db.conn).await.unwrap().unwrap();
    assert_eq!(unchanged.dutch_level, "a2", "a rejected request changes nothing");
    let page = plain(
        app.get_with(
            &format!("/me/corrections/{}", level.public_id),
            &[("cookie", &cookie), ("accept-language", "nl")],
        )
        .await
        .text()
        .await
        .unwrap(),
    );
    assert!(
        page.contains("Geweigerd") && page.contains(reason) && page.contains("Vlaamse Toezichtcommissie"),
        "{page}"
    );
    let inbox = plain(
        app.get_with("/me/notifications", &[("cookie", &cookie), ("accept-language", "nl")])
            .await
            .text()
            .await
            .unwrap(),
    );
    assert!(inbox.contains("Telefoonnummer te verbeteren is aanvaard"), "{inbox}");
    assert!(inbox.contains("Niveau Nederlands te verbeteren is geweigerd"), "{inbox}");
    assert!(inbox.contains("U gaf toestemming"), "consent changes reach the inbox: {inbox}");
}

/// Person A, signed in, tries every address of person B's records (ids taken from B's own
/// pages): nothing of B's is ever shown, and the answer is the same as for an id that never existed.
pub async fn a_person_never_reaches_another_persons_records(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (a, _) = person_with_history(&app, "KBI-TEST-A", "Amal").await;
    let (b, _) = person_with_history(&app, "KBI-TEST-B", "Bilal").await;
    let b_request =
        rectification::file_own(&app.ctx.db, b.id, Field::Email, "bilal.new@example.org", "Nieuw adres", app.now())
            .await
            .unwrap();
    let b_consent = consent_event::Entity::find()
        .filter(consent_event::Column::PersonId.eq(b.id))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    let a_cookie = format!("{}; portal_lang=nl", app.session_for(Account::Person(a.id)).await);
    let as_a = |path: String| {
        let app = &app;
        let cookie = a_cookie.clone();
        async move {
            let res = app.get_with(&path, &[("cookie", &cookie), ("accept-language", "nl")]).await;
            (res.status().as_u16(), res.text().await.unwrap())
        }
    };
    let b_marks = [
        b.given_name.clone(),
        b.dossier_ref.clone(),
        "bilal".into(),
        b_request.public_id.clone(),
        b_consent.public_id.clone(),
    ];
    let shows_b = |body: &str| b_marks.iter().find(|m| body.contains(m.as_str())).cloned();

    let (status, _) = as_a(format!("/me/corrections/{}", b_request.public_id)).await;
    let (never, _) = as_a("/me/corrections/00000000-0000-0000-0000-000000000000".into()).await;
    assert_eq!((status, never), (404, 404), "B's request is as absent as one that never existed");
    let (status, _) = as_a(format!("/me/receipts/{}.json", b_consent.public_id)).await;
    assert_eq!(status, 404);
    for path in ["/me", "/me/data", "/me/disclosures", "/me/corrections", "/me/notifications", "/me/data/export.json"] {
        let (status, body) = as_a(path.into()).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(shows_b(&body), None, "{path} shows nothing of B's");
        assert!(body.contains(&a.given_name) || path != "/me/data/export.json", "A's export is A's");
    }
    // Filters cannot widen the view: B's party/field combinations still only show A's events.
    let a_events = disclosure_event::Entity::find()
        .filter(disclosure_event::Column::PersonId.eq(a.id))
        .count(&app.ctx.db.conn)
        .await
        .unwrap();
    let (_, body) = as_a("/me/disclosures?page=1&party=&field=".into()).await;
    assert!(plain(body).contains(&format!("{a_events} keer gevonden")));
    // The only way to file is for oneself: the form has no person to choose.
    let b_id = b.id.to_string();
    let res = app
        .client
        .post(format!("{}/sf/corrections/file", app.address))
        .header("origin", &app.ctx.public_url)
        .header("accept", "application/json")
        .header("cookie", &a_cookie)
        .form(&[("field", "email"), ("proposed_value", "x@example.org"), ("statement", "s"), ("person_id", &b_id)])
        .send()
        .await
        .unwrap();
    let body = res.text().await.unwrap();
    let id: String = serde_json::from_str(&body).unwrap_or_else(|_| panic!("{body}"));
    let filed = rectification_request::Entity::find()
        .filter(rectification_request::Column::PublicId.eq(id))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(filed.person_id, a.id, "a smuggled person id is ignored");
}

/// The database refuses changes to recorded events, even from SQL that bypasses the models.
pub async fn recorded_events_cannot_be_changed_in_the_database(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (p, _) = person_with_history(&app, "KBI-TEST-D", "Dina").await;
    let conn = &app.ctx.db.conn;
    for sql in [
        format!("UPDATE consent_events SET contact_after = NOT contact_after WHERE person_id = {}", p.id),
        format!("DELETE FROM consent_events WHERE person_id = {}", p.id),
        format!("UPDATE disclosure_events SET purpose = 'x' WHERE person_id = {}", p.id),
        format!("DELETE FROM disclosure_event_fields WHERE person_id = {}", p.id),
    ] {
        assert!(conn.execute_unprepared(&sql).await.is_err(), "refused: {sql}");
    }
    let protocol = app::store::protocol::Entity::find().one(conn).await.unwrap().unwrap();
    let tx = app.write().await;
    let v = app::store::queries::protocol::version_in_force(&tx.tx, protocol.id, app::domain::time::today(app.now()))
        .await
        .unwrap()
        .unwrap();
    // Appending still works.
    consent::record(
        &tx,
        ConsentChange {
            person_id: p.id,
            protocol_version_id: v.id,
            scopes: ConsentScopes::NONE,
            channel: ConsentChannel::SelfService,
            assisted_by: None,
            language: Locale::Nl,
            occurred_at: app.now(),
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

/// Signed in, the portal speaks the person's contact language, whatever the browser asks for,
/// until the person picks another with the switcher. Nothing about it is stored on the device.
pub async fn the_portal_speaks_the_contact_language_until_another_is_chosen(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let p = app.create_person("KBI-TEST-L", "Lina").await;
    let cookie = app.session_for(Account::Person(p.id)).await;
    let lang_of = |headers: Vec<(&'static str, String)>| {
        let app = &app;
        async move {
            let pairs: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let res = app.get_with("/me", &pairs).await;
            assert!(res.headers().get("set-cookie").is_none(), "no language cookie is set");
            let html = res.text().await.unwrap();
            html.split("<html lang=\"").nth(1).and_then(|r| r.split('"').next()).unwrap_or_default().to_owned()
        }
    };
    assert_eq!(lang_of(vec![("cookie", cookie.clone()), ("accept-language", "nl-BE".into())]).await, "ar");
    let chosen = format!("{cookie}; portal_lang=fr");
    assert_eq!(lang_of(vec![("cookie", chosen), ("accept-language", "nl-BE".into())]).await, "fr");
    // Signed out, the browser's language again.
    let res = app.get_with("/", &[("accept-language", "en")]).await.text().await.unwrap();
    assert!(res.contains("<html lang=\"en\""));
}
