//! The agency admin's plain forms (`/agency/admin/…`): invitations and API tokens (the four
//! eyes on recoveries, staff invitations and tokens: `recovery.rs`, `approvals.rs`).

use app::domain::ids::StaffId;
use app::domain::roles::Role;
use app::services::identity::sessions::Account;
use portal_tests::{Backend, MUNICIPALITY_SLUG, spawn_app};
use sea_orm::EntityTrait;

/// The admin's plain forms show a first enrolment once; other roles get a refusal page and
/// nothing is created; bad input gets its translated error.
async fn admin_forms_issue_once_and_only_for_admins(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let admin = app.signed_in(Account::Staff(StaffId(app.staff_of(Role::AgencyProtocolAdmin).await.id))).await;
    let other = app.signed_in(Account::Staff(StaffId(app.staff_of(Role::MunicipalityAdmin).await.id))).await;
    let person = app.first_person().await;
    let count = || async { app::store::invitation::Entity::find().all(&app.ctx.db.conn).await.unwrap().len() };
    let before = count().await;
    let invite_person = [("dossier_ref", person.dossier_ref.clone())];
    let res = app.post_admin_form("/agency/admin/invitations/person", &admin, &invite_person).await;
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    assert!(
        page.contains(&format!("{}/invite/", app.ctx.public_url)) && page.contains("<svg"),
        "link and QR code shown"
    );
    assert_eq!(count().await, before + 1);

    let res = app.post_admin_form("/agency/admin/invitations/person", &other, &invite_person).await;
    assert_eq!(res.status(), 403);
    assert!(!res.text().await.unwrap().contains("/invite/"));
    assert_eq!(count().await, before + 1, "nothing created for a refused caller");

    let nobody = [("dossier_ref", "KBI-NOPE")];
    let res = app.post_admin_form("/agency/admin/invitations/person", &admin, &nobody).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Er is geen inburgeraar met dit dossiernummer"));

    let spl = app.party(MUNICIPALITY_SLUG).await;
    let profile = app.profile_of(spl.id).await;
    let admin_with_profile = [
        ("party_id", spl.id.to_string()),
        ("role", "municipality_admin".into()),
        ("function_profile_id", profile.id.to_string()),
    ];
    let res = app.post_admin_form("/agency/admin/invitations/staff", &admin, &admin_with_profile).await;
    assert_eq!(res.status(), 422, "an admin of the register cannot be given a reading profile");

    // An API client is a request for a second admin (`approvals.rs`): no token yet.
    let client = [("name", "Registratiesysteem".into()), ("function_profile_id", profile.id.to_string())];
    let res = app.post_admin_form("/agency/admin/api-clients", &admin, &client).await;
    assert_eq!(res.status(), 200);
    assert!(!res.text().await.unwrap().contains("spl_"), "no token without a second admin");
    let bad = [("name", "x".into()), ("function_profile_id", profile.id.to_string()), ("expires_days", "0".into())];
    let res = app.post_admin_form("/agency/admin/api-clients", &admin, &bad).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Geef een aantal dagen tussen 1 en 3650"));
}

on_both_databases!(admin_forms_issue_once_and_only_for_admins);
