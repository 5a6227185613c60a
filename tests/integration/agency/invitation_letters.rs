//! Invitation letters in bulk (issue 16). The protocol admin's form answers with the printable
//! letters: a first enrolment printed (in the person's language and Dutch, with the QR code and
//! the short code that redeem it); a person who already has an account not printed — their
//! recovery goes to the contact data on file (review M3). "Everyone not yet invited" finds the
//! newly imported persons and no one twice. On the server's command line the operator prints a
//! recovery letter, which says so. Other roles are refused and nothing is issued.

use app::domain::ids::StaffId;
use app::domain::roles::Role;
use app::services::identity::credentials::{InvitationKey, usable_invitation};
use app::services::identity::sessions::Account;
use app::store::invitation;
use portal_tests::{Backend, TestApp, TestPasskey, run_portal, spawn_app};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

async fn invitations_of(app: &TestApp, person_id: i32) -> u64 {
    invitation::Entity::find().filter(invitation::Column::PersonId.eq(person_id)).count(&app.ctx.db.conn).await.unwrap()
}

/// The persons with no invitation at all.
async fn never_invited(app: &TestApp) -> Vec<i32> {
    let invited: Vec<Option<i32>> =
        invitation::Entity::find().all(&app.ctx.db.conn).await.unwrap().into_iter().map(|i| i.person_id).collect();
    let all = app::store::person::Entity::find().all(&app.ctx.db.conn).await.unwrap();
    all.into_iter().map(|p| p.id).filter(|id| !invited.contains(&Some(*id))).collect()
}

/// Each letter's invitation link and short code, in page order.
fn keys_in(page: &str) -> Vec<(String, String)> {
    let pick = |from: &str, class: &str| -> Vec<String> {
        from.split(&format!("class=\"{class}\" dir=\"ltr\">"))
            .skip(1)
            .map(|s| s.split('<').next().unwrap().to_owned())
            .collect()
    };
    pick(page, "url").into_iter().zip(pick(page, "code")).collect()
}

async fn the_admin_prints_first_enrolments_and_recoveries_go_to_the_person(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let admin = app.signed_in(Account::Staff(StaffId(app.staff_of(Role::AgencyProtocolAdmin).await.id))).await;
    let amina = app.create_person("KBI-LETTER-1", "Amina").await;
    let olena = app.create_person("KBI-LETTER-2", "Olena").await;
    let holder = app.create_person("KBI-LETTER-3", "Samira").await;
    let secret = app.invitation_for(holder.id).await.secret;
    app.enrol(&secret, &mut TestPasskey::new(&app.ctx.public_url)).await.expect("enrolled");

    let form = [("dossiers", "KBI-LETTER-1\nKBI-LETTER-3\r\nKBI-LETTER-2")];
    let res = app.post_admin_form("/agency/admin/letters", &admin, &form).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    let page = res.text().await.unwrap();
    assert_eq!(page.matches("<section class=\"letter\"").count(), 2, "the account holder's recovery is not printed");
    assert_eq!(page.matches("<svg").count(), 2, "a QR code on each letter");
    assert!(page.contains("lang=\"ar\"") && page.contains("lang=\"nl\""), "in the person's language and Dutch");
    assert!(page.contains("href=\"/letters.css\""), "the print stylesheet");
    let css = app.client.get(format!("{}/letters.css", app.address)).send().await.unwrap().text().await.unwrap();
    assert!(css.contains("@page{size:A4"), "{css}");
    assert!(!page.contains("Samira"), "no letter for the account holder");
    assert!(page.contains("KBI-LETTER-3"), "the screen note says where the recovery went");
    let keys = keys_in(&page);
    assert_eq!(keys.len(), 2);
    for (url, code) in &keys {
        let secret = url.rsplit('/').next().unwrap();
        let by_link =
            usable_invitation(&app.ctx.db.conn, &InvitationKey::Secret(secret.into()), app.now()).await.unwrap();
        let by_code =
            usable_invitation(&app.ctx.db.conn, &InvitationKey::ShortCode(code.clone()), app.now()).await.unwrap();
        assert_eq!(by_link.id, by_code.id, "the link and the code redeem the same invitation");
    }
    assert_eq!(invitations_of(&app, holder.id).await, 2, "the recovery was issued, to be delivered");
    let outbox = app::store::notification_outbox::Entity::find().all(&app.ctx.db.conn).await.unwrap();
    assert!(outbox.iter().any(|r| r.invitation_secret.is_some()), "its secret waits in the outbox only");

    // Everyone not yet invited: the three above were; a new one is among them, once.
    let fresh = app.create_person("KBI-LETTER-4", "Nour").await;
    let waiting = never_invited(&app).await;
    assert!(waiting.contains(&fresh.id) && !waiting.contains(&amina.id));
    let all_new = [("not_yet_invited", "1"), ("dossiers", "")];
    let page = app.post_admin_form("/agency/admin/letters", &admin, &all_new).await.text().await.unwrap();
    assert_eq!(page.matches("<section class=\"letter\"").count(), waiting.len(), "{page}");
    assert!(page.contains("KBI-LETTER-4") && !page.contains("KBI-LETTER-1"));
    assert!(never_invited(&app).await.is_empty());
    assert_eq!(invitations_of(&app, fresh.id).await, 1);
    assert_eq!((invitations_of(&app, amina.id).await, invitations_of(&app, olena.id).await), (1, 1));
    let res = app.post_admin_form("/agency/admin/letters", &admin, &all_new).await;
    assert_eq!(res.status(), 422, "nobody left to invite");
    assert!(res.text().await.unwrap().contains("Er is niemand om te schrijven"));

    // Refusals: an unknown dossier issues nothing; other roles may not.
    let before = invitation::Entity::find().count(&app.ctx.db.conn).await.unwrap();
    let unknown = [("dossiers", "KBI-LETTER-1\nKBI-NOPE")];
    let res = app.post_admin_form("/agency/admin/letters", &admin, &unknown).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("niet bekend"));
    let officer = app.signed_in(Account::Staff(StaffId(app.staff_of(Role::AgencyRectificationOfficer).await.id))).await;
    let res = app.post_admin_form("/agency/admin/letters", &officer, &form).await;
    assert_eq!(res.status(), 403);
    assert_eq!(invitation::Entity::find().count(&app.ctx.db.conn).await.unwrap(), before, "nothing issued");
}

/// `portal invite letters`: the operator's print run writes the document to a new file; a
/// person with an account gets a recovery letter that says so.
async fn the_operator_prints_recovery_letters_that_say_so(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let holder = app.create_person("KBI-LETTER-9", "Samira").await;
    let secret = app.invitation_for(holder.id).await.secret;
    app.enrol(&secret, &mut TestPasskey::new(&app.ctx.public_url)).await.expect("enrolled");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("letters.html");
    let (url, data, key, file) =
        (app.db.url.clone(), app.db.dir().display().to_string(), app.ctx.keys.to_base64(), out.display().to_string());
    let run = move |args: Vec<String>| {
        let (url, data, key) = (url.clone(), data.clone(), key.clone());
        async move {
            tokio::task::spawn_blocking(move || {
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                let env =
                    [("PORTAL_DATABASE_URL", url.as_str()), ("PORTAL_DATA_DIR", &data), ("PORTAL_SIGNING_KEY", &key)];
                run_portal(&args, &env)
            })
            .await
            .unwrap()
        }
    };
    let args = |f: &str| ["invite", "letters", "--out", f, "--dossier", "KBI-LETTER-9"].map(String::from).to_vec();
    let (ok, stdout, stderr) = run(args(&file)).await;
    assert!(ok, "{stdout}{stderr}");
    assert!(stdout.contains("1 letters written") && stdout.contains("1 of them recovery"), "{stdout}");
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(
        page.contains("Samira") && page.contains("Een nieuwe toegang tot uw account"),
        "a recovery letter, in Dutch too"
    );
    assert_eq!(keys_in(&page).len(), 1);
    assert!(page.contains("<style>@page{size:A4"), "a file opened from disk carries its stylesheet");
    let (ok, _, stderr) = run(args(&file)).await;
    assert!(!ok && stderr.contains("exists"), "never overwrites: {stderr}");
}

on_both_databases!(
    the_admin_prints_first_enrolments_and_recoveries_go_to_the_person,
    the_operator_prints_recovery_letters_that_say_so,
);
