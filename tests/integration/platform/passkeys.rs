//! Passkeys, invitations and sessions against the real server (software passkey).

use app::domain::ids::PersonId;
use app::services::identity::sessions::Account;
use app::store::{invitation, passkey, person, session, webauthn_ceremony};
use portal_tests::{Backend, TestApp, TestPasskey, json_of, location, session_cookie, session_token, spawn_app};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;

async fn a_person(app: &TestApp) -> person::Model {
    app.seed_demo(3).await;
    app.first_person().await
}

async fn invite(app: &TestApp, person_id: i32) -> String {
    app.invitation_for(person_id).await.secret
}

async fn status_of(app: &TestApp, path: &str, cookie: &str) -> u16 {
    app.get_with(path, &[("cookie", cookie)]).await.status().as_u16()
}

async fn enrol_sign_out_and_sign_in_again(backend: Backend) {
    let app = spawn_app(backend).await;
    let person = a_person(&app).await;
    let secret = invite(&app, person.id).await;
    let mut key = TestPasskey::new(&app.ctx.public_url);

    // Enrolment sets a session cookie with the right attributes and lands on the person's page.
    let (_, reg) =
        json_of(app.call("auth/enrol/start", json!({"invitation": secret, "by_code": false}), None).await).await;
    let cred = key.register(serde_json::from_value(reg["options"].clone()).unwrap());
    let res = app
        .call(
            "auth/enrol/finish",
            json!({"handle": reg["handle"], "credential": cred, "passkey_name": "Phone", "display_name": null}),
            None,
        )
        .await;
    let set_cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    for attr in ["HttpOnly", "Secure", "SameSite=Lax", "Path=/"] {
        assert!(set_cookie.contains(attr), "{attr} in {set_cookie}");
    }
    let token = session_token(&res).unwrap();
    assert!(token.len() >= 43, "a 256-bit token");
    let (status, body) = json_of(res).await;
    assert_eq!((status, body["start_page"].as_str()), (200, Some("/me")));
    let cookie = session_cookie(&token);
    assert_eq!(status_of(&app, "/me", &cookie).await, 200);

    // The invitation is single use.
    let again = app.call("auth/enrol/start", json!({"invitation": secret, "by_code": false}), None).await;
    let (status, body) = json_of(again).await;
    assert_eq!((status, body["message_id"].as_str()), (409, Some("invitation-error-unusable")));

    // Sign-out ends the session on the server, not just in the browser.
    let out = app.post_form("auth/sign-out", &[], Some(&cookie)).await;
    assert!(out.status().is_redirection(), "{}", out.status());
    let row = session::Entity::find()
        .filter(session::Column::PersonId.eq(person.id))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    assert!(row.ended_at.is_some());
    let res = app.get_with("/me", &[("cookie", &cookie)]).await;
    assert!(res.status().is_redirection());
    assert!(location(&res).starts_with("/signin"));

    // Signing in gives a new token (rotation), and counts the use of the passkey.
    let credential = key.credentials().remove(0);
    let fresh = app.sign_in(&mut key, &credential).await.expect("sign-in works");
    assert_ne!(fresh, cookie);
    assert_eq!(status_of(&app, "/me", &fresh).await, 200);
    let stored = passkey::Entity::find()
        .filter(passkey::Column::PersonId.eq(person.id))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    assert!(stored.last_used_at.is_some());
}

async fn replayed_and_foreign_assertions_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut e = app.enrolled().await;
    let credential = e.key.credentials().remove(0);

    // Replay: the same finished ceremony again.
    let (_, auth) = json_of(app.call("auth/sign-in/start", json!({}), None).await).await;
    let cred = e.key.sign_in(serde_json::from_value(auth["options"].clone()).unwrap(), &credential);
    let body = json!({"handle": auth["handle"], "credential": cred});
    assert_eq!(app.call("auth/sign-in/finish", body.clone(), None).await.status(), 200);
    let (status, err) = json_of(app.call("auth/sign-in/finish", body, None).await).await;
    assert_eq!((status, err["message_id"].as_str()), (409, Some("passkey-error-ceremony-expired")));

    // Replay of an old assertion against a new challenge.
    let (_, auth2) = json_of(app.call("auth/sign-in/start", json!({}), None).await).await;
    let (status, _) =
        json_of(app.call("auth/sign-in/finish", json!({"handle": auth2["handle"], "credential": cred}), None).await)
            .await;
    assert_eq!(status, 409);

    // An assertion made on another origin (same host name, another port: another site to WebAuthn).
    let mut foreign = std::mem::replace(&mut e.key, TestPasskey::new("http://x")).with_origin("http://localhost:1");
    let (_, auth3) = json_of(app.call("auth/sign-in/start", json!({}), None).await).await;
    let cred = foreign.sign_in(serde_json::from_value(auth3["options"].clone()).unwrap(), &credential);
    let (status, err) =
        json_of(app.call("auth/sign-in/finish", json!({"handle": auth3["handle"], "credential": cred}), None).await)
            .await;
    assert_eq!((status, err["message_id"].as_str()), (409, Some("passkey-error-failed")));
}

async fn expired_ceremonies_and_invitations_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let person = a_person(&app).await;

    // An invitation past its 14 days.
    let secret = invite(&app, person.id).await;
    app.ctx
        .db
        .conn
        .execute_unprepared(
            "UPDATE invitations SET created_at = '2020-01-01T00:00:00Z', expires_at = '2020-01-15T00:00:00Z'",
        )
        .await
        .unwrap();
    let (status, err) =
        json_of(app.call("auth/enrol/start", json!({"invitation": secret, "by_code": false}), None).await).await;
    assert_eq!((status, err["message_id"].as_str()), (409, Some("invitation-error-unusable")));

    // A ceremony older than five minutes.
    let secret = invite(&app, person.id).await;
    let mut key = TestPasskey::new(&app.ctx.public_url);
    let (_, reg) =
        json_of(app.call("auth/enrol/start", json!({"invitation": secret, "by_code": false}), None).await).await;
    let cred = key.register(serde_json::from_value(reg["options"].clone()).unwrap());
    webauthn_ceremony::Entity::update_many()
        .col_expr(
            webauthn_ceremony::Column::ExpiresAt,
            sea_orm::sea_query::Expr::value(app.now() - chrono::Duration::seconds(1)),
        )
        .exec(&app.ctx.db.conn)
        .await
        .unwrap();
    let (status, err) = json_of(
        app.call(
            "auth/enrol/finish",
            json!({"handle": reg["handle"], "credential": cred, "passkey_name": "Phone", "display_name": null}),
            None,
        )
        .await,
    )
    .await;
    assert_eq!((status, err["message_id"].as_str()), (409, Some("passkey-error-ceremony-expired")));
    let unredeemed = invitation::Entity::find()
        .filter(invitation::Column::RedeemedAt.is_null())
        .all(&app.ctx.db.conn)
        .await
        .unwrap();
    assert!(unredeemed.len() >= 2, "nothing was redeemed");
}

async fn idle_and_absolute_expiry_end_sessions(backend: Backend) {
    let app = spawn_app(backend).await;
    let person = a_person(&app).await;
    let cookie = app.signed_in(Account::Person(PersonId(person.id))).await;
    assert_eq!(status_of(&app, "/me", &cookie).await, 200);
    let conn = &app.ctx.db.conn;
    let set = |sql: String| async move { conn.execute_unprepared(&sql).await.unwrap() };
    let t = |d: chrono::Duration| (app.now() - d).format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string();

    set(format!("UPDATE sessions SET last_seen_at = '{}'", t(chrono::Duration::minutes(29)))).await;
    assert_eq!(status_of(&app, "/me", &cookie).await, 200, "29 idle minutes are fine, and reset the clock");
    set(format!("UPDATE sessions SET last_seen_at = '{}'", t(chrono::Duration::minutes(31)))).await;
    assert!(app.get_with("/me", &[("cookie", &cookie)]).await.status().is_redirection(), "idle for 31 minutes");

    let cookie = app.signed_in(Account::Person(PersonId(person.id))).await;
    set(format!(
        "UPDATE sessions SET expires_at = '{}' WHERE ended_at IS NULL AND last_seen_at > '{}'",
        t(chrono::Duration::seconds(1)),
        t(chrono::Duration::minutes(1))
    ))
    .await;
    assert!(app.get_with("/me", &[("cookie", &cookie)]).await.status().is_redirection(), "past 12 hours");
}

async fn second_passkey_then_remove_first_but_never_the_last(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut e = app.enrolled().await;
    let first = e.key.credentials().remove(0);
    let only: Vec<passkey::Model> =
        passkey::Entity::find().filter(passkey::Column::PersonId.eq(e.person.id)).all(&app.ctx.db.conn).await.unwrap();
    assert_eq!(only.len(), 1);

    // The last passkey cannot go.
    let res =
        app.post_form("account/passkeys/remove", &[("passkey_id", &only[0].id.to_string())], Some(&e.cookie)).await;
    assert_eq!(
        res.headers()["location"],
        "/account?error=passkey-error-last-one",
        "the form goes back with the reason"
    );
    let page = app
        .get_with(
            "/account?error=passkey-error-last-one",
            &[("cookie", &format!("{}; __Host-portal_lang=nl", e.cookie))],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(page.contains("laatste toegangssleutel"), "the reason is shown, translated");

    // Add a second one: prove it is you first, then register.
    let (_, auth) = json_of(app.call("account/passkeys/reauth", json!({}), Some(&e.cookie)).await).await;
    let assertion = e.key.sign_in(serde_json::from_value(auth["options"].clone()).unwrap(), &first);
    let (status, reg) = json_of(
        app.call(
            "account/passkeys/register",
            json!({"handle": auth["handle"], "credential": assertion}),
            Some(&e.cookie),
        )
        .await,
    )
    .await;
    assert_eq!(status, 200, "{reg}");
    let reauthenticated = app::store::audit_entry::Entity::find()
        .filter(app::store::audit_entry::Column::Action.eq("session.reauthenticate"))
        .count(&app.ctx.db.conn)
        .await
        .unwrap();
    assert_eq!(reauthenticated, 1, "the proof (and the key's use it records) is audited");
    let cred = e.key.register(serde_json::from_value(reg["options"].clone()).unwrap());
    let (status, body) = json_of(
        app.call(
            "account/passkeys/finish",
            json!({"handle": reg["handle"], "credential": cred, "name": "Tablet"}),
            Some(&e.cookie),
        )
        .await,
    )
    .await;
    assert_eq!(status, 200, "{body}");

    // Now the first can be removed, and the person is told about both changes.
    let res =
        app.post_form("account/passkeys/remove", &[("passkey_id", &only[0].id.to_string())], Some(&e.cookie)).await;
    assert!(res.status().is_redirection(), "{}", res.status());
    let left: Vec<passkey::Model> =
        passkey::Entity::find().filter(passkey::Column::PersonId.eq(e.person.id)).all(&app.ctx.db.conn).await.unwrap();
    assert_eq!(left.iter().map(|k| k.name.as_str()).collect::<Vec<_>>(), vec!["Tablet"]);
    let notes = app::store::notification::Entity::find()
        .filter(app::store::notification::Column::PersonId.eq(e.person.id))
        .all(&app.ctx.db.conn)
        .await
        .unwrap();
    let kinds: Vec<&str> = notes.iter().map(|n| n.kind.as_str()).filter(|k| k.starts_with("passkey-")).collect();
    assert_eq!(kinds, vec!["passkey-added", "passkey-added", "passkey-removed"]);

    // The removed passkey no longer signs in; the new one does.
    assert!(app.sign_in(&mut e.key, &first).await.is_err());
    let second = e.key.credentials().into_iter().find(|c| *c != first).unwrap();
    assert!(app.sign_in(&mut e.key, &second).await.is_ok());
}

async fn cross_origin_posts_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let person = a_person(&app).await;
    let cookie = app.signed_in(Account::Person(PersonId(person.id))).await;
    for (header, value) in [("origin", "https://evil.example"), ("sec-fetch-site", "cross-site")] {
        let res = app
            .client
            .post(format!("{}/sf/auth/sign-out", app.address))
            .header(header, value)
            .header("cookie", &cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403, "{header}: {value}");
    }
    assert_eq!(status_of(&app, "/me", &cookie).await, 200, "the session survived the forged sign-out");
}

on_both_databases!(
    enrol_sign_out_and_sign_in_again,
    replayed_and_foreign_assertions_are_refused,
    expired_ceremonies_and_invitations_are_refused,
    idle_and_absolute_expiry_end_sessions,
    second_passkey_then_remove_first_but_never_the_last,
    cross_origin_posts_are_refused,
);
