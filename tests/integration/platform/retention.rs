//! Retention that forgets (art. 2): a person whose relationship ended more than five years ago,
//! with a history of every kind (consent, disclosures, a correction with a statement, a
//! question and an answer, e-mail on its way, an invitation), is pseudonymised by `portal
//! retention run`: afterwards no text column of any table holds their name, contact values or
//! free text (a scan of every text column for canary values), their history is still there under
//! the pseudonym, and `portal audit verify` passes. `--dry-run` changes nothing.

use app::domain::consent::ConsentScopes;
use app::domain::fields::{DutchLevel, Field, MoStatus};
use app::domain::ids::PersonId;
use app::domain::locale::Locale;
use app::domain::roles::Role;
use app::domain::text::{DossierRef, Email, Phone};
use app::services::rectification::{self, Handling};
use app::services::registry::{self, NewPerson};
use app::store::{consent_event, disclosure_event, person};
use portal_tests::{Backend, TestApp, run_portal, spawn_app, staff_read};
use sea_orm::{ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, PaginatorTrait, QueryFilter, Statement};

/// Values only this person has, to look for everywhere afterwards.
const CANARIES: &[&str] = &["Zarathustra", "Canarybird", "Kanariestraat", "998877", "canary.bird@", "Kanarievogel"];

/// Every (table, column) holding text, on either database.
async fn text_columns(app: &TestApp) -> Vec<(String, String)> {
    let conn = &app.ctx.db.conn;
    let backend = conn.get_database_backend();
    let rows = |sql: &str| conn.query_all_raw(Statement::from_string(backend, sql.to_owned()));
    match backend {
        DbBackend::Postgres => rows(
            "SELECT table_name AS t, column_name AS c FROM information_schema.columns \
             WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')",
        )
        .await
        .unwrap()
        .iter()
        .map(|r| (r.try_get("", "t").unwrap(), r.try_get("", "c").unwrap()))
        .collect(),
        _ => {
            let mut out = Vec::new();
            let tables = rows("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").await.unwrap();
            for t in tables {
                let table: String = t.try_get("", "name").unwrap();
                let cols = rows(&format!("SELECT name, type FROM pragma_table_info('{table}')")).await.unwrap();
                for c in cols {
                    let kind: String = c.try_get::<String>("", "type").unwrap().to_lowercase();
                    if kind.contains("char") || kind.contains("text") || kind.contains("json") || kind.is_empty() {
                        out.push((table.clone(), c.try_get("", "name").unwrap()));
                    }
                }
            }
            out
        }
    }
}

/// Where any canary value still stands: (table, column, canary).
async fn canaries_left(app: &TestApp) -> Vec<(String, String, &'static str)> {
    let conn = &app.ctx.db.conn;
    let backend = conn.get_database_backend();
    let mut found = Vec::new();
    for (table, column) in text_columns(app).await {
        for canary in CANARIES {
            let sql =
                format!("SELECT COUNT(*) AS n FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE '%{canary}%'");
            let row = conn.query_one_raw(Statement::from_string(backend, sql)).await.unwrap().unwrap();
            if row.try_get::<i64>("", "n").unwrap() > 0 {
                found.push((table.clone(), column.clone(), *canary));
            }
        }
    }
    found
}

/// A person with a history of every kind, named with the canaries.
async fn person_with_everything(app: &TestApp) -> person::Model {
    let tx = app.write().await;
    let p = registry::create_person(
        &tx,
        "test",
        NewPerson {
            dossier_ref: DossierRef::parse("KBI-CANARY-1").unwrap(),
            given_name: "Zarathustra".into(),
            family_name: "Canarybird".into(),
            address: "Kanariestraat 77, 1600 Sint-Pieters-Leeuw".into(),
            phone: Some(Phone::parse("+32470998877").unwrap()),
            email: Some(Email::parse("canary.bird@example.org").unwrap()),
            contact_language: Locale::Nl,
            dutch_level: DutchLevel::A2,
            mo_status: MoStatus::InProgress,
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    app.give_consent(p.id, ConsentScopes { contact: true, trajectory: true, onward: false }).await;
    let reader = app.staff_with_profile(server::demo::protocol::PROFILE_TRAJECTORY).await;
    app.disclose(staff_read(p.id, app.protocol().await.id, reader.id)).await.expect("a read");
    let me = PersonId(p.id);
    let statement = "Kanarievogel is mijn bijnaam; mijn nummer is veranderd.";
    let filed =
        rectification::file_own(&app.ctx.db, me, Field::Phone, "0470 11 22 33", statement, app.now()).await.unwrap();
    let officer = app.staff_of(Role::AgencyRectificationOfficer).await;
    let ask = Handling::Ask { question: "Meneer Canarybird, sinds wanneer?" };
    rectification::handle(&app.ctx.db, app::domain::ids::StaffId(officer.id), &filed.public_id, ask, app.now())
        .await
        .unwrap();
    rectification::answer_own(&app.ctx.db, me, &filed.public_id, "Sinds ik in de Kanariestraat woon.", app.now())
        .await
        .unwrap();
    app.invitation_for(p.id).await;
    p
}

fn portal(app: &TestApp, args: &[&str]) -> (bool, String) {
    let dir = app.db.dir().display().to_string();
    let key = app.ctx.keys.to_base64();
    let env = [("PORTAL_DATABASE_URL", app.db.url.as_str()), ("PORTAL_DATA_DIR", &dir), ("PORTAL_SIGNING_KEY", &key)];
    let (ok, out, err) = run_portal(args, &env);
    (ok, format!("{out}{err}"))
}

async fn retention_forgets_everything_but_the_history(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let p = person_with_everything(&app).await;
    assert!(!canaries_left(&app).await.is_empty(), "the scan finds the canaries while they are there");
    let consents =
        consent_event::Entity::find().filter(consent_event::Column::PersonId.eq(p.id)).count(&app.ctx.db.conn);
    let consents = consents.await.unwrap();
    let reads =
        disclosure_event::Entity::find().filter(disclosure_event::Column::PersonId.eq(p.id)).count(&app.ctx.db.conn);
    let reads = reads.await.unwrap();

    // The relationship ended more than five years ago (the CLI runs on today's clock).
    let ended = (app.now() - chrono::Duration::days(5 * 366 + 10)).date_naive();
    person::Entity::update_many()
        .col_expr(person::Column::RelationshipEndedOn, sea_orm::sea_query::Expr::value(ended))
        .filter(person::Column::Id.eq(p.id))
        .exec(&app.ctx.db.conn)
        .await
        .unwrap();

    let (ok, out) = portal(&app, &["retention", "run", "--dry-run"]);
    assert!(ok && out.contains("dry run: 1 persons"), "{out}");
    assert!(!canaries_left(&app).await.is_empty(), "a dry run changes nothing");

    let (ok, out) = portal(&app, &["retention", "run"]);
    assert!(ok && out.contains("pseudonymised 1 of 1"), "{out}");
    let left = canaries_left(&app).await;
    assert!(left.is_empty(), "still identifiable in: {left:?}");

    // The history stays, under the pseudonym; the chain still verifies; the run is attested.
    let after = person::Entity::find_by_id(p.id).one(&app.ctx.db.conn).await.unwrap().unwrap();
    assert_eq!(after.given_name, app::domain::retention::pseudonym(&p.public_id));
    assert!(after.pseudonymised_at.is_some() && after.phone.is_none() && after.email.is_none());
    let consents_after =
        consent_event::Entity::find().filter(consent_event::Column::PersonId.eq(p.id)).count(&app.ctx.db.conn);
    assert_eq!(consents_after.await.unwrap(), consents);
    let reads_after =
        disclosure_event::Entity::find().filter(disclosure_event::Column::PersonId.eq(p.id)).count(&app.ctx.db.conn);
    assert_eq!(reads_after.await.unwrap(), reads);
    let actions = app.audit_actions_on(&format!("person:{}", p.public_id)).await;
    assert!(actions.contains(&"person.pseudonymise".to_owned()), "{actions:?}");
    let (ok, out) = portal(&app, &["audit", "verify"]);
    assert!(ok && out.contains("OK: audit chain of "), "{out}");
    let attested = app::store::retention_attestation::Entity::find().all(&app.ctx.db.conn).await.unwrap();
    assert_eq!(attested.iter().map(|a| a.persons_pseudonymised).collect::<Vec<_>>(), [1], "runs that did something");
    // A second run finds nobody; the demo's persons (no end date) are never touched.
    let (ok, out) = portal(&app, &["retention", "run"]);
    assert!(ok && out.contains("pseudonymised 0 of 0"), "{out}");
    let pseudonymised =
        person::Entity::find().filter(person::Column::PseudonymisedAt.is_not_null()).count(&app.ctx.db.conn);
    assert_eq!(pseudonymised.await.unwrap(), 1);
    // The event table still refuses every other change.
    let refused =
        app.ctx.db.conn.execute_unprepared("UPDATE rectification_events SET note = 'x' WHERE note IS NULL").await;
    assert!(refused.is_err(), "only erasing a note is allowed");
}

/// Five years after a municipality last received a person's data, the agency asks it to attest
/// the erasure: its admin is told and attests on their page, once; what is not attested within
/// thirty days is escalated once to the agency's DPO and the municipality's; the DPOs read it all.
async fn municipalities_attest_erasure_or_are_escalated(backend: Backend) {
    let t0: chrono::DateTime<chrono::Utc> = "2026-12-07T09:00:00Z".parse().unwrap();
    let app = portal_tests::spawn_app_at_without_jobs(backend, t0).await;
    app.seed_demo(3).await;
    let (ours, _) = app.person_with_history("KBI-ERASE-1", "Noor").await;
    let nothing = app::services::erasure::pass(&app.ctx.db, app.now()).await.unwrap();
    assert_eq!(nothing.requested, 0, "nothing is five years old yet");

    app.ctx.clock.set(t0 + chrono::Duration::days(5 * 366 + 10));
    let pass = app::services::erasure::pass(&app.ctx.db, app.now()).await.unwrap();
    assert!(pass.requested >= 1, "{pass:?}");
    let again = app::services::erasure::pass(&app.ctx.db, app.now()).await.unwrap();
    assert_eq!(again.requested, 0, "asked once");
    let admin = app.staff_of(Role::MunicipalityAdmin).await;
    let told = app.told_staff(admin.id).await;
    assert!(told.iter().any(|k| k == "erasure-requested"), "{told:?}");

    let cookie =
        app.signed_in(app::services::identity::sessions::Account::Staff(app::domain::ids::StaffId(admin.id))).await;
    let spl = app.party(portal_tests::MUNICIPALITY_SLUG).await;
    let reference = app.reference_of(spl.id, ours.id).await.expect("a reference");
    let page = app.get_page("/municipality/admin/erasure", &cookie).await.1;
    assert!(page.contains(&reference) && !page.contains("Noor"), "by the party's reference only");
    let request = app::store::erasure_request::Entity::find()
        .filter(app::store::erasure_request::Column::PersonId.eq(ours.id))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .expect("a request for our person");
    let attest = format!("/municipality/admin/erasure/{}/attest", request.id);
    let res = app.post_admin_form(&attest, &cookie, &[("form", "attest")]).await;
    assert!(portal_tests::form_done(&res) && portal_tests::location(&res).ends_with("?attested=1"));
    let res = app.post_admin_form(&attest, &cookie, &[("form", "attest")]).await;
    assert!(portal_tests::location(&res).ends_with("?error=erasure-error-attested"), "once");

    // Thirty days on, the rest is escalated once; the DPOs are told and read it all.
    app.ctx.clock.set(app.now() + chrono::Duration::days(31));
    let pass = app::services::erasure::pass(&app.ctx.db, app.now()).await.unwrap();
    assert!(pass.escalated >= 1, "{pass:?}");
    let open = app::store::erasure_request::Entity::find()
        .filter(app::store::erasure_request::Column::AttestedAt.is_null())
        .count(&app.ctx.db.conn)
        .await
        .unwrap();
    assert_eq!(u64::from(pass.escalated), open, "every open request, escalated");
    assert_eq!(app::services::erasure::pass(&app.ctx.db, app.now()).await.unwrap().escalated, 0, "once");
    for role in [Role::AgencyDpo, Role::MunicipalityDpo] {
        let dpo = app.staff_of(role).await;
        assert!(app.told_staff(dpo.id).await.iter().any(|k| k == "erasure-overdue"), "{role:?}");
    }
    let dpo = app
        .signed_in(app::services::identity::sessions::Account::Staff(app::domain::ids::StaffId(
            app.staff_of(Role::AgencyDpo).await.id,
        )))
        .await;
    let register = portal_tests::plain(app.get_page("/agency/dpo/erasure", &dpo).await.1);
    assert!(register.contains("Wissing bevestigd") && register.contains("Te laat, gemeld aan de DPO’s"), "{register}");
}

on_both_databases!(retention_forgets_everything_but_the_history, municipalities_attest_erasure_or_are_escalated);
