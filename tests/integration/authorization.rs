//! The role × operation matrix (app/src/domain/authorization.md), exercised for real: every
//! server function and API route, as every role and as anonymous. Only the cells marked `x`
//! may succeed. Then the same with another municipality's objects: tenants never meet.

use app::domain::authz::{Actor, Operation, allows};
use app::domain::roles::{PartyKind, Role};
use app::services::identity::credentials::{self, Invitee};
use app::services::identity::sessions::Account;
use app::services::registry::{self, NewParty};
use app::store::{function_profile, party, person, staff};
use portal_tests::{Backend, TestApp, spawn_app};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;

const SLUG: &str = "agii-sint-pieters-leeuw-amif-507";

/// How to call as one actor: a session cookie, a bearer token, or nothing.
#[derive(Clone)]
enum Credential {
    None,
    Cookie(String),
    Bearer(String),
}

struct Caller {
    actor: Actor,
    credential: Credential,
}

async fn staff_of(app: &TestApp, role: Role) -> staff::Model {
    staff::Entity::find().filter(staff::Column::Role.eq(role.as_str())).one(&app.ctx.db.conn).await.unwrap().unwrap()
}

async fn party_by(app: &TestApp, slug: &str) -> party::Model {
    party::Entity::find().filter(party::Column::Slug.eq(slug)).one(&app.ctx.db.conn).await.unwrap().unwrap()
}

async fn profile_of(app: &TestApp, party_id: i32) -> function_profile::Model {
    function_profile::Entity::find()
        .filter(function_profile::Column::PartyId.eq(party_id))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap()
}

async fn callers(app: &TestApp) -> Vec<Caller> {
    let mut out = vec![Caller { actor: Actor::Anonymous, credential: Credential::None }];
    let person = person::Entity::find().one(&app.ctx.db.conn).await.unwrap().unwrap();
    out.push(Caller {
        actor: Actor::Person,
        credential: Credential::Cookie(app.session_for(Account::Person(person.id)).await),
    });
    for role in Role::ALL {
        let s = staff_of(app, *role).await;
        out.push(Caller {
            actor: Actor::Staff(*role),
            credential: Credential::Cookie(app.session_for(Account::Staff(s.id)).await),
        });
    }
    let spl = party_by(app, "sint-pieters-leeuw").await;
    let profile = profile_of(app, spl.id).await;
    let (_, token) =
        credentials::create_client(&app.ctx.db, "test", spl.id, profile.id, "matrix", None, app.now()).await.unwrap();
    out.push(Caller { actor: Actor::ApiClient, credential: Credential::Bearer(token) });
    out
}

/// Calls the operation's endpoint as `caller`; true when it succeeded.
async fn attempt(app: &TestApp, op: Operation, caller: &Caller) -> bool {
    let url = |p: &str| format!("{}{p}", app.address);
    let get = |path: &str| app.client.get(url(path)).header("accept", "text/html");
    let form = |endpoint: &str| {
        app.client
            .post(url(&format!("/sf/{endpoint}")))
            .header("origin", &app.ctx.public_url)
            .header("accept", "application/json")
    };
    let req = match op {
        Operation::ReadPublishedProtocols => get(&format!("/protocols/{SLUG}")),
        Operation::RedeemInvitation => {
            let person = person::Entity::find().one(&app.ctx.db.conn).await.unwrap().unwrap();
            let inv =
                credentials::invite(&app.ctx.db, "test", None, Invitee::Person { person_id: person.id }, app.now())
                    .await
                    .unwrap();
            form("auth/enrol/start").json(&json!({"invitation": inv.secret, "by_code": false}))
        }
        Operation::SignIn => form("auth/sign-in/start").json(&json!({})),
        Operation::SignOut => app
            .client
            .post(url("/sf/auth/sign-out"))
            .header("origin", &app.ctx.public_url)
            .header("accept", "text/html")
            .form(&[("x", "")]),
        Operation::OwnAccount => form("account/overview").form(&[("x", "")]),
        Operation::OwnOverview => get("/me"),
        Operation::OwnConsent => {
            form("consent/change").form(&[("protocol", SLUG), ("language", "nl"), ("contact", "on")])
        }
        Operation::OwnData => get("/me/data"),
        Operation::OwnCorrections => form("corrections/file").form(&[
            ("field", "phone"),
            ("proposed_value", "+32 470 99 88 77"),
            ("statement", "Nieuw nummer."),
        ]),
        Operation::AssistedConsent => {
            let person = person::Entity::find().one(&app.ctx.db.conn).await.unwrap().unwrap();
            form("consent/assisted").form(&[
                ("dossier_ref", person.dossier_ref.as_str()),
                ("protocol", SLUG),
                ("language", "nl"),
                ("contact", "on"),
                ("trajectory", "on"),
            ])
        }
        Operation::ReadRectificationQueue => get("/agency/rectifications"),
        Operation::ReadAccessOverview => get("/agency/admin"),
        Operation::ManageInvitations => {
            let person = person::Entity::find().one(&app.ctx.db.conn).await.unwrap().unwrap();
            form("admin/invitations/person").json(&json!({"dossier_ref": person.dossier_ref}))
        }
        Operation::ManageApiClients => {
            let profile = profile_of(app, party_by(app, "sint-pieters-leeuw").await.id).await;
            form("admin/api-clients/create")
                .json(&json!({"function_profile_id": profile.id, "name": "matrix client", "expires_days": null}))
        }
        Operation::ReadAuditStatus => get("/agency/dpo"),
        Operation::ReadProfileRegister => get("/municipality/admin"),
        Operation::ReadConsentStatus => get("/municipality/persons"),
        Operation::IdentifyApiClient => app.client.get(url("/api/v1/me")),
    };
    let req = match &caller.credential {
        Credential::None => req,
        Credential::Cookie(c) => req.header("cookie", c),
        Credential::Bearer(t) => req.header("authorization", format!("Bearer {t}")),
    };
    let res = req.send().await.unwrap();
    let status = res.status();
    match op {
        // Success is the redirect to the signed-out page; a refusal is an error status.
        Operation::SignOut => {
            status.is_redirection() && res.headers()["location"].to_str().unwrap().contains("signed_out")
        }
        _ => status.is_success(),
    }
}

pub async fn every_role_reaches_exactly_its_cells(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let callers = callers(&app).await;
    let mut wrong = Vec::new();
    // Sign-out last: it ends the caller's session.
    let mut ops: Vec<Operation> = Operation::ALL.iter().copied().filter(|o| *o != Operation::SignOut).collect();
    ops.push(Operation::SignOut);
    for op in ops {
        for caller in &callers {
            let expected = allows(caller.actor, op);
            if attempt(&app, op, caller).await != expected {
                wrong.push(format!(
                    "{op} as {}: expected {}",
                    caller.actor.column(),
                    if expected { "success" } else { "refusal" }
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "cells that disagree with authorization.md:\n{}", wrong.join("\n"));
}

/// A second municipality with its own admin, staff and API client.
async fn other_municipality(app: &TestApp) -> (party::Model, staff::Model, staff::Model, String) {
    let tx = app.write().await;
    let halle = registry::create_party(
        &tx,
        "test",
        NewParty {
            slug: "halle",
            kind: PartyKind::Municipality,
            name: "Stad Halle",
            parent_party_id: None,
            address: None,
            enterprise_number: None,
            dpo_contact: None,
        },
    )
    .await
    .unwrap();
    let profile = registry::create_function_profile(
        &tx,
        "test",
        halle.id,
        "Halle: onthaal",
        "Onthaal",
        &[app::domain::fields::Field::GivenName],
    )
    .await
    .unwrap();
    let admin =
        registry::create_staff(&tx, "test", &halle, "Halle admin", Role::MunicipalityAdmin, None).await.unwrap();
    let reader = registry::create_staff(&tx, "test", &halle, "Halle staff", Role::MunicipalityStaff, Some(profile.id))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let (_, token) =
        credentials::create_client(&app.ctx.db, "test", halle.id, profile.id, "halle system", None, app.now())
            .await
            .unwrap();
    (halle, admin, reader, token)
}

pub async fn tenants_never_see_each_other(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (halle, admin, reader, token) = other_municipality(&app).await;

    // Halle's admin sees Halle's register, not Sint-Pieters-Leeuw's.
    let cookie = app.session_for(Account::Staff(admin.id)).await;
    let page = app.get_with("/municipality/admin", &[("cookie", &cookie)]).await.text().await.unwrap();
    assert!(page.contains("Halle: onthaal"));
    assert!(!page.contains("Trajectbegeleider proeftuin"), "another municipality's register leaked");

    // Halle's staff count no persons of Sint-Pieters-Leeuw's pilot.
    let cookie = app.session_for(Account::Staff(reader.id)).await;
    let page =
        portal_tests::plain(app.get_with("/municipality/persons", &[("cookie", &cookie)]).await.text().await.unwrap());
    assert!(page.contains("0 personen"), "{page}");

    // Halle's system is told it is Halle's; and it cannot read under Sint-Pieters-Leeuw's protocol.
    let me: serde_json::Value = app
        .client
        .get(format!("{}/api/v1/me", app.address))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["party"], "Stad Halle");
    let protocol = app::store::protocol::Entity::find().one(&app.ctx.db.conn).await.unwrap().unwrap();
    let person = person::Entity::find().one(&app.ctx.db.conn).await.unwrap().unwrap();
    let read = app::services::disclosure::disclose(
        &app.ctx.db,
        app::services::disclosure::DisclosureRequest {
            person_id: person.id,
            protocol_id: protocol.id,
            actor: app::services::disclosure::Actor::Staff(reader.id),
            channel: app::domain::disclosure::DisclosureChannel::Ui,
            onward_to: None,
            purpose: "test".into(),
            requested: app::domain::fields::Field::ALL.iter().copied().collect(),
        },
        app.now(),
    )
    .await;
    assert!(matches!(read, Err(app::services::ServiceError::NotFound)), "{read:?}");

    // Staff invitations cannot hand out another party's function profile.
    let spl = party_by(&app, "sint-pieters-leeuw").await;
    let spl_profile = profile_of(&app, spl.id).await;
    let wrong = credentials::invite(
        &app.ctx.db,
        "test",
        None,
        Invitee::Staff { party_id: halle.id, role: Role::MunicipalityStaff, function_profile_id: Some(spl_profile.id) },
        app.now(),
    )
    .await;
    assert!(matches!(
        wrong,
        Err(app::services::ServiceError::Invalid { message_id: "staff-error-profile-not-of-party", .. })
    ));
}

pub async fn people_reach_only_their_own_account(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let people = person::Entity::find().all(&app.ctx.db.conn).await.unwrap();
    let (a, b) = (&people[0], &people[1]);
    let a_cookie = app.session_for(Account::Person(a.id)).await;
    let b_cookie = app.session_for(Account::Person(b.id)).await;
    let a_session = app::store::session::Entity::find()
        .filter(app::store::session::Column::PersonId.eq(a.id))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    // B guesses A's session id: not found, and A stays signed in.
    let res =
        app.post_form("account/sessions/end", &[("session_id", &a_session.id.to_string())], Some(&b_cookie)).await;
    assert_eq!(res.headers()["location"], "/account?error=error-not-found");
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
    let owner = crate::passkeys::enrolled(&app).await;
    let key = app::store::passkey::Entity::find()
        .filter(app::store::passkey::Column::PersonId.eq(owner.person.id))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    let res = app.post_form("account/passkeys/remove", &[("passkey_id", &key.id.to_string())], Some(&b_cookie)).await;
    assert_eq!(res.headers()["location"], "/account?error=error-not-found");
    assert!(app::store::passkey::Entity::find_by_id(key.id).one(&app.ctx.db.conn).await.unwrap().is_some());
    // A municipality admin cannot hold a data-reading profile, not even in the database.
    let spl = party_by(&app, "sint-pieters-leeuw").await;
    let profile = profile_of(&app, spl.id).await;
    let tx = app.write().await;
    let refused = registry::create_staff(&tx, "test", &spl, "Admin", Role::MunicipalityAdmin, Some(profile.id)).await;
    assert!(matches!(
        refused,
        Err(app::services::ServiceError::Invalid { message_id: "staff-error-separation-of-duties", .. })
    ));
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

/// The admin's plain forms create invitations and tokens and show them once; other roles
/// get a refusal page and nothing is created.
pub async fn admin_forms_issue_once_and_only_for_admins(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let admin = app.session_for(Account::Staff(staff_of(&app, Role::AgencyProtocolAdmin).await.id)).await;
    let other = app.session_for(Account::Staff(staff_of(&app, Role::MunicipalityAdmin).await.id)).await;
    let person = person::Entity::find().one(&app.ctx.db.conn).await.unwrap().unwrap();
    let post = |path: &'static str, cookie: String, form: Vec<(&'static str, String)>| {
        let app = &app;
        async move {
            app.client
                .post(format!("{}{path}", app.address))
                .header("origin", &app.ctx.public_url)
                .header("cookie", cookie)
                .form(&form)
                .send()
                .await
                .unwrap()
        }
    };
    let count = || async { app::store::invitation::Entity::find().all(&app.ctx.db.conn).await.unwrap().len() };
    let before = count().await;
    let res =
        post("/agency/admin/invitations/person", admin.clone(), vec![("dossier_ref", person.dossier_ref.clone())])
            .await;
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    assert!(
        page.contains(&format!("{}/invite/", app.ctx.public_url)) && page.contains("<svg"),
        "link and QR code shown"
    );
    assert_eq!(count().await, before + 1);

    let res =
        post("/agency/admin/invitations/person", other.clone(), vec![("dossier_ref", person.dossier_ref.clone())])
            .await;
    assert_eq!(res.status(), 403);
    assert!(!res.text().await.unwrap().contains("/invite/"));
    assert_eq!(count().await, before + 1, "nothing created for a refused caller");

    let res = post("/agency/admin/invitations/person", admin.clone(), vec![("dossier_ref", "KBI-NOPE".into())]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Er is geen inburgeraar met dit dossiernummer"));

    let spl = party_by(&app, "sint-pieters-leeuw").await;
    let profile = profile_of(&app, spl.id).await;
    let res = post(
        "/agency/admin/invitations/staff",
        admin.clone(),
        vec![
            ("party_id", spl.id.to_string()),
            ("role", "municipality_admin".into()),
            ("function_profile_id", profile.id.to_string()),
        ],
    )
    .await;
    assert_eq!(res.status(), 422, "an admin of the register cannot be given a reading profile");

    let res = post(
        "/agency/admin/api-clients",
        admin,
        vec![("name", "Registratiesysteem".into()), ("function_profile_id", profile.id.to_string())],
    )
    .await;
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    let token = page.split("spl_").nth(1).map(|t| format!("spl_{}", &t[..43])).expect("the token is shown");
    let me = app.client.get(format!("{}/api/v1/me", app.address)).bearer_auth(&token).send().await.unwrap();
    assert_eq!(me.status(), 200, "the shown token works");
}

/// Every server function and API route, with the operation it belongs to. Inputs are
/// placeholders: what is checked is whether the guard lets the caller through.
fn every_endpoint() -> Vec<(Operation, &'static str, &'static str, serde_json::Value)> {
    use Operation::*;
    let none = json!({});
    vec![
        (ReadPublishedProtocols, "sf-form", "protocols/list", json!({"lang": "nl"})),
        (ReadPublishedProtocols, "sf-form", "protocols/page", json!({"slug": SLUG, "lang": "nl"})),
        (RedeemInvitation, "sf-json", "auth/enrol/start", json!({"invitation": "x", "by_code": false})),
        (
            RedeemInvitation,
            "sf-json",
            "auth/enrol/finish",
            json!({"handle": "x", "credential": {"id": "", "rawId": "", "type": "public-key", "response": {"attestationObject": "", "clientDataJSON": ""}}, "passkey_name": "x", "display_name": null}),
        ),
        (SignIn, "sf-json", "auth/sign-in/start", none.clone()),
        (
            SignIn,
            "sf-json",
            "auth/sign-in/finish",
            json!({"handle": "x", "credential": {"id": "", "rawId": "", "type": "public-key", "response": {"authenticatorData": "", "clientDataJSON": "", "signature": "", "userHandle": null}}}),
        ),
        (OwnAccount, "sf-form", "account/overview", none.clone()),
        (OwnAccount, "sf-json", "account/passkeys/reauth", none.clone()),
        (
            OwnAccount,
            "sf-json",
            "account/passkeys/register",
            json!({"handle": "x", "credential": {"id": "", "rawId": "", "type": "public-key", "response": {"authenticatorData": "", "clientDataJSON": "", "signature": "", "userHandle": null}}}),
        ),
        (
            OwnAccount,
            "sf-json",
            "account/passkeys/finish",
            json!({"handle": "x", "credential": {"id": "", "rawId": "", "type": "public-key", "response": {"attestationObject": "", "clientDataJSON": ""}}, "name": "x"}),
        ),
        (OwnAccount, "sf-form", "account/passkeys/remove", json!({"passkey_id": "999999"})),
        (OwnAccount, "sf-form", "account/sessions/end", json!({"session_id": "999999"})),
        (OwnAccount, "sf-form", "account/keep-alive", none.clone()),
        (OwnConsent, "sf-form", "consent/change", json!({"protocol": SLUG, "language": "nl"})),
        (OwnConsent, "get", "/me/receipts/none.json", json!({})),
        (OwnData, "get", "/me/data/export.json", json!({})),
        (AssistedConsent, "get", "/agency/assisted-consent", json!({})),
        (AssistedConsent, "get", "/agency/assisted-consent/review?dossier_ref=x&protocol=x&language=nl", json!({})),
        (OwnData, "get", "/me/data", json!({})),
        (OwnData, "get", "/me/disclosures?field=phone", json!({})),
        (OwnAccount, "get", "/me/notifications", json!({})),
        (OwnCorrections, "get", "/me/corrections", json!({})),
        (OwnCorrections, "get", "/me/corrections/new?field=phone", json!({})),
        (OwnCorrections, "get", "/me/corrections/none", json!({})),
        (
            AssistedConsent,
            "sf-form",
            "consent/assisted",
            json!({"dossier_ref": "none", "protocol": SLUG, "language": "nl"}),
        ),
        (OwnAccount, "sf-form", "notifications/read", none.clone()),
        (
            OwnCorrections,
            "sf-form",
            "corrections/file",
            json!({"field": "phone", "proposed_value": "", "statement": ""}),
        ),
        (ManageInvitations, "sf-json", "admin/invitations/person", json!({"dossier_ref": "none"})),
        (
            ManageInvitations,
            "sf-json",
            "admin/invitations/staff",
            json!({"party_id": 999999, "role": "agency_dpo", "function_profile_id": null}),
        ),
        (ManageInvitations, "sf-form", "admin/invitations/revoke", json!({"invitation_id": "999999"})),
        (
            ManageApiClients,
            "sf-json",
            "admin/api-clients/create",
            json!({"function_profile_id": 999999, "name": "x", "expires_days": null}),
        ),
        (ManageApiClients, "sf-form", "admin/api-clients/revoke", json!({"client": "none"})),
        (ManageInvitations, "form", "/agency/admin/invitations/person", json!({"dossier_ref": "none"})),
        (
            ManageInvitations,
            "form",
            "/agency/admin/invitations/staff",
            json!({"party_id": "999999", "role": "agency_dpo"}),
        ),
        (ManageApiClients, "form", "/agency/admin/api-clients", json!({"name": "x", "function_profile_id": "999999"})),
        (IdentifyApiClient, "get", "/api/v1/me", none),
    ]
}

/// Each endpoint as each caller: the guard lets exactly the matrix's cells through.
/// "Refused" is 401/403 (or, for pages and plain forms, the way to sign-in).
pub async fn every_endpoint_applies_the_matrix(backend: Backend) {
    // Many calls from one address: lift the rate limits, which are tested elsewhere.
    let app = portal_tests::spawn_app_with(portal_tests::TestDb::new(backend).await, |s| {
        s.rate_ceremonies_per_minute = 10_000;
        s.rate_invitations_per_minute = 10_000;
    })
    .await;
    app.seed_demo(3).await;
    let callers = callers(&app).await;
    let mut wrong = Vec::new();
    for (op, kind, target, body) in every_endpoint() {
        for caller in &callers {
            let req = match kind {
                "sf-json" => app
                    .client
                    .post(format!("{}/sf/{target}", app.address))
                    .header("accept", "application/json")
                    .json(&body),
                "sf-form" => {
                    let form: Vec<(String, String)> = body
                        .as_object()
                        .unwrap()
                        .iter()
                        .map(|(k, v)| (k.clone(), v.as_str().map(str::to_owned).unwrap_or_else(|| v.to_string())))
                        .collect();
                    app.client
                        .post(format!("{}/sf/{target}", app.address))
                        .header("accept", "application/json")
                        .form(&form)
                }
                "form" => {
                    let form: Vec<(String, String)> = body
                        .as_object()
                        .unwrap()
                        .iter()
                        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
                        .collect();
                    app.client.post(format!("{}{target}", app.address)).form(&form)
                }
                _ => app.client.get(format!("{}{target}", app.address)),
            }
            .header("origin", &app.ctx.public_url);
            let req = match &caller.credential {
                Credential::None => req,
                Credential::Cookie(c) => req.header("cookie", c),
                Credential::Bearer(t) => req.header("authorization", format!("Bearer {t}")),
            };
            let res = req.send().await.unwrap();
            let status = res.status().as_u16();
            let to_signin =
                res.headers().get("location").and_then(|l| l.to_str().ok()).is_some_and(|l| l.starts_with("/signin"));
            let refused = status == 401 || status == 403 || to_signin;
            if refused == allows(caller.actor, op) {
                wrong.push(format!("{kind} {target} as {}: status {status}", caller.actor.column()));
            }
        }
    }
    assert!(wrong.is_empty(), "endpoints that disagree with authorization.md ({}):\n{}", wrong.len(), wrong.join("\n"));
}
