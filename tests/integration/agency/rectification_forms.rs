//! The rectification desk as the officer and the person use it, through their pages and plain
//! forms: a request's page, acknowledge, a refused and an accepted extension (what was typed
//! comes back with the reason), a question the person answers on their own page, a refused
//! edit, acceptance, a second decision refused; and a rejection the person reads with the
//! complaint route.

use app::domain::deadline::latest_extension_day;
use app::domain::ids::{PersonId, StaffId};
use app::domain::roles::Role;
use app::domain::time::day_of;
use app::services::identity::sessions::Account;
use app::store::{person, rectification_request};
use portal_tests::{Backend, TestApp, form_done, location, spawn_app};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

async fn request(app: &TestApp, public_id: &str) -> rectification_request::Model {
    let found = rectification_request::Entity::find().filter(rectification_request::Column::PublicId.eq(public_id));
    found.one(&app.ctx.db.conn).await.unwrap().expect("the request")
}

async fn officer_handles_a_request_on_its_page_and_the_person_answers_on_theirs(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let officer = app.signed_in(Account::Staff(StaffId(app.staff_of(Role::AgencyRectificationOfficer).await.id))).await;
    let staff = app.signed_in(Account::Staff(StaffId(app.staff_of(Role::MunicipalityStaff).await.id))).await;
    let id = app.pending_correction().await;
    let r = request(&app, &id).await;
    let person = app.signed_in(Account::Person(PersonId(r.person_id))).await;
    let page = format!("/agency/rectifications/{id}");
    let act = |action: &str| format!("{page}/{action}");

    let (status, html) = app.get_page(&page, &officer).await;
    assert_eq!(status, 200);
    assert!(html.contains("Samira Haddad") && html.contains(&format!("action=\"{}\"", act("acknowledge"))));
    assert!(html.contains("Geen enkele partij kreeg dit gegeven"), "nobody received the phone yet");
    assert_eq!(app.get_page(&page, &staff).await.0, 403, "a municipality's staff do not see the desk");
    let res = app.post_admin_form(&act("acknowledge"), &staff, &[("form", "acknowledge")]).await;
    assert_eq!(res.status(), 403);

    let res = app.post_admin_form(&act("acknowledge"), &officer, &[("form", "acknowledge")]).await;
    assert!(form_done(&res) && location(&res).ends_with("?done_acknowledge=1"), "{:?}", res.status());
    let res = app.post_admin_form(&act("acknowledge"), &officer, &[("form", "acknowledge")]).await;
    assert_eq!(res.status(), 409);
    assert!(res.text().await.unwrap().contains("Dit verzoek is al in behandeling genomen."));

    // An extension: a day that is not a date, then one past the limit (what was typed comes
    // back), then one inside it; the person reads the new deadline and the reason.
    let latest = latest_extension_day(day_of(r.due_at));
    let reason = "Wij wachten op een attest van de gemeente.";
    let res =
        app.post_admin_form(&act("extend"), &officer, &[("form", "extend"), ("until", ""), ("reason", reason)]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Geef de nieuwe termijn als datum") && html.contains(reason), "the reason is given back");
    let too_far = (latest + chrono::Duration::days(1)).to_string();
    let sent = [("form", "extend"), ("until", too_far.as_str()), ("reason", reason)];
    let res = app.post_admin_form(&act("extend"), &officer, &sent).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("hoogstens twee maanden"));
    let until = latest.to_string();
    let sent = [("form", "extend"), ("until", until.as_str()), ("reason", reason)];
    assert!(form_done(&app.post_admin_form(&act("extend"), &officer, &sent).await));
    assert!(request(&app, &id).await.extended_due_at.is_some());
    let mine = app.page_text(&format!("/me/corrections/{id}"), &person).await;
    assert!(mine.contains(reason), "the person reads the reason");
    let html = app.get_page(&page, &officer).await.1;
    assert!(!html.contains(&format!("action=\"{}\"", act("extend"))), "extended once, not offered again");

    // A question, answered on the person's page; the answer is in the officer's history.
    let question = "Vanaf wanneer gebruikt u het nieuwe nummer?";
    let res = app.post_admin_form(&act("ask"), &officer, &[("form", "ask"), ("question", question)]).await;
    assert!(form_done(&res));
    let mine = app.page_text(&format!("/me/corrections/{id}"), &person).await;
    assert!(mine.contains(question), "the person sees the question");
    let answer_to = format!("/me/corrections/{id}/answer");
    let res = app.post_admin_form(&answer_to, &person, &[("answer", "  ")]).await;
    assert_eq!(res.status(), 422, "an empty answer is refused");
    let answer = "Sinds 1 november.";
    let res = app.post_admin_form(&answer_to, &person, &[("answer", answer)]).await;
    assert!(form_done(&res) && location(&res).ends_with("?answered=1"));
    let res = app.post_admin_form(&answer_to, &person, &[("answer", answer)]).await;
    assert_eq!(res.status(), 409, "nothing waits for an answer any more");
    let html = app.get_page(&page, &officer).await.1;
    assert!(html.contains(question) && html.contains(answer), "question and answer are in the history");

    // Accept: an edit that is not a phone number is refused and given back; a good one is written.
    let res = app.post_admin_form(&act("accept"), &officer, &[("form", "accept"), ("value", "12")]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Dat is geen geldig telefoonnummer") && html.contains("value=\"12\""));
    let res = app.post_admin_form(&act("accept"), &officer, &[("form", "accept"), ("value", "+32 470 11 22 33")]).await;
    assert!(form_done(&res) && location(&res).ends_with("?done_accept=1"));
    let p = person::Entity::find_by_id(r.person_id).one(&app.ctx.db.conn).await.unwrap().unwrap();
    assert_eq!(p.phone.as_deref(), Some("+32470112233"));
    let res = app.post_admin_form(&act("reject"), &officer, &[("form", "reject"), ("reason", "Toch niet.")]).await;
    assert_eq!(res.status(), 409, "a decision is final");
    assert!(res.text().await.unwrap().contains("Over dit verzoek is al beslist."));
    assert_eq!(request(&app, &id).await.status, "accepted");
}

async fn a_rejection_reaches_the_person_with_the_reason_and_the_complaint_route(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let officer = app.signed_in(Account::Staff(StaffId(app.staff_of(Role::AgencyRectificationOfficer).await.id))).await;
    let id = app.pending_correction().await;
    let r = request(&app, &id).await;
    let act = format!("/agency/rectifications/{id}/reject");
    let res = app.post_admin_form(&act, &officer, &[("form", "reject"), ("reason", " ")]).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Geef een reden."));
    assert_eq!(request(&app, &id).await.status, "open", "nothing decided");
    let reason = "Het nummer staat op naam van iemand anders.";
    assert!(form_done(&app.post_admin_form(&act, &officer, &[("form", "reject"), ("reason", reason)]).await));
    let person = app.signed_in(Account::Person(PersonId(r.person_id))).await;
    let mine = app.page_text(&format!("/me/corrections/{id}"), &person).await;
    assert!(mine.contains(reason), "the person reads the reason");
    assert!(mine.contains("Koning Albert II-laan 15") && mine.contains("https://www.vlaamsetoezichtcommissie.be"));
    let p = person::Entity::find_by_id(r.person_id).one(&app.ctx.db.conn).await.unwrap().unwrap();
    assert_eq!(p.phone.as_deref(), Some("+32470000000"), "the value is kept");
}

on_both_databases!(
    officer_handles_a_request_on_its_page_and_the_person_answers_on_theirs,
    a_rejection_reaches_the_person_with_the_reason_and_the_complaint_route,
);
