//! The table the endpoint test walks: every server function, page and route the server
//! registers, with the operation its guard names and how to call it.

use app::api::endpoints as sf;
use app::domain::authz::{Actor, Operation};
use portal_tests::SLUG;
use serde_json::{Value, json};

/// Registered server functions without a constant in `app::api::endpoints` (each with the
/// reason). None today: every server function has its constant.
pub(super) const WITHOUT_CONSTANT: &[&str] = &[];

/// How a row is called.
#[derive(Clone, Copy, Debug)]
pub(super) enum Call {
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
    /// A REST API `PUT` with a JSON body.
    ApiPut,
}

/// Who may pass.
#[derive(Clone, Copy)]
pub(super) enum Guard {
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
pub(super) enum Door {
    Any,
    Browser,
    Api,
}

impl Door {
    pub(super) fn admits(self, actor: Actor) -> bool {
        match self {
            Door::Any => true,
            Door::Browser => !matches!(actor, Actor::ApiClient | Actor::AgencySystem),
            Door::Api => matches!(actor, Actor::ApiClient | Actor::AgencySystem),
        }
    }
}

pub(super) struct Row {
    pub(super) guard: Guard,
    pub(super) door: Door,
    pub(super) call: Call,
    /// The server function's endpoint (below `/sf/`), or the path (a concrete one, with a query
    /// string where the page needs one).
    pub(super) target: String,
    /// Placeholder inputs: what is checked is whether the guard lets the caller through.
    pub(super) body: Value,
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
pub(super) fn every_endpoint() -> Vec<Row> {
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
        page(ReadPublicPages, "/accessibility"),
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
        page(ReadRectificationQueue, "/agency/rectifications/none"),
        row(HandleRectificationRequests, Form, "/agency/rectifications/none/acknowledge", none.clone()),
        row(HandleRectificationRequests, Form, "/agency/rectifications/none/reject", json!({"reason": "x"})),
        row(OwnCorrections, Form, "/me/corrections/none/answer", json!({"answer": "x"})),
        page(ReadAccessOverview, "/agency/admin"),
        page(ManageInvitations, "/agency/admin/issued"),
        page(ReadAuditStatus, "/agency/dpo"),
        page(ReadAuditStatus, "/agency/dpo/audit?actor=system:&action=consent.give&page=1"),
        page(ReadAuditStatus, "/agency/dpo/checkpoints.jsonl"),
        row(ReadAuditStatus, Form, "/agency/dpo/audit/verify", none.clone()),
        page(ManageProtocols, "/agency/protocols"),
        page(ManageProtocols, "/agency/protocols/none/1"),
        row(ManageProtocols, Form, "/agency/protocols/create", json!({"title": "x", "slug": "x", "recipient": "0"})),
        row(ManageProtocols, Form, "/agency/protocols/none/new-version", none.clone()),
        row(ManageProtocols, Form, "/agency/protocols/none/1/publish", none.clone()),
        page(ReadProfileRegister, "/municipality/admin"),
        page(ManageFunctionProfiles, "/municipality/admin/profiles/new"),
        page(ManageFunctionProfiles, "/municipality/admin/profiles/999999"),
        page(ManageMunicipalityStaff, "/municipality/admin/staff"),
        page(ManagePartners, "/municipality/admin/partners"),
        page(ManagePartners, "/municipality/admin/partners/none"),
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
        page(ReadBreachRegister, "/municipality/dpo"),
        page(ReadDisclosureRegister, "/municipality/dpo/disclosures"),
        page(ReadDisclosureRegister, "/municipality/dpo/disclosures.csv"),
        page(ReadMunicipalRegisters, "/municipality/dpo/registers"),
        page(ReadDisclosureRegister, "/agency/dpo/erasure"),
        page(ReadDisclosureRegister, "/municipality/dpo/erasure"),
        page(AttestErasure, "/municipality/admin/erasure"),
        row(AttestErasure, Form, "/municipality/admin/erasure/999999/attest", none.clone()),
        row(HandleBreachReports, Form, "/agency/dpo/breaches/none/acknowledge", none.clone()),
        row(HandleBreachReports, Form, "/agency/dpo/breaches/none/notify", none.clone()),
        page(ReadDisclosureRegister, "/agency/dpo/disclosures"),
        page(ReadDisclosureRegister, "/agency/dpo/disclosures?recipient=nobody&field=phone&from=2026-01-01"),
        page(AcknowledgeOnwardNotices, "/agency/dpo/notices"),
        // Routes outside Leptos: downloads, plain forms, the REST API, and those without identity.
        page(OwnConsent, "/me/receipts/none.json"),
        page(OwnData, "/me/data/export.json"),
        page(ReadDisclosureRegister, "/agency/dpo/disclosures.csv?field=phone"),
        page(ReadPublicPages, "/receipts/public-key"),
        row(
            ManageInvitations,
            Form,
            "/agency/admin/invitations/person",
            json!({"dossier_ref": "none", "handover": "delivered"}),
        ),
        row(ManageInvitations, Form, "/agency/admin/letters", json!({"dossiers": "none"})),
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
        row(
            ManageFunctionProfiles,
            Form,
            "/municipality/admin/profiles/999999/translations",
            json!({"purpose_uk": ""}),
        ),
        row(ManageMunicipalityStaff, Form, "/municipality/admin/staff", json!({"name": "", "contact": ""})),
        row(ManageMunicipalityStaff, Form, "/municipality/admin/staff/none/profile", json!({"profile": "1"})),
        row(ManageMunicipalityStaff, Form, "/municipality/admin/staff/none/disable", none.clone()),
        row(ManagePartners, Form, "/municipality/admin/partners", json!({"name": ""})),
        row(ManagePartners, Form, "/municipality/admin/partners/none/translations", json!({"purpose_uk": ""})),
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
        row(SyncPersons, ApiPut, "/api/v1/agency/persons/KBI-TABLE-1", json!({"given_name": "x"})),
        page(ReadCorrectionsFeed, "/api/v1/agency/corrections"),
        page(ReadPublicPages, "/api/v1/openapi.json"),
        page(ReadPublicPages, "/api/v1/docs"),
        open("/health/live"),
        open("/health/ready"),
        open("/lang/nl?next=/"),
        open("/letters.css"),
        // Last: it ends the caller's session.
        row(SignOut, SfForm, sf::SIGN_OUT, none),
    ]
}
