//! The rectification desk's demo work: requests from persons at every stage the officer meets
//! (new, acknowledged, waiting for the person's answer, extended, due soon, overdue, accepted,
//! rejected), filed and handled through the real services on days in the past, so the queue,
//! its counts and each request's history show real work on first start. The municipality's
//! quality reports come from `second_municipality::seed_reports`.

use super::protocol::World;
use app::domain::deadline::latest_extension_day;
use app::domain::fields::Field;
use app::domain::ids::{PersonId, StaffId};
use app::domain::text::Reason;
use app::domain::time::day_of;
use app::services::ServiceError;
use app::services::rectification::{self, Decision, Handling};
use app::store::{Db, person};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{EntityTrait, QueryOrder};

/// What happens to a demo request after it is filed, with the days ago it happens.
enum Then {
    Nothing,
    Acknowledge(i64),
    Ask(i64, i64, &'static str),
    Extend(i64, i64, &'static str),
    Accept(i64, i64),
    Reject(i64, &'static str),
}

struct Demo {
    field: Field,
    proposed: &'static str,
    statement: &'static str,
    received_days_ago: i64,
    then: Then,
}

const DEMO: [Demo; 8] = [
    Demo {
        field: Field::Phone,
        proposed: "0470 21 43 65",
        statement: "Ik heb een nieuw telefoonnummer.",
        received_days_ago: 2,
        then: Then::Nothing,
    },
    Demo {
        field: Field::Address,
        proposed: "Bergensesteenweg 120, 1600 Sint-Pieters-Leeuw",
        statement: "Ik ben verhuisd.",
        received_days_ago: 9,
        then: Then::Acknowledge(8),
    },
    Demo {
        field: Field::Email,
        proposed: "nieuw.adres@example.org",
        statement: "Mijn oude e-mailadres werkt niet meer.",
        received_days_ago: 6,
        then: Then::Ask(5, 4, "Kunt u bevestigen dat u dit adres zelf gebruikt?"),
    },
    Demo {
        field: Field::FamilyName,
        proposed: "El Amrani",
        statement: "Mijn naam is verkeerd geschreven.",
        received_days_ago: 27,
        then: Then::Extend(26, 20, "Wij wachten op een uittreksel uit het rijksregister."),
    },
    Demo {
        field: Field::GivenName,
        proposed: "Mariam",
        statement: "Mijn voornaam staat verkeerd.",
        received_days_ago: 24,
        then: Then::Acknowledge(23),
    },
    Demo {
        field: Field::DutchLevel,
        proposed: "B1",
        statement: "Ik heb mijn attest B1 behaald.",
        received_days_ago: 33,
        then: Then::Nothing,
    },
    Demo {
        field: Field::Phone,
        proposed: "0488 12 34 56",
        statement: "Dit is mijn nieuwe nummer.",
        received_days_ago: 16,
        then: Then::Accept(15, 6),
    },
    Demo {
        field: Field::MoStatus,
        proposed: "completed",
        statement: "Ik heb de cursus maatschappelijke oriëntatie afgerond.",
        received_days_ago: 12,
        then: Then::Reject(3, "Er is geen attest van de cursus; de les van 14 november werd niet gevolgd."),
    },
];

/// Files and handles the demo requests; returns how many were filed.
pub async fn seed(db: &Db, world: &World, now: DateTime<Utc>) -> Result<usize, ServiceError> {
    let officer = StaffId(world.assisting_officer.id);
    // From the end of the list, past the persons the quality reports name: the first persons of
    // each language get the demo's invitations and file their own requests in the journeys.
    let persons = person::Entity::find().order_by_desc(person::Column::Id).all(&db.conn).await?;
    let mut filed = 0;
    let mut candidates = persons.iter().skip(5);
    for demo in &DEMO {
        let at = |days: i64| now - Duration::days(days);
        let received = at(demo.received_days_ago);
        // A person whose value is already the proposal is passed over for the next one.
        let r = loop {
            let Some(p) = candidates.next() else { return Ok(filed) };
            let field = demo.field;
            match rectification::file_own(db, PersonId(p.id), field, demo.proposed, demo.statement, received).await {
                Ok(r) => break r,
                Err(ServiceError::Invalid { .. } | ServiceError::Refused(_)) => continue,
                Err(e) => return Err(e),
            }
        };
        let id = r.public_id.as_str();
        match demo.then {
            Then::Nothing => {}
            Then::Acknowledge(day) => rectification::handle(db, officer, id, Handling::Acknowledge, at(day)).await?,
            Then::Ask(acknowledged, asked, question) => {
                rectification::handle(db, officer, id, Handling::Acknowledge, at(acknowledged)).await?;
                rectification::handle(db, officer, id, Handling::Ask { question }, at(asked)).await?;
            }
            Then::Extend(acknowledged, extended, reason) => {
                rectification::handle(db, officer, id, Handling::Acknowledge, at(acknowledged)).await?;
                let until = latest_extension_day(day_of(r.due_at)).to_string();
                let extend = Handling::Extend { until: &until, reason };
                rectification::handle(db, officer, id, extend, at(extended)).await?;
            }
            Then::Accept(acknowledged, decided) => {
                rectification::handle(db, officer, id, Handling::Acknowledge, at(acknowledged)).await?;
                rectification::decide(db, officer, id, Decision::Accept { value: None }, at(decided)).await?;
            }
            Then::Reject(decided, reason) => {
                let reason = Reason::parse(reason).map_err(|_| ServiceError::Internal("a demo reason parses"))?;
                rectification::decide(db, officer, id, Decision::Reject { reason }, at(decided)).await?;
            }
        }
        filed += 1;
    }
    Ok(filed)
}
