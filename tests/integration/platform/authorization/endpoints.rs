//! Every server function, page and route the server registers, with the operation its guard
//! names, called as every caller: the guard lets exactly the matrix's cells through. The table
//! is checked against what the server registers (`server::startup::registered_paths`), so a
//! new endpoint without a row fails here, naming it.

use super::callers;
use app::api::endpoints::{self as sf, ALL};
use app::domain::authz::{Actor, Operation, allows};
use portal_tests::{Backend, SLUG, TestDb, spawn_app_with};
use serde_json::{Value, json};
use server::startup::{RegisteredPaths, registered_paths};
use std::collections::BTreeSet;

/// Registered server functions without a constant in `app::api::endpoints` (each with the
/// reason). None today: every server function has its constant.
const WITHOUT_CONSTANT: &[&str] = &[];

/// How a row is called.
#[derive(Clone, Copy, Debug)]
enum Call {
    /// A server function, with a JSON body (as the islands call it).
    SfJson,
    /// A server function, with a form body (as a plain HTML form posts it).
    SfForm,
    /// A plain form handler outside Leptos (`/agency/admin/…`, `/invite`).
    Form,
    /// A page or download.
    Get,
    /// A REST API `POST` with a JSON body.
    ApiJson,
}

/// Who may pass.
#[derive(Clone, Copy)]
enum Guard {
    /// The operation the handler's guard names.
    Op(Operation),
    /// No guard: the route carries no identity (health, the language switcher), so no caller
    /// is ever refused.
    Open,
}

/// Which callers a route admits at all: an operation shared by municipality staff and systems
/// has two doors — its pages and forms (sessions) and `/api/v1` (tokens) — each admitting only
/// its own kind of caller (`authorization.md`, "Two doors").
#[derive(Clone, Copy)]
enum Door {
    Any,
    Browser,
    Api,
}

impl Door {
    fn admits(self, actor: Actor) -> bool {
        match self {
            Door::Any => true,
            Door::Browser => actor != Actor::ApiClient,
            Door::Api => actor == Actor::ApiClient,
        }
    }
}

struct Row {
    guard: Guard,
    door: Door,
    call: Call,
    /// The server function's endpoint (below `/sf/`), or the path (a concrete one, with a query
    /// string where the page needs one).
    target: String,
    /// Placeholder inputs: what is checked is whether the guard lets the caller through.
    body: Value,
}

fn row(op: Operation, call: Call, target: impl Into<String>, body: Value) -> Row {
    Row { guard: Guard::Op(op), door: Door::Any, call, target: target.into(), body }
}

/// A row of an operation with two doors: this one admits only `door`'s callers.
fn via(door: Door, r: Row) -> Row {
    Row { door, ..r }
}

fn page(op: Operation, path: impl Into<String>) -> Row {
    row(op, Call::Get, path, json!({}))
}

fn open(path: &str) -> Row {
    Row { guard: Guard::Open, door: Door::Any, call: Call::Get, target: path.into(), body: json!({}) }
}

/// A person reference that names nobody (a well-formed one).
const NOBODY: &str = "0123456789abcdef0123456789abcdef";

/// Every server function, page and route, with the operation it belongs to.
fn every_endpoint() -> Vec<Row> {
    use Call::*;
    use Operation::*;
    let none = json!({});
    let credential = |response: Value| json!({"id": "", "rawId": "", "type": "public-key", "response": response});
    let attestation = credential(json!({"attestationObject": "", "clientDataJSON": ""}));
    let assertion =
        credential(json!({"authenticatorData": "", "clientDataJSON": "", "signature": "", "userHandle": null}));
    vec![
        // Server functions.
        row(ReadPublicPages, SfForm, sf::PROTOCOLS_LIST, json!({"lang": "nl"})),
        row(ReadPublicPages, SfForm, sf::PROTOCOL_PAGE, json!({"slug": SLUG, "lang": "nl"})),
        row(RedeemInvitation, SfJson, sf::ENROL_START, json!({"invitation": "x", "by_code": false})),
        row(
            RedeemInvitation,
            SfJson,
            sf::ENROL_FINISH,
            json!({"handle": "x", "credential": attestation, "passkey_name": "x", "display_name": null}),
        ),
        row(SignIn, SfJson, sf::SIGN_IN_START, none.clone()),
        row(SignIn, SfJson, sf::SIGN_IN_FINISH, json!({"handle": "x", "credential": assertion})),
        row(OwnAccount, SfForm, sf::ACCOUNT_OVERVIEW, none.clone()),
        row(OwnAccount, SfJson, sf::PASSKEY_REAUTH, none.clone()),
        row(OwnAccount, SfJson, sf::PASSKEY_REGISTER, json!({"handle": "x", "credential": assertion})),
        row(OwnAccount, SfJson, sf::PASSKEY_FINISH, json!({"handle": "x", "credential": attestation, "name": "x"})),
        row(OwnAccount, SfForm, sf::PASSKEY_REMOVE, json!({"passkey_id": "999999"})),
        row(OwnAccount, SfForm, sf::SESSION_END, json!({"session_id": "999999"})),
        row(OwnAccount, SfForm, sf::KEEP_ALIVE, none.clone()),
        row(OwnAccount, SfForm, sf::NOTIFICATIONS_READ, none.clone()),
        row(OwnConsent, SfForm, sf::CONSENT_CHANGE, json!({"protocol": SLUG, "language": "nl"})),
        row(
            OwnCorrections,
            SfForm,
            sf::CORRECTION_FILE,
            json!({"field": "phone", "proposed_value": "", "statement": ""}),
        ),
        row(
            AssistedConsent,
            SfForm,
            sf::CONSENT_ASSISTED,
            json!({"dossier_ref": "none", "protocol": SLUG, "language": "nl"}),
        ),
        row(ManageInvitations, SfJson, sf::INVITE_PERSON, json!({"dossier_ref": "none", "handover": "in_person"})),
        row(
            RequestCredentials,
            SfJson,
            sf::INVITE_STAFF,
            json!({"party_id": 999999, "role": "agency_dpo", "function_profile_id": null}),
        ),
        row(ManageInvitations, SfForm, sf::INVITATION_REVOKE, json!({"invitation_id": "999999"})),
        row(
            RequestCredentials,
            SfJson,
            sf::API_CLIENT_CREATE,
            json!({"function_profile_id": 999999, "name": "x", "expires_days": null}),
        ),
        row(ManageApiClients, SfForm, sf::API_CLIENT_REVOKE, json!({"client": "none"})),
        row(
            DecideCredentialRequests,
            SfForm,
            sf::APPROVAL_DECIDE,
            json!({"request_id": "999999", "decision": "approved"}),
        ),
        row(IssueApprovedCredentials, SfJson, sf::APPROVAL_ISSUE, json!({"request_id": "999999"})),
        // Pages, with the operation each page's guard names.
        page(ReadPublicPages, "/"),
        page(ReadPublicPages, format!("/protocols/{SLUG}")),
        // Open to all: a signed-in caller is sent on to their start page.
        page(ReadPublicPages, "/signin"),
        // `/invite` is only the form to type a code; the code POSTed is the enrolment.
        page(ReadPublicPages, "/invite"),
        row(RedeemInvitation, Form, "/invite", json!({"code": "AAAA-BBBB-CCCC"})),
        page(RedeemInvitation, "/invite/not-a-real-secret"),
        page(OwnAccount, "/account"),
        page(OwnOverview, "/me"),
        page(OwnConsent, format!("/me/pilots/{SLUG}")),
        page(OwnConsent, format!("/me/pilots/{SLUG}/review?contact=on")),
        page(OwnData, "/me/data"),
        page(OwnData, "/me/disclosures?field=phone"),
        page(OwnAccount, "/me/notifications"),
        page(OwnCorrections, "/me/corrections"),
        page(OwnCorrections, "/me/corrections/new?field=phone"),
        page(OwnCorrections, "/me/corrections/none"),
        page(AssistedConsent, "/agency/assisted-consent"),
        page(AssistedConsent, "/agency/assisted-consent/review"),
        row(
            AssistedConsent,
            Form,
            "/agency/assisted-consent/review",
            json!({"dossier_ref": "x", "protocol": "x", "language": "nl"}),
        ),
        page(ReadRectificationQueue, "/agency/rectifications"),
        page(ReadAccessOverview, "/agency/admin"),
        page(ManageInvitations, "/agency/admin/issued"),
        page(ReadAuditStatus, "/agency/dpo"),
        page(ReadProfileRegister, "/municipality/admin"),
        page(ManageFunctionProfiles, "/municipality/admin/profiles/new"),
        page(ManageFunctionProfiles, "/municipality/admin/profiles/999999"),
        page(ManageMunicipalityStaff, "/municipality/admin/staff"),
        page(ManagePartners, "/municipality/admin/partners"),
        page(ManageProcessors, "/municipality/admin/processors"),
        page(NotifyOnwardDisclosure, "/municipality/admin/notices"),
        page(ReadConsentStatus, "/municipality/persons"),
        via(Door::Browser, page(ReadPersonFields, "/municipality/persons/search")),
        via(Door::Browser, page(ReadPersonFields, format!("/municipality/persons/{SLUG}/{NOBODY}"))),
        via(Door::Browser, page(ReportBreach, "/municipality/breaches")),
        via(Door::Browser, page(ReportBreach, "/municipality/breaches/new")),
        page(ProcessCorrectionNotices, "/municipality/corrections"),
        page(ProcessCorrectionNotices, "/municipality/corrections/none"),
        page(ReadMunicipalRegisters, "/agency/registers"),
        page(ReadBreachRegister, "/agency/dpo/breaches"),
        page(AcknowledgeOnwardNotices, "/agency/dpo/notices"),
        // Routes outside Leptos: downloads, plain forms, the REST API, and those without identity.
        page(OwnConsent, "/me/receipts/none.json"),
        page(OwnData, "/me/data/export.json"),
        page(ReadPublicPages, "/receipts/public-key"),
        row(
            ManageInvitations,
            Form,
            "/agency/admin/invitations/person",
            json!({"dossier_ref": "none", "handover": "delivered"}),
        ),
        row(
            RequestCredentials,
            Form,
            "/agency/admin/invitations/staff",
            json!({"party_id": "999999", "role": "agency_dpo"}),
        ),
        row(
            RequestCredentials,
            Form,
            "/agency/admin/api-clients",
            json!({"name": "x", "function_profile_id": "999999"}),
        ),
        row(IssueApprovedCredentials, Form, "/agency/admin/approvals/issue", json!({"request_id": "999999"})),
        row(AcknowledgeOnwardNotices, Form, "/agency/dpo/notices/none/acknowledge", none.clone()),
        row(ManageFunctionProfiles, Form, "/municipality/admin/profiles/new", json!({"name": "", "purpose": ""})),
        row(ManageFunctionProfiles, Form, "/municipality/admin/profiles/999999", json!({"name": "", "purpose": ""})),
        row(ManageFunctionProfiles, Form, "/municipality/admin/profiles/999999/active", json!({"active": "false"})),
        row(ManageMunicipalityStaff, Form, "/municipality/admin/staff", json!({"name": "", "contact": ""})),
        row(ManageMunicipalityStaff, Form, "/municipality/admin/staff/none/profile", json!({"profile": "1"})),
        row(ManageMunicipalityStaff, Form, "/municipality/admin/staff/none/disable", none.clone()),
        row(ManagePartners, Form, "/municipality/admin/partners", json!({"name": ""})),
        row(ManageProcessors, Form, "/municipality/admin/processors", json!({"name": ""})),
        row(ManageProcessors, Form, "/municipality/admin/processors/999999/end", none.clone()),
        row(NotifyOnwardDisclosure, Form, "/municipality/admin/notices", json!({"recipient_name": ""})),
        via(
            Door::Browser,
            row(ReadPersonFields, Form, "/municipality/persons/search", json!({"protocol": SLUG, "q": "x"})),
        ),
        via(
            Door::Browser,
            row(
                RecordOnwardDisclosure,
                Form,
                format!("/municipality/persons/{SLUG}/{NOBODY}/onward"),
                json!({"partner": "x"}),
            ),
        ),
        via(
            Door::Browser,
            row(
                FileQualityReport,
                Form,
                format!("/municipality/persons/{SLUG}/{NOBODY}/quality-report"),
                json!({"field": "phone"}),
            ),
        ),
        via(Door::Browser, row(ReportBreach, Form, "/municipality/breaches/new", json!({"detected_at": ""}))),
        row(ProcessCorrectionNotices, Form, "/municipality/corrections/none/processed", none.clone()),
        page(IdentifyApiClient, "/api/v1/me"),
        page(ListPartyProtocols, "/api/v1/protocols"),
        page(ReadConsentChanges, format!("/api/v1/protocols/{SLUG}/consents")),
        page(ReadConsentOfPerson, format!("/api/v1/protocols/{SLUG}/consents/0123456789abcdef0123456789abcdef")),
        via(Door::Api, page(ReadPersonFields, format!("/api/v1/protocols/{SLUG}/persons/{NOBODY}"))),
        via(
            Door::Api,
            row(
                RecordOnwardDisclosure,
                ApiJson,
                format!("/api/v1/protocols/{SLUG}/persons/{NOBODY}/onward-disclosures"),
                json!({"partner": "x", "fields": ["phone"], "purpose": "x"}),
            ),
        ),
        via(
            Door::Api,
            row(
                FileQualityReport,
                ApiJson,
                format!("/api/v1/protocols/{SLUG}/quality-reports"),
                json!({"person": NOBODY, "field": "phone", "statement": "x"}),
            ),
        ),
        via(
            Door::Api,
            row(
                ReportBreach,
                ApiJson,
                "/api/v1/breaches",
                json!({"detected_at": "2020-01-01T00:00:00Z", "description": "x", "categories": ["salary"], "measures": "x"}),
            ),
        ),
        page(ReadPublicPages, "/api/v1/openapi.json"),
        page(ReadPublicPages, "/api/v1/docs"),
        open("/health/live"),
        open("/health/ready"),
        open("/lang/nl?next=/"),
        // Last: it ends the caller's session.
        row(SignOut, SfForm, sf::SIGN_OUT, none),
    ]
}

/// Each endpoint as each caller: the guard lets exactly the matrix's cells through.
/// "Refused" is 401/403 (or, for pages and plain forms, the way to sign-in).
async fn every_endpoint_applies_the_matrix(backend: Backend) {
    // Many calls from one address: lift the rate limits, which are tested elsewhere.
    let app = spawn_app_with(TestDb::new(backend).await, |s| {
        s.rate_ceremonies_per_minute = 10_000;
        s.rate_invitations_per_minute = 10_000;
        s.rate_writes_per_minute = 10_000;
        s.rate_api_per_minute = 10_000;
    })
    .await;
    app.seed_demo(3).await;
    let callers = callers(&app).await;
    let mut wrong = Vec::new();
    let form_of = |body: &Value, number: fn(&Value) -> String| -> Vec<(String, String)> {
        let fields = body.as_object().unwrap().iter();
        fields.map(|(k, v)| (k.clone(), v.as_str().map(str::to_owned).unwrap_or_else(|| number(v)))).collect()
    };
    for Row { guard, door, call, target, body } in every_endpoint() {
        for caller in &callers {
            let sf = format!("{}/sf/{target}", app.address);
            let req = match call {
                Call::SfJson => app.client.post(sf).header("accept", "application/json").json(&body),
                Call::SfForm => {
                    app.client.post(sf).header("accept", "application/json").form(&form_of(&body, Value::to_string))
                }
                Call::Form => {
                    app.client.post(format!("{}{target}", app.address)).form(&form_of(&body, |_| String::new()))
                }
                Call::Get => app.client.get(format!("{}{target}", app.address)),
                Call::ApiJson => app.client.post(format!("{}{target}", app.address)).json(&body),
            }
            .header("origin", &app.ctx.public_url);
            let res = caller.on(req).send().await.unwrap();
            let status = res.status().as_u16();
            let location = res.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default();
            // Signed out is where sign-out succeeds; any other way to sign-in is a refusal.
            let to_signin = location.starts_with("/signin") && !location.contains("signed_out");
            let refused = status == 401 || status == 403 || to_signin;
            let allowed = match guard {
                Guard::Op(op) => allows(caller.actor, op) && door.admits(caller.actor),
                Guard::Open => true,
            };
            if refused == allowed {
                wrong.push(format!("{call:?} {target} as {}: status {status}", caller.actor.column()));
            }
        }
    }
    assert!(wrong.is_empty(), "endpoints that disagree with authorization.md ({}):\n{}", wrong.len(), wrong.join("\n"));
}

/// Whether a concrete path (no query string) matches a route pattern: Leptos writes
/// parameters `:name`, axum `{name}`; `*rest` takes the remainder.
fn matches(pattern: &str, path: &str) -> bool {
    let mut want = pattern.trim_end_matches('/').split('/');
    let mut got = path.trim_end_matches('/').split('/');
    loop {
        match (want.next(), got.next()) {
            (None, None) => return true,
            (Some(w), _) if w.starts_with('*') || w.starts_with("{*") => return true,
            (Some(w), Some(g)) if w == g || w.starts_with(':') || (w.starts_with('{') && w.ends_with('}')) => {}
            _ => return false,
        }
    }
}

/// What is wrong between the table and what the server registers, one line each.
fn gaps(rows: &[Row], registered: &RegisteredPaths) -> Vec<String> {
    let routes: Vec<&String> = registered.pages.iter().chain(&registered.other).collect();
    let mut covered = BTreeSet::new();
    let mut problems = Vec::new();
    for r in rows {
        let reached = match r.call {
            Call::SfJson | Call::SfForm => {
                let path = format!("/sf/{}", r.target);
                registered.server_functions.contains(&path).then_some(path)
            }
            Call::Form | Call::Get | Call::ApiJson => {
                let path = r.target.split('?').next().unwrap_or_default();
                // The most specific route that matches: literal segments win over parameters.
                let literal = |p: &str| p.split('/').filter(|s| !s.starts_with([':', '{', '*'])).count();
                routes.iter().filter(|p| matches(p, path)).max_by_key(|p| literal(p)).map(|p| p.to_string())
            }
        };
        match reached {
            Some(path) => {
                covered.insert(path);
            }
            None => problems.push(format!("table row {:?} {} reaches no registered route", r.call, r.target)),
        }
    }
    for (kind, paths) in
        [("server function", &registered.server_functions), ("page", &registered.pages), ("route", &registered.other)]
    {
        for path in paths.iter().filter(|p| !covered.contains(*p)) {
            problems.push(format!("{kind} {path} has no row in the table"));
        }
    }
    for endpoint in ALL {
        if !registered.server_functions.contains(&format!("/sf/{endpoint}")) {
            problems.push(format!("app::api::endpoints has {endpoint}, which is not a registered server function"));
        }
    }
    for path in &registered.server_functions {
        let endpoint = path.strip_prefix("/sf/").unwrap_or(path);
        if !ALL.contains(&endpoint) && !WITHOUT_CONSTANT.contains(&endpoint) {
            problems.push(format!(
                "server function {path} is neither in app::api::endpoints::ALL nor listed as not called by islands"
            ));
        }
    }
    problems
}

/// The table covers every server function, page and route the server registers (and no row
/// is stale), and `app::api::endpoints` names exactly the registered server functions.
#[test]
fn the_endpoint_table_covers_everything_the_server_registers() {
    let registered = registered_paths();
    assert!(!registered.server_functions.is_empty() && !registered.pages.is_empty(), "the server registers routes");
    let gaps = gaps(&every_endpoint(), &registered);
    assert!(gaps.is_empty(), "the endpoint table and the server disagree ({}):\n{}", gaps.len(), gaps.join("\n"));
}

#[test]
fn route_patterns_match_concrete_paths() {
    assert!(matches("/me/corrections/:id", "/me/corrections/none"));
    assert!(matches("/me/receipts/{id}", "/me/receipts/none.json"));
    assert!(matches("/me", "/me"));
    assert!(!matches("/me", "/me/data"));
    assert!(!matches("/me/pilots/:slug", "/me/pilots/x/review"));
    assert!(matches("/pkg/*rest", "/pkg/a/b.js"));
}

on_both_databases!(every_endpoint_applies_the_matrix);
