//! Typed helpers for the paths a municipality's system takes through REST API v1.

use crate::{MUNICIPALITY_SLUG, TestApp};
use app::domain::consent::ConsentScopes;
use app::domain::fields::Field;
use app::domain::ids::PersonId;
use app::domain::locale::Locale;
use app::store::{api_client, disclosure_event, party, party_person_ref};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::Value;

/// The demo profile an API client of the municipality reads with by default.
pub const API_PROFILE: &str = server::demo::protocol::PROFILE_TRAJECTORY;

/// The reason of an API problem: its `type` without the `urn:portal:problem:` prefix.
pub fn problem_type(body: &Value) -> &str {
    body["type"].as_str().and_then(|t| t.strip_prefix("urn:portal:problem:")).unwrap_or_default()
}

impl TestApp {
    /// A new person who consented (`scopes`) under the demo protocol, and the reference the
    /// demo municipality knows them by.
    pub async fn consenting(&self, dossier: &str, scopes: ConsentScopes) -> (i32, String) {
        let p = self.create_person(dossier, "Amal").await;
        self.give_consent(p.id, scopes).await;
        let municipality = self.party(MUNICIPALITY_SLUG).await;
        (p.id, self.reference_of(municipality.id, p.id).await.expect("a reference is made with the consent"))
    }

    /// The person's own export (`/me/data/export.json`), as the signed-in person downloads it.
    pub async fn my_export(&self, cookie: &str) -> Value {
        let res = self.client.get(format!("{}/me/data/export.json", self.address)).header("cookie", cookie);
        res.send().await.expect("request").json().await.expect("JSON")
    }

    /// A protocol of the agency with `recipient`, its one version in force from 2025 to 2030
    /// with every field and texts in Dutch and Arabic; returns its slug.
    pub async fn protocol_for(&self, recipient: &party::Model) -> String {
        use app::services::registry::{self, NewVersion, VersionText};
        let agency = self.party(server::demo::AGENCY_SLUG).await;
        let slug = format!("agii-{}-pilot", recipient.slug);
        let tx = self.write().await;
        let p = registry::create_protocol(&tx, "test", &slug, agency.id, recipient.id).await.expect("protocol");
        let text = |language| VersionText {
            language,
            title: format!("Protocol {}", recipient.name),
            body: "Tekst".into(),
            consent_notice: "Ik geef toestemming.".into(),
            // No translated purposes: the Dutch are shown, labelled.
            purposes: None,
        };
        let day = |s: &str| s.parse::<chrono::NaiveDate>().expect("day");
        let version = NewVersion {
            protocol_id: p.id,
            version_no: 1,
            facts: app::views::protocol::VersionFacts {
                legal_basis: "Decreet".into(),
                purposes: "Proeftuin".into(),
                retention_months: 60,
                signed_on: day("2025-01-01"),
                valid_from: day("2025-01-01"),
                valid_until: Some(day("2030-12-31")),
                notice_period_months: 3,
                dpo_advice_discloser_on: None,
                dpo_advice_recipient_on: None,
            },
            published: true,
            fields: Field::ALL.to_vec(),
            texts: vec![text(Locale::Nl), text(Locale::Ar)],
            recipient_categories: "Partners".into(),
        };
        registry::create_version(&tx, "test", version).await.expect("version");
        tx.commit().await.expect("commit");
        slug
    }

    /// The person gives consent (`scopes`) under the protocol `slug`, reading the notice in Arabic.
    pub async fn give_consent_under(&self, slug: &str, person_id: i32, scopes: ConsentScopes) {
        app::services::consent::change_own(&self.ctx.db, PersonId(person_id), slug, scopes, Locale::Ar, self.now())
            .await
            .expect("consent");
    }

    /// A GET with a bearer token: the status and the JSON body (problem or answer).
    pub async fn api_get(&self, token: &str, path: &str) -> (u16, Value) {
        crate::json_of(self.get_as_client(path, token).await).await
    }

    /// A JSON POST with a bearer token and, if given, an `Idempotency-Key`.
    pub async fn api_post(&self, token: &str, path: &str, body: &Value, key: Option<&str>) -> (u16, Value) {
        let mut req = self.client.post(format!("{}{path}", self.address)).bearer_auth(token).json(body);
        if let Some(key) = key {
            req = req.header("idempotency-key", key);
        }
        crate::json_of(req.send().await.expect("request")).await
    }

    /// A new API client of the demo municipality with the profile `profile` (by name).
    pub async fn municipality_client(&self, profile: &str) -> (api_client::Model, String) {
        let municipality = self.party(MUNICIPALITY_SLUG).await;
        let profile = app::store::queries::profile::by_name(&self.ctx.db.conn, municipality.id, profile)
            .await
            .expect("query")
            .expect("the demo profile");
        self.api_client(municipality.id, profile.id, "test system").await
    }

    /// How `party_id` knows the person (their pseudonymous reference), if it does.
    pub async fn reference_of(&self, party_id: i32, person_id: i32) -> Option<String> {
        party_person_ref::Entity::find_by_id((party_id, person_id))
            .one(&self.ctx.db.conn)
            .await
            .expect("query")
            .map(|r| r.reference)
    }

    /// How many disclosure events exist.
    pub async fn disclosure_count(&self) -> u64 {
        disclosure_event::Entity::find().count(&self.ctx.db.conn).await.expect("count")
    }

    /// How many consent events there are.
    pub async fn consent_event_count(&self) -> u64 {
        app::store::consent_event::Entity::find().count(&self.ctx.db.conn).await.expect("count")
    }

    /// How many disclosure events a person has.
    pub async fn disclosures_of(&self, person_id: i32) -> u64 {
        disclosure_event::Entity::find()
            .filter(disclosure_event::Column::PersonId.eq(person_id))
            .count(&self.ctx.db.conn)
            .await
            .expect("count")
    }
}
