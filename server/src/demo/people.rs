//! About 200 synthetic inburgeraars, their consents in mixed states, and disclosures made
//! through the one disclosure path (so the log, the audit chain and the overview agree).

use super::ACTOR;
use super::names::{FAMILY_NAMES, GIVEN_NAMES, POSTCODES, STREETS};
use super::protocol::World;
use app::domain::consent::{ConsentChannel, ConsentScopes};
use app::domain::disclosure::DisclosureChannel;
use app::domain::fields::{DutchLevel, Field, MoStatus};
use app::domain::ids::{ApiClientId, PartyId, PersonId, ProfileId, StaffId};
use app::domain::locale::Locale;
use app::domain::text::{DossierRef, Email, Phone};
use app::services::consent::{self, ConsentChange};
use app::services::disclosure::{self, Actor, DisclosureRequest};
use app::services::identity::credentials;
use app::services::registry::{self, NewPerson};
use app::services::{ServiceError, WriteTx};
use app::store::queries;
use app::store::{Db, person};
use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use sea_orm::{EntityTrait, QueryOrder};
use std::collections::BTreeSet;

pub const PERSONS: usize = 200;

fn at(date: NaiveDate, rng: &mut StdRng) -> DateTime<Utc> {
    let secs = rng.gen_range(8 * 3600..18 * 3600);
    Utc.from_utc_datetime(&date.and_hms_opt(0, 0, 0).expect("midnight")) + Duration::seconds(secs)
}

fn day_between(from: NaiveDate, until: NaiveDate, rng: &mut StdRng) -> NaiveDate {
    let span = (until - from).num_days().max(1);
    from + Duration::days(rng.gen_range(0..span))
}

fn ascii_lower(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' => Some(c),
            'A'..='Z' => Some(c.to_ascii_lowercase()),
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ą' => Some('a'),
            'ç' | 'ć' | 'č' => Some('c'),
            'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => Some('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ı' | 'İ' => Some('i'),
            'ñ' | 'ń' => Some('n'),
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' => Some('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'ů' => Some('u'),
            'ş' | 'ś' | 'š' | 'Ş' | 'Ś' | 'Š' => Some('s'),
            'ğ' => Some('g'),
            'ł' | 'Ł' => Some('l'),
            'ż' | 'ź' | 'ž' | 'Ż' | 'Ž' => Some('z'),
            _ => None,
        })
        .collect()
}

pub(super) fn synthetic_person(n: usize, rng: &mut StdRng, languages: &[Locale]) -> NewPerson {
    let given = *GIVEN_NAMES.choose(rng).expect("names");
    let family = *FAMILY_NAMES.choose(rng).expect("names");
    let (postcode, town) = *POSTCODES.choose(rng).expect("postcodes");
    let street = *STREETS.choose(rng).expect("streets");
    // Every language seeded, Arabic and Ukrainian (the largest groups) twice where seeded.
    let mut weighted = languages.to_vec();
    weighted.extend([Locale::Ar, Locale::Uk].into_iter().filter(|l| languages.contains(l)));
    let language = *weighted.choose(rng).expect("languages");
    // Stored as every phone number is: through `Phone::parse`, in its one normalised form.
    let phone = rng.gen_bool(0.9).then(|| {
        let typed = format!(
            "+32 4{:02} {:02} {:02} {:02}",
            rng.gen_range(60..99),
            rng.gen_range(0..100),
            rng.gen_range(0..100),
            rng.gen_range(0..100)
        );
        Phone::parse(&typed).expect("a valid demo phone number")
    });
    let email = rng.gen_bool(0.75).then(|| {
        let typed = format!("{}.{}{}@example.org", ascii_lower(given), ascii_lower(family), n);
        Email::parse(&typed).expect("a valid demo e-mail address")
    });
    NewPerson {
        dossier_ref: DossierRef::parse(&format!("KBI-{}-{:06}", 2020 + n % 6, 100 + n)).expect("a valid dossier"),
        given_name: given.into(),
        family_name: family.into(),
        address: format!("{street} {}, {postcode} {town}", rng.gen_range(1..180)),
        phone,
        email,
        contact_language: language,
        dutch_level: *DutchLevel::ALL.choose(rng).expect("levels"),
        mo_status: *MoStatus::ALL.choose(rng).expect("statuses"),
    }
}

fn random_scopes(rng: &mut StdRng) -> ConsentScopes {
    let contact = rng.gen_bool(0.85);
    let trajectory = !contact || rng.gen_bool(0.7);
    ConsentScopes { contact, trajectory, onward: rng.gen_bool(0.45) }
}

pub async fn seed_persons_and_consents(
    db: &Db,
    world: &World,
    count: usize,
    now: DateTime<Utc>,
    languages: &[Locale],
) -> Result<(), ServiceError> {
    let mut rng = StdRng::seed_from_u64(20210615);
    let today = app::domain::time::today(now);
    let tx = WriteTx::begin(db, now).await?;
    for n in 0..count {
        let p = registry::create_person(&tx, ACTOR, synthetic_person(n, &mut rng, languages)).await?;
        let language = Locale::parse(&p.contact_language).unwrap_or_default();
        let change = |version_id: i32, scopes: ConsentScopes, when: DateTime<Utc>, assisted: bool| ConsentChange {
            person_id: PersonId(p.id),
            protocol_version_id: version_id,
            scopes,
            channel: if assisted { ConsentChannel::Assisted } else { ConsentChannel::SelfService },
            assisted_by: assisted
                .then(|| (StaffId(world.assisting_officer.id), world.assisting_officer.public_id.clone())),
            language,
            occurred_at: when,
        };
        // The historic pilot (2021–2022): about 40% took part, some withdrew.
        if rng.gen_bool(0.4) {
            let given = day_between(world.v1.valid_from, d("2022-03-31"), &mut rng);
            consent::record(&tx, change(world.v1.id, random_scopes(&mut rng), at(given, &mut rng), rng.gen_bool(0.3)))
                .await?;
            if rng.gen_bool(0.2) {
                let withdrawn = day_between(given + Duration::days(1), d("2022-06-30"), &mut rng);
                consent::record(&tx, change(world.v1.id, ConsentScopes::NONE, at(withdrawn, &mut rng), false)).await?;
            }
        }
        // The current version: about 70% consent; of those some change and some withdraw.
        if rng.gen_bool(0.7) {
            let given = day_between(world.v2.valid_from, today - Duration::days(30), &mut rng);
            let first = random_scopes(&mut rng);
            consent::record(&tx, change(world.v2.id, first, at(given, &mut rng), rng.gen_bool(0.15))).await?;
            let later = day_between(given + Duration::days(1), today, &mut rng);
            match rng.gen_range(0..10) {
                0 | 1 => consent::record(&tx, change(world.v2.id, ConsentScopes::NONE, at(later, &mut rng), false))
                    .await
                    .map(drop)?,
                2 => {
                    let next = ConsentScopes { onward: !first.onward, ..first };
                    consent::record(&tx, change(world.v2.id, next, at(later, &mut rng), false)).await.map(drop)?
                }
                _ => {}
            }
        }
    }
    tx.commit().await?;
    Ok(())
}

fn d(s: &str) -> NaiveDate {
    s.parse().expect("valid demo date")
}

/// Reads by the municipality's staff (UI) and system (API), and onward transfers to
/// partners, for every person whose consent allows it. Returns how many were recorded.
pub async fn seed_disclosures(db: &Db, world: &World, now: DateTime<Utc>) -> Result<usize, ServiceError> {
    let mut rng = StdRng::seed_from_u64(20250701);
    let tx = WriteTx::begin(db, now).await?;
    let (system, _token) = credentials::create_api_client(
        &tx,
        ACTOR,
        PartyId(world.municipality.id),
        Some(ProfileId(world.api_profile.id)),
        "Demo: proeftuinregistratie (koppeling)",
        None,
    )
    .await?;
    tx.commit().await?;
    let all: BTreeSet<Field> = Field::ALL.iter().copied().collect();
    let persons = person::Entity::find().order_by_asc(person::Column::Id).all(&db.conn).await?;
    let mut recorded = 0;
    for p in persons {
        let Some(consent) = queries::consent::in_force(&db.conn, PersonId(p.id), world.v2.id).await? else { continue };
        let scopes = consent.scopes_after();
        if !scopes.any() {
            continue;
        }
        let mut reads =
            vec![(Actor::Staff(StaffId(world.reader.id)), DisclosureChannel::Ui, None); rng.gen_range(1..4)];
        reads.extend(vec![
            (Actor::ApiClient(ApiClientId(system.id)), DisclosureChannel::Api, None);
            rng.gen_range(0..3)
        ]);
        if rng.gen_bool(0.3) {
            reads.push((Actor::Staff(StaffId(world.volunteering_reader.id)), DisclosureChannel::Ui, None));
        }
        if scopes.onward {
            let partner = world.partners.choose(&mut rng).expect("partners");
            reads.push((Actor::Staff(StaffId(world.reader.id)), DisclosureChannel::Onward, Some(PartyId(partner.id))));
        }
        for (actor, channel, onward_to) in reads {
            let req = DisclosureRequest {
                person_id: PersonId(p.id),
                protocol_id: world.protocol.id,
                actor,
                channel,
                onward_to,
                purpose: Some("Afstemming met een gepast aanbod in de proeftuin (AMIF 507)".into()),
                requested: all.clone(),
            };
            match disclosure::disclose(db, req, now).await {
                Ok(_) => recorded += 1,
                // A profile whose fields the consent does not cover is refused: that is the rule working.
                Err(ServiceError::Refused(_)) => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(recorded)
}
