//! The DPO's audit desk: the log's entries newest first, narrowed by actor and action, paged,
//! ids and hashes only (no name of any person appears); the verifier run from the page; the
//! signed checkpoints downloaded with the public key.

use app::domain::ids::StaffId;
use app::domain::roles::Role;
use app::services::identity::sessions::Account;
use app::store::person;
use portal_tests::{Backend, form_done, location, plain, spawn_app};
use sea_orm::EntityTrait;

async fn the_dpo_browses_verifies_and_downloads(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(30).await;
    let dpo = app.signed_in(Account::Staff(StaffId(app.staff_of(Role::AgencyDpo).await.id))).await;
    let admin = app.signed_in(Account::Staff(StaffId(app.staff_of(Role::AgencyProtocolAdmin).await.id))).await;

    let (status, html) = app.get_page("/agency/dpo/audit", &dpo).await;
    assert_eq!(status, 200);
    assert_eq!(html.matches("<tr>").count(), 51, "a header and fifty entries");
    assert!(html.contains("rel=\"next\""), "more than one page");
    let names: Vec<String> =
        person::Entity::find().all(&app.ctx.db.conn).await.unwrap().into_iter().map(|p| p.family_name).collect();
    let page = plain(html);
    assert!(names.iter().all(|n| !page.contains(n.as_str())), "no personal value in the log");

    let html = app.get_page("/agency/dpo/audit?action=person.create", &dpo).await.1;
    let actions: Vec<&str> = html.split("<td><code>").skip(1).filter_map(|c| c.split('<').next()).collect();
    assert!(actions.contains(&"person.create") && !actions.iter().any(|a| a.contains("consent.")), "{actions:?}");
    let html = app.get_page("/agency/dpo/audit?actor=nobody:&page=0", &dpo).await.1;
    assert!(html.contains("Geen vermeldingen voor deze keuze."));
    assert_eq!(app.get_page("/agency/dpo/audit", &admin).await.0, 403, "the DPO's only");

    // The verifier runs now; the home page says what it found.
    let res = app.post_admin_form("/agency/dpo/audit/verify", &dpo, &[("form", "verify")]).await;
    assert!(form_done(&res) && location(&res).ends_with("?verified=1"), "{}", location(&res));
    let home = plain(app.page_text("/agency/dpo?verified=1", &dpo).await);
    assert!(home.contains("Het auditlog is nu gecontroleerd.") && home.contains("De auditketen is intact"), "{home}");

    // The signed checkpoints, one JSON object a line, each with the public key.
    let signed = app::services::audit::checkpoint(&app.ctx.db, &app.ctx.keys, app.now()).await.unwrap();
    assert!(signed.is_some());
    let res = app
        .client
        .get(format!("{}/agency/dpo/checkpoints.jsonl", app.address))
        .header("cookie", &dpo)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-disposition"].to_str().unwrap().contains("audit-checkpoints.jsonl"));
    let body = res.text().await.unwrap();
    let lines: Vec<serde_json::Value> = body.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(!lines.is_empty());
    for l in &lines {
        assert_eq!(l["public_key"], app.ctx.keys.public_key_base64());
        assert!(l["signature"].as_str().is_some_and(|s| !s.is_empty()) && l["head_hash"].is_string());
    }
}

on_both_databases!(the_dpo_browses_verifies_and_downloads);
