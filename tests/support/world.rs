//! The world tests set up, as typed helpers on [`TestApp`]: the demo protocol and its parties,
//! staff and function profiles; persons of the test's own, with consent and disclosures; a
//! second municipality; signed-in accounts. A test says what it needs
//! (`app.staff_of(Role::MunicipalityAdmin)`), not how to query for it.

use crate::TestApp;
use app::domain::approval::ApprovalDecision;
use app::domain::authz::StaffCaller;
use app::domain::consent::ConsentScopes;
use app::domain::disclosure::DisclosureChannel;
use app::domain::fields::Field;
use app::domain::ids::{PartyId, PersonId, ProfileId, SessionId, StaffId};
use app::domain::locale::Locale;
use app::domain::roles::Role;
use app::services::ServiceError;
use app::services::approvals::{self, Requested};
use app::services::disclosure::{self, Actor, Disclosed, DisclosureRequest};
use app::services::identity::credentials::{self, Invitee, IssuedInvitation};
use app::services::identity::sessions::{self, Account};
use app::services::registry;
use app::store::queries;
use app::store::{api_client, consent_event, function_profile, party, person, protocol, staff};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use server::demo::protocol::{PROFILE_TRAJECTORY, PROFILE_VOLUNTEERING};
use std::collections::BTreeMap;

/// The demo's one protocol (AGII ↔ Sint-Pieters-Leeuw, AMIF 507).
pub const SLUG: &str = "agii-sint-pieters-leeuw-amif-507";
/// The demo's municipality, the protocol's recipient.
pub use server::demo::MUNICIPALITY_SLUG;

/// A second municipality with its own admin, reading staff member and API client.
pub struct OtherMunicipality {
    pub party: party::Model,
    pub admin: staff::Model,
    pub reader: staff::Model,
    /// The bearer token of its API client.
    pub token: String,
}

/// How many times each field went to each recipient party: (party id, field) → count.
pub type Tally = BTreeMap<(i32, Field), u64>;

/// A read through the one disclosure path by a staff member, in the UI, of every field.
pub fn staff_read(person_id: i32, protocol_id: i32, staff_id: i32) -> DisclosureRequest {
    DisclosureRequest {
        person_id: PersonId(person_id),
        protocol_id,
        actor: Actor::Staff(StaffId(staff_id)),
        channel: DisclosureChannel::Ui,
        onward_to: None,
        purpose: Some("test".into()),
        requested: Field::ALL.iter().copied().collect(),
    }
}

impl TestApp {
    /// Seeds the demo world with `persons` persons (the full demo has 200).
    pub async fn seed_demo(&self, persons: usize) -> server::demo::Outcome {
        let path = self.db.dir().join("demo-credentials.json");
        let seed = server::demo::Seed { persons, reports: true };
        server::demo::run_with(&self.ctx, &path, seed).await.expect("demo seed")
    }

    /// The demo world without what only the newest schema can hold (the municipality's quality
    /// and breach reports), for tests that migrate down.
    pub async fn seed_demo_for_old_schemas(&self, persons: usize) {
        let path = self.db.dir().join("demo-credentials.json");
        let seed = server::demo::Seed { persons, reports: false };
        server::demo::run_with(&self.ctx, &path, seed).await.expect("demo seed");
    }

    /// Signs an account in without a ceremony (the session mechanism itself is real), for
    /// tests about what an account may do rather than how it signed in. Returns the `Cookie`
    /// header value.
    pub async fn signed_in(&self, account: Account) -> String {
        let tx = self.write().await;
        let (_, token) = sessions::create(&tx, account, None, Some("test".into()), "test").await.expect("session");
        tx.commit().await.expect("commit");
        crate::session_cookie(&token)
    }

    /// [`TestApp::signed_in`], under its older name (the bench uses it).
    pub async fn session_for(&self, account: Account) -> String {
        self.signed_in(account).await
    }

    /// The first person of the demo.
    pub async fn first_person(&self) -> person::Model {
        person::Entity::find().one(&self.ctx.db.conn).await.expect("query").expect("the demo has persons")
    }

    /// A person of the test's own, with known values: contact language Arabic, level A2,
    /// phone +32470000000, e-mail `<given name>@example.org`.
    pub async fn create_person(&self, dossier_ref: &str, given_name: &str) -> person::Model {
        use app::domain::fields::{DutchLevel, MoStatus};
        use app::domain::text::{DossierRef, Email, Phone};
        let tx = self.write().await;
        let p = registry::create_person(
            &tx,
            "test",
            registry::NewPerson {
                dossier_ref: DossierRef::parse(dossier_ref).expect("dossier"),
                given_name: given_name.into(),
                family_name: "Haddad".into(),
                address: "Pastorijstraat 1, 1600 Sint-Pieters-Leeuw".into(),
                phone: Some(Phone::parse("+32470000000").expect("phone")),
                email: Some(Email::parse(&format!("{}@example.org", given_name.to_lowercase())).expect("e-mail")),
                contact_language: Locale::Ar,
                dutch_level: DutchLevel::A2,
                mo_status: MoStatus::InProgress,
            },
        )
        .await
        .expect("person");
        tx.commit().await.expect("commit");
        p
    }

    /// A new person of the test's own with a pending correction of their phone number; its
    /// public id.
    pub async fn pending_correction(&self) -> String {
        let reference = format!("KBI-{}", uuid::Uuid::new_v4().simple().to_string()[..8].to_uppercase());
        let p = self.create_person(&reference, "Samira").await;
        let person = app::domain::ids::PersonId(p.id);
        let field = app::domain::fields::Field::Phone;
        let filed =
            app::services::rectification::file_own(&self.ctx.db, person, field, "0470 55 66 77", "Nieuw", self.now())
                .await
                .expect("a correction");
        filed.public_id
    }

    /// The (first) staff member with this role.
    pub async fn staff_of(&self, role: Role) -> staff::Model {
        staff::Entity::find()
            .filter(staff::Column::Role.eq(role.as_str()))
            .order_by_asc(staff::Column::Id)
            .one(&self.ctx.db.conn)
            .await
            .expect("query")
            .unwrap_or_else(|| panic!("someone has the role {role:?}"))
    }

    /// The demo's two agency protocol admins (four eyes: one asks, the other decides).
    pub async fn protocol_admins(&self) -> (staff::Model, staff::Model) {
        let mut admins = staff::Entity::find()
            .filter(staff::Column::Role.eq(Role::AgencyProtocolAdmin.as_str()))
            .order_by_asc(staff::Column::Id)
            .all(&self.ctx.db.conn)
            .await
            .expect("query")
            .into_iter();
        let first = admins.next().expect("a protocol admin");
        (first, admins.next().expect("a second protocol admin"))
    }

    /// A staff member as the guard would hand them to a service (no session needed there).
    pub fn caller_of(s: &staff::Model) -> StaffCaller {
        StaffCaller {
            staff_id: StaffId(s.id),
            public_id: s.public_id.clone(),
            party_id: PartyId(s.party_id),
            role: Role::parse(&s.role).expect("a role"),
            function_profile_id: s.function_profile_id.map(ProfileId),
            session_id: SessionId(0),
        }
    }

    /// `by` asks for an invitation for an agency DPO (a request a second admin decides).
    pub async fn staff_invitation_request(&self, by: &staff::Model) -> i32 {
        let agency = self.party(server::demo::AGENCY_SLUG).await;
        let what = Requested::StaffInvitation {
            party_id: PartyId(agency.id),
            role: Role::AgencyDpo,
            function_profile_id: None,
        };
        approvals::request(&self.ctx.db, &Self::caller_of(by), what, self.now()).await.expect("request")
    }

    /// `by` approves the request.
    pub async fn approve(&self, request_id: i32, by: &staff::Model) {
        let caller = Self::caller_of(by);
        approvals::decide(&self.ctx.db, &caller, request_id, ApprovalDecision::Approved, self.now())
            .await
            .expect("approved")
    }

    /// The (first) staff member who reads with the function profile of this name.
    pub async fn staff_with_profile(&self, profile_name: &str) -> staff::Model {
        let db = &self.ctx.db.conn;
        let profile = function_profile::Entity::find()
            .filter(function_profile::Column::Name.eq(profile_name))
            .one(db)
            .await
            .expect("query")
            .expect("the profile exists");
        staff::Entity::find()
            .filter(staff::Column::FunctionProfileId.eq(profile.id))
            .one(db)
            .await
            .expect("query")
            .expect("someone reads with it")
    }

    /// The party with this slug.
    pub async fn party(&self, slug: &str) -> party::Model {
        queries::party::by_slug(&self.ctx.db.conn, slug).await.expect("query").expect("the party exists")
    }

    /// A partner organisation of the demo municipality (onward recipient).
    pub async fn partner(&self) -> party::Model {
        let municipality = self.party(MUNICIPALITY_SLUG).await;
        let partners = queries::party::partners_of(&self.ctx.db.conn, municipality.id).await.expect("query");
        partners.into_iter().next().expect("the demo municipality has partners")
    }

    /// The (first) function profile of a party.
    pub async fn profile_of(&self, party_id: i32) -> function_profile::Model {
        function_profile::Entity::find()
            .filter(function_profile::Column::PartyId.eq(party_id))
            .one(&self.ctx.db.conn)
            .await
            .expect("query")
            .expect("the party has a function profile")
    }

    /// The demo protocol.
    pub async fn protocol(&self) -> protocol::Model {
        queries::protocol::by_slug(&self.ctx.db.conn, SLUG).await.expect("query").expect("the demo protocol")
    }

    /// The person gives (or, with no scope, withdraws) consent under the demo protocol's
    /// version in force, themselves, reading the notice in Arabic.
    pub async fn give_consent(&self, person_id: i32, scopes: ConsentScopes) -> consent_event::Model {
        app::services::consent::change_own(&self.ctx.db, PersonId(person_id), SLUG, scopes, Locale::Ar, self.now())
            .await
            .expect("consent")
    }

    /// A person's consent events, oldest first.
    pub async fn consent_events_of(&self, person_id: i32) -> Vec<consent_event::Model> {
        consent_event::Entity::find()
            .filter(consent_event::Column::PersonId.eq(person_id))
            .order_by_asc(consent_event::Column::Id)
            .all(&self.ctx.db.conn)
            .await
            .expect("query")
    }

    /// A person's latest consent event.
    pub async fn latest_consent(&self, person_id: i32) -> consent_event::Model {
        self.consent_events_of(person_id).await.pop().expect("a consent event")
    }

    /// An invitation for a person (link secret and short code).
    pub async fn invitation_for(&self, person_id: i32) -> IssuedInvitation {
        credentials::invite(&self.ctx.db, "test", None, Invitee::Person { person_id: PersonId(person_id) }, self.now())
            .await
            .expect("invitation")
    }

    /// An API client of a party reading with one of its profiles; returns it and its token.
    pub async fn api_client(&self, party_id: i32, profile_id: i32, name: &str) -> (api_client::Model, String) {
        credentials::create_client(
            &self.ctx.db,
            "test",
            PartyId(party_id),
            ProfileId(profile_id),
            name,
            None,
            self.now(),
        )
        .await
        .expect("API client")
    }

    /// Through the one disclosure path, at the portal's now.
    pub async fn disclose(&self, request: DisclosureRequest) -> Result<Disclosed, ServiceError> {
        disclosure::disclose(&self.ctx.db, request, self.now()).await
    }

    /// The demo's second municipality (Halle): its admin, its staff member, and a token of a
    /// new API client with its function profile.
    pub async fn other_municipality(&self) -> OtherMunicipality {
        use server::demo::second_municipality::{PROFILE, SLUG};
        let halle = self.party(SLUG).await;
        let admin = self.staff_of_party(Role::MunicipalityAdmin, SLUG).await;
        let reader = self.staff_of_party(Role::MunicipalityStaff, SLUG).await;
        let profile = queries::profile::by_name(&self.ctx.db.conn, halle.id, PROFILE)
            .await
            .expect("query")
            .expect("Halle's profile");
        let (_, token) = self.api_client(halle.id, profile.id, "halle system").await;
        OtherMunicipality { party: halle, admin, reader, token }
    }

    /// A person of the test's own with consent (every scope) and disclosures of every kind:
    /// UI reads by two profiles, and an onward transfer to a partner. Returns the person and
    /// what went out, party × field.
    pub async fn person_with_history(&self, dossier: &str, given: &str) -> (person::Model, Tally) {
        let p = self.create_person(dossier, given).await;
        self.give_consent(p.id, ConsentScopes { contact: true, trajectory: true, onward: true }).await;
        let reader = self.staff_with_profile(PROFILE_TRAJECTORY).await;
        let volunteering = self.staff_with_profile(PROFILE_VOLUNTEERING).await;
        let protocol = self.protocol().await;
        let partner = self.partner().await;
        let reads = [
            (reader.id, DisclosureChannel::Ui, None),
            (reader.id, DisclosureChannel::Ui, None),
            (volunteering.id, DisclosureChannel::Ui, None),
            (reader.id, DisclosureChannel::Onward, Some(partner.id)),
            (reader.id, DisclosureChannel::Ui, None),
        ];
        let mut expected = Tally::new();
        for (staff_id, channel, onward_to) in reads {
            let out = self
                .disclose(DisclosureRequest {
                    channel,
                    onward_to: onward_to.map(PartyId),
                    purpose: Some("Afstemming met een gepast aanbod".into()),
                    ..staff_read(p.id, protocol.id, staff_id)
                })
                .await
                .expect("disclosed");
            let recipient = onward_to.unwrap_or(protocol.recipient_party_id);
            for f in out.fields {
                *expected.entry((recipient, f.field)).or_insert(0) += 1;
            }
        }
        (p, expected)
    }
}
