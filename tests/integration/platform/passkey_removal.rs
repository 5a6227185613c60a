//! Removing a passkey (review L5): only after a recent proof with a passkey, never the last
//! one even when two removals race on PostgreSQL, and the sessions the key opened end with it.

use app::store::{passkey, session};
use portal_tests::{Backend, TestApp, location, spawn_app_at};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, PaginatorTrait, QueryFilter, Set};

/// A second passkey row beside the enrolled one (a copy under another credential id: removal
/// never parses it).
async fn second_key(app: &TestApp, first: &passkey::Model) -> passkey::Model {
    let mut copy = first.clone().into_active_model();
    copy.id = sea_orm::ActiveValue::NotSet;
    copy.credential_id = Set(format!("{}-copy", first.credential_id));
    copy.name = Set("Tablet".into());
    copy.insert(&app.ctx.db.conn).await.unwrap()
}

async fn keys_of(app: &TestApp, person_id: i32) -> Vec<passkey::Model> {
    passkey::Entity::find().filter(passkey::Column::PersonId.eq(person_id)).all(&app.ctx.db.conn).await.unwrap()
}

async fn removal_needs_a_recent_proof_and_ends_the_keys_sessions(backend: Backend) {
    let app = spawn_app_at(backend, chrono::Utc::now()).await;
    let mut e = app.enrolled().await;
    let first = keys_of(&app, e.person.id).await.remove(0);
    let tablet = second_key(&app, &first).await;
    // The lost phone: a second session, opened with the first key.
    let credential = e.key.credentials().remove(0);
    let lost_phone = app.sign_in(&mut e.key, &credential).await.expect("sign-in");
    let remove = |id: i32| {
        let cookie = e.cookie.clone();
        let app = &app;
        async move { app.post_form("account/passkeys/remove", &[("passkey_id", &id.to_string())], Some(&cookie)).await }
    };
    // Eleven minutes after signing in, the proof is too old: sign in again first.
    app.ctx.clock.set(app.now() + chrono::Duration::minutes(11));
    let res = remove(tablet.id).await;
    assert_eq!(location(&res), "/account?error=passkey-error-confirm-first");
    assert_eq!(keys_of(&app, e.person.id).await.len(), 2, "nothing was removed");

    // Fresh again (as after re-authenticating): the key goes, and so do the sessions it opened.
    session::Entity::update_many()
        .col_expr(session::Column::VerifiedAt, sea_orm::sea_query::Expr::value(app.now()))
        .filter(session::Column::PersonId.eq(e.person.id))
        .exec(&app.ctx.db.conn)
        .await
        .unwrap();
    let opened_by_first =
        session::Entity::find().filter(session::Column::PasskeyId.eq(first.id)).count(&app.ctx.db.conn).await.unwrap();
    assert_eq!(opened_by_first, 2, "the enrolment and the sign-in sessions remember their key");
    let res = remove(first.id).await;
    assert_eq!(location(&res), "/account?removed=1");
    let (status, _) = app.get_page("/me", &lost_phone).await;
    assert_ne!(status, 200, "the other session the removed key opened has ended");
    assert_eq!(app.get_page("/me", &e.cookie).await.0, 200, "the session that removed it stays");
}

/// Two removals at once of a person's two keys: one wins, the other is told it was the last.
async fn two_racing_removals_leave_one_key(backend: Backend) {
    let app = spawn_app_at(backend, chrono::Utc::now()).await;
    let e = app.enrolled().await;
    let first = keys_of(&app, e.person.id).await.remove(0);
    // The session was not opened by either key, so neither removal ends it mid-race.
    session::Entity::update_many()
        .col_expr(session::Column::PasskeyId, sea_orm::sea_query::Expr::value(Option::<i32>::None))
        .filter(session::Column::PersonId.eq(e.person.id))
        .exec(&app.ctx.db.conn)
        .await
        .unwrap();
    for round in 0..5 {
        let keys = keys_of(&app, e.person.id).await;
        let other = if keys.len() == 1 { second_key(&app, &keys[0]).await } else { keys[1].clone() };
        let keys = keys_of(&app, e.person.id).await;
        assert_eq!(keys.len(), 2, "round {round}");
        let (a, b) = (keys[0].id.to_string(), other.id.to_string());
        let (form_a, form_b) = ([("passkey_id", a.as_str())], [("passkey_id", b.as_str())]);
        let (ra, rb) = tokio::join!(
            app.post_form("account/passkeys/remove", &form_a, Some(&e.cookie)),
            app.post_form("account/passkeys/remove", &form_b, Some(&e.cookie)),
        );
        let mut outcomes = [location(&ra), location(&rb)];
        outcomes.sort();
        assert_eq!(outcomes, ["/account?error=passkey-error-last-one", "/account?removed=1"], "round {round}");
        assert_eq!(keys_of(&app, e.person.id).await.len(), 1, "round {round}: never zero");
    }
    let _ = first;
}

on_both_databases!(removal_needs_a_recent_proof_and_ends_the_keys_sessions, two_racing_removals_leave_one_key);
