//! What makes tenancy and the municipality's daily work visible in the demo: a second
//! municipality, Stad Halle, with its own protocol with the agency, its own function profile,
//! admin, staff member and system, and its own pilot persons — two municipalities in one portal
//! that never see each other's people. And the work Sint-Pieters-Leeuw's staff did: quality
//! reports (art. 7) in the agency's queue and a breach report (art. 6/9) at the agency's DPO.

use super::ACTOR;
use super::people::synthetic_person;
use super::protocol::{self, World};
use app::domain::authz::{MunicipalityCaller, StaffCaller};
use app::domain::consent::{ConsentChannel, ConsentScopes};
use app::domain::fields::Field;
use app::domain::ids::{PartyId, PersonId, ProfileId, SessionId, StaffId};
use app::domain::locale::Locale;
use app::domain::roles::{PartyKind, Role};
use app::services::consent::{self, ConsentChange};
use app::services::registry::{self, NewParty};
use app::services::{ServiceError, WriteTx, breaches, pseudonyms, rectification};
use app::store::{Db, person, queries, staff};
use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{EntityTrait, QueryOrder};

pub const SLUG: &str = "halle";
pub const PROFILE: &str = "Onthaal en buddywerking Halle";
const PROTOCOL_SLUG: &str = "agii-halle-amif-507";
/// Halle's pilot is smaller than Sint-Pieters-Leeuw's.
const PERSONS: usize = 24;

/// Halle with its protocol (the current version's facts), profile, staff and consenting persons.
pub async fn seed(db: &Db, now: DateTime<Utc>, languages: &[Locale]) -> Result<(), ServiceError> {
    let agency = super::by_slug(db, super::AGENCY_SLUG).await?;
    let tx = WriteTx::begin(db, now).await?;
    let halle = registry::create_party(
        &tx,
        ACTOR,
        NewParty {
            slug: SLUG,
            kind: PartyKind::Municipality,
            name: "Stad Halle",
            parent_party_id: None,
            address: Some("Oudstrijdersplein 18, 1500 Halle"),
            enterprise_number: None,
            dpo_contact: Some("privacy@halle.be"),
        },
    )
    .await?;
    let p = registry::create_protocol(&tx, ACTOR, PROTOCOL_SLUG, agency.id, halle.id).await?;
    let version =
        registry::create_version(&tx, ACTOR, protocol::version(p.id, 1, protocol::CURRENT, languages)).await?;
    use Field::*;
    let profile = registry::create_function_profile(
        &tx,
        ACTOR,
        halle.id,
        PROFILE,
        "Nieuwe inwoners verwelkomen en een buddy voorstellen.",
        &[GivenName, FamilyName, Phone, Email, ContactLanguage],
    )
    .await?;
    registry::create_staff(&tx, ACTOR, &halle, "Demo Halle: beheerder functieprofielen", Role::MunicipalityAdmin, None)
        .await?;
    let role = Role::MunicipalityStaff;
    registry::create_staff(&tx, ACTOR, &halle, "Demo Halle: onthaalmedewerker", role, Some(profile.id)).await?;

    let mut rng = StdRng::seed_from_u64(20250915);
    let today = app::domain::time::today(now);
    for n in 0..PERSONS {
        let mut new = synthetic_person(5000 + n, &mut rng, languages);
        let street = new.address.split(',').next().unwrap_or_default().to_owned();
        new.address = format!("{street}, 1500 Halle");
        let person = registry::create_person(&tx, ACTOR, new).await?;
        let days_ago = rng.gen_range(31..150);
        let change = ConsentChange {
            person_id: PersonId(person.id),
            protocol_version_id: version.id,
            scopes: ConsentScopes { contact: true, trajectory: rng.gen_bool(0.5), onward: rng.gen_bool(0.4) },
            channel: ConsentChannel::SelfService,
            assisted_by: None,
            language: Locale::parse(&person.contact_language).unwrap_or_default(),
            occurred_at: (today - Duration::days(days_ago)).and_hms_opt(10, 0, 0).expect("a time").and_utc(),
        };
        consent::record(&tx, change).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Quality reports by Sint-Pieters-Leeuw's trajectory counsellor on three persons they may
/// read, and one breach report naming one of them, detected yesterday.
pub async fn seed_reports(db: &Db, world: &World, now: DateTime<Utc>) -> Result<usize, ServiceError> {
    let reader = staff::Entity::find_by_id(world.reader.id).one(&db.conn).await?.ok_or(ServiceError::NotFound)?;
    let caller = MunicipalityCaller::Staff(staff_caller(&reader)?);
    let party = PartyId(world.municipality.id);
    let mut references = Vec::new();
    // The last persons: the first ones of each language get the demo's invitations, and their
    // own correction requests should not meet one of these already pending.
    for p in person::Entity::find().order_by_desc(person::Column::Id).all(&db.conn).await? {
        let Some(consent) = queries::consent::in_force(&db.conn, PersonId(p.id), world.v2.id).await? else { continue };
        if !consent.scopes_after().contact {
            continue;
        }
        if let Some(r) = pseudonyms::references_of(&db.conn, party, [p.id]).await?.remove(&p.id) {
            references.push(r);
        }
        if references.len() == 3 {
            break;
        }
    }
    let statements = [
        ("phone", "Het nummer is niet in gebruik: de persoon gaf ons een nieuw nummer."),
        ("address", "De persoon is verhuisd; de brief kwam terug."),
        ("email", "Onze e-mail kwam onbestelbaar terug."),
    ];
    let mut filed = 0;
    for (reference, (field, statement)) in references.iter().zip(statements) {
        let report = rectification::Report { field, proposed: None, statement };
        match rectification::file_quality_report(db, &caller, &world.protocol.slug, reference, report, None, now).await
        {
            Ok(_) => filed += 1,
            // No consent for contact data, or a request already pending: skip that person.
            Err(ServiceError::Refused(_) | ServiceError::Invalid { .. }) => {}
            Err(e) => return Err(e),
        }
    }
    let named: Vec<String> = references.into_iter().take(1).collect();
    let report = breaches::Report {
        detected_at: now - Duration::hours(20),
        description: "Een afgedrukte lijst met namen en telefoonnummers bleef liggen in een vergaderzaal.",
        categories: &["given_name".to_owned(), "family_name".to_owned(), "phone".to_owned()],
        persons: &named,
        measures: "De lijst is teruggevonden en vernietigd; we drukken geen lijsten meer af.",
    };
    breaches::report(db, &caller, report, None, now).await?;
    Ok(filed)
}

fn staff_caller(s: &staff::Model) -> Result<StaffCaller, ServiceError> {
    Ok(StaffCaller {
        staff_id: StaffId(s.id),
        public_id: s.public_id.clone(),
        party_id: PartyId(s.party_id),
        role: Role::parse(&s.role).map_err(|_| ServiceError::Internal("a stored role does not parse"))?,
        function_profile_id: s.function_profile_id.map(ProfileId),
        // The seed acts outside any session.
        session_id: SessionId(0),
    })
}
