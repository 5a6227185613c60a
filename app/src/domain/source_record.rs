//! A person as the agency's client-tracking system (decree art. 20 §1, "cliëntvolgsysteem")
//! holds them: the dossier reference, the art. 3 fields, the protocols that concern them and,
//! when their trajectory ended, the day it did. The import file and the sync API both bring
//! records in this shape; every value is checked by the rule a correction of that field must
//! pass (`rectification::parse_proposed`), so a value the portal holds never depends on the
//! door it came in by.

use super::ParseError;
use super::fields::Field;
use super::rectification::parse_proposed;
use super::text::DossierRef;
use super::time::parse_day;
use chrono::NaiveDate;

/// The columns of a record, in the order of the import file's template. `ended_on` may be
/// left out of a file's header; every other column must be there.
pub const COLUMNS: [&str; 11] = [
    "dossier_ref",
    "given_name",
    "family_name",
    "address",
    "phone",
    "email",
    "contact_language",
    "dutch_level",
    "mo_status",
    "protocols",
    "ended_on",
];

/// Columns a file may leave out.
pub const OPTIONAL_COLUMNS: [&str; 1] = ["ended_on"];

/// At most this many protocols for one person (a file's cell is bounded like any other).
pub const MAX_PROTOCOLS: usize = 20;

/// One cell as read: its text, or why it could not be read (e.g. not UTF-8).
pub type Cell = Result<String, ParseError>;

/// What is wrong with one column of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordProblem {
    pub column: &'static str,
    pub message_id: &'static str,
}

/// A checked record: every value in its one stored form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRecord {
    pub dossier_ref: DossierRef,
    /// Every field of the catalogue, in `Field::ALL` order; `None` only for an optional field.
    pub fields: Vec<(Field, Option<String>)>,
    /// Protocol slugs, sorted, each once. Whether each exists is the store's to say.
    pub protocols: Vec<String>,
    /// The day the person's trajectory with the agency ended (they leave the pilot).
    pub ended_on: Option<NaiveDate>,
}

impl SourceRecord {
    /// The value of `field` (`None`: an optional field left empty).
    pub fn value(&self, field: Field) -> Option<&str> {
        self.fields.iter().find(|(f, _)| *f == field).and_then(|(_, v)| v.as_deref())
    }
}

/// Checks one record given by column name (`cell("phone")`; `None`: the column is absent or
/// the value null). Every problem of the record is reported, not only the first.
pub fn parse<'a>(cell: impl Fn(&str) -> Option<&'a Cell>) -> Result<SourceRecord, Vec<RecordProblem>> {
    let mut problems = Vec::new();
    let mut text = |column: &'static str| -> Option<&'a str> {
        match cell(column) {
            None => Some(""),
            Some(Ok(s)) => Some(s.as_str()),
            Some(Err(e)) => {
                problems.push(RecordProblem { column, message_id: e.message_id });
                None
            }
        }
    };
    let dossier = text("dossier_ref");
    let mut raw_fields = Vec::with_capacity(Field::ALL.len());
    for field in Field::ALL {
        raw_fields.push((*field, text(field.column())));
    }
    let protocols = text("protocols");
    let ended_on = text("ended_on");

    let dossier_ref = dossier.and_then(|d| match DossierRef::parse(d) {
        Ok(d) => Some(d),
        Err(_) if d.trim().is_empty() => {
            problems.push(RecordProblem { column: "dossier_ref", message_id: "import-error-required" });
            None
        }
        Err(_) => {
            problems.push(RecordProblem { column: "dossier_ref", message_id: "import-error-dossier" });
            None
        }
    });
    let mut fields = Vec::with_capacity(raw_fields.len());
    for (field, raw) in raw_fields {
        let Some(raw) = raw else { continue };
        if raw.trim().is_empty() {
            if field.optional() {
                fields.push((field, None));
            } else {
                problems.push(RecordProblem { column: field.column(), message_id: "import-error-required" });
            }
            continue;
        }
        match parse_proposed(field, raw) {
            Ok(v) => fields.push((field, Some(v))),
            Err(e) => problems.push(RecordProblem { column: field.column(), message_id: e.message_id }),
        }
    }
    let protocols = protocols.and_then(|p| match protocol_slugs(p) {
        Ok(p) => Some(p),
        Err(e) => {
            problems.push(RecordProblem { column: "protocols", message_id: e.message_id });
            None
        }
    });
    let ended_on = ended_on.and_then(|raw| match raw.trim() {
        "" => Some(None),
        day => match parse_day(day) {
            Some(d) => Some(Some(d)),
            None => {
                problems.push(RecordProblem { column: "ended_on", message_id: "import-error-ended-on" });
                None
            }
        },
    });
    match (dossier_ref, protocols, ended_on) {
        (Some(dossier_ref), Some(protocols), Some(ended_on)) if problems.is_empty() => {
            Ok(SourceRecord { dossier_ref, fields, protocols, ended_on })
        }
        _ => Err(problems),
    }
}

/// The protocols cell: slugs separated by `;` or `,` (spaces ignored), at least one.
pub fn protocol_slugs(raw: &str) -> Result<Vec<String>, ParseError> {
    let mut slugs: Vec<String> =
        raw.split([';', ',']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_ascii_lowercase).collect();
    if slugs.is_empty() {
        return Err(ParseError::new("import-error-protocols-required"));
    }
    let slug_shape = |s: &str| s.len() <= 60 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if slugs.len() > MAX_PROTOCOLS || !slugs.iter().all(|s| slug_shape(s)) {
        return Err(ParseError::new("import-error-protocol-unknown"));
    }
    slugs.sort();
    slugs.dedup();
    Ok(slugs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn good() -> HashMap<&'static str, Cell> {
        [
            ("dossier_ref", "KBI-2026-000001"),
            ("given_name", "Amina"),
            ("family_name", "Haddad"),
            ("address", "Pastorijstraat 1, 1600 Sint-Pieters-Leeuw"),
            ("phone", "0470 12 34 56"),
            ("email", ""),
            ("contact_language", "AR"),
            ("dutch_level", "A2"),
            ("mo_status", "in progress"),
            ("protocols", "agii-sint-pieters-leeuw-amif-507"),
        ]
        .into_iter()
        .map(|(k, v)| (k, Ok(v.to_owned())))
        .collect()
    }

    fn parsed(cells: &HashMap<&'static str, Cell>) -> Result<SourceRecord, Vec<RecordProblem>> {
        parse(|c| cells.get(c))
    }

    #[test]
    fn a_good_record_comes_out_in_its_stored_form() {
        let r = parsed(&good()).unwrap();
        assert_eq!(r.dossier_ref.as_str(), "KBI-2026-000001");
        assert_eq!(r.value(Field::Phone), Some("0470123456"));
        assert_eq!(r.value(Field::Email), None);
        assert_eq!(r.value(Field::ContactLanguage), Some("ar"));
        assert_eq!(r.value(Field::DutchLevel), Some("a2"));
        assert_eq!(r.value(Field::MoStatus), Some("in_progress"));
        assert_eq!(r.protocols, vec!["agii-sint-pieters-leeuw-amif-507"]);
        assert_eq!(r.ended_on, None);
        assert_eq!(r.fields.len(), Field::ALL.len());
    }

    #[test]
    fn every_problem_of_a_record_is_named_by_its_column() {
        let mut cells = good();
        cells.insert("dossier_ref", Ok("KBI 2026".into()));
        cells.insert("given_name", Ok("".into()));
        cells.insert("phone", Ok("12".into()));
        cells.insert("contact_language", Ok("xx".into()));
        cells.insert("ended_on", Ok("31/12/2026".into()));
        cells.insert("address", Err(ParseError::new("import-error-encoding")));
        let problems = parsed(&cells).unwrap_err();
        let named: Vec<(&str, &str)> = problems.iter().map(|p| (p.column, p.message_id)).collect();
        assert_eq!(
            named,
            vec![
                ("address", "import-error-encoding"),
                ("dossier_ref", "import-error-dossier"),
                ("given_name", "import-error-required"),
                ("phone", "correction-error-phone"),
                ("contact_language", "correction-error-language"),
                ("ended_on", "import-error-ended-on"),
            ]
        );
    }

    #[test]
    fn field_rules_are_the_corrections_rules() {
        for (field, raw) in [
            (Field::GivenName, "R2D2"),
            (Field::Address, "x"),
            (Field::Email, "amina at example.org"),
            (Field::DutchLevel, "d1"),
            (Field::MoStatus, "done"),
        ] {
            let mut cells = good();
            cells.insert(field.column(), Ok(raw.into()));
            let problems = parsed(&cells).unwrap_err();
            assert_eq!(problems.len(), 1, "{field}");
            assert_eq!(problems[0].column, field.column());
            assert_eq!(Err(ParseError::new(problems[0].message_id)), parse_proposed(field, raw), "{field}");
        }
    }

    #[test]
    fn an_ended_trajectory_is_a_day() {
        let mut cells = good();
        cells.insert("ended_on", Ok("2026-11-30".into()));
        assert_eq!(parsed(&cells).unwrap().ended_on, NaiveDate::from_ymd_opt(2026, 11, 30));
    }

    #[test]
    fn protocols_are_slugs_each_once_and_at_least_one() {
        assert_eq!(protocol_slugs(" b ; a,b ").unwrap(), vec!["a", "b"]);
        assert_eq!(protocol_slugs(" ; ").unwrap_err().message_id, "import-error-protocols-required");
        assert_eq!(protocol_slugs("a b").unwrap_err().message_id, "import-error-protocol-unknown");
        let many = (0..=MAX_PROTOCOLS).map(|i| format!("p{i}")).collect::<Vec<_>>().join(";");
        assert!(protocol_slugs(&many).is_err());
        let mut cells = good();
        cells.remove("protocols");
        assert_eq!(parsed(&cells).unwrap_err()[0].message_id, "import-error-protocols-required");
    }
}
