//! The agency's client-tracking system puts one person (`PUT /api/v1/agency/persons/{dossier}`,
//! decree art. 20 §1; issue 16): the record is checked and applied exactly as a row of the
//! import file (`apply_all`), in one transaction — a new person, a change that recipients of a
//! changed field are told about as a correction (GDPR 19), or nothing when the portal already
//! holds it. Putting the same record again changes nothing.

use super::apply::{Outcome, apply_all};
use crate::domain::ParseError;
use crate::domain::authz::AgencySystemCaller;
use crate::domain::source_record::{self, Cell, RecordProblem};
use crate::services::{ServiceError, WriteTx};
use crate::store::Db;
use crate::views::source_sync::{PersonPut, PutOutcome, SourcePerson};
use chrono::{DateTime, Utc};
use std::collections::HashMap;

/// Puts the person with dossier reference `dossier` as the source holds them; says what that
/// did (`PutOutcome::New` for a person the portal did not know).
pub async fn put(
    db: &Db,
    caller: &AgencySystemCaller,
    dossier: &str,
    person: SourcePerson,
    now: DateTime<Utc>,
) -> Result<PersonPut, ServiceError> {
    let record = record_of(dossier, person).map_err(ServiceError::InvalidRecord)?;
    let tx = WriteTx::begin(db, now).await?;
    let outcome = apply_all(&tx, &caller.audit_actor(), std::slice::from_ref(&record))
        .await?
        .pop()
        .ok_or(ServiceError::Internal("no outcome for the record put"))?;
    let dossier = record.dossier_ref.as_str().to_owned();
    let put = match outcome {
        Outcome::Refused(problems) => return Err(ServiceError::InvalidRecord(problems)),
        Outcome::New => PersonPut::new(dossier, PutOutcome::New),
        Outcome::Unchanged => PersonPut::new(dossier, PutOutcome::Unchanged),
        Outcome::Changed { fields, protocols, ended_on, recipients_told } => PersonPut {
            fields: fields.iter().map(|f| f.as_str().to_owned()).collect(),
            protocols_changed: protocols,
            ended_on_changed: ended_on,
            recipients_told: u32::try_from(recipients_told).unwrap_or(u32::MAX),
            ..PersonPut::new(dossier, PutOutcome::Changed)
        },
    };
    // Nothing was written for an unchanged record; the commit ends the transaction either way.
    tx.commit().await?;
    Ok(put)
}

/// The API's record in the shape the import reads: the same checks, the same messages. The
/// dossier in the address must be written exactly as the source holds it (no spaces around).
fn record_of(dossier: &str, p: SourcePerson) -> Result<source_record::SourceRecord, Vec<RecordProblem>> {
    let mut cells: HashMap<&'static str, Cell> = HashMap::from([
        ("dossier_ref", Ok(dossier.to_owned())),
        ("given_name", Ok(p.given_name)),
        ("family_name", Ok(p.family_name)),
        ("address", Ok(p.address)),
        ("contact_language", Ok(p.contact_language)),
        ("dutch_level", Ok(p.dutch_level)),
        ("mo_status", Ok(p.mo_status)),
        ("protocols", Ok(p.protocols.join(";"))),
    ]);
    for (column, value) in [("phone", p.phone), ("email", p.email)] {
        if let Some(v) = value {
            cells.insert(column, Ok(v));
        }
    }
    // A file's empty cell is "no end"; in JSON that is null, and "" is no date.
    if let Some(day) = p.ended_on {
        let blank = day.trim().is_empty();
        cells.insert("ended_on", if blank { Err(ParseError::new("import-error-ended-on")) } else { Ok(day) });
    }
    let record = source_record::parse(|column| cells.get(column))?;
    if record.dossier_ref.as_str() != dossier {
        return Err(vec![RecordProblem { column: "dossier_ref", message_id: "import-error-dossier" }]);
    }
    Ok(record)
}

impl PersonPut {
    fn new(dossier: String, outcome: PutOutcome) -> PersonPut {
        PersonPut {
            dossier,
            outcome,
            fields: Vec::new(),
            protocols_changed: false,
            ended_on_changed: false,
            recipients_told: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amina() -> SourcePerson {
        SourcePerson {
            given_name: "Amina".into(),
            family_name: "Haddad".into(),
            address: "Kerkstraat 1, 1600 Sint-Pieters-Leeuw".into(),
            phone: Some("0470 12 34 56".into()),
            email: None,
            contact_language: "AR".into(),
            dutch_level: "a2".into(),
            mo_status: "in progress".into(),
            protocols: vec!["p-1".into(), "P-1".into()],
            ended_on: None,
        }
    }

    #[test]
    fn an_api_record_is_checked_as_an_import_row() {
        let r = record_of("KBI-1", amina()).unwrap();
        assert_eq!(r.dossier_ref.as_str(), "KBI-1");
        assert_eq!(r.value(crate::domain::fields::Field::ContactLanguage), Some("ar"));
        assert_eq!(r.value(crate::domain::fields::Field::Email), None);
        assert_eq!(r.protocols, vec!["p-1".to_owned()]);
    }

    #[test]
    fn every_problem_is_named_and_the_dossier_must_be_exact() {
        let bad = SourcePerson {
            given_name: " ".into(),
            phone: Some("call me".into()),
            protocols: vec![],
            ended_on: Some("31/12/2026".into()),
            ..amina()
        };
        let columns: Vec<&str> = record_of("KBI-1", bad).unwrap_err().iter().map(|p| p.column).collect();
        assert_eq!(columns, vec!["given_name", "phone", "protocols", "ended_on"]);
        let no_date = SourcePerson { ended_on: Some(String::new()), ..amina() };
        assert_eq!(record_of("KBI-1", no_date).unwrap_err()[0].column, "ended_on");
        let spaced = record_of(" KBI-1", amina()).unwrap_err();
        assert_eq!(spaced, vec![RecordProblem { column: "dossier_ref", message_id: "import-error-dossier" }]);
    }
}
