//! The agency DPO's work on a breach report (art. 6/9, GDPR 33, 34), through the register's
//! plain forms: the persons are told only after the report is acknowledged, each step once
//! (also when two DPOs act at the same moment); the persons named are told in their contact
//! language, in the inbox and by e-mail, with the kinds of data and whom to ask — never the
//! reporter's description; the municipality sees what the agency did; other roles are refused.

use app::domain::breach::BreachStep;
use app::domain::consent::ConsentScopes;
use app::domain::ids::{PersonId, StaffId};
use app::domain::locale::Locale;
use app::domain::roles::Role;
use app::services::ServiceError;
use app::services::identity::sessions::Account;
use portal_tests::{Backend, TestApp, form_done, location, plain, spawn_app};

const ALL: ConsentScopes = ConsentScopes { contact: true, trajectory: true, onward: true };

async fn cookie_of(app: &TestApp, role: Role) -> String {
    app.signed_in(Account::Staff(StaffId(app.staff_of(role).await.id))).await
}

async fn the_dpo_acknowledges_then_tells_the_persons_once(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(2).await;
    let (person, reference) = app.consenting("KBI-BREACH-1", ALL).await;
    let (bystander, _) = app.consenting("KBI-BREACH-2", ALL).await;
    let id = app.breach_report(std::slice::from_ref(&reference)).await;
    let dpo = cookie_of(&app, Role::AgencyDpo).await;
    let staff = cookie_of(&app, Role::MunicipalityStaff).await;
    let step = |action: &str| format!("/agency/dpo/breaches/{id}/{action}");

    let html = app.get_page("/agency/dpo/breaches", &dpo).await.1;
    assert!(html.contains(&format!("action=\"{}\"", step("acknowledge"))) && !html.contains(&step("notify")));
    let res = app.post_admin_form(&step("notify"), &dpo, &[("form", "notify")]).await;
    assert!(location(&res).ends_with("?error=breach-error-acknowledge-first"), "{}", location(&res));
    assert_eq!(app.post_admin_form(&step("acknowledge"), &staff, &[("form", "x")]).await.status(), 403);

    let res = app.post_admin_form(&step("acknowledge"), &dpo, &[("form", "acknowledge")]).await;
    assert!(form_done(&res) && location(&res).ends_with("?acknowledged=1"), "{}", location(&res));
    let res = app.post_admin_form(&step("acknowledge"), &dpo, &[("form", "acknowledge")]).await;
    assert!(location(&res).ends_with("?error=breach-error-step-done"), "once");
    let res = app.post_admin_form(&step("notify"), &dpo, &[("form", "notify")]).await;
    assert!(form_done(&res) && location(&res).ends_with("?notified=1"), "{}", location(&res));
    let res = app.post_admin_form(&step("notify"), &dpo, &[("form", "notify")]).await;
    assert!(location(&res).ends_with("?error=breach-error-step-done"), "the persons are told once");

    // The person named is told, in the inbox and by e-mail, in Arabic; the bystander is not.
    let told = app.told(person).await;
    let notices: Vec<_> = told.iter().filter(|t| t.kind == "breach-notice").collect();
    assert_eq!(notices.len(), 1);
    let n = notices[0];
    assert_eq!(n.params["fields"], "address,phone");
    assert_eq!(n.params["contact"], "dpo@integratie-inburgering.be");
    assert!(n.outbox.iter().any(|o| o.channel == "email" && o.language == "ar"), "{:?}", n.outbox);
    assert!(app.told(bystander).await.iter().all(|t| t.kind != "breach-notice"));
    let me = app.signed_in(Account::Person(PersonId(person))).await;
    let inbox = app.page_text("/me/notifications", &me).await;
    let ar = app::i18n::I18n::new(Locale::Ar);
    assert!(inbox.contains(&ar.t("field-phone")) && inbox.contains("dpo@integratie-inburgering.be"), "{inbox}");
    assert!(!inbox.contains("trein"), "never the reporter's description");

    // The register and the municipality's own page show what was done, and by whom.
    let register = plain(app.get_page("/agency/dpo/breaches", &dpo).await.1);
    assert!(
        register.contains("Betrokken personen verwittigd") && register.contains("1 persoon verwittigd"),
        "{register}"
    );
    let own = plain(app.get_page("/municipality/breaches", &staff).await.1);
    assert!(own.contains("Ontvangen door de DPO van het Agentschap"), "{own}");
    assert!(app.audit_actions_on(&format!("breach:{id}")).await.contains(&"breach.notify_persons".to_owned()));
}

async fn two_dpos_at_once_take_a_step_once(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(2).await;
    let id = app.breach_report(&[]).await;
    let dpo = TestApp::caller_of(&app.staff_of(Role::AgencyDpo).await);
    let take = || app::services::breaches::take_step(&app.ctx.db, &dpo, &id, BreachStep::Acknowledged, app.now());
    let (a, b) = tokio::join!(take(), take());
    let refused = [&a, &b].iter().filter(|r| matches!(r, Err(ServiceError::Refused("breach-error-step-done")))).count();
    assert_eq!((a.is_ok() as u8 + b.is_ok() as u8, refused), (1, 1), "{a:?} {b:?}");
}

on_both_databases!(the_dpo_acknowledges_then_tells_the_persons_once, two_dpos_at_once_take_a_step_once);
