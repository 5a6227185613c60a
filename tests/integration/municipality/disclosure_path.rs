//! The one disclosure path: a municipality's staff get only the fields their function profile
//! and the person's consent allow, each read recorded and audited in one transaction; a
//! refusal writes nothing.

use app::domain::consent::ConsentScopes;
use app::domain::disclosure::DisclosureChannel;
use app::domain::fields::Field;
use app::domain::ids::PartyId;
use app::services::disclosure::{Disclosed, DisclosureRequest};
use app::services::{ServiceError, audit};
use app::store::{disclosure_event, disclosure_event_field, person, protocol, staff};
use portal_tests::{Backend, TestApp, spawn_app, staff_read};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::demo::protocol::{PROFILE_TRAJECTORY, PROFILE_VOLUNTEERING};

struct Fixture {
    person: person::Model,
    protocol: protocol::Model,
    reader: staff::Model,
    volunteering: staff::Model,
}

async fn fixture(app: &TestApp) -> Fixture {
    app.seed_demo(3).await;
    let protocol = app.protocol().await;
    let v2 = app::store::queries::protocol::version_in_force(
        &app.ctx.db.conn,
        protocol.id,
        app::domain::time::today(app.now()),
    )
    .await
    .unwrap();
    assert!(v2.is_ok(), "version 2 in force");
    let reader = app.staff_with_profile(PROFILE_TRAJECTORY).await;
    let volunteering = app.staff_with_profile(PROFILE_VOLUNTEERING).await;
    // A person of our own, with a known consent history.
    let person = app.create_person("KBI-TEST-1", "Amal").await;
    Fixture { person, protocol, reader, volunteering }
}

fn request(f: &Fixture, actor: &staff::Model, channel: DisclosureChannel) -> DisclosureRequest {
    DisclosureRequest { channel, ..staff_read(f.person.id, f.protocol.id, actor.id) }
}

async fn counts(app: &TestApp, person_id: i32) -> (u64, i64) {
    let events = disclosure_event::Entity::find()
        .filter(disclosure_event::Column::PersonId.eq(person_id))
        .count(&app.ctx.db.conn)
        .await
        .unwrap();
    (events, audit::length(&app.ctx.db.conn).await.unwrap())
}

async fn disclosure_returns_only_allowed_fields_and_records_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let f = fixture(&app).await;
    app.give_consent(f.person.id, ConsentScopes { contact: true, trajectory: false, onward: false }).await;
    let (events_before, audit_before) = counts(&app, f.person.id).await;

    // Volunteering profile: given/family name, phone, email, Dutch level; consent: contact only.
    let out = app.disclose(request(&f, &f.volunteering, DisclosureChannel::Ui)).await.unwrap();
    let fields: Vec<Field> = out.fields.iter().map(|d| d.field).collect();
    assert_eq!(fields, vec![Field::GivenName, Field::FamilyName, Field::Phone, Field::Email]);
    assert_eq!(out.fields[0].value.as_deref(), Some("Amal"));

    let (events_after, audit_after) = counts(&app, f.person.id).await;
    assert_eq!(events_after, events_before + 1, "one disclosure event");
    assert_eq!(audit_after, audit_before + 1, "one audit entry, in the same transaction");
    let recorded: Vec<String> = disclosure_event_field::Entity::find()
        .filter(disclosure_event_field::Column::DisclosureEventId.eq(out.event_id))
        .all(&app.ctx.db.conn)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.field)
        .collect();
    assert_eq!(recorded.len(), 4, "the log names exactly the fields that went out");
}

async fn refusals_write_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let f = fixture(&app).await;
    let refused = |r: Result<Disclosed, ServiceError>| match r {
        Err(ServiceError::Refused(id)) => id,
        other => panic!("expected a refusal, got {other:?}"),
    };
    let (events0, audit0) = counts(&app, f.person.id).await;

    // No consent yet.
    let r = app.disclose(request(&f, &f.reader, DisclosureChannel::Ui)).await;
    assert_eq!(refused(r), "disclosure-refused-no-consent");

    // Consent without onward scope: onward transfer refused.
    app.give_consent(f.person.id, ConsentScopes { contact: true, trajectory: true, onward: false }).await;
    let (events1, audit1) = counts(&app, f.person.id).await;
    assert_eq!((events1, audit1), (events0, audit0 + 1), "only the consent event was audited");
    let partner = app.partner().await;
    let mut onward = request(&f, &f.reader, DisclosureChannel::Onward);
    onward.onward_to = Some(PartyId(partner.id));
    assert_eq!(refused(app.disclose(onward.clone()).await), "disclosure-refused-no-onward-consent");

    // Withdrawn: effective at once.
    app.give_consent(f.person.id, ConsentScopes::NONE).await;
    let r = app.disclose(request(&f, &f.reader, DisclosureChannel::Ui)).await;
    assert_eq!(refused(r), "disclosure-refused-withdrawn");
    let (events2, audit2) = counts(&app, f.person.id).await;
    assert_eq!((events2, audit2), (events0, audit0 + 2), "refusals wrote nothing");

    // With onward consent the transfer goes through and names the partner as recipient.
    app.give_consent(f.person.id, ConsentScopes { contact: true, trajectory: false, onward: true }).await;
    let out = app.disclose(onward).await.unwrap();
    let event = disclosure_event::Entity::find_by_id(out.event_id).one(&app.ctx.db.conn).await.unwrap().unwrap();
    assert_eq!(event.recipient_party_id, partner.id);
    assert_eq!(event.channel, "onward");
}

on_both_databases!(disclosure_returns_only_allowed_fields_and_records_it, refusals_write_nothing);
