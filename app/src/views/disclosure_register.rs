//! The DPO's register of disclosures (issue 13): every disclosure event, narrowed by recipient,
//! field, period and the person's dossier reference, newest first, paged.

use crate::domain::fields::Field;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// What the register is narrowed to, from the page's address.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegisterFilter {
    /// A party's slug: what it received (directly, or onward as a partner).
    pub recipient: Option<String>,
    pub field: Option<Field>,
    /// Brussels days, both included.
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// The person's dossier reference (the agency's), or the party's own reference for them
    /// (a municipality DPO's register).
    pub dossier: Option<String>,
    /// From 0.
    pub page: u32,
}

impl RegisterFilter {
    /// Reads `recipient`, `field`, `from`, `to`, `dossier` and `page`; a value that does not
    /// parse counts as none.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> RegisterFilter {
        let word = |k: &str| {
            get(k).map(|v| v.trim().to_owned()).filter(|v| {
                !v.is_empty() && v.len() <= 80 && v.chars().all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
            })
        };
        RegisterFilter {
            recipient: word("recipient"),
            field: get("field").and_then(|s| Field::parse(&s).ok()),
            from: get("from").and_then(|d| d.parse().ok()),
            to: get("to").and_then(|d| d.parse().ok()),
            dossier: word("dossier"),
            page: get("page").and_then(|p| p.parse().ok()).unwrap_or(0).min(100_000),
        }
    }

    /// The address of page `page` of the register at `base` under the same filter.
    pub fn page_href(&self, base: &str, page: u32) -> String {
        format!("{base}?page={page}{}", self.query())
    }

    /// The CSV export of the register at `base` under the same filter.
    pub fn csv_href(&self, base: &str) -> String {
        format!("{base}.csv?{}", self.query().trim_start_matches('&'))
    }

    /// The filter as `&key=value` pairs.
    fn query(&self) -> String {
        let mut q: Vec<String> = Vec::new();
        q.extend(self.recipient.as_ref().map(|r| format!("recipient={r}")));
        q.extend(self.field.map(|f| format!("field={}", f.as_str())));
        q.extend(self.from.map(|d| format!("from={d}")));
        q.extend(self.to.map(|d| format!("to={d}")));
        q.extend(self.dossier.as_ref().map(|d| format!("dossier={d}")));
        q.iter().map(|p| format!("&{p}")).collect()
    }
}

/// One disclosure event as the register shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegisterRow {
    pub at: DateTime<Utc>,
    pub recipient: String,
    /// For an onward disclosure: the municipality that passed it on.
    pub via: Option<String>,
    pub channel: String,
    pub fields: Vec<Field>,
    pub purpose: String,
    pub dossier_ref: String,
}

/// One page of the register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegisterPage {
    pub filter: RegisterFilter,
    pub rows: Vec<RegisterRow>,
    pub more: bool,
    /// The parties to filter by: (slug, name).
    pub recipients: Vec<(String, String)>,
    /// Where the register is: the agency's (`/agency/dpo/disclosures`), every party's, or a
    /// municipality DPO's (`/municipality/dpo/disclosures`), its own party's only — where
    /// persons are named by the party's own references, not the agency's dossier numbers.
    pub base: String,
    pub own_party_only: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_reads_its_address_and_writes_it_back() {
        let q = |k: &str| match k {
            "recipient" => Some("sint-pieters-leeuw".into()),
            "field" => Some("phone".into()),
            "from" => Some("2026-01-01".into()),
            "to" => Some("not a day".into()),
            "dossier" => Some("KBI <script>".into()),
            "page" => Some("2".into()),
            _ => None,
        };
        let f = RegisterFilter::from_query(q);
        assert_eq!(f.recipient.as_deref(), Some("sint-pieters-leeuw"));
        assert_eq!((f.field, f.to, f.dossier.as_deref(), f.page), (Some(Field::Phone), None, None, 2));
        assert_eq!(
            f.page_href("/agency/dpo/disclosures", 3),
            "/agency/dpo/disclosures?page=3&recipient=sint-pieters-leeuw&field=phone&from=2026-01-01"
        );
        assert_eq!(
            f.csv_href("/agency/dpo/disclosures"),
            "/agency/dpo/disclosures.csv?recipient=sint-pieters-leeuw&field=phone&from=2026-01-01"
        );
    }
}
