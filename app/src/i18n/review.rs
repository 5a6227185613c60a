//! Whether a language's translation has been checked (`locales/STATUS.toml`, built in). A page
//! in a language that is neither the source nor reviewed says so and links to the Dutch page:
//! the Dutch text is the binding one.

use crate::domain::locale::Locale;
use std::collections::BTreeMap;
use std::sync::LazyLock;

const STATUS_FILE: &str = include_str!("../../../locales/STATUS.toml");

/// How far a language's messages can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Review {
    /// The binding text (Dutch).
    Source,
    /// Checked by a translator.
    Reviewed,
    /// Machine-made, not yet checked.
    Machine,
}

/// One language's entry in the status file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub review: Review,
    pub by: String,
    pub date: chrono::NaiveDate,
}

static STATUSES: LazyLock<BTreeMap<Locale, Status>> =
    LazyLock::new(|| parse(STATUS_FILE).unwrap_or_else(|e| panic!("locales/STATUS.toml: {e}")));

impl Review {
    /// Whether a page in this language must say that its translation is unchecked.
    pub fn needs_warning(self) -> bool {
        self == Review::Machine
    }
}

/// The review status of `locale`'s translation.
pub fn status(locale: Locale) -> Review {
    STATUSES.get(&locale).map_or(Review::Machine, |s| s.review)
}

/// Reads the file's small TOML subset: `[code]` sections of `key = "value"` lines, `#`
/// comments and blank lines; anything else, an unknown language, key or status is an error.
fn parse(text: &str) -> Result<BTreeMap<Locale, Status>, String> {
    let mut sections: BTreeMap<Locale, BTreeMap<String, String>> = BTreeMap::new();
    let mut current = None;
    for (n, line) in text.lines().enumerate().map(|(n, l)| (n + 1, l.trim())) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(code) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let locale = Locale::parse(code).map_err(|_| format!("line {n}: unknown language {code}"))?;
            if sections.insert(locale, BTreeMap::new()).is_some() {
                return Err(format!("line {n}: {code} twice"));
            }
            current = Some(locale);
            continue;
        }
        let (key, value) = line.split_once('=').ok_or_else(|| format!("line {n}: not `key = \"value\"`"))?;
        let value = value.trim().strip_prefix('"').and_then(|v| v.strip_suffix('"'));
        let value = value.ok_or_else(|| format!("line {n}: the value is not a quoted string"))?;
        let section =
            current.and_then(|l| sections.get_mut(&l)).ok_or_else(|| format!("line {n}: outside a section"))?;
        section.insert(key.trim().to_owned(), value.to_owned());
    }
    sections
        .into_iter()
        .map(|(locale, mut keys)| {
            let mut take = |k: &str| keys.remove(k).ok_or_else(|| format!("{locale}: no {k}"));
            let review = match take("status")?.as_str() {
                "source" => Review::Source,
                "reviewed" => Review::Reviewed,
                "machine" => Review::Machine,
                other => return Err(format!("{locale}: unknown status {other}")),
            };
            let by = take("by")?;
            let date = take("date")?.parse().map_err(|e| format!("{locale}: date: {e}"))?;
            match keys.keys().next() {
                Some(extra) => Err(format!("{locale}: unknown key {extra}")),
                None => Ok((locale, Status { review, by, date })),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_supported_language_has_a_status_and_dutch_is_the_source() {
        let statuses = parse(STATUS_FILE).unwrap();
        for locale in Locale::ALL {
            let status = statuses.get(locale).unwrap_or_else(|| panic!("{locale} missing in STATUS.toml"));
            assert!(!status.by.trim().is_empty(), "{locale}: by whom");
            assert_eq!(status.review == Review::Source, *locale == Locale::Nl, "{locale}");
        }
        assert!(!status(Locale::Nl).needs_warning());
    }

    #[test]
    fn a_malformed_status_file_is_refused_with_its_line() {
        assert!(parse("[xx]\nstatus = \"source\"").unwrap_err().contains("unknown language xx"));
        assert!(parse("[nl]\nstatus = source").unwrap_err().contains("line 2"));
        assert!(parse("[nl]\nstatus = \"final\"\nby = \"x\"\ndate = \"2026-01-01\"").unwrap_err().contains("final"));
        assert!(parse("[nl]\nstatus = \"source\"\nby = \"x\"").unwrap_err().contains("no date"));
        let ok = parse("# c\n[ti]\nstatus = \"reviewed\"\nby = \"A. Translator\"\ndate = \"2027-01-02\"\n").unwrap();
        assert_eq!(ok[&Locale::Ti].review, Review::Reviewed);
    }
}
