//! E-mail from the outbox (issue 12), through a real SMTP conversation with the test harness's
//! own server (`portal_tests::smtp`): one e-mail per notice in the recipient's language with the
//! inbox link and no personal value; a server that is down costs an attempt and a backoff, and
//! the e-mail goes out once it is back; two workers never send the same row; a delivered recovery
//! invitation carries its link, and its secret is gone once sent; a staff member invited by
//! e-mail address gets e-mail there; every step of a correction reaches the person by e-mail.

use app::domain::fields::Field;
use app::domain::ids::PersonId;
use app::domain::locale::Locale;
use app::domain::notification::Notice;
use app::i18n::{FluentValue, I18n};
use app::services::context::Clock;
use app::services::identity::sessions::Account;
use app::services::notifications::mail::{claim_due, mark_sent, notify_by_email};
use app::store::notification_outbox as outbox;
use portal_tests::smtp::{SmtpServer, free_port};
use portal_tests::{Backend, TestApp, TestDb};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use server::mail::Mailer;
use server::mail::worker::{LEASE, MailWorker};
use std::collections::BTreeSet;
use std::time::Duration;

const FROM: &str = "Toestemmingsportaal <noreply@portal.test>";
const WAIT: Duration = Duration::from_secs(20);

/// The portal with its e-mail worker sending to `smtp_url` every 50 ms, on `clock`.
async fn with_mail(backend: Backend, smtp_url: String, clock: Clock) -> TestApp {
    let adjust = |s: &mut server::config::Settings| {
        s.smtp_url = Some(smtp_url);
        s.smtp_from = FROM.into();
        s.mail_poll_ms = 50;
    };
    portal_tests::spawn_app_with_clock(TestDb::new(backend).await, adjust, clock).await
}

/// Tells the person of a notice that names a field and a deadline (neither may go by e-mail).
async fn tell(app: &TestApp, person_id: i32) -> i32 {
    let tx = app.write().await;
    let notice = Notice::CorrectionExtended { field: Field::Phone, due: app.now() + chrono::Duration::days(40) };
    let id = notify_by_email(&tx, Account::Person(PersonId(person_id)), notice).await.expect("notify");
    tx.commit().await.expect("commit");
    id
}

async fn rows_of(app: &TestApp, notification_id: i32) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .filter(outbox::Column::NotificationId.eq(notification_id))
        .order_by_asc(outbox::Column::Id)
        .all(&app.ctx.db.conn)
        .await
        .expect("query")
}

async fn email_rows(app: &TestApp) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .filter(outbox::Column::Channel.eq("email"))
        .order_by_asc(outbox::Column::Id)
        .all(&app.ctx.db.conn)
        .await
        .expect("query")
}

/// Waits until the outbox row satisfies `done`.
async fn row_until(app: &TestApp, id: i32, done: impl Fn(&outbox::Model) -> bool) -> outbox::Model {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let row = outbox::Entity::find_by_id(id).one(&app.ctx.db.conn).await.expect("query").expect("row");
        if done(&row) {
            return row;
        }
        assert!(tokio::time::Instant::now() < deadline, "outbox row never got there: {row:?}");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

async fn a_notice_goes_out_once_in_the_recipients_language_without_personal_values(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = with_mail(backend, smtp.url(), Clock::system()).await;
    let p = app.create_person("KBI-MAIL-1", "Amal").await;
    assert_eq!(p.contact_language, "ar");
    let note = tell(&app, p.id).await;
    let rows = rows_of(&app, note).await;
    assert_eq!(rows.len(), 1, "one e-mail row, and only because an address is on file");
    assert_eq!((rows[0].channel.as_str(), rows[0].language.as_str()), ("email", "ar"));

    let got = smtp.wait_for(1, WAIT).await;
    let row = row_until(&app, rows[0].id, |r| r.status == "sent").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(smtp.messages().len(), 1, "exactly one e-mail");
    let mail = &got[0];
    assert_eq!(mail.to, vec!["amal@example.org".to_owned()]);
    assert_eq!(mail.from, "noreply@portal.test");
    let ar = I18n::new(Locale::Ar);
    assert_eq!(mail.subject(), ar.t("mail-subject"));
    let body = mail.body();
    let greeting = ar.t_args("mail-greeting", [("name", FluentValue::from("Amal"))]);
    assert!(body.contains(&greeting), "{body}");
    assert!(body.contains(&ar.t("mail-new-message")), "{body}");
    assert!(body.contains(&format!("{}/me/notifications", app.ctx.public_url)), "{body}");
    for personal in ["+32470000000", "Haddad", "Pastorijstraat", "KBI-MAIL-1", "phone", &ar.t("field-phone")] {
        assert!(!body.contains(personal) && !mail.subject().contains(personal), "{personal} in\n{body}");
    }
    assert!(row.sent_at.is_some() && row.locked_by.is_none() && row.locked_until.is_none(), "{row:?}");
    assert_eq!((row.attempts, row.last_error), (0, None));

    // Without an address on file: the inbox only.
    app.seed_demo_for_old_schemas(1).await;
    let officer = app.staff_of(app::domain::roles::Role::AgencyRectificationOfficer).await;
    let tx = app.write().await;
    let notice = Notice::CorrectionAcknowledged { field: Field::Phone };
    let id = notify_by_email(&tx, Account::Staff(app::domain::ids::StaffId(officer.id)), notice).await.unwrap();
    tx.commit().await.unwrap();
    assert!(rows_of(&app, id).await.is_empty(), "a staff member without an address");
}

/// Waits until the runner has looked at the outbox once. Its next look is due by the portal's
/// clock, which stands still here: a notice queued after that first look waits for the test to
/// move the clock — so the test lets the first look pass, queues, then moves the clock.
async fn outbox_looked_at_once(app: &TestApp) {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let lock = app::store::job_lock::Entity::find_by_id("mail_outbox".to_owned()).one(&app.ctx.db.conn).await;
        if lock.expect("query").is_some_and(|l| l.next_run_at.is_some()) {
            return;
        }
        assert!(tokio::time::Instant::now() < deadline, "the outbox job never ran");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

async fn a_server_that_is_down_costs_an_attempt_and_the_mail_goes_out_when_it_is_back(backend: Backend) {
    let start: chrono::DateTime<chrono::Utc> = "2026-03-02T09:00:00Z".parse().unwrap();
    let port = free_port();
    let app = with_mail(backend, format!("smtp://127.0.0.1:{port}"), Clock::fixed(start)).await;
    let p = app.create_person("KBI-MAIL-2", "Yusuf").await;
    outbox_looked_at_once(&app).await;
    let note = tell(&app, p.id).await;
    let id = rows_of(&app, note).await[0].id;
    // The outbox's next look (every 50 ms of the portal's clock) is due from here.
    let t0 = start + chrono::Duration::seconds(1);
    app.ctx.clock.set(t0);

    let failed = row_until(&app, id, |r| r.attempts == 1).await;
    assert_eq!(failed.status, "pending");
    assert_eq!(failed.next_attempt_at, t0 + chrono::Duration::seconds(30), "the first retry after 30 s");
    assert!(failed.locked_by.is_none() && failed.locked_until.is_none(), "the lease is released");
    let error = failed.last_error.clone().expect("why it failed");
    assert!(!error.contains("yusuf@example.org"), "{error}");

    let smtp = SmtpServer::start_on(port).await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert!(smtp.messages().is_empty(), "not before its next attempt");
    let waiting = outbox::Entity::find_by_id(id).one(&app.ctx.db.conn).await.unwrap().unwrap();
    assert_eq!((waiting.attempts, waiting.status.as_str()), (1, "pending"));

    app.ctx.clock.set(t0 + chrono::Duration::seconds(31));
    let got = smtp.wait_for(1, WAIT).await;
    assert_eq!(got[0].to, vec!["yusuf@example.org".to_owned()]);
    let sent = row_until(&app, id, |r| r.status == "sent").await;
    assert_eq!(sent.sent_at, Some(t0 + chrono::Duration::seconds(31)));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(smtp.messages().len(), 1, "delivered exactly once");
}

async fn two_workers_never_send_the_same_row(backend: Backend) {
    let smtp = SmtpServer::start().await;
    // No worker in the portal itself: the test runs two.
    let app = portal_tests::spawn_app(backend).await;
    let p = app.create_person("KBI-MAIL-3", "Noor").await;
    for _ in 0..6 {
        tell(&app, p.id).await;
    }
    let (db, now) = (&app.ctx.db, app.now());
    let (a, b) = tokio::join!(claim_due(db, "worker-a", now, LEASE, 10), claim_due(db, "worker-b", now, LEASE, 10));
    let (a, b) = (a.unwrap(), b.unwrap());
    let ids = |c: &[app::services::notifications::mail::Claimed]| c.iter().map(|c| c.id).collect::<BTreeSet<_>>();
    assert!(ids(&a).is_disjoint(&ids(&b)), "{:?} and {:?}", ids(&a), ids(&b));
    assert_eq!(ids(&a).len() + ids(&b).len(), 6, "every due row claimed once");
    let again = claim_due(db, "worker-c", now, LEASE, 10).await.unwrap();
    assert!(again.is_empty(), "leased rows are not claimed again");
    assert!(!mark_sent(db, a.first().or(b.first()).unwrap().id, "worker-c", now).await.unwrap(), "only the holder");
    // Once the leases ran out, a third worker may take them over (at least once, never lost).
    let later = claim_due(db, "worker-c", now + LEASE + chrono::Duration::seconds(1), LEASE, 10).await.unwrap();
    assert_eq!(later.len(), 6);
    for c in &later {
        assert!(mark_sent(db, c.id, "worker-c", now).await.unwrap());
    }

    for _ in 0..6 {
        tell(&app, p.id).await;
    }
    let mailer = || Mailer::new(&smtp.url(), FROM).expect("mailer");
    let (one, two) = (MailWorker::named(mailer(), "worker-1"), MailWorker::named(mailer(), "worker-2"));
    let (r1, r2) = tokio::join!(one.round(&app.ctx), two.round(&app.ctx));
    let (r1, r2) = (r1.unwrap(), r2.unwrap());
    assert_eq!((r1.sent + r2.sent, r1.failed + r2.failed), (6, 0), "{r1:?} {r2:?}");
    assert_eq!(smtp.messages().len(), 6, "six e-mails, none twice");
    assert!(email_rows(&app).await.iter().all(|r| r.status == "sent"));
}

async fn a_delivered_recovery_invitation_carries_its_link_and_its_secret_goes_once_sent(backend: Backend) {
    use app::domain::approval::Handover;
    use app::services::identity::credentials::recovery::{self, PersonInvitation};
    let smtp = SmtpServer::start().await;
    // The test runs the worker's round itself, to read the secret before it goes.
    let app = portal_tests::spawn_app(backend).await;
    app.seed_demo_for_old_schemas(1).await;
    let p = app.create_person("KBI-MAIL-4", "Rami").await;
    let secret = app.invitation_for(p.id).await.secret;
    app.enrol(&secret, &mut portal_tests::TestPasskey::new(&app.ctx.public_url)).await.expect("enrolled");
    let admin = TestApp::caller_of(&app.protocol_admins().await.0);
    let done = recovery::invite_person(&app.ctx.db, &admin, &p.dossier_ref, Handover::Delivered, app.now()).await;
    assert!(matches!(done, Ok(PersonInvitation::Delivered { .. })), "{done:?}");
    let carrying = email_rows(&app).await.into_iter().find(|r| r.invitation_secret.is_some()).expect("the e-mail row");
    let (link_secret, code) = (carrying.invitation_secret.clone().unwrap(), carrying.invitation_short_code.clone());

    let worker = MailWorker::named(Mailer::new(&smtp.url(), FROM).expect("mailer"), "worker-1");
    let round = worker.round(&app.ctx).await.unwrap();
    assert_eq!(round.failed, 0);
    let messages = smtp.messages();
    assert_eq!(messages.len(), round.sent);
    let carried: Vec<_> = messages.iter().filter(|m| m.body().contains(&link_secret)).collect();
    assert_eq!(carried.len(), 1, "one e-mail carries the invitation");
    let ar = I18n::new(Locale::Ar);
    assert_eq!(carried[0].subject(), ar.t("mail-invitation-subject"));
    let body = carried[0].body();
    assert!(body.contains(&format!("{}/invite/{link_secret}", app.ctx.public_url)), "{body}");
    assert!(body.contains(&code.expect("a short code")), "{body}");
    let sent = outbox::Entity::find_by_id(carrying.id).one(&app.ctx.db.conn).await.unwrap().unwrap();
    assert_eq!(sent.status, "sent");
    assert!(sent.invitation_secret.is_none() && sent.invitation_short_code.is_none(), "the secret is gone");
}

/// A municipality admin invites a staff member by e-mail address: once enrolled, their
/// reminders and notices go there too (in Dutch).
async fn a_staff_member_invited_by_address_gets_e_mail_there(backend: Backend) {
    use app::domain::invitation::StaffInvitee;
    let app = portal_tests::spawn_app(backend).await;
    app.seed_demo_for_old_schemas(1).await;
    let admin = app.staff_of(app::domain::roles::Role::MunicipalityAdmin).await;
    let profile = app.profile_of(admin.party_id).await;
    let invitee = StaffInvitee::parse("Lies Peeters", "lies.peeters@leeuw.test").expect("invitee");
    let issued = app::services::staff::invite(&app.ctx.db, &TestApp::caller_of(&admin), invitee, profile.id, app.now())
        .await
        .expect("invited");
    let mut key = portal_tests::TestPasskey::new(&app.ctx.public_url);
    app.enrol_named(&issued.secret, &mut key, Some("Lies Peeters")).await.expect("enrolled");
    let member = app::store::staff::Entity::find()
        .filter(app::store::staff::Column::DisplayName.eq("Lies Peeters"))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .expect("the new staff member");
    assert_eq!(member.email.as_deref(), Some("lies.peeters@leeuw.test"));
    let tx = app.write().await;
    let notice = Notice::CorrectionAcknowledged { field: Field::Phone };
    let id = notify_by_email(&tx, Account::Staff(app::domain::ids::StaffId(member.id)), notice).await.unwrap();
    tx.commit().await.unwrap();
    let rows = rows_of(&app, id).await;
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0].destination.as_str(), rows[0].language.as_str()), ("lies.peeters@leeuw.test", "nl"));
}

/// A correction's life by e-mail: filed, acknowledged, extended, accepted — four e-mails in the
/// person's language, none with the value, the proposal or the officer's reason.
async fn every_step_of_a_correction_reaches_the_person_by_e_mail(backend: Backend) {
    use app::domain::ids::StaffId;
    use app::services::rectification::{Decision, Handling, decide, file_own, handle};
    let smtp = SmtpServer::start().await;
    let app = with_mail(backend, smtp.url(), Clock::system()).await;
    app.seed_demo_for_old_schemas(1).await;
    let officer = StaffId(app.staff_of(app::domain::roles::Role::AgencyRectificationOfficer).await.id);
    let p = app.create_person("KBI-MAIL-7", "Nour").await;
    let db = &app.ctx.db;
    let r = file_own(db, PersonId(p.id), Field::Phone, "0470 31 41 59", "Nieuw nummer", app.now()).await.unwrap();
    handle(db, officer, &r.public_id, Handling::Acknowledge, app.now()).await.unwrap();
    let until = app::domain::deadline::latest_extension_day(app::domain::time::day_of(r.due_at)).to_string();
    let reason = "Wij wachten op de operator.";
    handle(db, officer, &r.public_id, Handling::Extend { until: &until, reason }, app.now()).await.unwrap();
    decide(db, officer, &r.public_id, Decision::Accept { value: None }, app.now()).await.unwrap();

    let got = smtp.wait_for(4, WAIT).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(smtp.messages().len(), 4, "one e-mail per step");
    let ar = I18n::new(Locale::Ar);
    for mail in &got {
        assert_eq!(mail.to, vec!["nour@example.org".to_owned()]);
        assert_eq!(mail.subject(), ar.t("mail-subject"), "in the person's language");
        let body = mail.body();
        for personal in ["0470314159", "+32470000000", "Nieuw nummer", reason, &until, &ar.t("field-phone")] {
            assert!(!body.contains(personal), "{personal} in\n{body}");
        }
    }
}

on_both_databases!(
    every_step_of_a_correction_reaches_the_person_by_e_mail,
    a_staff_member_invited_by_address_gets_e_mail_there,
    a_notice_goes_out_once_in_the_recipients_language_without_personal_values,
    a_server_that_is_down_costs_an_attempt_and_the_mail_goes_out_when_it_is_back,
    two_workers_never_send_the_same_row,
    a_delivered_recovery_invitation_carries_its_link_and_its_secret_goes_once_sent
);
