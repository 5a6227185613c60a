//! The rectification desk's rules, through its services (GDPR 12(3), 16, 18, 19): two officers
//! deciding at once, exactly the parties that received the field are told, and the steps
//! before a decision — acknowledge, ask the person, the person's answer, one extension.

use app::domain::consent::ConsentScopes;
use app::domain::disclosure::DisclosureChannel;
use app::domain::fields::Field;
use app::domain::ids::{PartyId, PersonId, StaffId};
use app::domain::roles::Role;
use app::domain::text::Reason;
use app::services::ServiceError;
use app::services::disclosure::DisclosureRequest;
use app::services::rectification::{self, Decision, Handling, answer_own, decide, file_own, handle};
use app::store::{person, rectification_event, rectification_recipient_notice, rectification_request};
use portal_tests::{Backend, MUNICIPALITY_SLUG, TestApp, spawn_app, staff_read};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::demo::protocol::PROFILE_TRAJECTORY;

const ALL: ConsentScopes = ConsentScopes { contact: true, trajectory: true, onward: true };

async fn request(app: &TestApp, public_id: &str) -> rectification_request::Model {
    rectification_request::Entity::find()
        .filter(rectification_request::Column::PublicId.eq(public_id))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .expect("the request")
}

/// A second rectification officer, for the race.
async fn second_officer(app: &TestApp) -> StaffId {
    let agency = app.party(server::demo::AGENCY_SLUG).await;
    let tx = app.write().await;
    let s = app::services::registry::create_staff(
        &tx,
        "test",
        &agency,
        "Tweede officier",
        Role::AgencyRectificationOfficer,
        None,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    StaffId(s.id)
}

async fn two_officers_deciding_at_once_one_wins(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let p = app.create_person("KBI-RACE-1", "Rania").await;
    let filed =
        file_own(&app.ctx.db, PersonId(p.id), Field::Phone, "0470 55 66 77", "Nieuw nummer", app.now()).await.unwrap();
    let first = StaffId(app.staff_of(Role::AgencyRectificationOfficer).await.id);
    let second = second_officer(&app).await;
    let reject = Decision::Reject { reason: Reason::parse("Het nummer is niet van u.").unwrap() };
    let (a, b) = tokio::join!(
        decide(&app.ctx.db, first, &filed.public_id, Decision::Accept { value: None }, app.now()),
        decide(&app.ctx.db, second, &filed.public_id, reject, app.now()),
    );
    assert_eq!(u8::from(a.is_ok()) + u8::from(b.is_ok()), 1, "exactly one decision: {a:?} {b:?}");
    let loser = a.err().or(b.err()).unwrap();
    assert!(matches!(loser, ServiceError::Refused("correction-error-already-decided")), "{loser:?}");
    let r = request(&app, &filed.public_id).await;
    let decisions = rectification_event::Entity::find()
        .filter(rectification_event::Column::RequestId.eq(r.id))
        .filter(rectification_event::Column::Kind.is_in(["accepted", "rejected"]))
        .all(&app.ctx.db.conn)
        .await
        .unwrap();
    assert_eq!(decisions.len(), 1, "one decision in the history");
    assert_eq!(decisions[0].kind, r.status, "the history says what the request says");
    let stored = person::Entity::find_by_id(p.id).one(&app.ctx.db.conn).await.unwrap().unwrap();
    let corrected = stored.phone.as_deref() == Some(r.proposed_value.as_str());
    assert_eq!(corrected, r.status == "accepted", "the record follows the winner: {} {:?}", r.status, stored.phone);
}

async fn exactly_the_parties_that_received_the_field_are_told(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let p = app.create_person("KBI-TOLD-1", "Tarek").await;
    app.give_consent(p.id, ALL).await;
    let protocol = app.protocol().await;
    let reader = app.staff_with_profile(PROFILE_TRAJECTORY).await;
    // The municipality reads the phone number; a partner gets the given name only.
    let phone = [Field::Phone].into_iter().collect();
    app.disclose(DisclosureRequest { requested: phone, ..staff_read(p.id, protocol.id, reader.id) }).await.unwrap();
    let partner = app.partner().await;
    let onward = DisclosureRequest {
        channel: DisclosureChannel::Onward,
        onward_to: Some(PartyId(partner.id)),
        requested: [Field::GivenName].into_iter().collect(),
        ..staff_read(p.id, protocol.id, reader.id)
    };
    app.disclose(onward).await.unwrap();

    let filed = file_own(&app.ctx.db, PersonId(p.id), Field::Phone, "0470 11 22 33", "Nieuw", app.now()).await.unwrap();
    let officer = StaffId(app.staff_of(Role::AgencyRectificationOfficer).await.id);
    decide(&app.ctx.db, officer, &filed.public_id, Decision::Accept { value: None }, app.now()).await.unwrap();
    let r = request(&app, &filed.public_id).await;
    let told: Vec<i32> = rectification_recipient_notice::Entity::find()
        .filter(rectification_recipient_notice::Column::RequestId.eq(r.id))
        .all(&app.ctx.db.conn)
        .await
        .unwrap()
        .into_iter()
        .map(|n| n.party_id)
        .collect();
    assert_eq!(told, vec![app.party(MUNICIPALITY_SLUG).await.id], "the partner got the name only: not told");
}

async fn acknowledge_ask_answer_extend_and_accept_an_edited_value(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let db = &app.ctx.db;
    let p = app.create_person("KBI-STEP-1", "Samira").await;
    let filed =
        file_own(db, PersonId(p.id), Field::Address, "Kerkstraat 3, 1600 Leeuw", "Verhuisd", app.now()).await.unwrap();
    let id = filed.public_id.as_str();
    let officer = StaffId(app.staff_of(Role::AgencyRectificationOfficer).await.id);
    let now = app.now();

    handle(db, officer, id, Handling::Acknowledge, now).await.unwrap();
    assert_eq!(request(&app, id).await.status, "acknowledged");
    let again = handle(db, officer, id, Handling::Acknowledge, now).await;
    assert!(matches!(again, Err(ServiceError::Refused("correction-error-already-acknowledged"))), "{again:?}");

    let empty = handle(db, officer, id, Handling::Ask { question: "  " }, now).await;
    assert!(matches!(empty, Err(ServiceError::Invalid { message_id: "correction-error-question-required", .. })));
    handle(db, officer, id, Handling::Ask { question: "Welk huisnummer is het juiste: 3 of 3A?" }, now).await.unwrap();
    assert_eq!(request(&app, id).await.status, "waiting", "waiting for the person, still pending");

    let other = app.create_person("KBI-STEP-2", "Other").await;
    let stranger = answer_own(db, PersonId(other.id), id, "3A", now).await;
    assert!(matches!(stranger, Err(ServiceError::NotFound)), "another person's request is nobody's: {stranger:?}");
    answer_own(db, PersonId(p.id), id, "Het is 3A.", now).await.unwrap();
    assert_eq!(request(&app, id).await.status, "acknowledged");
    let twice = answer_own(db, PersonId(p.id), id, "Nog eens", now).await;
    assert!(matches!(twice, Err(ServiceError::Refused("correction-error-not-waiting"))), "{twice:?}");

    let first_due = request(&app, id).await.due_at;
    let day = |d: chrono::DateTime<chrono::Utc>| app::domain::time::day_of(d);
    let too_long = (day(first_due) + chrono::Months::new(2) + chrono::Days::new(1)).to_string();
    let refused = handle(db, officer, id, Handling::Extend { until: &too_long, reason: "Attest" }, now).await;
    assert!(matches!(refused, Err(ServiceError::Invalid { message_id: "correction-error-extension-too-long", .. })));
    let late = now + chrono::Duration::days(40);
    let until = (day(first_due) + chrono::Months::new(1)).to_string();
    let too_late = handle(db, officer, id, Handling::Extend { until: &until, reason: "Attest" }, late).await;
    assert!(matches!(too_late, Err(ServiceError::Invalid { message_id: "correction-error-extension-too-late", .. })));
    handle(
        db,
        officer,
        id,
        Handling::Extend { until: &until, reason: "We wachten op het attest van de gemeente." },
        now,
    )
    .await
    .unwrap();
    let extended = request(&app, id).await;
    assert_eq!(extended.extended_due_at.map(day), Some(day(first_due) + chrono::Months::new(1)));
    let second = handle(db, officer, id, Handling::Extend { until: &until, reason: "Nog eens" }, now).await;
    assert!(matches!(second, Err(ServiceError::Invalid { message_id: "correction-error-already-extended", .. })));

    let bad = Decision::Accept { value: Some("x".into()) };
    let refused = decide(db, officer, id, bad, now).await;
    assert!(
        matches!(refused, Err(ServiceError::Invalid { message_id: "correction-error-address", .. })),
        "{refused:?}"
    );
    decide(db, officer, id, Decision::Accept { value: Some("Kerkstraat 3A, 1600 Leeuw".into()) }, now).await.unwrap();
    let done = request(&app, id).await;
    assert_eq!((done.status.as_str(), done.decided_value.as_deref()), ("accepted", Some("Kerkstraat 3A, 1600 Leeuw")));
    let stored = person::Entity::find_by_id(p.id).one(&db.conn).await.unwrap().unwrap();
    assert_eq!(stored.address, "Kerkstraat 3A, 1600 Leeuw", "the officer's edit is what the record holds");
    let steps: Vec<String> = rectification_event::Entity::find()
        .filter(rectification_event::Column::RequestId.eq(done.id))
        .all(&db.conn)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(steps, ["filed", "acknowledged", "information_requested", "answered", "extended", "accepted"]);
    let kinds: Vec<String> = app.told(p.id).await.into_iter().map(|t| t.kind).collect();
    for kind in ["filed", "acknowledged", "information-requested", "extended", "accepted"] {
        assert!(kinds.contains(&format!("correction-{kind}")), "the person is told: {kind} in {kinds:?}");
    }

    // A quality report that proposed nothing needs the officer's value.
    let reports = rectification::queue::overview(
        db,
        app::views::rectification::QueueFilter {
            kind: Some(app::domain::rectification::FiledBy::Municipality),
            ..Default::default()
        },
        now,
    )
    .await
    .unwrap();
    let report = reports.items.first().expect("a demo quality report");
    let none = decide(db, officer, &report.public_id, Decision::Accept { value: None }, now).await;
    assert!(matches!(none, Err(ServiceError::Invalid { message_id: "correction-error-no-value", .. })), "{none:?}");
}

on_both_databases!(
    two_officers_deciding_at_once_one_wins,
    exactly_the_parties_that_received_the_field_are_told,
    acknowledge_ask_answer_extend_and_accept_an_edited_value,
);
