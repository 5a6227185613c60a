//! Recovery is not enrolment (review M3): an invitation for a person who already has an account
//! is never shown to the admin who makes it. Delivered, it goes to the contact data on file
//! through the outbox; handed over in person, a second protocol admin approves it first. The
//! person is told everywhere, older invitations stop working, and after redeeming it the person
//! sees every passkey of the account.

use app::domain::ids::StaffId;
use app::services::identity::credentials::{InvitationKey, usable_invitation};
use app::services::identity::sessions::Account;
use portal_tests::{Backend, TestApp, TestPasskey, plain, spawn_app};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};

/// A person of the test's own who has enrolled (one passkey), and their cookie.
async fn enrolled_person(app: &TestApp, dossier: &str, given: &str) -> (app::store::person::Model, String) {
    let p = app.create_person(dossier, given).await;
    let secret = app.invitation_for(p.id).await.secret;
    let cookie = app.enrol(&secret, &mut TestPasskey::new(&app.ctx.public_url)).await.expect("enrolled");
    (p, cookie)
}

async fn admin_cookie(app: &TestApp, admin: &app::store::staff::Model) -> String {
    app.signed_in(Account::Staff(StaffId(admin.id))).await
}

/// Delivered: the page says where it went (masked), never the link, code or QR code; the
/// secret sits only in the outbox row of the first channel (e-mail); the person is told in the
/// app and on every channel; the older open invitation is revoked; redeeming it lands the
/// person on their passkeys, and the new passkey is told outside the portal too.
async fn a_recovery_is_delivered_to_the_person_never_shown(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (admin, _) = app.protocol_admins().await;
    let admin = admin_cookie(&app, &admin).await;
    let (person, _) = enrolled_person(&app, "KBI-REC-0001", "Jana").await;
    let older = app.invitation_for(person.id).await;

    let form = [("dossier_ref", person.dossier_ref.clone()), ("handover", "delivered".into())];
    let res = app.post_admin_form("/agency/admin/invitations/person", &admin, &form).await;
    assert_eq!(res.status(), 200);
    let page = plain(res.text().await.unwrap());
    assert!(!page.contains("/invite/"), "no invitation link on the admin's page");
    assert!(!page.contains("<svg") && !page.contains("class=\"secret\""), "no QR code, no code");
    assert!(page.contains("per e-mail naar j•••@example.org"), "where it went, masked");
    assert!(!page.contains("jana@example.org"), "the address itself is not repeated");

    let told = app.told(person.id).await;
    let recovery = told.iter().find(|t| t.kind == "recovery-issued").expect("told in the app");
    assert_eq!(recovery.params["via"], "email");
    let channels: Vec<&str> = recovery.outbox.iter().map(|o| o.channel.as_str()).collect();
    assert_eq!(channels, ["email", "sms"], "every channel on file");
    let email = &recovery.outbox[0];
    assert_eq!(email.destination, "jana@example.org");
    assert_eq!(email.status, "pending");
    assert_eq!(email.language, "ar", "in the person's contact language");
    let secret = email.invitation_secret.clone().expect("the e-mail carries the invitation");
    assert!(email.invitation_short_code.is_some());
    assert!(page.contains("geldig") || page.contains("Geldig"), "the validity is shown");
    assert!(!page.contains(&secret), "the secret is not on the page");
    assert!(recovery.outbox[1].invitation_secret.is_none(), "only one row carries the secret");
    let now = app.now();
    let conn = &app.ctx.db.conn;
    let delivered = usable_invitation(conn, &InvitationKey::Secret(secret.clone()), now).await.expect("it works");
    assert!(
        usable_invitation(conn, &InvitationKey::Secret(older.secret.clone()), now).await.is_err(),
        "the older invitation is revoked"
    );
    let invitation_ref = format!("invitation:{}", delivered.id);
    assert_eq!(app.audit_actions_on(&invitation_ref).await, ["invitation.issue", "invitation.deliver"]);
    assert_eq!(
        app.audit_actions_on(&format!("invitation:{}", older.id)).await,
        ["invitation.issue", "invitation.revoke"]
    );

    // Redeemed: the person lands on their passkeys, and both are listed there.
    let mut phone = TestPasskey::new(&app.ctx.public_url);
    let (cookie, landing) = app.enrol_landing(&secret, &mut phone).await.expect("the recovery works");
    assert_eq!(landing, "/account?recovered=1");
    let (status, account) = app.get_page(&landing, &cookie).await;
    assert_eq!(status, 200);
    // In the person's contact language (Arabic), which wins once signed in.
    let why = app::i18n::I18n::new(app::domain::locale::Locale::Ar).t("account-recovered");
    assert!(plain(account.clone()).contains(&plain(why)), "the page says why they are here");
    assert_eq!(account.matches("name=\"passkey_id\"").count(), 2, "the old and the new passkey, each removable");
    let added = app.told(person.id).await.into_iter().rfind(|t| t.kind == "passkey-added").unwrap();
    assert_eq!(added.outbox.len(), 2, "the new passkey is told outside the portal too");
    assert!(added.outbox.iter().all(|o| o.invitation_secret.is_none()));
}

/// The channel that carries the invitation: SMS without an e-mail address, a letter without
/// either. A revoked invitation's undelivered secret is cleared from the outbox.
async fn without_e_mail_it_goes_by_sms_or_letter(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (admin, _) = app.protocol_admins().await;
    let admin = admin_cookie(&app, &admin).await;
    let (by_phone, _) = enrolled_person(&app, "KBI-REC-0002", "Omar").await;
    let mut m = by_phone.clone().into_active_model();
    m.email = Set(None);
    m.update(&app.ctx.db.conn).await.unwrap();
    let (by_letter, _) = enrolled_person(&app, "KBI-REC-0003", "Lina").await;
    let mut m = by_letter.clone().into_active_model();
    m.email = Set(None);
    m.phone = Set(None);
    m.update(&app.ctx.db.conn).await.unwrap();

    let form =
        |p: &app::store::person::Model| [("dossier_ref", p.dossier_ref.clone()), ("handover", "delivered".into())];
    let page = plain(
        app.post_admin_form("/agency/admin/invitations/person", &admin, &form(&by_phone)).await.text().await.unwrap(),
    );
    assert!(page.contains("per sms naar +32•••••••00"), "{page}");
    let page = plain(
        app.post_admin_form("/agency/admin/invitations/person", &admin, &form(&by_letter)).await.text().await.unwrap(),
    );
    assert!(page.contains("per brief naar ••• 1600 Sint-Pieters-Leeuw"), "{page}");
    assert!(!page.contains("Pastorijstraat") && !page.contains("/invite/"));
    let letter = app.told(by_letter.id).await.into_iter().find(|t| t.kind == "recovery-issued").unwrap();
    assert_eq!(letter.outbox.len(), 1);
    assert_eq!(letter.outbox[0].channel, "letter");
    let invitation_id = letter.outbox[0].invitation_id.expect("the letter carries the invitation");

    // Revoked before it went out: the outbox no longer holds the secret.
    let res =
        app.post_form("admin/invitations/revoke", &[("invitation_id", &invitation_id.to_string())], Some(&admin)).await;
    assert!(res.status().is_redirection());
    let letter = app.told(by_letter.id).await.into_iter().find(|t| t.kind == "recovery-issued").unwrap();
    assert_eq!(letter.outbox[0].status, "cancelled");
    assert!(letter.outbox[0].invitation_secret.is_none() && letter.outbox[0].invitation_short_code.is_none());
}

/// In person: nothing is issued until a second protocol admin approved; the requester cannot
/// approve their own request; then the requester sees it once, and the person is told.
async fn a_recovery_in_person_needs_a_second_admin(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (first, second) = app.protocol_admins().await;
    let (asker, approver) = (admin_cookie(&app, &first).await, admin_cookie(&app, &second).await);
    let (person, _) = enrolled_person(&app, "KBI-REC-0004", "Sami").await;
    let before = app.invitation_count().await;

    let form = [("dossier_ref", person.dossier_ref.clone()), ("handover", "in_person".into())];
    let res = app.post_admin_form("/agency/admin/invitations/person", &asker, &form).await;
    assert_eq!(res.status(), 200);
    let page = plain(res.text().await.unwrap());
    assert!(page.contains("wacht op een tweede protocolbeheerder"), "{page}");
    assert!(!page.contains("/invite/"));
    assert_eq!(app.invitation_count().await, before, "nothing issued yet");
    let request = app.latest_request_id().await;
    let id = request.to_string();

    // The requester can neither approve nor (yet) issue.
    let own =
        app.post_form("admin/approvals/decide", &[("request_id", &id), ("decision", "approved")], Some(&asker)).await;
    assert_eq!(portal_tests::location(&own), "/agency/admin?error=admin-error-approval-own");
    let early = app.post_admin_form("/agency/admin/approvals/issue", &asker, &[("request_id", id.clone())]).await;
    assert_eq!(early.status(), 409);
    assert!(!early.text().await.unwrap().contains("/invite/"));
    assert_eq!(app.invitation_count().await, before);

    // The second admin sees the dossier and approves; they cannot issue it themselves.
    let desk = app.page_text("/agency/admin", &approver).await;
    assert!(desk.contains(&person.dossier_ref) && desk.contains("Goedkeuren"));
    let ok = app
        .post_form("admin/approvals/decide", &[("request_id", &id), ("decision", "approved")], Some(&approver))
        .await;
    assert_eq!(portal_tests::location(&ok), "/agency/admin?approved=1");
    let theirs = app.post_admin_form("/agency/admin/approvals/issue", &approver, &[("request_id", id.clone())]).await;
    assert_eq!(theirs.status(), 409);

    // The requester issues it: shown once.
    let res = app.post_admin_form("/agency/admin/approvals/issue", &asker, &[("request_id", id.clone())]).await;
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains(&format!("{}/invite/", app.ctx.public_url)), "shown to the requester");
    let again = app.post_admin_form("/agency/admin/approvals/issue", &asker, &[("request_id", id.clone())]).await;
    assert_eq!(again.status(), 409);
    assert!(!again.text().await.unwrap().contains("/invite/"), "a second issue shows nothing");
    assert_eq!(app.invitation_count().await, before + 1);

    let told = app.told(person.id).await.into_iter().find(|t| t.kind == "recovery-issued").expect("told");
    assert_eq!(told.params["via"], "in_person");
    assert_eq!(told.outbox.len(), 2, "on every channel");
    assert!(told.outbox.iter().all(|o| o.invitation_secret.is_none()), "handed over: no secret in the outbox");
    let steps = app.audit_actions_on(&format!("approval:{request}")).await;
    assert_eq!(steps, ["approval.request", "approval.approve", "approval.issue"]);
}

/// A first enrolment (no passkey yet) is shown to the admin as before; it revokes the person's
/// older invitations too.
async fn a_first_enrolment_is_shown_and_supersedes_older_invitations(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (admin, _) = app.protocol_admins().await;
    let admin = admin_cookie(&app, &admin).await;
    let person = app.create_person("KBI-REC-0005", "Nour").await;
    let older = app.invitation_for(person.id).await;
    let form = [("dossier_ref", person.dossier_ref.clone()), ("handover", "in_person".into())];
    let res = app.post_admin_form("/agency/admin/invitations/person", &admin, &form).await;
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    assert!(page.contains(&format!("{}/invite/", app.ctx.public_url)) && page.contains("<svg"));
    assert!(app.told(person.id).await.iter().all(|t| t.kind != "recovery-issued"), "not a recovery");
    let old = usable_invitation(&app.ctx.db.conn, &InvitationKey::Secret(older.secret), app.now()).await;
    assert!(old.is_err(), "the older invitation is revoked");
    assert!(app.invitation(older.id).await.revoked_at.is_some());
}

on_both_databases!(
    a_recovery_is_delivered_to_the_person_never_shown,
    without_e_mail_it_goes_by_sms_or_letter,
    a_recovery_in_person_needs_a_second_admin,
    a_first_enrolment_is_shown_and_supersedes_older_invitations,
);
