//! A municipality's DPO sees for their own party what the agency's DPO sees for all — and
//! nothing of another party: not its breach reports, not the disclosures it received, not its
//! registers; persons by the party's own references, never the agency's dossier numbers; and
//! nothing beyond reading (no acknowledging, no audit log, no persons).

use app::domain::consent::ConsentScopes;
use app::domain::ids::StaffId;
use app::domain::roles::Role;
use app::services::identity::sessions::Account;
use portal_tests::{Backend, TestApp, plain, spawn_app, staff_read};
use serde_json::json;

const ALL: ConsentScopes = ConsentScopes { contact: true, trajectory: true, onward: true };

async fn a_municipality_dpo_sees_only_their_own_party(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let halle = app.other_municipality().await;
    // Sint-Pieters-Leeuw: a person read by its staff (and passed on to a partner), a breach.
    let (ours, _) = app.person_with_history("KBI-MDPO-SPL", "Lina").await;
    let spl = app.party(portal_tests::MUNICIPALITY_SLUG).await;
    let our_reference = app.reference_of(spl.id, ours.id).await.expect("a reference");
    let our_breach = app.breach_report(std::slice::from_ref(&our_reference)).await;
    // Halle: a person read by its staff, a breach reported by its system.
    let slug = app.protocols_of(halle.party.id).await.into_iter().next().expect("Halle's protocol");
    let theirs = app.create_person("KBI-MDPO-HAL", "Omar").await;
    app.give_consent_under(&slug, theirs.id, ALL).await;
    let protocol = app::store::queries::protocol::by_slug(&app.ctx.db.conn, &slug).await.unwrap().unwrap();
    app.disclose(staff_read(theirs.id, protocol.id, halle.reader.id)).await.expect("Halle reads");
    let report = json!({
        "detected_at": app.now() - chrono::Duration::hours(2), "description": "Lek-in-Halle",
        "categories": ["phone"], "measures": "Gemeld"
    });
    assert_eq!(app.api_post(&halle.token, "/api/v1/breaches", &report, None).await.0, 201);

    let dpo = app.signed_in(Account::Staff(StaffId(app.staff_of(Role::MunicipalityDpo).await.id))).await;
    let page = |path: &'static str| {
        let dpo = dpo.clone();
        let app = &app;
        async move {
            let (status, html) = app.get_page(path, &dpo).await;
            assert_eq!(status, 200, "{path}");
            plain(html)
        }
    };
    // Breaches: their own, with the agency's follow-up; never Halle's (also on the agency's page).
    for path in ["/municipality/dpo", "/agency/dpo/breaches"] {
        let html = page(path).await;
        assert!(
            html.contains("Een lijst met telefoonnummers lag in de trein.") && !html.contains("Lek-in-Halle"),
            "{path}"
        );
        assert!(!html.contains(&format!("/agency/dpo/breaches/{our_breach}/")), "{path}: no forms to act");
    }
    // Disclosures: what Sint-Pieters-Leeuw received or passed on, its persons by its references.
    let html = page("/municipality/dpo/disclosures").await;
    assert!(html.contains(&our_reference) && !html.contains("KBI-"), "references, never dossier numbers");
    assert!(!html.contains(&halle.party.name), "nothing Halle received");
    let res = app.client.get(format!("{}/municipality/dpo/disclosures.csv", app.address)).header("cookie", &dpo).send();
    let csv = res.await.unwrap().text().await.unwrap();
    assert!(csv.lines().count() > 1 && !csv.contains(&halle.party.name) && !csv.contains("KBI-"), "{csv}");
    let filtered = app.get_page(&format!("/municipality/dpo/disclosures?recipient={}", halle.party.slug), &dpo).await.1;
    assert!(!filtered.contains("<tbody>"), "another party is not a recipient to filter by");
    let by_reference =
        plain(app.get_page(&format!("/municipality/dpo/disclosures?dossier={our_reference}"), &dpo).await.1);
    assert!(by_reference.contains(&our_reference));
    // Registers: their own only, profiles with their earlier revisions.
    let admin = TestApp::caller_of(&app.staff_of(Role::MunicipalityAdmin).await);
    let profile = app.profile_of(spl.id).await;
    let draft =
        app::domain::function_profile::ProfileDraft::parse(&profile.name, "Een nieuw doel", &["phone".to_owned()]);
    app::services::function_profiles::revise(&app.ctx.db, &admin, profile.lineage_id, draft.unwrap(), app.now())
        .await
        .expect("a revision");
    let html = page("/municipality/dpo/registers").await;
    assert!(html.contains(&spl.name) && !html.contains(&halle.party.name));
    assert!(html.contains("Eerdere versies van de functieprofielen") && html.contains(&profile.purpose), "{html}");
    // Reading only, and only the DPO's pages.
    let res =
        app.post_admin_form(&format!("/agency/dpo/breaches/{our_breach}/acknowledge"), &dpo, &[("form", "x")]).await;
    assert_eq!(res.status(), 403);
    for path in ["/agency/dpo/audit", "/municipality/persons", "/municipality/admin", "/agency/protocols"] {
        assert_eq!(app.get_page(path, &dpo).await.0, 403, "{path}");
    }
}

on_both_databases!(a_municipality_dpo_sees_only_their_own_party);
