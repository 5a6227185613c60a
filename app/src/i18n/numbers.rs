//! Whole numbers as each language groups their digits (CLDR: the separator and the minimum
//! grouping digits; "1.000" in Dutch, "1 000" in French, "1000" but "10 000" in Polish). Digits
//! stay Western everywhere, as in the messages. Fluent calls [`format`] for every number it puts
//! into a message; the bundle's language reaches it through the memoizer.

use fluent_templates::LanguageIdentifier;
use fluent_templates::fluent_bundle::FluentValue;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;

/// How one language groups the digits of a whole number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grouping {
    separator: &'static str,
    /// The fewest digits a number has before it is grouped at all.
    from_digits: usize,
}

impl Grouping {
    pub fn of(language: &str) -> Grouping {
        let (separator, from_digits) = match language {
            "nl" | "tr" | "ro" => (".", 4),
            "es" => (".", 5),
            "fr" => ("\u{202F}", 4),
            "uk" | "ru" => ("\u{A0}", 4),
            "pl" => ("\u{A0}", 5),
            // English, Tigrinya, Somali, and Arabic, Persian and Pashto with Western digits.
            _ => (",", 4),
        };
        Grouping { separator, from_digits }
    }

    pub fn apply(self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let sign = if n < 0 { "-" } else { "" };
        if digits.len() < self.from_digits {
            return format!("{sign}{digits}");
        }
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(self.separator);
            }
            out.push(c);
        }
        format!("{sign}{out}")
    }
}

impl Memoizable for Grouping {
    type Args = ();
    type Error = std::convert::Infallible;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        Ok(Grouping::of(lang.language.as_str()))
    }
}

/// The bundle's formatter: whole numbers grouped in the bundle's language; anything else as
/// Fluent writes it.
pub fn format(value: &FluentValue, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let whole = n.value.fract() == 0.0 && n.value.abs() < 1e15;
    whole.then(|| intls.with_try_get::<Grouping, _, _>((), |g| g.apply(n.value as i64)).ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::locale::Locale;
    use crate::i18n::I18n;

    #[test]
    fn each_language_groups_its_own_way() {
        assert_eq!(Grouping::of("nl").apply(1234567), "1.234.567");
        assert_eq!(Grouping::of("en").apply(1000), "1,000");
        assert_eq!(Grouping::of("fr").apply(4000), "4\u{202F}000");
        assert_eq!(Grouping::of("pl").apply(4000), "4000", "Polish groups from five digits");
        assert_eq!(Grouping::of("pl").apply(40000), "40\u{A0}000");
        assert_eq!(Grouping::of("es").apply(-12345), "-12.345");
        assert_eq!(Grouping::of("uk").apply(999), "999");
    }

    #[test]
    fn messages_carry_numbers_in_the_readers_grouping() {
        let max = |l: Locale| I18n::new(l).t_args("corrections-statement-hint", [("max", FluentValue::from(2000))]);
        assert!(max(Locale::Nl).contains("2.000"), "{}", max(Locale::Nl));
        assert!(max(Locale::En).contains("2,000"), "{}", max(Locale::En));
        assert!(max(Locale::Uk).contains("2\u{A0}000"), "{}", max(Locale::Uk));
    }
}
