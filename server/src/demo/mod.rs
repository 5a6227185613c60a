//! `portal demo`: recreates the seed protocol (AgII → Lokaal Bestuur Sint-Pieters-Leeuw,
//! 2021) as a historic version plus a current version in force, with about 200 synthetic
//! inburgeraars, consents in mixed states and disclosures made through the one disclosure
//! path; a second municipality with its own protocol, staff, system and persons; quality and
//! breach reports filed by the first one's staff; correction requests at every stage of the
//! desk. Idempotent: a second run leaves the data as it is and only re-issues the demo
//! credentials (new one-time invitations and API tokens).

mod names;
pub mod people;
pub mod protocol;
pub mod requests;
pub mod second_municipality;

use app::domain::ids::{PartyId, PersonId, ProfileId};
use app::domain::locale::Locale;
use app::domain::roles::{PartyKind, Role};
use app::services::context::AppContext;
use app::services::identity::credentials::{self, Invitee};
use app::services::{ServiceError, WriteTx};
use app::store::{party, person, queries, staff};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Serialize;
use std::path::Path;

pub const ACTOR: &str = "system:demo";
pub const AGENCY_SLUG: &str = "agii";
pub const MUNICIPALITY_SLUG: &str = "sint-pieters-leeuw";

#[derive(Debug, Serialize)]
pub struct Credentials {
    pub base_url: String,
    pub persons: Vec<PersonCredential>,
    pub staff: Vec<StaffCredential>,
    pub api_clients: Vec<ApiCredential>,
}

#[derive(Debug, Serialize)]
pub struct PersonCredential {
    pub name: String,
    pub contact_language: String,
    pub invitation_url: String,
}

#[derive(Debug, Serialize)]
pub struct StaffCredential {
    pub party: String,
    pub role: String,
    pub invitation_url: String,
}

#[derive(Debug, Serialize)]
pub struct ApiCredential {
    pub party: String,
    /// `None`: the agency's client-tracking system (`agency_system` in the matrix).
    pub profile: Option<String>,
    pub token: String,
}

/// What a run did, for the CLI to report.
#[derive(Debug)]
pub struct Outcome {
    pub seeded: bool,
    pub persons: usize,
    pub disclosures: usize,
}

pub async fn run(ctx: &AppContext, credentials_path: &Path) -> anyhow::Result<Outcome> {
    run_with(ctx, credentials_path, Seed { persons: people::PERSONS, reports: true }).await
}

/// How much of the demo to seed (tests take fewer persons).
#[derive(Debug, Clone, Copy)]
pub struct Seed {
    /// Sint-Pieters-Leeuw's pilot persons (the full demo has 200).
    pub persons: usize,
    /// The municipality's quality reports and breach report, the rectification desk's
    /// requests at every stage (`requests`), and the municipality's DPO (m0015). Without them
    /// the data fits every schema since m0003, for tests that migrate down.
    pub reports: bool,
}

impl Seed {
    /// The languages of the seeded persons and protocol texts: every supported one, or — for
    /// the schemas before m0017, whose CHECKs come back when a test migrates down — the four
    /// those knew.
    pub fn languages(self) -> &'static [Locale] {
        if self.reports { Locale::ALL } else { &[Locale::Nl, Locale::En, Locale::Fr, Locale::Ar] }
    }
}

pub async fn run_with(ctx: &AppContext, credentials_path: &Path, seed: Seed) -> anyhow::Result<Outcome> {
    let existing = party::Entity::find().filter(party::Column::Slug.eq(AGENCY_SLUG)).one(&ctx.db.conn).await?;
    let (seeded, disclosures) = match existing {
        Some(_) => (false, 0),
        None => {
            let now = ctx.now();
            let world = protocol::seed_reference_data(&ctx.db, now, seed.languages()).await?;
            people::seed_persons_and_consents(&ctx.db, &world, seed.persons, now, seed.languages()).await?;
            let disclosures = people::seed_disclosures(&ctx.db, &world, now).await?;
            second_municipality::seed(&ctx.db, now, seed.languages()).await?;
            if seed.reports {
                second_municipality::seed_reports(&ctx.db, &world, now).await?;
                requests::seed(&ctx.db, &world, now).await?;
                protocol::seed_municipality_dpo(&ctx.db, &world, now).await?;
                protocol::seed_partner_purposes(&ctx.db, &world, now).await?;
            }
            (true, disclosures)
        }
    };
    let persons = person::Entity::find().all(&ctx.db.conn).await?.len();
    let creds = issue_credentials(ctx, seed.reports).await?;
    if let Some(dir) = credentials_path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    write_private(credentials_path, serde_json::to_string_pretty(&creds)?.as_bytes())?;
    app::services::audit::checkpoint(&ctx.db, &ctx.keys, ctx.now()).await?;
    Ok(Outcome { seeded, persons, disclosures })
}

/// Writes a file only its owner can read (mode 0600): it holds one-time invitation secrets and
/// an API token. An existing file is narrowed to 0600 before it is overwritten.
fn write_private(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        if path.exists() {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    options.open(path)?.write_all(contents)
}

/// One-time invitations for a few persons (one per contact language first) and for a staff
/// member of every role (two protocol admins: four eyes), plus tokens for the municipalities'
/// systems and the agency's client-tracking system. Issued as the operator's CLI does: the bootstrap path, without approval.
async fn issue_credentials(ctx: &AppContext, newest_schema: bool) -> Result<Credentials, ServiceError> {
    let db = &ctx.db;
    let agency = by_slug(db, AGENCY_SLUG).await?;
    let municipality = by_slug(db, MUNICIPALITY_SLUG).await?;
    let all_persons = person::Entity::find().order_by_asc(person::Column::Id).all(&db.conn).await?;
    let mut chosen: Vec<&person::Model> = Vec::new();
    // Two per language: a journey with and one without JavaScript can each start fresh.
    for lang in Locale::ALL {
        chosen.extend(all_persons.iter().filter(|p| p.contact_language == lang.as_str()).take(2));
    }
    let profile = queries::profile::by_name(&db.conn, municipality.id, protocol::PROFILE_TRAJECTORY)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let tx = WriteTx::begin(db, ctx.now()).await?;
    let mut persons = Vec::new();
    for p in chosen {
        let inv =
            credentials::issue_invitation(&tx, ACTOR, None, Invitee::Person { person_id: PersonId(p.id) }).await?;
        persons.push(PersonCredential {
            name: format!("{} {}", p.given_name, p.family_name),
            contact_language: p.contact_language.clone(),
            invitation_url: inv.url(&ctx.public_url),
        });
    }
    let mut staff_creds = Vec::new();
    // Two protocol admins, so that one can approve what the other asks for (four eyes).
    let roles = Role::ALL.iter().filter(|r| newest_schema || **r != Role::MunicipalityDpo).flat_map(|r| {
        let times = if *r == Role::AgencyProtocolAdmin { 2 } else { 1 };
        std::iter::repeat_n(r, times)
    });
    for role in roles {
        let party = if role.party_kind() == PartyKind::Agency { &agency } else { &municipality };
        let profile_id = role.holds_function_profile().then_some(ProfileId(profile.id));
        let invitee = Invitee::Staff { party_id: PartyId(party.id), role: *role, function_profile_id: profile_id };
        let inv = credentials::issue_invitation(&tx, ACTOR, None, invitee).await?;
        staff_creds.push(StaffCredential {
            party: party.name.clone(),
            role: role.as_str().into(),
            invitation_url: inv.url(&ctx.public_url),
        });
    }
    let (_, token) = credentials::create_api_client(
        &tx,
        ACTOR,
        PartyId(municipality.id),
        Some(ProfileId(profile.id)),
        "Demo: proeftuinregistratie",
        None,
    )
    .await?;
    let mut api_clients = vec![ApiCredential { party: municipality.name, profile: Some(profile.name), token }];
    // The second municipality's own people and system, after the first's (tenancy in the demo).
    let second = by_slug(db, second_municipality::SLUG).await?;
    let second_profile = queries::profile::by_name(&tx.tx, second.id, second_municipality::PROFILE)
        .await?
        .ok_or(ServiceError::NotFound)?;
    for role in [Role::MunicipalityAdmin, Role::MunicipalityStaff] {
        let profile_id = role.holds_function_profile().then_some(ProfileId(second_profile.id));
        let invitee = Invitee::Staff { party_id: PartyId(second.id), role, function_profile_id: profile_id };
        let inv = credentials::issue_invitation(&tx, ACTOR, None, invitee).await?;
        staff_creds.push(StaffCredential {
            party: second.name.clone(),
            role: role.as_str().into(),
            invitation_url: inv.url(&ctx.public_url),
        });
    }
    let (_, token) = credentials::create_api_client(
        &tx,
        ACTOR,
        PartyId(second.id),
        Some(ProfileId(second_profile.id)),
        "Demo: onthaalregistratie Halle",
        None,
    )
    .await?;
    api_clients.push(ApiCredential { party: second.name, profile: Some(second_profile.name), token });
    // The agency's client-tracking system: puts persons, reads the corrections feed (schemas
    // before m0022 require every client to have a profile).
    if newest_schema {
        let name = "Demo: cliëntvolgsysteem";
        let (_, token) = credentials::create_api_client(&tx, ACTOR, PartyId(agency.id), None, name, None).await?;
        api_clients.push(ApiCredential { party: agency.name.clone(), profile: None, token });
    }
    tx.commit().await?;
    Ok(Credentials { base_url: ctx.public_url.clone(), persons, staff: staff_creds, api_clients })
}

pub async fn by_slug(db: &app::store::Db, slug: &str) -> Result<party::Model, ServiceError> {
    queries::party::by_slug(&db.conn, slug).await?.ok_or(ServiceError::NotFound)
}

/// The first staff member of a party with this role (the demo's actors).
pub async fn staff_with_role(db: &app::store::Db, party_id: i32, role: Role) -> Result<staff::Model, ServiceError> {
    staff::Entity::find()
        .filter(staff::Column::PartyId.eq(party_id))
        .filter(staff::Column::Role.eq(role.as_str()))
        .order_by_asc(staff::Column::Id)
        .one(&db.conn)
        .await?
        .ok_or(ServiceError::NotFound)
}
