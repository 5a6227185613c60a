//! The municipality's admin keeps its registers and reads no personal data (art. 6); a profile
//! revision changes the next read and leaves the record of earlier reads as it was (art. 4); a
//! disabled member is out at once; nothing passes to a recipient the agency was not told about.

use app::domain::consent::ConsentScopes;
use app::domain::ids::StaffId;
use app::domain::roles::Role;
use app::services::disclosure::for_municipality::{self, Wanted};
use app::services::identity::sessions::Account;
use app::services::{ServiceError, pilot};
use app::store::{function_profile, party, staff};
use portal_tests::{Backend, MUNICIPALITY_SLUG, TestApp, form_done, spawn_app};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use server::demo::protocol::PROFILE_TRAJECTORY;

const ALL: ConsentScopes = ConsentScopes { contact: true, trajectory: true, onward: true };

/// Where a response sends the browser, or nothing.
fn to(res: &reqwest::Response) -> String {
    res.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default().to_owned()
}

async fn status_and_text(res: reqwest::Response) -> (u16, String) {
    (res.status().as_u16(), res.text().await.unwrap_or_default())
}

async fn the_admin_reads_no_personal_data_by_any_route(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (person_id, reference) = app.consenting("KBI-ADM-1", ALL).await;
    let slug = app.protocol().await.slug;
    let admin = app.staff_of_party(Role::MunicipalityAdmin, MUNICIPALITY_SLUG).await;
    let cookie = app.signed_in(Account::Staff(StaffId(admin.id))).await;
    let before = app.disclosure_count().await;

    // Every page and form that shows a person: refused, and no value in the answer.
    let person_page = format!("/municipality/persons/{slug}/{reference}");
    for path in ["/municipality/persons", person_page.as_str(), "/municipality/corrections"] {
        let (status, body) = status_and_text(app.get_with(path, &[("cookie", &cookie)]).await).await;
        assert_eq!(status, 403, "{path}");
        assert!(!body.contains("Amal") && !body.contains("+32470000000"), "{path} showed personal data");
    }
    let search = [("protocol", slug.as_str()), ("q", "Amal")];
    let (status, body) =
        status_and_text(app.post_page_form("/municipality/persons/search", &cookie, &search).await).await;
    assert_eq!(status, 403);
    assert!(!body.contains("Haddad"), "the search answered the admin");
    let onward = [("partner", "buddywerking-zennevallei"), ("fields", "phone"), ("purpose", "Ledenwerving")];
    let res = app.post_page_form(&format!("{person_page}/onward"), &cookie, &onward).await;
    assert_eq!(res.status().as_u16(), 403);
    // The API is for systems with a token: a session cookie opens nothing there.
    let api = format!("/api/v1/protocols/{slug}/persons/{reference}");
    let (status, body) = status_and_text(app.get_with(&api, &[("cookie", &cookie)]).await).await;
    assert!(status == 401 || status == 403, "{status}");
    assert!(!body.contains("Amal"));

    // The admin's own pages name staff and organisations, never a person.
    for path in ["/municipality/admin", "/municipality/admin/staff", "/municipality/admin/partners"] {
        let (status, body) = status_and_text(app.get_with(path, &[("cookie", &cookie)]).await).await;
        assert_eq!(status, 200, "{path}");
        assert!(!body.contains("Amal") && !body.contains("Haddad"), "{path} showed a person");
    }

    // And the services refuse the admin whatever door is used.
    let me = TestApp::caller_of(&admin);
    let (db, disclosures, locale) = (&app.ctx.db, &app.ctx.disclosures, app::domain::locale::Locale::Nl);
    let read = pilot::person(db, disclosures, &me, &slug, &reference, locale, app.now()).await;
    assert!(matches!(read, Err(ServiceError::Refused(_))), "{read:?}");
    let wanted = Wanted::Read { purpose: None, fields: None };
    let read =
        for_municipality::fields(db, disclosures, &me.into(), (&slug, &reference), wanted, None, app.now()).await;
    assert!(read.is_err(), "the disclosure path answered the admin");
    assert_eq!(app.disclosure_count().await, before, "nothing was disclosed to the admin");
    assert_eq!(app.disclosures_of(person_id).await, 0);
}

async fn a_profile_revision_changes_the_next_read_and_keeps_the_old_record(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (person_id, reference) = app.consenting("KBI-REV-1", ALL).await;
    let slug = app.protocol().await.slug;
    let reader = app.staff_with_profile(PROFILE_TRAJECTORY).await;
    let first_revision = reader.function_profile_id.expect("a profile");
    let staff_cookie = app.signed_in(Account::Staff(StaffId(reader.id))).await;
    let page = format!("/municipality/persons/{slug}/{reference}");
    let before = app.page_text(&page, &staff_cookie).await;
    assert!(before.contains("Niveau Nederlands") && before.contains("Telefoonnummer"), "{before}");

    // The admin narrows the profile to contact fields: a new revision.
    let admin = app.staff_of_party(Role::MunicipalityAdmin, MUNICIPALITY_SLUG).await;
    let admin_cookie = app.signed_in(Account::Staff(StaffId(admin.id))).await;
    let form = [
        ("name", PROFILE_TRAJECTORY),
        ("purpose", "Inburgeraars bellen of mailen voor een afspraak."),
        ("fields", "given_name"),
        ("fields", "family_name"),
        ("fields", "phone"),
    ];
    let res = app.post_page_form(&format!("/municipality/admin/profiles/{first_revision}"), &admin_cookie, &form).await;
    let profile_page = to(&res);
    assert!(profile_page.ends_with("?revised=1"), "{} {profile_page}", res.status());
    let reader = staff::Entity::find_by_id(reader.id).one(&app.ctx.db.conn).await.unwrap().unwrap();
    let second_revision = reader.function_profile_id.expect("a profile");
    assert_ne!(second_revision, first_revision, "the member reads under the new revision");
    let old = function_profile::Entity::find_by_id(first_revision).one(&app.ctx.db.conn).await.unwrap().unwrap();
    assert!(old.superseded_at.is_some(), "the old revision is kept, superseded");

    // The next read shows only what the new revision allows.
    let after = app.page_text(&page, &staff_cookie).await;
    assert!(after.contains("<bdi>+32470000000</bdi>"), "{after}");
    assert!(!after.contains("<bdi>A2</bdi>"), "a field the revision dropped was shown: {after}");
    assert!(after.contains("Niveau Nederlands<!>: <!>uw functieprofiel omvat dit gegeven niet"), "{after}");
    let events = app.disclosure_events_of(person_id).await;
    assert!(events.len() >= 2, "{events:?}");
    assert_eq!(events.first().unwrap().function_profile_id, Some(first_revision), "the old read keeps its revision");
    assert_eq!(events.last().unwrap().function_profile_id, Some(second_revision));

    // The history of revisions stays readable for the admin.
    let history = app.page_text(&profile_page, &admin_cookie).await;
    assert!(history.contains("Niveau Nederlands"), "the first revision's fields are listed: {history}");
}

async fn a_disabled_member_is_refused_at_once(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let reader = app.staff_with_profile(PROFILE_TRAJECTORY).await;
    let cookie = app.signed_in(Account::Staff(StaffId(reader.id))).await;
    assert_eq!(app.get_with("/municipality/persons", &[("cookie", &cookie)]).await.status().as_u16(), 200);

    let admin = app.staff_of_party(Role::MunicipalityAdmin, MUNICIPALITY_SLUG).await;
    let admin_cookie = app.signed_in(Account::Staff(StaffId(admin.id))).await;
    let res = app
        .post_page_form(&format!("/municipality/admin/staff/{}/disable", reader.public_id), &admin_cookie, &[])
        .await;
    assert!(form_done(&res), "{}", res.status());

    let next = app.get_with("/municipality/persons", &[("cookie", &cookie)]).await;
    let status = next.status().as_u16();
    assert!(status == 401 || (next.status().is_redirection() && to(&next).starts_with("/signin")), "{status}");
    // An admin cannot lock themselves out.
    let own =
        app.post_page_form(&format!("/municipality/admin/staff/{}/disable", admin.public_id), &admin_cookie, &[]).await;
    assert!(to(&own).contains("error="), "an admin disabled themselves");
    let me = staff::Entity::find_by_id(admin.id).one(&app.ctx.db.conn).await.unwrap().unwrap();
    assert!(me.disabled_at.is_none());
}

async fn onward_to_a_recipient_needs_an_acknowledged_notice(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (person_id, reference) = app.consenting("KBI-ONW-1", ALL).await;
    let slug = app.protocol().await.slug;
    let reader = app.staff_with_profile(PROFILE_TRAJECTORY).await;
    let cookie = app.signed_in(Account::Staff(StaffId(reader.id))).await;
    let onward = format!("/municipality/persons/{slug}/{reference}/onward");
    let (app, onward, cookie) = (&app, &onward, &cookie);
    let pass = |to: String, field: &'static str| async move {
        let form = [("partner", to.as_str()), ("fields", field), ("purpose", "Ledenwerving")];
        app.post_page_form(onward, cookie, &form).await
    };
    let refused = |res: &reqwest::Response| !to(res).contains("passed=1");

    // What went on: a refused form shows the person's page again (a read of the municipality's
    // own, recorded as such), but nothing is recorded as passed on.
    let passed_on = || async move {
        let events = app.disclosure_events_of(person_id).await;
        events.into_iter().filter(|e| e.channel == "onward").map(|e| e.recipient_party_id).collect::<Vec<_>>()
    };

    // Nobody registered under that name: refused, nothing passed on.
    assert!(refused(&pass("sportclub-de-leeuw".into(), "phone").await));
    assert!(passed_on().await.is_empty());

    // Notified but not yet acknowledged by the agency: still refused.
    let notice = app.onward_notice("Sportclub De Leeuw").await;
    let recipient = party::Entity::find()
        .filter(party::Column::Name.eq("Sportclub De Leeuw"))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .expect("the notified recipient");
    let res = pass(recipient.slug.clone(), "phone").await;
    assert!(refused(&res), "{}", to(&res));
    assert!(passed_on().await.is_empty(), "passed on before the agency acknowledged the notice");

    // Acknowledged: the fields the notice names pass, others do not.
    let dpo = app.staff_of(Role::AgencyDpo).await;
    let dpo_cookie = app.signed_in(Account::Staff(StaffId(dpo.id))).await;
    let ack = app.post_page_form(&format!("/agency/dpo/notices/{notice}/acknowledge"), &dpo_cookie, &[]).await;
    assert!(form_done(&ack), "{}", to(&ack));
    assert!(refused(&pass(recipient.slug.clone(), "email").await), "a field outside the notice passed");
    assert!(!refused(&pass(recipient.slug.clone(), "phone").await), "the notified field did not pass");
    assert_eq!(passed_on().await, vec![recipient.id], "one onward disclosure, to the notified recipient");
}

/// A person's page shows exactly what consent and profile allow: a field under review is
/// marked (GDPR 18), and what is missing says why — the consent or the profile.
async fn a_person_page_marks_what_is_contested_and_says_why_the_rest_is_missing(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let contact_only = ConsentScopes { contact: true, trajectory: false, onward: false };
    let (person_id, reference) = app.consenting("KBI-MARK-1", contact_only).await;
    let slug = app.protocol().await.slug;
    let reader = app.staff_with_profile(server::demo::protocol::PROFILE_VOLUNTEERING).await;
    let cookie = app.signed_in(Account::Staff(StaffId(reader.id))).await;
    let page = format!("/municipality/persons/{slug}/{reference}");

    let first = app.page_text(&page, &cookie).await;
    assert!(first.contains("<bdi>+32470000000</bdi>") && !first.contains("wordt nagekeken"), "{first}");
    assert!(!first.contains("<bdi>A2</bdi>"), "trajectory data without consent for it: {first}");
    let no_consent = "Niveau Nederlands<!>: <!>de persoon gaf geen toestemming om trajectgegevens te delen";
    assert!(first.contains(no_consent), "{first}");
    assert!(first.contains("Adres<!>: <!>uw functieprofiel omvat dit gegeven niet"), "{first}");
    assert!(first.contains("De persoon gaf geen toestemming om gegevens door te geven"), "{first}");

    let report = [("field", "phone"), ("statement", "Nummer werkt niet")];
    assert!(form_done(&app.post_page_form(&format!("{page}/quality-report"), &cookie, &report).await));
    let after = app.page_text(&page, &cookie).await;
    let phone_row = after.split("Telefoonnummer</th>").nth(1).and_then(|r| r.split("</tr>").next()).unwrap_or_default();
    assert!(phone_row.contains("+32470000000") && phone_row.contains("wordt nagekeken (AVG 18)"), "{after}");
    let events = app.disclosure_events_of(person_id).await;
    assert_eq!(events.len(), 2, "each view of the page is one recorded read: {events:#?}");
}

on_both_databases!(
    a_person_page_marks_what_is_contested_and_says_why_the_rest_is_missing,
    the_admin_reads_no_personal_data_by_any_route,
    a_profile_revision_changes_the_next_read_and_keeps_the_old_record,
    a_disabled_member_is_refused_at_once,
    onward_to_a_recipient_needs_an_acknowledged_notice,
);
