//! Objects of others: a municipality never sees another's register, persons or protocol; a
//! person never reaches another's sessions or passkeys; separation of duties holds down to the
//! database.

use app::domain::consent::ConsentScopes;
use app::domain::ids::{PartyId, PersonId, ProfileId, StaffId};
use app::domain::roles::Role;
use app::services::ServiceError;
use app::services::identity::credentials::{self, Invitee};
use app::services::identity::sessions::Account;
use app::services::registry;
use app::store::{passkey, person, session};
use portal_tests::{Backend, MUNICIPALITY_SLUG, location, plain, spawn_app, staff_read};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

async fn tenants_never_see_each_other(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let halle = app.other_municipality().await;

    // Halle's admin sees Halle's register, not Sint-Pieters-Leeuw's.
    let cookie = app.signed_in(Account::Staff(StaffId(halle.admin.id))).await;
    let page = app.get_with("/municipality/admin", &[("cookie", &cookie)]).await.text().await.unwrap();
    assert!(page.contains(server::demo::second_municipality::PROFILE));
    assert!(!page.contains("Trajectbegeleider proeftuin"), "another municipality's register leaked");

    // Halle's staff see their own pilot, and none of Sint-Pieters-Leeuw's.
    let (_, _) = app.consenting("KBI-SPL-ONLY", ConsentScopes { contact: true, trajectory: true, onward: true }).await;
    let cookie = app.signed_in(Account::Staff(StaffId(halle.reader.id))).await;
    let page = plain(app.get_with("/municipality/persons", &[("cookie", &cookie)]).await.text().await.unwrap());
    assert!(page.contains("24 personen"), "Halle's own pilot: {page}");
    assert!(!page.contains("Amal"), "another municipality's person leaked: {page}");

    // Halle's system is told it is Halle's; and it cannot read under Sint-Pieters-Leeuw's protocol.
    let me: serde_json::Value = app.get_as_client("/api/v1/me", &halle.token).await.json().await.unwrap();
    assert_eq!(me["party"], "Stad Halle");
    let protocol = app.protocol().await;
    let person = app.first_person().await;
    let read = app.disclose(staff_read(person.id, protocol.id, halle.reader.id)).await;
    assert!(matches!(read, Err(ServiceError::NotFound)), "{read:?}");

    // Staff invitations cannot hand out another party's function profile.
    let spl = app.party(MUNICIPALITY_SLUG).await;
    let spl_profile = app.profile_of(spl.id).await;
    let wrong = credentials::invite(
        &app.ctx.db,
        "test",
        None,
        Invitee::Staff {
            party_id: PartyId(halle.party.id),
            role: Role::MunicipalityStaff,
            function_profile_id: Some(ProfileId(spl_profile.id)),
        },
        app.now(),
    )
    .await;
    assert!(matches!(wrong, Err(ServiceError::Invalid { message_id: "staff-error-profile-not-of-party", .. })));
}

async fn people_reach_only_their_own_account(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let people = person::Entity::find().all(&app.ctx.db.conn).await.unwrap();
    let (a, b) = (&people[0], &people[1]);
    let a_cookie = app.signed_in(Account::Person(PersonId(a.id))).await;
    let b_cookie = app.signed_in(Account::Person(PersonId(b.id))).await;
    let a_session = session::Entity::find()
        .filter(session::Column::PersonId.eq(a.id))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    // B guesses A's session id: not found, and A stays signed in.
    let res =
        app.post_form("account/sessions/end", &[("session_id", &a_session.id.to_string())], Some(&b_cookie)).await;
    assert_eq!(location(&res), "/account?error=error-not-found");
    assert_eq!(app.get_with("/me", &[("cookie", &a_cookie)]).await.status(), 200);
    // B's overview lists only B's sessions.
    let overview: serde_json::Value = app
        .client
        .post(format!("{}/sf/account/overview", app.address))
        .header("origin", &app.ctx.public_url)
        .header("cookie", &b_cookie)
        .form(&[("x", "")])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(overview["sessions"].as_array().unwrap().len(), 1);
    // B guesses the id of a passkey of someone else: not found, and it stays.
    let owner = app.enrolled().await;
    let key = passkey::Entity::find()
        .filter(passkey::Column::PersonId.eq(owner.person.id))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    // B has just proved who they are (else the recent-proof rule answers first).
    app::store::session::Entity::update_many()
        .col_expr(app::store::session::Column::VerifiedAt, sea_orm::sea_query::Expr::value(app.now()))
        .exec(&app.ctx.db.conn)
        .await
        .unwrap();
    let res = app.post_form("account/passkeys/remove", &[("passkey_id", &key.id.to_string())], Some(&b_cookie)).await;
    assert_eq!(location(&res), "/account?error=error-not-found");
    assert!(passkey::Entity::find_by_id(key.id).one(&app.ctx.db.conn).await.unwrap().is_some());
    // A municipality admin cannot hold a data-reading profile, not even in the database.
    let spl = app.party(MUNICIPALITY_SLUG).await;
    let profile = app.profile_of(spl.id).await;
    let tx = app.write().await;
    let refused = registry::create_staff(&tx, "test", &spl, "Admin", Role::MunicipalityAdmin, Some(profile.id)).await;
    assert!(matches!(refused, Err(ServiceError::Invalid { message_id: "staff-error-separation-of-duties", .. })));
    drop(tx);
    let sql = format!(
        "INSERT INTO staff (public_id, party_id, display_name, role, function_profile_id, created_at) \
         VALUES ('x', {}, 'x', 'municipality_admin', {}, '2026-01-01T00:00:00Z')",
        spl.id, profile.id
    );
    assert!(
        sea_orm::ConnectionTrait::execute_unprepared(&app.ctx.db.conn, &sql).await.is_err(),
        "the CHECK constraint refuses it"
    );
}

on_both_databases!(tenants_never_see_each_other, people_reach_only_their_own_account);
