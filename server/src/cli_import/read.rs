//! Reads an export of the client-tracking system into rows: CSV with a header (comma or, as
//! spreadsheets in Belgium write it, semicolon) or JSON lines. A problem with the file as a
//! whole (not UTF-8 at all, a header without the columns) stops the import before anything is
//! read; a problem with one row (a cell that is not UTF-8, a line that is not JSON) is that
//! row's, reported with its line, and the other rows go on.

use app::domain::ParseError;
use app::domain::source_record::{COLUMNS, Cell, OPTIONAL_COLUMNS, RecordProblem, parse};
use app::services::persons::ImportRow;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    JsonLines,
}

impl Format {
    /// By the file's extension: `.jsonl` and `.ndjson` are JSON lines, anything else CSV.
    pub fn of(path: &std::path::Path) -> Format {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("jsonl" | "ndjson") => Format::JsonLines,
            _ => Format::Csv,
        }
    }
}

/// Why the file as a whole cannot be read: a message id, and what it names (columns).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    pub message_id: &'static str,
    pub detail: String,
}

fn file_problem(message_id: &'static str, detail: impl Into<String>) -> FileProblem {
    FileProblem { message_id, detail: detail.into() }
}

pub fn rows(bytes: &[u8], format: Format) -> Result<Vec<ImportRow>, FileProblem> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(file_problem("import-error-file-utf16", ""));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match format {
        Format::Csv => csv_rows(bytes),
        Format::JsonLines => Ok(json_rows(bytes)),
    }
}

fn csv_rows(bytes: &[u8]) -> Result<Vec<ImportRow>, FileProblem> {
    let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let delimiter = if first_line.contains(&b';') && !first_line.contains(&b',') { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(bytes);
    let mut records = reader.byte_records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(file_problem("import-error-file-header", e.to_string())),
        None => return Err(file_problem("import-error-file-empty", "")),
    };
    let mut names = Vec::with_capacity(header.len());
    for raw in &header {
        let name = std::str::from_utf8(raw).map_err(|_| file_problem("import-error-file-header", ""))?;
        names.push(name.trim().to_ascii_lowercase());
    }
    let columns = header_columns(&names)?;
    let mut out = Vec::new();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                let problem = RecordProblem { column: "", message_id: "import-error-row-unreadable" };
                out.push(ImportRow { line, record: Err(vec![problem]) });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        if record.len() == 1 && record.get(0).is_some_and(|c| c.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        if record.len() != names.len() {
            let problem = RecordProblem { column: "", message_id: "import-error-cell-count" };
            out.push(ImportRow { line, record: Err(vec![problem]) });
            continue;
        }
        let cells: HashMap<&'static str, Cell> = columns
            .iter()
            .zip(record.iter())
            .map(|(column, raw)| {
                let cell =
                    std::str::from_utf8(raw).map(str::to_owned).map_err(|_| ParseError::new("import-error-encoding"));
                (*column, cell)
            })
            .collect();
        out.push(ImportRow { line, record: parse(|c| cells.get(c)) });
    }
    Ok(out)
}

/// The header's names as the record's columns: every required column once, nothing unknown.
fn header_columns(names: &[String]) -> Result<Vec<&'static str>, FileProblem> {
    let unknown: Vec<&str> = names.iter().map(String::as_str).filter(|n| !COLUMNS.contains(n)).collect();
    if !unknown.is_empty() {
        return Err(file_problem("import-error-file-columns-unknown", unknown.join(", ")));
    }
    let missing: Vec<&str> =
        COLUMNS.iter().copied().filter(|c| !OPTIONAL_COLUMNS.contains(c) && !names.iter().any(|n| n == c)).collect();
    if !missing.is_empty() {
        return Err(file_problem("import-error-file-columns-missing", missing.join(", ")));
    }
    let mut seen = Vec::new();
    for n in names {
        if seen.contains(&n.as_str()) {
            return Err(file_problem("import-error-file-columns-twice", n.clone()));
        }
        seen.push(n.as_str());
    }
    Ok(names.iter().filter_map(|n| COLUMNS.iter().copied().find(|c| c == n)).collect())
}

fn json_rows(bytes: &[u8]) -> Vec<ImportRow> {
    let mut out = Vec::new();
    for (index, line) in bytes.split(|b| *b == b'\n').enumerate() {
        let line_no = index as u64 + 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let refuse =
            |message_id| ImportRow { line: line_no, record: Err(vec![RecordProblem { column: "", message_id }]) };
        let Ok(text) = std::str::from_utf8(line) else {
            out.push(refuse("import-error-encoding"));
            continue;
        };
        let Ok(object) = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text) else {
            out.push(refuse("import-error-json"));
            continue;
        };
        if object.keys().any(|k| !COLUMNS.contains(&k.as_str())) {
            out.push(refuse("import-error-json-keys"));
            continue;
        }
        let cells: HashMap<&'static str, Cell> =
            COLUMNS.iter().filter_map(|c| object.get(*c).and_then(json_cell).map(|cell| (*c, cell))).collect();
        out.push(ImportRow { line: line_no, record: parse(|c| cells.get(c)) });
    }
    out
}

/// A JSON value as a cell: text as is, a number as written, a list of texts joined with `;`
/// (the protocols); `null` as an absent value.
fn json_cell(value: &serde_json::Value) -> Option<Cell> {
    use serde_json::Value;
    match value {
        Value::Null => None,
        Value::String(s) => Some(Ok(s.clone())),
        Value::Number(n) => Some(Ok(n.to_string())),
        Value::Array(items) => Some(
            items
                .iter()
                .map(|i| i.as_str().map(str::to_owned).ok_or(ParseError::new("import-error-json-value")))
                .collect::<Result<Vec<_>, _>>()
                .map(|v| v.join(";")),
        ),
        Value::Bool(_) | Value::Object(_) => Some(Err(ParseError::new("import-error-json-value"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str =
        "dossier_ref,given_name,family_name,address,phone,email,contact_language,dutch_level,mo_status,protocols\n";
    const GOOD: &str = "KBI-1,Amina,Haddad,Pastorijstraat 1,0470123456,,ar,a2,in_progress,agii-x\n";

    fn problems(row: &ImportRow) -> Vec<(&'static str, &'static str)> {
        row.record.as_ref().err().map(|p| p.iter().map(|p| (p.column, p.message_id)).collect()).unwrap_or_default()
    }

    #[test]
    fn csv_rows_know_their_lines_and_quoted_cells_may_hold_lines() {
        let file = format!("{HEADER}{GOOD}\"KBI-2\",\"Li\nNa\",X,Kerkstraat 2,,,nl,b1,exempt,agii-x\nKBI-3,Bo\n");
        let rows = rows(file.as_bytes(), Format::Csv).unwrap();
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), vec![2, 3, 5]);
        assert!(rows[0].record.is_ok());
        assert_eq!(problems(&rows[1]), vec![("given_name", "correction-error-value-characters")]);
        assert_eq!(problems(&rows[2]), vec![("", "import-error-cell-count")]);
    }

    #[test]
    fn a_cell_that_is_not_utf8_is_its_rows_problem_only() {
        let mut file = HEADER.as_bytes().to_vec();
        file.extend_from_slice(b"KBI-1,Ren\xE9,Haddad,Pastorijstraat 1,,,fr,a1,exempt,agii-x\n");
        file.extend_from_slice(GOOD.replace("KBI-1", "KBI-2").as_bytes());
        let rows = rows(&file, Format::Csv).unwrap();
        assert_eq!(problems(&rows[0]), vec![("given_name", "import-error-encoding")]);
        assert!(rows[1].record.is_ok());
    }

    #[test]
    fn semicolons_a_bom_and_any_column_order_are_read() {
        let file = "\u{FEFF}Protocols;Dossier_Ref;given_name;family_name;address;phone;email;contact_language;dutch_level;mo_status;ended_on\n\
                    agii-x;KBI-1;Amina;Haddad;Pastorijstraat 1;;;ar;a2;exempt;2026-10-31\n";
        let rows = rows(file.as_bytes(), Format::Csv).unwrap();
        let record = rows[0].record.as_ref().unwrap();
        assert_eq!(record.dossier_ref.as_str(), "KBI-1");
        assert_eq!(record.ended_on, chrono::NaiveDate::from_ymd_opt(2026, 10, 31));
    }

    #[test]
    fn a_header_that_does_not_fit_stops_the_file() {
        let missing = rows(b"dossier_ref,given_name\nKBI-1,Amina\n", Format::Csv).unwrap_err();
        assert_eq!(missing.message_id, "import-error-file-columns-missing");
        assert!(missing.detail.contains("family_name") && missing.detail.contains("protocols"));
        let typo = HEADER.replace("phone", "phonenumber");
        assert_eq!(rows(typo.as_bytes(), Format::Csv).unwrap_err().detail, "phonenumber");
        assert_eq!(rows(b"\xFF\xFEd\0", Format::Csv).unwrap_err().message_id, "import-error-file-utf16");
        assert_eq!(rows(b"", Format::Csv).unwrap_err().message_id, "import-error-file-empty");
    }

    #[test]
    fn json_lines_take_lists_numbers_and_nulls() {
        let file = concat!(
            r#"{"dossier_ref":"KBI-1","given_name":"Amina","family_name":"Haddad","address":"Pastorijstraat 1","phone":null,"#,
            r#""contact_language":"ar","dutch_level":"a2","mo_status":"exempt","protocols":["agii-x","agii-y"]}"#,
            "\n\n{not json}\n",
            r#"{"dossier_ref":"KBI-2","passport":"X"}"#,
            "\n"
        );
        let rows = rows(file.as_bytes(), Format::JsonLines).unwrap();
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), vec![1, 3, 4]);
        assert_eq!(rows[0].record.as_ref().unwrap().protocols, vec!["agii-x", "agii-y"]);
        assert_eq!(problems(&rows[1]), vec![("", "import-error-json")]);
        assert_eq!(problems(&rows[2]), vec![("", "import-error-json-keys")]);
    }
}
