//! The seed protocol as data: parties, the 2021 version exactly as signed, a current
//! version in force, function profiles (art. 4) and the staff who act in the demo.

use super::ACTOR;
use app::domain::fields::Field;
use app::domain::locale::Locale;
use app::domain::roles::{PartyKind, Role};
use app::services::registry::{self, NewParty, NewVersion, VersionText};
use app::services::{ServiceError, WriteTx};
use app::store::{Db, function_profile, party, party_text, protocol, protocol_version, staff};
use app::views::protocol::VersionFacts;
use chrono::NaiveDate;
use sea_orm::{ActiveModelTrait, Set};

pub const PROFILE_TRAJECTORY: &str = "Trajectbegeleider proeftuin";
pub const PROFILE_VOLUNTEERING: &str = "Coördinator vrijwilligerswerk";
pub const PROFILE_RECEPTION: &str = "Onthaalmedewerker";

/// What the rest of the seed needs to refer to.
pub struct World {
    pub municipality: party::Model,
    pub partners: Vec<party::Model>,
    pub protocol: protocol::Model,
    pub v1: protocol_version::Model,
    pub v2: protocol_version::Model,
    pub reader: staff::Model,
    pub volunteering_reader: staff::Model,
    pub assisting_officer: staff::Model,
    pub api_profile: function_profile::Model,
}

fn d(s: &str) -> NaiveDate {
    s.parse().expect("valid demo date")
}

const LEGAL_BASIS: &str = "Decreet van 7 juni 2013 betreffende het Vlaamse integratie- en inburgeringsbeleid, art. 20, §1, 7°; \
AVG art. 6, 1, e) (taak van algemeen belang) en toestemming van de betrokkene; \
decreet van 18 juli 2008 betreffende het elektronische bestuurlijke gegevensverkeer, art. 8, §1.";

/// The binding purposes (Dutch); the other languages' are in `texts/purposes.<code>.txt`.
fn purposes() -> String {
    include_str!("texts/purposes.nl.txt").trim().to_owned()
}

/// A demo text of every supported language, from `texts/<stem>.<code>.<ext>` (built in).
macro_rules! per_language {
    ($locale:expr, $stem:literal, $ext:literal) => {
        match $locale {
            Locale::Nl => include_str!(concat!("texts/", $stem, ".nl.", $ext)),
            Locale::En => include_str!(concat!("texts/", $stem, ".en.", $ext)),
            Locale::Fr => include_str!(concat!("texts/", $stem, ".fr.", $ext)),
            Locale::Ar => include_str!(concat!("texts/", $stem, ".ar.", $ext)),
            Locale::Fa => include_str!(concat!("texts/", $stem, ".fa.", $ext)),
            Locale::Ps => include_str!(concat!("texts/", $stem, ".ps.", $ext)),
            Locale::Ti => include_str!(concat!("texts/", $stem, ".ti.", $ext)),
            Locale::So => include_str!(concat!("texts/", $stem, ".so.", $ext)),
            Locale::Uk => include_str!(concat!("texts/", $stem, ".uk.", $ext)),
            Locale::Ru => include_str!(concat!("texts/", $stem, ".ru.", $ext)),
            Locale::Tr => include_str!(concat!("texts/", $stem, ".tr.", $ext)),
            Locale::Ro => include_str!(concat!("texts/", $stem, ".ro.", $ext)),
            Locale::Pl => include_str!(concat!("texts/", $stem, ".pl.", $ext)),
            Locale::Es => include_str!(concat!("texts/", $stem, ".es.", $ext)),
        }
    };
}

fn texts(version: u8, languages: &[Locale]) -> Vec<VersionText> {
    let body = |l: Locale| -> &'static str {
        if version == 1 { per_language!(l, "protocol-v1", "md") } else { per_language!(l, "protocol-v2", "md") }
    };
    let notice = |l: Locale| -> &'static str {
        if version == 1 { per_language!(l, "notice-v1", "txt") } else { per_language!(l, "notice-v2", "txt") }
    };
    languages
        .iter()
        .map(|l| {
            let body = body(*l);
            let title = body.lines().next().unwrap_or_default().trim_start_matches("# ").trim().to_owned();
            VersionText {
                language: *l,
                title,
                body: body.to_owned(),
                consent_notice: notice(*l).trim().to_owned(),
                purposes: Some(per_language!(*l, "purposes", "txt").trim().to_owned()),
            }
        })
        .collect()
}

/// The current version's dates: signed, valid from, valid until, the DPO advice of each party.
/// Who may receive the data under the seed protocol (art. 4).
pub const RECIPIENTS: &str = "Medewerkers van het lokaal bestuur met een functieprofiel (art. 4); \
     partnerorganisaties van het lokaal bestuur, met toestemming voor verdere doorgifte (art. 4)";

pub(super) const CURRENT: [&str; 5] = ["2025-06-16", "2025-07-01", "2027-06-30", "2025-05-12", "2025-06-10"];

/// Version `no` of a demo protocol: the seed's legal basis, purposes and texts, every art. 3
/// field, published, with these dates (as [`CURRENT`]).
pub(super) fn version(protocol_id: i32, no: i32, dates: [&str; 5], languages: &[Locale]) -> NewVersion {
    let [signed, from, until, dpo_discloser, dpo_recipient] = dates;
    NewVersion {
        protocol_id,
        version_no: no,
        facts: VersionFacts {
            legal_basis: LEGAL_BASIS.into(),
            purposes: purposes(),
            retention_months: 60,
            signed_on: d(signed),
            valid_from: d(from),
            valid_until: Some(d(until)),
            notice_period_months: 3,
            dpo_advice_discloser_on: Some(d(dpo_discloser)),
            dpo_advice_recipient_on: Some(d(dpo_recipient)),
        },
        published: true,
        fields: Field::ALL.to_vec(),
        texts: texts(u8::try_from(no).unwrap_or(2), languages),
        recipient_categories: RECIPIENTS.into(),
    }
}

/// The municipality's DPO (a role since m0015).
pub async fn seed_municipality_dpo(
    db: &Db,
    world: &World,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let name = "Demo: functionaris gegevensbescherming gemeente";
    registry::create_staff(&tx, ACTOR, &world.municipality, name, Role::MunicipalityDpo, None).await?;
    tx.commit().await?;
    Ok(())
}

/// The partners' purposes (register entries since m0011) in every language (m0019): line `n`
/// of `texts/partners.<code>.txt` is the purpose of the `n`th of `World::partners`.
pub async fn seed_partner_purposes(
    db: &Db,
    world: &World,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    for (n, partner) in world.partners.iter().enumerate() {
        let purpose =
            |l: Locale| per_language!(l, "partners", "txt").lines().nth(n).unwrap_or_default().trim().to_owned();
        let mut dutch: party::ActiveModel = partner.clone().into();
        dutch.purpose = Set(Some(purpose(Locale::Nl)));
        dutch.update(&tx.tx).await?;
        for language in Locale::ALL.iter().copied().filter(|l| *l != Locale::Nl) {
            party_text::ActiveModel {
                party_id: Set(partner.id),
                language: Set(language.as_str().into()),
                purpose: Set(purpose(language)),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(&tx.tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

pub async fn seed_reference_data(
    db: &Db,
    now: chrono::DateTime<chrono::Utc>,
    languages: &[Locale],
) -> Result<World, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let agency = registry::create_party(
        &tx,
        ACTOR,
        NewParty {
            slug: super::AGENCY_SLUG,
            kind: PartyKind::Agency,
            name: "Agentschap Integratie en Inburgering",
            parent_party_id: None,
            address: Some("Tour & Taxis - Koninklijk Pakhuis, Havenlaan 86C, bus 212, 1000 Brussel"),
            enterprise_number: Some("0543.307.391"),
            dpo_contact: Some("dpo@integratie-inburgering.be"),
        },
    )
    .await?;
    let municipality = registry::create_party(
        &tx,
        ACTOR,
        NewParty {
            slug: super::MUNICIPALITY_SLUG,
            kind: PartyKind::Municipality,
            name: "Lokaal Bestuur Sint-Pieters-Leeuw",
            parent_party_id: None,
            address: Some("Pastorijstraat 21, 1600 Sint-Pieters-Leeuw"),
            enterprise_number: None,
            dpo_contact: Some("privacy@sint-pieters-leeuw.be"),
        },
    )
    .await?;
    let mut partners = Vec::new();
    for (slug, name) in [
        ("buddywerking-zennevallei", "Buddywerking Zennevallei vzw"),
        ("vrijwilligerspunt-leeuw", "Vrijwilligerspunt Sint-Pieters-Leeuw"),
    ] {
        partners.push(
            registry::create_party(
                &tx,
                ACTOR,
                NewParty {
                    slug,
                    kind: PartyKind::Partner,
                    name,
                    parent_party_id: Some(municipality.id),
                    address: None,
                    enterprise_number: None,
                    dpo_contact: None,
                },
            )
            .await?,
        );
    }
    let protocol =
        registry::create_protocol(&tx, ACTOR, "agii-sint-pieters-leeuw-amif-507", agency.id, municipality.id).await?;
    let v1 = registry::create_version(
        &tx,
        ACTOR,
        version(protocol.id, 1, ["2021-06-15", "2021-06-15", "2022-06-30", "2021-04-23", "2021-06-10"], languages),
    )
    .await?;
    let v2 = registry::create_version(&tx, ACTOR, version(protocol.id, 2, CURRENT, languages)).await?;

    use Field::*;
    let trajectory = registry::create_function_profile(
        &tx,
        ACTOR,
        municipality.id,
        PROFILE_TRAJECTORY,
        "Inburgeraars koppelen aan een gepast aanbod in de proeftuin en hen begeleiden.",
        &[GivenName, FamilyName, Address, Phone, Email, ContactLanguage, DutchLevel, MoStatus],
    )
    .await?;
    let volunteering = registry::create_function_profile(
        &tx,
        ACTOR,
        municipality.id,
        PROFILE_VOLUNTEERING,
        "Vrijwilligerswerk op maat zoeken en contact opnemen.",
        &[GivenName, FamilyName, Phone, Email, DutchLevel],
    )
    .await?;
    registry::create_function_profile(
        &tx,
        ACTOR,
        municipality.id,
        PROFILE_RECEPTION,
        "Inburgeraars verwelkomen in hun contacttaal.",
        &[GivenName, FamilyName, ContactLanguage],
    )
    .await?;

    let mk = |party: &party::Model, name: &'static str, role: Role, profile: Option<i32>| {
        let party = party.clone();
        let tx = &tx;
        async move { registry::create_staff(tx, ACTOR, &party, name, role, profile).await }
    };
    let assisting_officer =
        mk(&agency, "Demo: rectificatie-medewerker", Role::AgencyRectificationOfficer, None).await?;
    mk(&agency, "Demo: protocolbeheerder", Role::AgencyProtocolAdmin, None).await?;
    // Four eyes: staff invitations, API clients and recoveries at the counter need a second one.
    mk(&agency, "Demo: tweede protocolbeheerder", Role::AgencyProtocolAdmin, None).await?;
    mk(&agency, "Demo: functionaris gegevensbescherming", Role::AgencyDpo, None).await?;
    mk(&municipality, "Demo: beheerder functieprofielen", Role::MunicipalityAdmin, None).await?;
    let reader = mk(&municipality, "Demo: trajectbegeleider", Role::MunicipalityStaff, Some(trajectory.id)).await?;
    let volunteering_reader =
        mk(&municipality, "Demo: coördinator vrijwilligerswerk", Role::MunicipalityStaff, Some(volunteering.id))
            .await?;
    tx.commit().await?;
    Ok(World {
        municipality,
        partners,
        protocol,
        v1,
        v2,
        reader,
        volunteering_reader,
        assisting_officer,
        api_profile: trajectory,
    })
}
