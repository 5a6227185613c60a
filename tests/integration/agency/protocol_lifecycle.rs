//! Protocols as living documents (art. 8, 10, 12), through the protocol admin's pages and forms
//! and the job runner, with the portal's clock moved by hand:
//! - notice given on the version in force: the persons with consent are told the last day, the
//!   public page and the parties' start pages show it; past that day the job ends it — the API
//!   refuses with the protocol's state, each person is told once, the history stays;
//! - a new version drafted from the one in force: refused, naming the language, while a text is
//!   missing; published with the same terms, consent carries over (channel `carried_over`) and
//!   data flows under it; a later version with new purposes carries nothing over and asks the
//!   persons to review;
//! - two job runners (two instances) racing: each due job runs once.

use app::domain::consent::ConsentScopes;
use app::domain::ids::StaffId;
use app::domain::jobs::Job;
use app::domain::locale::Locale;
use app::domain::roles::Role;
use app::services::identity::sessions::Account;
use app::store::{consent_event, protocol_version};
use portal_tests::{
    API_PROFILE, Backend, SLUG, TestApp, form_done, location, plain, problem_type, spawn_app_at_without_jobs,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use server::jobs::Runner;
use std::collections::HashMap;
use std::time::Duration;

const ALL: ConsentScopes = ConsentScopes { contact: true, trajectory: true, onward: true };

fn at(utc: &str) -> chrono::DateTime<chrono::Utc> {
    utc.parse().expect("instant")
}

/// This instance's job runner with every job due at once.
fn runner() -> Runner {
    let every = [Job::ProtocolEffects, Job::AuditCheckpoint, Job::RectificationReminders]
        .into_iter()
        .map(|j| (j, Duration::from_secs(60)))
        .collect::<HashMap<_, _>>();
    Runner::new(every, None)
}

async fn kinds_told(app: &TestApp, person_id: i32, kind: &str) -> usize {
    app.told(person_id).await.iter().filter(|t| t.kind == kind).count()
}

async fn admin_cookie(app: &TestApp) -> String {
    app.signed_in(Account::Staff(StaffId(app.staff_of(Role::AgencyProtocolAdmin).await.id))).await
}

async fn notice_given_then_the_end_comes_by_itself(backend: Backend) {
    let app = spawn_app_at_without_jobs(backend, at("2026-12-07T09:00:00Z")).await;
    app.seed_demo(2).await;
    let admin = admin_cookie(&app).await;
    let (person, reference) = app.consenting("KBI-END-1", ALL).await;
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let read = format!("/api/v1/protocols/{SLUG}/persons/{reference}");
    assert_eq!(app.api_get(&token, &read).await.0, 200, "in force: the field flows");

    let page = format!("/agency/protocols/{SLUG}/2");
    let (status, html) = app.get_page(&page, &admin).await;
    assert_eq!(status, 200);
    assert!(html.contains(&format!("action=\"{page}/notice\"")), "the version in force can be given notice");
    let res =
        app.post_admin_form(&format!("{page}/terminate"), &admin, &[("form", "terminate"), ("reason", " ")]).await;
    assert_eq!(res.status(), 422, "ending at once needs a reason");
    let res = app.post_admin_form(&format!("{page}/notice"), &admin, &[("form", "notice"), ("reason", "")]).await;
    assert!(form_done(&res) && location(&res).ends_with("?noticed=1"), "{}", res.status());

    // Three months' notice: the last day is 6 March 2027; the person is told, pages show it.
    assert_eq!(kinds_told(&app, person, "protocol-ending").await, 1);
    let told = app.told(person).await;
    let ending = told.iter().find(|t| t.kind == "protocol-ending").unwrap();
    assert!(ending.params["until"].as_str().unwrap().starts_with("2027-03-06T22:59:59"), "{:?}", ending.params);
    let public = plain(app.get_page(&format!("/protocols/{SLUG}"), "").await.1);
    assert!(public.contains("6 maart 2027"), "the public page: {public}");
    assert!(plain(app.get_page("/", "").await.1).contains("6 maart 2027"), "the public home page");
    let staff = app.signed_in(Account::Staff(StaffId(app.staff_of(Role::MunicipalityStaff).await.id))).await;
    assert!(
        plain(app.get_page("/municipality/persons", &staff).await.1).contains("6 maart 2027"),
        "the party's start page"
    );
    let again = app.post_admin_form(&format!("{page}/notice"), &admin, &[("form", "notice")]).await;
    assert_eq!(again.status(), 409, "notice is given once");
    assert_eq!(app.api_get(&token, &read).await.0, 200, "still in force during the notice period");

    // The day after the last day: nothing flows, with the state; the job tells each person once.
    app.ctx.clock.set(at("2027-03-07T08:00:00Z"));
    let (code, body) = app.api_get(&token, &read).await;
    assert_eq!((code, problem_type(&body)), (409, "disclosure-refused-protocol-terminated"), "{body}");
    let ran = runner().tick(&app.ctx).await;
    assert!(ran.contains(&Job::ProtocolEffects), "{ran:?}");
    assert_eq!(kinds_told(&app, person, "protocol-ended").await, 1);
    app.ctx.clock.set(at("2027-03-07T09:00:00Z"));
    runner().tick(&app.ctx).await;
    assert_eq!(kinds_told(&app, person, "protocol-ended").await, 1, "told once");
    let ended = app.told(person).await;
    let outbox = &ended.iter().find(|t| t.kind == "protocol-ended").unwrap().outbox;
    assert!(!outbox.is_empty() && outbox.iter().all(|o| o.language == "ar"), "in the person's contact language");
    // The history stays: the consent events, and the person's page lists them.
    let events = consent_event::Entity::find().filter(consent_event::Column::PersonId.eq(person));
    assert!(!events.all(&app.ctx.db.conn).await.unwrap().is_empty());
    let me = app.signed_in(Account::Person(app::domain::ids::PersonId(person))).await;
    let pilot = app.page_text(&format!("/me/pilots/{SLUG}"), &me).await;
    let terminated = app::i18n::I18n::new(Locale::Ar).t("protocol-state-terminated");
    assert!(pilot.contains(&terminated) && pilot.contains("/me/receipts/"), "state and history, in Arabic: {pilot}");
    // The DPO sees the job's last run.
    let dpo = app.signed_in(Account::Staff(StaffId(app.staff_of(Role::AgencyDpo).await.id))).await;
    let dpo_page = app.page_text("/agency/dpo", &dpo).await;
    assert!(dpo_page.contains("Begin en einde van protocolversies") && dpo_page.contains("persons told"), "{dpo_page}");
}

/// The draft form as the admin sends it: the terms given, and every language's texts of the
/// version `from` (Arabic left out when `without_arabic`).
async fn draft_form(
    app: &TestApp,
    from: &protocol_version::Model,
    purposes: &str,
    without_arabic: bool,
) -> Vec<(String, String)> {
    let texts = app::store::queries::protocol::texts_of(&app.ctx.db.conn, from.id).await.unwrap();
    let today = app.now().date_naive().to_string();
    let mut form: Vec<(String, String)> = [
        ("form", "draft"),
        ("legal_basis", from.legal_basis.as_str()),
        ("purposes", purposes),
        ("recipient_categories", from.recipient_categories.as_str()),
        ("retention_months", "60"),
        ("notice_period_months", "3"),
        ("signed_on", today.as_str()),
        ("valid_from", today.as_str()),
        ("valid_until", "2029-12-31"),
        ("dpo_advice_discloser_on", today.as_str()),
        ("dpo_advice_recipient_on", today.as_str()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    for f in app::domain::fields::Field::ALL {
        form.push(("fields".into(), f.as_str().into()));
    }
    for t in texts.iter().filter(|t| !(without_arabic && t.language == "ar")) {
        form.push((format!("title_{}", t.language), t.title.clone()));
        form.push((format!("body_{}", t.language), t.body.clone()));
        form.push((format!("notice_{}", t.language), t.consent_notice.clone()));
    }
    form
}

fn pairs(form: &[(String, String)]) -> Vec<(&str, &str)> {
    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

async fn version(app: &TestApp, no: i32) -> protocol_version::Model {
    let p = app.protocol().await;
    protocol_version::Entity::find()
        .filter(protocol_version::Column::ProtocolId.eq(p.id))
        .filter(protocol_version::Column::VersionNo.eq(no))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .expect("the version")
}

async fn a_new_version_carries_consent_over_only_when_it_asks_no_more(backend: Backend) {
    let app = spawn_app_at_without_jobs(backend, at("2026-12-07T09:00:00Z")).await;
    app.seed_demo(2).await;
    let admin = admin_cookie(&app).await;
    let (person, reference) = app.consenting("KBI-NEW-1", ALL).await;
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let read = format!("/api/v1/protocols/{SLUG}/persons/{reference}");

    // A new version drafted from the one in force; its page names what is missing.
    let res = app.post_admin_form(&format!("/agency/protocols/{SLUG}/new-version"), &admin, &[("form", "new")]).await;
    assert!(form_done(&res) && location(&res).ends_with(&format!("/agency/protocols/{SLUG}/3")), "{}", location(&res));
    let page = format!("/agency/protocols/{SLUG}/3");
    let html = app.page_text(&page, &admin).await;
    assert!(html.contains("De datum van het advies van de DPO van het Agentschap ontbreekt."), "{html}");
    assert!(html.contains("Verschil met versie 2"));

    // Saved without the Arabic texts: publishing is refused, naming Arabic; nothing published.
    let v2 = version(&app, 2).await;
    let form = draft_form(&app, &v2, &v2.purposes, true).await;
    let res = app.post_admin_form(&format!("{page}/save"), &admin, &pairs(&form)).await;
    assert!(form_done(&res), "{}", res.status());
    let res = app.post_admin_form(&format!("{page}/publish"), &admin, &[("form", "publish")]).await;
    assert_eq!(res.status(), 409);
    let html = plain(res.text().await.unwrap());
    assert!(
        html.contains("Publiceren kan nog niet") && html.contains("De toestemmingstekst in het العربية ontbreekt.")
    );
    assert_eq!(version(&app, 3).await.status, "draft");
    // A day that is not a day comes back with everything typed.
    let mut bad = draft_form(&app, &v2, &v2.purposes, false).await;
    bad.iter_mut().find(|(k, _)| k == "valid_from").unwrap().1 = "7/12/2026".into();
    let res = app.post_admin_form(&format!("{page}/save"), &admin, &pairs(&bad)).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Geef een datum als JJJJ-MM-DD.") && html.contains("7/12/2026"));

    // Completed and published, starting today with the same terms: consent carries over.
    let form = draft_form(&app, &v2, &v2.purposes, false).await;
    assert!(form_done(&app.post_admin_form(&format!("{page}/save"), &admin, &pairs(&form)).await));
    let res = app.post_admin_form(&format!("{page}/publish"), &admin, &[("form", "publish")]).await;
    assert!(form_done(&res) && location(&res).ends_with("?published=1"), "{}", res.status());
    assert_eq!(version(&app, 2).await.valid_until, Some("2026-12-06".parse().unwrap()), "v2 ends the day before");
    let carried = consent_event::Entity::find()
        .filter(consent_event::Column::PersonId.eq(person))
        .filter(consent_event::Column::ProtocolVersionId.eq(version(&app, 3).await.id))
        .all(&app.ctx.db.conn)
        .await
        .unwrap();
    assert_eq!(carried.len(), 1);
    assert_eq!((carried[0].channel.as_str(), carried[0].scopes_after()), ("carried_over", ALL));
    assert_eq!(kinds_told(&app, person, "consent-carried-over").await, 1);
    let (code, body) = app.api_get(&token, &read).await;
    assert_eq!(code, 200, "data flows under the new version: {body}");
    let public = app.page_text(&format!("/protocols/{SLUG}"), "").await;
    assert!(public.contains("Versie 3") && public.contains("Versie 2"), "older versions stay listed");
    let verdict = app::services::audit::verify(&app.ctx.db, &app.ctx.keys.public()).await.unwrap();
    assert!(matches!(verdict, app::services::audit::Verdict::Ok { .. }), "{verdict:?}");

    // A version with a new purpose: nothing carries over, the person is asked to review.
    app.ctx.clock.set(at("2026-12-08T09:00:00Z"));
    let admin = admin_cookie(&app).await;
    assert!(form_done(
        &app.post_admin_form(&format!("/agency/protocols/{SLUG}/new-version"), &admin, &[("form", "new")]).await
    ));
    let v3 = version(&app, 3).await;
    let form = draft_form(&app, &v3, "Inburgeraars bereiken; ook voor statistiek", false).await;
    let page = format!("/agency/protocols/{SLUG}/4");
    assert!(form_done(&app.post_admin_form(&format!("{page}/save"), &admin, &pairs(&form)).await));
    assert!(app.page_text(&page, &admin).await.contains("Deze versie vraagt meer dan de vorige."));
    assert!(form_done(&app.post_admin_form(&format!("{page}/publish"), &admin, &[("form", "publish")]).await));
    assert_eq!(kinds_told(&app, person, "consent-review-asked").await, 1);
    let (code, body) = app.api_get(&token, &read).await;
    assert_eq!((code, problem_type(&body)), (409, "disclosure-refused-no-consent"), "{body}");
    // The person reads it in their language (Arabic), in the inbox.
    let me = app.signed_in(Account::Person(app::domain::ids::PersonId(person))).await;
    let inbox = app.page_text("/me/notifications", &me).await;
    let expected = app::i18n::I18n::new(Locale::Ar).t_args(
        "notification-consent-review-asked",
        [("recipient", app::i18n::FluentValue::from(app.party(portal_tests::MUNICIPALITY_SLUG).await.name))],
    );
    assert!(inbox.contains(expected.split(' ').next().unwrap()), "{inbox}");
}

async fn two_instances_racing_run_each_job_once(backend: Backend) {
    let app = spawn_app_at_without_jobs(backend, at("2026-12-07T09:00:00Z")).await;
    app.seed_demo(2).await;
    let (person, _) = app.consenting("KBI-RACE-1", ALL).await;
    // The version in force is terminated at once, its end not yet acted on (as if no job ran).
    let admin = admin_cookie(&app).await;
    let form = [("form", "terminate"), ("reason", "Ernstige schending van art. 6.")];
    assert!(form_done(&app.post_admin_form(&format!("/agency/protocols/{SLUG}/2/terminate"), &admin, &form).await));
    assert_eq!(kinds_told(&app, person, "protocol-ended").await, 1, "an immediate end is told at once");
    let v2 = version(&app, 2).await;
    let mut undone: protocol_version::ActiveModel = v2.into();
    undone.ended_told_at = sea_orm::Set(None);
    sea_orm::ActiveModelTrait::update(undone, &app.ctx.db.conn).await.unwrap();

    let checkpoints = || async {
        let all = app::store::audit_checkpoint::Entity::find().order_by_desc(app::store::audit_checkpoint::Column::Id);
        all.all(&app.ctx.db.conn).await.unwrap().len()
    };
    let signed_before = checkpoints().await;
    let (a, b) = (runner(), runner());
    let (ran_a, ran_b) = tokio::join!(a.tick(&app.ctx), b.tick(&app.ctx));
    for job in [Job::ProtocolEffects, Job::AuditCheckpoint, Job::RectificationReminders] {
        let runs = usize::from(ran_a.contains(&job)) + usize::from(ran_b.contains(&job));
        assert_eq!(runs, 1, "{job:?} ran {runs} times: {ran_a:?} {ran_b:?}");
    }
    assert_eq!(kinds_told(&app, person, "protocol-ended").await, 2, "told once more by the job, not twice");
    // Not due again until its interval has passed, whoever asks.
    assert!(runner().tick(&app.ctx).await.is_empty());
    let status = app::services::jobs::status(&app.ctx.db, app.now()).await.unwrap();
    assert!(status.iter().all(|s| s.last_ok == Some(true) && !s.running && s.next_run_at.is_some()), "{status:?}");
    assert_eq!(checkpoints().await, signed_before + 1, "one checkpoint signed, by one instance");
}

on_both_databases!(
    notice_given_then_the_end_comes_by_itself,
    a_new_version_carries_consent_over_only_when_it_asks_no_more,
    two_instances_racing_run_each_job_once,
);
