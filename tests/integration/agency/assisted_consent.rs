//! Consent recorded with help: agency staff record a paper consent after a review step that
//! names whose dossier it is; the person sees who recorded it and withdraws it alone.

use app::domain::ids::{PersonId, StaffId};
use app::domain::roles::Role;
use app::services::identity::sessions::Account;
use portal_tests::{Backend, SLUG, location, spawn_app};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// Agency staff record a paper consent; the person sees who recorded it and withdraws it alone.
async fn assisted_consent_is_recorded_and_withdrawn_by_the_person(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let p = app.create_person("KBI-TEST-9", "Nour").await;
    let admin = app.staff_of(Role::AgencyProtocolAdmin).await;
    let staff_cookie = app.signed_in(Account::Staff(StaffId(admin.id))).await;
    let count = || async { app.consent_events_of(p.id).await.len() };
    let page = app.get_with("/agency/assisted-consent", &[("cookie", &staff_cookie)]).await;
    assert_eq!(page.status(), 200);
    // The review step names whose dossier it is before anything is recorded. It is a POST
    // (review M5: the dossier number stays out of addresses) and the name lookup is audited.
    let (app_ref, cookie_ref) = (&app, &staff_cookie);
    let review = move |dossier: &str| {
        let form = [("dossier_ref", dossier), ("protocol", SLUG), ("language", "ar"), ("contact", "on")];
        let form: Vec<(&str, String)> = form.iter().map(|(k, v)| (*k, v.to_string())).collect();
        async move {
            let res = app_ref.post_admin_form("/agency/assisted-consent/review", cookie_ref, &form).await;
            portal_tests::plain(res.text().await.unwrap())
        }
    };
    let audit_before = app::services::audit::length(&app.ctx.db.conn).await.unwrap();
    let page = review(&p.dossier_ref).await;
    assert!(page.contains(&format!("Toestemming van {} {}", p.given_name, p.family_name)), "{page}");
    let entries = app::store::audit_entry::Entity::find()
        .filter(app::store::audit_entry::Column::Seq.gt(audit_before))
        .all(&app.ctx.db.conn)
        .await
        .unwrap();
    let looked: Vec<(&str, &str, &str)> =
        entries.iter().map(|e| (e.actor.as_str(), e.action.as_str(), e.object_ref.as_str())).collect();
    let (actor, object) = (format!("staff:{}", admin.public_id), format!("person:{}", p.public_id));
    assert_eq!(looked, vec![(actor.as_str(), "person.lookup", object.as_str())], "who looked up whose name");
    let page = review("KBI-NOBODY").await;
    assert!(page.contains("Er is geen persoon met dit dossiernummer"), "{page}");
    let res = app.get_with("/agency/assisted-consent/review?dossier_ref=x", &[("cookie", &staff_cookie)]).await;
    assert_eq!(location(&res), "/agency/assisted-consent", "a GET looks nothing up: back to the form");
    let form = app.page_text("/agency/assisted-consent", &staff_cookie).await;
    assert!(form.contains(r#"<form method="post" action="/agency/assisted-consent/review""#), "the form posts");
    let res = app
        .post_form(
            "consent/assisted",
            &[("dossier_ref", "KBI-NOBODY"), ("protocol", SLUG), ("language", "ar"), ("contact", "on")],
            Some(&staff_cookie),
        )
        .await;
    assert_eq!(location(&res), "/agency/assisted-consent?error=assisted-error-unknown-dossier");
    assert_eq!(count().await, 0, "nothing is stored");

    let res = app
        .post_form(
            "consent/assisted",
            &[
                ("dossier_ref", &p.dossier_ref),
                ("protocol", SLUG),
                ("language", "ar"),
                ("contact", "on"),
                ("trajectory", "on"),
            ],
            Some(&staff_cookie),
        )
        .await;
    assert_eq!(location(&res), "/agency/assisted-consent?saved=1");
    let e = app.latest_consent(p.id).await;
    assert_eq!((e.channel.as_str(), e.assisted_by_staff_id, e.action.as_str()), ("assisted", Some(admin.id), "give"));

    // The person sees it, marked as recorded with help, and withdraws it themselves (in Dutch).
    let cookie = format!("{}; __Host-portal_lang=nl", app.signed_in(Account::Person(PersonId(p.id))).await);
    let page = app.page_text(&format!("/me/pilots/{SLUG}"), &cookie).await;
    assert!(page.contains("met hulp van een medewerker"), "{page}");
    let res = app.post_consent(&cookie, "ar", &[]).await;
    assert_eq!(location(&res), format!("/me/pilots/{SLUG}?saved=1"));
    let w = app.latest_consent(p.id).await;
    assert_eq!((w.action.as_str(), w.channel.as_str()), ("withdraw", "self_service"));
}

on_both_databases!(assisted_consent_is_recorded_and_withdrawn_by_the_person);
