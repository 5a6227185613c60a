//! Two municipalities in one portal: the second one's admin and staff never see or touch the
//! first one's persons, profiles, staff, partners, notices, breach reports or correction
//! notices — not in a list, not by guessing an id in an address, not through the API.

use app::domain::consent::ConsentScopes;
use app::domain::ids::StaffId;
use app::domain::roles::Role;
use app::services::identity::sessions::Account;
use app::services::rectification::{self, Decision};
use app::store::{correction_notice_processed, function_profile, rectification_request, staff};
use portal_tests::{Backend, MUNICIPALITY_SLUG, TestApp, form_done, spawn_app};
use sea_orm::{EntityTrait, PaginatorTrait};
use server::demo::protocol::PROFILE_TRAJECTORY;

const ALL: ConsentScopes = ConsentScopes { contact: true, trajectory: true, onward: true };
const BREACH: &str = "Afgedrukte lijst in de bus laten liggen";

/// What the first municipality has: a person it reads, a breach report, a quality report the
/// agency accepted (so a correction notice), and a notice of an onward disclosure.
struct First {
    slug: String,
    reference: String,
    correction: String,
}

async fn first_municipality_at_work(app: &TestApp) -> First {
    let (_, reference) = app.consenting("KBI-TEN-1", ALL).await;
    let slug = app.protocol().await.slug;
    let reader = app.staff_with_profile(PROFILE_TRAJECTORY).await;
    let cookie = app.signed_in(Account::Staff(StaffId(reader.id))).await;
    let page = format!("/municipality/persons/{slug}/{reference}");
    assert!(app.page_text(&page, &cookie).await.contains("Amal"));
    let report = [("field", "phone"), ("statement", "Nummer werkt niet"), ("proposed_value", "+32470111222")];
    assert!(form_done(&app.post_page_form(&format!("{page}/quality-report"), &cookie, &report).await));
    let breach = [
        ("detected_at", "2026-12-05T09:30"),
        ("description", BREACH),
        ("categories", "phone"),
        ("persons", reference.as_str()),
        ("measures", "Lijst teruggevonden en vernietigd"),
    ];
    let res = app.post_page_form("/municipality/breaches/new", &cookie, &breach).await;
    assert!(form_done(&res), "{}", res.status());
    let request = rectification_request::Entity::find().all(&app.ctx.db.conn).await.unwrap().pop().unwrap();
    let officer = app.staff_of(Role::AgencyRectificationOfficer).await;
    rectification::decide(
        &app.ctx.db,
        StaffId(officer.id),
        &request.public_id,
        Decision::Accept { value: None },
        app.now(),
    )
    .await
    .expect("accepted");
    app.onward_notice("Sportclub De Leeuw").await;
    First { slug, reference, correction: request.public_id }
}

async fn a_second_municipality_never_sees_the_first(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let first = first_municipality_at_work(&app).await;
    let halle = app.other_municipality().await;
    let halle_slug = app.protocol_for(&halle.party).await;
    let spl = app.party(MUNICIPALITY_SLUG).await;
    let spl_reader = app.staff_with_profile(PROFILE_TRAJECTORY).await;
    let spl_profile = spl_reader.function_profile_id.expect("a profile");
    let (rectifications, profiles) = (
        rectification_request::Entity::find().count(&app.ctx.db.conn).await.unwrap(),
        function_profile::Entity::find().count(&app.ctx.db.conn).await.unwrap(),
    );

    // Halle's staff: the first municipality's person is not found under any protocol.
    let staff_cookie = app.signed_in(Account::Staff(StaffId(halle.reader.id))).await;
    let app = &app;
    let get = |path: String, cookie: String| async move {
        let res = app.get_with(&path, &[("cookie", &cookie)]).await;
        (res.status().as_u16(), res.text().await.unwrap_or_default())
    };
    for slug in [&first.slug, &halle_slug] {
        let (status, body) =
            get(format!("/municipality/persons/{slug}/{}", first.reference), staff_cookie.clone()).await;
        assert_eq!(status, 404, "{slug}");
        assert!(!body.contains("Amal"));
    }
    let (_, list) = get("/municipality/persons".into(), staff_cookie.clone()).await;
    assert!(!list.contains("Amal"), "the list showed another municipality's person");
    let search = [("protocol", first.slug.as_str()), ("q", "Amal")];
    let found = app.post_page_form("/municipality/persons/search", &staff_cookie, &search).await;
    assert!(!found.text().await.unwrap().contains("Haddad"), "the search found another municipality's person");
    let report = [("field", "phone"), ("statement", "Klopt niet")];
    let path = format!("/municipality/persons/{}/{}/quality-report", first.slug, first.reference);
    assert!(!form_done(&app.post_page_form(&path, &staff_cookie, &report).await));
    let (_, breaches) = get("/municipality/breaches".into(), staff_cookie.clone()).await;
    assert!(!breaches.contains(BREACH), "another municipality's breach report was listed");
    let (_, corrections) = get("/municipality/corrections".into(), staff_cookie.clone()).await;
    assert!(!corrections.contains("Telefoonnummer"), "another municipality's correction notice was listed");
    let (status, _) = get(format!("/municipality/corrections/{}", first.correction), staff_cookie.clone()).await;
    assert_eq!(status, 404);
    let processed = format!("/municipality/corrections/{}/processed", first.correction);
    assert!(!form_done(&app.post_page_form(&processed, &staff_cookie, &[]).await));
    assert_eq!(correction_notice_processed::Entity::find().count(&app.ctx.db.conn).await.unwrap(), 0);

    // Halle's admin: the first one's profile, staff, partners and notices are out of reach.
    let admin_cookie = app.signed_in(Account::Staff(StaffId(halle.admin.id))).await;
    let (status, body) = get(format!("/municipality/admin/profiles/{spl_profile}"), admin_cookie.clone()).await;
    assert_eq!(status, 404);
    assert!(!body.contains(PROFILE_TRAJECTORY));
    let revise = [("name", "Overgenomen"), ("purpose", "Alles lezen"), ("fields", "dutch_level")];
    let path = format!("/municipality/admin/profiles/{spl_profile}");
    assert!(!form_done(&app.post_page_form(&path, &admin_cookie, &revise).await));
    let path = format!("/municipality/admin/profiles/{spl_profile}/active");
    assert!(!form_done(&app.post_page_form(&path, &admin_cookie, &[("active", "false")]).await));
    let path = format!("/municipality/admin/staff/{}/disable", spl_reader.public_id);
    assert!(!form_done(&app.post_page_form(&path, &admin_cookie, &[]).await));
    let own_profile = halle.reader.function_profile_id.unwrap().to_string();
    let path = format!("/municipality/admin/staff/{}/profile", spl_reader.public_id);
    assert!(!form_done(&app.post_page_form(&path, &admin_cookie, &[("profile", own_profile.as_str())]).await));
    let invite = [("name", "Nieuwe collega"), ("contact", "collega@halle.be"), ("profile", &spl_profile.to_string())];
    assert!(!form_done(&app.post_page_form("/municipality/admin/staff", &admin_cookie, &invite).await));
    for (path, theirs) in [
        ("/municipality/admin", PROFILE_TRAJECTORY),
        ("/municipality/admin/staff", spl_reader.display_name.as_str()),
        ("/municipality/admin/partners", "Buddywerking"),
        ("/municipality/admin/notices", "Sportclub De Leeuw"),
    ] {
        let (status, body) = get(path.into(), admin_cookie.clone()).await;
        assert_eq!(status, 200, "{path}");
        assert!(!body.contains(theirs), "{path} showed the first municipality's {theirs}");
    }

    // Halle's system: another party's reference is not found.
    let path = format!("/api/v1/protocols/{}/persons/{}", first.slug, first.reference);
    assert_eq!(app.api_get(&halle.token, &path).await.0, 404);
    let path = format!("/api/v1/protocols/{halle_slug}/persons/{}", first.reference);
    assert_eq!(app.api_get(&halle.token, &path).await.0, 404);

    // Nothing of the first municipality changed.
    let reader = staff::Entity::find_by_id(spl_reader.id).one(&app.ctx.db.conn).await.unwrap().unwrap();
    assert!(reader.disabled_at.is_none() && reader.function_profile_id == Some(spl_profile));
    assert_eq!(rectification_request::Entity::find().count(&app.ctx.db.conn).await.unwrap(), rectifications);
    assert_eq!(function_profile::Entity::find().count(&app.ctx.db.conn).await.unwrap(), profiles);
    assert_eq!(spl.kind, "municipality");
}

on_both_databases!(a_second_municipality_never_sees_the_first);
