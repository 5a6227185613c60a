//! Every operation of the matrix, done for real (with a valid input) as every caller: it
//! succeeds exactly in the cells marked `x`.

use super::{Caller, callers};
use app::domain::authz::{Operation, allows};
use portal_tests::{Backend, MUNICIPALITY_SLUG, SLUG, TestApp, spawn_app};
use serde_json::json;

/// Does the operation as `caller`, with an input that is valid; true when it succeeded.
async fn attempt(app: &TestApp, op: Operation, caller: &Caller) -> bool {
    let url = |p: &str| format!("{}{p}", app.address);
    let get = |path: &str| app.client.get(url(path)).header("accept", "text/html");
    let form = |endpoint: &str| {
        app.client
            .post(url(&format!("/sf/{endpoint}")))
            .header("origin", &app.ctx.public_url)
            .header("accept", "application/json")
    };
    let api_post = |path: &str| app.client.post(url(path)).header("origin", &app.ctx.public_url);
    // A plain form of a page, as a browser posts it.
    let page_form =
        |path: &str| app.client.post(url(path)).header("origin", &app.ctx.public_url).header("accept", "text/html");
    // Operations with two doors: systems use the API, people their pages.
    let by_api = caller.actor == app::domain::authz::Actor::ApiClient;
    let unique = || uuid::Uuid::new_v4().simple().to_string()[..8].to_owned();
    let req = match op {
        Operation::ReadPublicPages => get(&format!("/protocols/{SLUG}")),
        Operation::RedeemInvitation => {
            let person = app.first_person().await;
            let inv = app.invitation_for(person.id).await;
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
        Operation::OwnCorrections => {
            // A field no demo request or quality report touches: which persons those name
            // depends on the day the demo is seeded, and one already pending refuses a new one.
            let person = app.first_person().await;
            let other = if person.contact_language == "fr" { "en" } else { "fr" };
            form("corrections/file").form(&[
                ("field", "contact_language"),
                ("proposed_value", other),
                ("statement", "Ik spreek liever een andere taal."),
            ])
        }
        Operation::AssistedConsent => {
            let person = app.first_person().await;
            form("consent/assisted").form(&[
                ("dossier_ref", person.dossier_ref.as_str()),
                ("protocol", SLUG),
                ("language", "nl"),
                ("contact", "on"),
                ("trajectory", "on"),
            ])
        }
        Operation::ReadRectificationQueue => get("/agency/rectifications"),
        Operation::HandleRectificationRequests => {
            let id = app.pending_correction().await;
            page_form(&format!("/agency/rectifications/{id}/acknowledge")).form(&[("form", "acknowledge")])
        }
        Operation::ReadAccessOverview => get("/agency/admin"),
        Operation::ManageInvitations => {
            let person = app.first_person().await;
            form("admin/invitations/person").json(&json!({"dossier_ref": person.dossier_ref}))
        }
        Operation::ManageApiClients => {
            let spl = app.party(MUNICIPALITY_SLUG).await;
            let (client, _) = app.api_client(spl.id, app.profile_of(spl.id).await.id, "matrix client").await;
            form("admin/api-clients/revoke").form(&[("client", client.public_id.as_str())])
        }
        Operation::RequestCredentials => {
            let profile = app.profile_of(app.party(MUNICIPALITY_SLUG).await.id).await;
            form("admin/api-clients/create")
                .json(&json!({"function_profile_id": profile.id, "name": "matrix client", "expires_days": null}))
        }
        // The second admin asks; the caller (the first admin, for that column) decides.
        Operation::DecideCredentialRequests => {
            let (_, second) = app.protocol_admins().await;
            let id = app.staff_invitation_request(&second).await.to_string();
            form("admin/approvals/decide").form(&[("request_id", id.as_str()), ("decision", "approved")])
        }
        // The first admin asked, the second approved; the caller issues.
        Operation::IssueApprovedCredentials => {
            let (first, second) = app.protocol_admins().await;
            let id = app.staff_invitation_request(&first).await;
            app.approve(id, &second).await;
            form("admin/approvals/issue").json(&json!({"request_id": id.to_string()}))
        }
        // A new version drafted from the one in force (or, drafted already, the same draft).
        Operation::ManageProtocols => {
            page_form(&format!("/agency/protocols/{SLUG}/new-version")).form(&[("form", "new")])
        }
        Operation::ReadAuditStatus => get("/agency/dpo"),
        Operation::ReadProfileRegister => get("/municipality/admin"),
        Operation::ReadConsentStatus => get("/municipality/persons"),
        Operation::IdentifyApiClient => app.client.get(url("/api/v1/me")),
        Operation::SyncPersons => app
            .client
            .put(url(&format!("/api/v1/agency/persons/KBI-S-{}", unique())))
            .json(&portal_tests::source_person("+32470000001")),
        Operation::ReadCorrectionsFeed => app.client.get(url("/api/v1/agency/corrections")),
        Operation::ListPartyProtocols => app.client.get(url("/api/v1/protocols")),
        Operation::ReadConsentChanges => app.client.get(url(&format!("/api/v1/protocols/{SLUG}/consents"))),
        Operation::ReadConsentOfPerson => {
            let person = known_person(app).await;
            app.client.get(url(&format!("/api/v1/protocols/{SLUG}/consents/{person}")))
        }
        Operation::ManageFunctionProfiles => page_form("/municipality/admin/profiles/new").form(&[
            ("name", format!("Matrix {}", unique()).as_str()),
            ("purpose", "Uitnodigen"),
            ("fields", "phone"),
        ]),
        Operation::ManageMunicipalityStaff => {
            let profile = app.profile_of(app.party(MUNICIPALITY_SLUG).await.id).await;
            page_form("/municipality/admin/staff").form(&[
                ("name", "Els Peeters"),
                ("contact", "els@leeuw.be"),
                ("profile", profile.lineage_id.to_string().as_str()),
            ])
        }
        Operation::ManagePartners => page_form("/municipality/admin/partners").form(&[
            ("name", format!("Vzw {}", unique()).as_str()),
            ("enterprise_number", "0207.437.468"),
            ("purpose", "Buddywerking"),
            ("agreement_signed_on", "2025-09-01"),
            ("contact", "Els, 02 345 67 89"),
        ]),
        Operation::ManageProcessors => page_form("/municipality/admin/processors").form(&[
            ("name", "Cloudhost nv"),
            ("service", "Hosting"),
            ("agreement_signed_on", "2025-01-15"),
        ]),
        Operation::NotifyOnwardDisclosure => {
            let planned = app::domain::time::today(app.now()).to_string();
            page_form("/municipality/admin/notices").form(&[
                ("recipient_name", "Sportclub"),
                ("purpose", "Ledenwerving"),
                ("fields", "phone"),
                ("legal_basis", "Toestemming"),
                ("planned_on", planned.as_str()),
            ])
        }
        Operation::ReadMunicipalRegisters => get("/agency/registers"),
        Operation::AcknowledgeOnwardNotices => {
            let id = app.onward_notice(&format!("Club {}", unique())).await;
            page_form(&format!("/agency/dpo/notices/{id}/acknowledge")).form(&[("x", "")])
        }
        Operation::ReadBreachRegister => get("/agency/dpo/breaches"),
        Operation::AttestErasure => {
            let id = app.erasure_request().await;
            page_form(&format!("/municipality/admin/erasure/{id}/attest")).form(&[("form", "attest")])
        }
        Operation::HandleBreachReports => {
            let id = app.breach_report(&[]).await;
            page_form(&format!("/agency/dpo/breaches/{id}/acknowledge")).form(&[("form", "acknowledge")])
        }
        Operation::ReadDisclosureRegister => get("/agency/dpo/disclosures"),
        Operation::ProcessCorrectionNotices => get("/municipality/corrections"),
        Operation::ReadPersonFields => {
            let person = known_person(app).await;
            if by_api {
                app.client.get(url(&format!("/api/v1/protocols/{SLUG}/persons/{person}")))
            } else {
                get(&format!("/municipality/persons/{SLUG}/{person}"))
            }
        }
        Operation::RecordOnwardDisclosure => {
            let person = known_person(app).await;
            let partner = app.partner().await;
            if by_api {
                api_post(&format!("/api/v1/protocols/{SLUG}/persons/{person}/onward-disclosures"))
                    .json(&json!({"partner": partner.slug, "fields": ["phone"], "purpose": "Buddy"}))
            } else {
                page_form(&format!("/municipality/persons/{SLUG}/{person}/onward")).form(&[
                    ("partner", partner.slug.as_str()),
                    ("fields", "phone"),
                    ("purpose", "Buddy"),
                ])
            }
        }
        Operation::FileQualityReport => {
            let person = known_person(app).await;
            if by_api {
                api_post(&format!("/api/v1/protocols/{SLUG}/quality-reports"))
                    .json(&json!({"person": person, "field": "phone", "statement": "Nummer werkt niet"}))
            } else {
                page_form(&format!("/municipality/persons/{SLUG}/{person}/quality-report"))
                    .form(&[("field", "phone"), ("statement", "Nummer werkt niet")])
            }
        }
        Operation::ReportBreach => {
            if by_api {
                api_post("/api/v1/breaches").json(&json!({
                    "detected_at": app.now() - chrono::Duration::hours(1), "description": "Lijst verloren",
                    "categories": ["phone"], "measures": "Gemeld"
                }))
            } else {
                let found = app::domain::time::local(app.now() - chrono::Duration::hours(1)).format("%Y-%m-%dT%H:%M");
                page_form("/municipality/breaches/new").form(&[
                    ("detected_at", found.to_string().as_str()),
                    ("description", "Lijst verloren"),
                    ("categories", "phone"),
                    ("measures", "Gemeld"),
                ])
            }
        }
    };
    let res = caller.on(req).send().await.unwrap();
    let status = res.status();
    let location = res.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default().to_owned();
    // A plain form that did what it was for sends the browser on; a refusal is an error status,
    // the way to sign-in, or a message on the page it goes back to.
    let form_done = status.is_redirection() && !location.starts_with("/signin") && !location.contains("error=");
    match op {
        // Success is the redirect to the signed-out page; a refusal is an error status.
        Operation::SignOut => status.is_redirection() && location.contains("signed_out"),
        Operation::ManageFunctionProfiles
        | Operation::ManagePartners
        | Operation::ManageProcessors
        | Operation::NotifyOnwardDisclosure
        | Operation::AcknowledgeOnwardNotices
        | Operation::HandleRectificationRequests
        | Operation::ManageProtocols
        | Operation::HandleBreachReports
        | Operation::AttestErasure => form_done,
        Operation::RecordOnwardDisclosure | Operation::FileQualityReport | Operation::ReportBreach if !by_api => {
            form_done
        }
        _ => status.is_success(),
    }
}

/// A new person with every scope of consent, as the demo municipality knows them.
async fn known_person(app: &TestApp) -> String {
    let p = app
        .create_person(&format!("KBI-M-{}", &uuid::Uuid::new_v4().simple().to_string()[..8].to_uppercase()), "Matrix")
        .await;
    let all = app::domain::consent::ConsentScopes { contact: true, trajectory: true, onward: true };
    app.give_consent(p.id, all).await;
    let municipality = app.party(MUNICIPALITY_SLUG).await;
    app.reference_of(municipality.id, p.id).await.expect("a reference")
}

async fn every_role_reaches_exactly_its_cells(backend: Backend) {
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

on_both_databases!(every_role_reaches_exactly_its_cells);
