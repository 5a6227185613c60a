//! A text that comes from data and reaches a person — a protocol's purposes, a function
//! profile's purpose — in the reader's language where it has been translated, else in the
//! binding Dutch, which a page then labels as untranslated (and marks `lang="nl"`).

use crate::domain::locale::Locale;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalText {
    pub text: String,
    /// The language `text` is in.
    pub language: Locale,
}

impl LocalText {
    /// A text only stored in Dutch.
    pub fn dutch(text: impl Into<String>) -> LocalText {
        LocalText { text: text.into(), language: Locale::Nl }
    }

    /// The `reader`'s translation when it has one (not blank), else the Dutch.
    pub fn pick(reader: Locale, translation: Option<String>, dutch: impl Into<String>) -> LocalText {
        match translation.filter(|t| !t.trim().is_empty()) {
            Some(text) => LocalText { text, language: reader },
            None => LocalText::dutch(dutch),
        }
    }

    /// Whether a `reader` sees the Dutch instead of their own language.
    pub fn is_fallback_for(&self, reader: Locale) -> bool {
        self.language != reader
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_translation_is_used_and_a_blank_one_falls_back_to_dutch() {
        let ti = LocalText::pick(Locale::Ti, Some("ዕላማ".into()), "Doel");
        assert_eq!((ti.text.as_str(), ti.language, ti.is_fallback_for(Locale::Ti)), ("ዕላማ", Locale::Ti, false));
        let blank = LocalText::pick(Locale::Uk, Some("  ".into()), "Doel");
        assert_eq!((blank.text.as_str(), blank.language), ("Doel", Locale::Nl));
        assert!(blank.is_fallback_for(Locale::Uk));
        assert!(
            !LocalText::pick(Locale::Nl, None, "Doel").is_fallback_for(Locale::Nl),
            "Dutch is no fallback for Dutch"
        );
    }
}
