//! A protocol's last day ends at midnight in Brussels, on every screen and in every decision.
//! The demo's current version runs until 30 June 2027 (inclusive). At 23:30 in Brussels that
//! day (21:30 UTC) it is in force everywhere; at 00:30 on 1 July (22:30 UTC, still 30 June in
//! UTC) it is in force nowhere: public pages, the person's pages, consent, the one disclosure
//! path, staff counts and the assisted-consent form all agree.

use app::domain::consent::ConsentScopes;
use app::domain::fields::Field;
use app::domain::ids::{PersonId, StaffId};
use app::domain::roles::Role;
use app::services::ServiceError;
use app::services::disclosure::DisclosureRequest;
use app::services::identity::sessions::Account;
use app::store::staff;
use chrono::{DateTime, Utc};
use portal_tests::{Backend, SLUG, TestApp, location, spawn_app_at, staff_read};
use server::demo::protocol::PROFILE_TRAJECTORY;

fn at(utc: &str) -> DateTime<Utc> {
    utc.parse().expect("instant")
}

/// What each path says about the protocol at the portal's current instant: in force or not.
async fn paths(
    app: &TestApp,
    cookies: &Cookies,
    reader: &staff::Model,
    person_id: i32,
    consent_ticked: &[&str],
) -> Vec<(&'static str, bool)> {
    let badge = |html: &str| html.contains("badge badge-ok");
    let page = |path: String, cookie: Option<&str>| {
        let mut req = app.client.get(format!("{}{path}", app.address)).header("cookie", "__Host-portal_lang=nl");
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        async move { req.send().await.unwrap().text().await.unwrap() }
    };
    let home = page("/".into(), None).await;
    let protocol_page = page(format!("/protocols/{SLUG}"), None).await;
    let me = page("/me".into(), Some(&cookies.person)).await;
    let pilot = page(format!("/me/pilots/{SLUG}"), Some(&cookies.person)).await;
    let assisted = page("/agency/assisted-consent".into(), Some(&cookies.admin)).await;
    let read = app.disclose(given_name_read(app, person_id, reader).await).await;
    let staff = TestApp::caller_of(reader);
    let pilot_list =
        app::services::pilot::persons(&app.ctx.db, &staff, None, 1, app::domain::locale::Locale::Nl, app.now()).await;
    // A change of consent: accepted only while the protocol is in force.
    let changed = app.post_consent(&cookies.person, "nl", consent_ticked).await;
    let saved = location(&changed).ends_with("?saved=1");
    vec![
        ("public home page", badge(&home)),
        ("public protocol page", badge(&protocol_page)),
        ("person's start page", badge(&me)),
        ("person's pilot page (badge and choices)", badge(&pilot) && pilot.contains("/review\"")),
        ("assisted-consent form", assisted.contains("id=\"assisted-protocol\"")),
        ("disclosure path", read.is_ok()),
        ("staff's list of consenting persons", pilot_list.is_ok_and(|p| p.total > 0)),
        ("consent change", saved),
    ]
}

/// The reading staff member asks for the person's given name.
async fn given_name_read(app: &TestApp, person_id: i32, reader: &staff::Model) -> DisclosureRequest {
    DisclosureRequest {
        purpose: Some("midnight".into()),
        requested: [Field::GivenName].into_iter().collect(),
        ..staff_read(person_id, app.protocol().await.id, reader.id)
    }
}

struct Cookies {
    person: String,
    admin: String,
}

async fn every_path_agrees_on_a_protocols_last_day(backend: Backend) {
    let app = spawn_app_at(backend, at("2027-06-30T20:00:00Z")).await;
    app.seed_demo(3).await;
    let person = app.create_person("KBI-MIDNIGHT-1", "Nour").await;
    app.give_consent(person.id, ConsentScopes { contact: true, trajectory: true, onward: false }).await;
    let reader = app.staff_with_profile(PROFILE_TRAJECTORY).await;
    let admin = app.staff_of(Role::AgencyProtocolAdmin).await;

    // 23:30 in Brussels on the last day: in force on every path.
    app.ctx.clock.set(at("2027-06-30T21:30:00Z"));
    let cookies = Cookies {
        person: app.signed_in(Account::Person(PersonId(person.id))).await,
        admin: app.signed_in(Account::Staff(StaffId(admin.id))).await,
    };
    let before = paths(&app, &cookies, &reader, person.id, &["contact", "onward"]).await;
    let not_in_force: Vec<_> = before.iter().filter(|(_, ok)| !ok).map(|(p, _)| *p).collect();
    assert!(not_in_force.is_empty(), "at 23:30 on its last day the protocol is in force, but not on: {not_in_force:?}");

    // 00:30 the next day in Brussels — still 30 June in UTC: in force on no path. (New sessions:
    // an hour without a request ends a session on idle.)
    app.ctx.clock.set(at("2027-06-30T22:30:00Z"));
    let cookies = Cookies {
        person: app.signed_in(Account::Person(PersonId(person.id))).await,
        admin: app.signed_in(Account::Staff(StaffId(admin.id))).await,
    };
    let after = paths(&app, &cookies, &reader, person.id, &[]).await;
    let still: Vec<_> = after.iter().filter(|(_, ok)| *ok).map(|(p, _)| *p).collect();
    assert!(still.is_empty(), "at 00:30 the next day nothing is in force, but these paths say it is: {still:?}");
    // Refused for the reason that applies, with nothing recorded.
    let refused = app.disclose(given_name_read(&app, person.id, &reader).await).await;
    assert!(matches!(refused, Err(ServiceError::Refused("disclosure-refused-protocol-expired"))), "{refused:?}");
    // The admin page dates an invitation made now by its Brussels day (1 July), not its UTC
    // day (30 June), and so its expiry (15 July, not 14 July).
    app.invitation_for(person.id).await;
    let admin_page = app.page_text("/agency/admin", &cookies.admin).await;
    assert!(admin_page.contains("1 juli 2027") && admin_page.contains("15 juli 2027"), "{admin_page}");
}

on_both_databases!(every_path_agrees_on_a_protocols_last_day);
