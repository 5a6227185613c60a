//! Typed helpers for the paths the agency's client-tracking system takes through REST API v1:
//! a token of its own, putting a person by dossier, reading the corrections feed.

use crate::{SLUG, TestApp, json_of};
use app::domain::ids::PartyId;
use app::services::identity::credentials;
use app::store::api_client;
use serde_json::{Value, json};

/// A complete, valid record of a person as the source holds them (the demo protocol), with
/// this phone number.
pub fn source_person(phone: &str) -> Value {
    json!({
        "given_name": "Amina",
        "family_name": "Haddad",
        "address": "Kerkstraat 1, 1600 Sint-Pieters-Leeuw",
        "phone": phone,
        "email": "amina@example.org",
        "contact_language": "ar",
        "dutch_level": "a2",
        "mo_status": "in_progress",
        "protocols": [SLUG],
    })
}

/// The record of a person as the portal holds them (under the demo protocol): what the source
/// would send if nothing had changed.
pub fn source_person_of(p: &app::store::person::Model) -> Value {
    json!({
        "given_name": p.given_name,
        "family_name": p.family_name,
        "address": p.address,
        "phone": p.phone,
        "email": p.email,
        "contact_language": p.contact_language,
        "dutch_level": p.dutch_level,
        "mo_status": p.mo_status,
        "protocols": [SLUG],
    })
}

impl TestApp {
    /// A token of the agency's client-tracking system (the agency party, no function profile).
    pub async fn agency_system_client(&self, name: &str) -> (api_client::Model, String) {
        let agency = self.party(server::demo::AGENCY_SLUG).await;
        credentials::create_agency_system_client(&self.ctx.db, "test", PartyId(agency.id), name, None, self.now())
            .await
            .expect("the agency system's client")
    }

    /// `PUT /api/v1/agency/persons/{dossier}` with `token`: the status and the JSON answer.
    pub async fn put_source_person(&self, token: &str, dossier: &str, person: &Value) -> (u16, Value) {
        let url = format!("{}/api/v1/agency/persons/{dossier}", self.address);
        json_of(self.client.put(url).bearer_auth(token).json(person).send().await.expect("request")).await
    }

    /// `GET /api/v1/agency/corrections` with `token`, after `since` (a cursor) if given.
    pub async fn corrections_feed(&self, token: &str, since: Option<&str>, limit: Option<u16>) -> (u16, Value) {
        let mut query: Vec<(&str, String)> = Vec::new();
        query.extend(since.map(|s| ("since", s.to_owned())));
        query.extend(limit.map(|l| ("limit", l.to_string())));
        let url = format!("{}/api/v1/agency/corrections", self.address);
        json_of(self.client.get(url).bearer_auth(token).query(&query).send().await.expect("request")).await
    }
}
