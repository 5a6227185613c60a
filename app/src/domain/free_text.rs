//! The one rule for free text people type (names, addresses, statements, reasons, passkey
//! and display names, API client names): NFC-normalised, trimmed, bounded, and free of the
//! characters that make text look like something it is not.
//!
//! Refused: control characters (a statement keeps its line breaks), format characters —
//! bidirectional overrides and isolates (U+202A–202E, U+2066–2069, U+061C, U+200E/F), zero-width
//! characters (U+200B, U+200D, U+2060, U+FEFF), the soft hyphen — line and paragraph separators
//! (U+2028/2029), private-use characters and noncharacters. They let "\u{202E}animA" show as
//! "Amina" to an officer, make `Jan\u{200B} Peeters` a second Jan Peeters, or (NUL) fail a
//! PostgreSQL insert. One exception: the zero-width non-joiner (U+200C) is part of how Persian
//! and Pashto are written, so it stands between two letters of Arabic script.
//!
//! NFC makes one stored form of what looks the same (é typed as one character or as e + ´),
//! so that "unchanged" and the matching of values cannot be fooled by the encoding.

use unicode_normalization::UnicodeNormalization;

/// Whether the text may hold line breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    One,
    Many,
}

/// Why a text was refused; each field names its own message for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextError {
    Empty,
    TooLong,
    Characters,
}

impl TextError {
    /// The field's own message for an empty or a too long text; disguising characters have
    /// one message everywhere.
    pub fn refusal(self, empty: &'static str, too_long: &'static str) -> super::ParseError {
        super::ParseError::new(match self {
            TextError::Empty => empty,
            TextError::TooLong => too_long,
            TextError::Characters => "error-text-characters",
        })
    }
}

/// The cleaned text, or why it cannot be kept.
pub fn clean(raw: &str, lines: Lines, max_chars: usize) -> Result<String, TextError> {
    let text: String = raw.replace("\r\n", "\n").nfc().collect();
    let text = text.trim();
    if text.is_empty() {
        return Err(TextError::Empty);
    }
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let allowed = match c {
            '\n' => lines == Lines::Many,
            '\u{200C}' => {
                i > 0 && is_arabic_letter(chars[i - 1]) && chars.get(i + 1).is_some_and(|n| is_arabic_letter(*n))
            }
            c => !is_refused(c),
        };
        if !allowed {
            return Err(TextError::Characters);
        }
    }
    if chars.len() > max_chars {
        return Err(TextError::TooLong);
    }
    Ok(text.to_owned())
}

/// A text's translations as typed, one box per language: each cleaned, the blank ones left
/// out, and Dutch dropped (the binding Dutch is the record's own text, not a translation). One
/// refused box refuses them all, so nothing is half-saved.
pub fn translations(
    texts: Vec<(crate::domain::locale::Locale, String)>,
    max_chars: usize,
) -> Result<Vec<(crate::domain::locale::Locale, String)>, TextError> {
    let mut kept = Vec::new();
    for (language, raw) in texts {
        match clean(&raw, Lines::Many, max_chars) {
            Ok(text) if language != crate::domain::locale::Locale::Nl => kept.push((language, text)),
            Ok(_) | Err(TextError::Empty) => {}
            Err(refused) => return Err(refused),
        }
    }
    Ok(kept)
}

fn is_refused(c: char) -> bool {
    let u = c as u32;
    c.is_control()
        || matches!(u,
            0x00AD | 0x0600..=0x0605 | 0x061C | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2 | 0x180E
            | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
            | 0x110BD | 0x110CD | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A
            | 0xE0000..=0xE007F)
        // Private use.
        || matches!(u, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF)
        // Noncharacters.
        || matches!(u, 0xFDD0..=0xFDEF)
        || (u & 0xFFFE) == 0xFFFE
}

fn is_arabic_letter(c: char) -> bool {
    c.is_alphabetic()
        && matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translations_drop_blank_boxes_and_dutch_and_refuse_whole() {
        use crate::domain::locale::Locale;
        let typed = vec![
            (Locale::Uk, " Супровід ".to_owned()),
            (Locale::Ti, "  ".to_owned()),
            (Locale::Nl, "Begeleiding".to_owned()),
        ];
        assert_eq!(translations(typed, 20), Ok(vec![(Locale::Uk, "Супровід".to_owned())]));
        let too_long = vec![(Locale::Uk, "ok".to_owned()), (Locale::Fa, "ب".repeat(21))];
        assert_eq!(translations(too_long, 20), Err(TextError::TooLong));
        assert_eq!(translations(vec![(Locale::Ar, "a\u{202E}b".to_owned())], 20), Err(TextError::Characters));
    }

    #[test]
    fn text_is_normalised_and_trimmed() {
        assert_eq!(clean("  Ame\u{301}lie ", Lines::One, 50).unwrap(), "Amélie");
        assert_eq!(clean("Amélie", Lines::One, 50), clean("Ame\u{301}lie", Lines::One, 50), "one stored form");
        assert_eq!(clean("regel 1\r\nregel 2", Lines::Many, 50).unwrap(), "regel 1\nregel 2");
        assert_eq!(clean("محمد", Lines::One, 50).unwrap(), "محمد");
        assert_eq!(clean("Олена Шевченко", Lines::One, 50).unwrap(), "Олена Шевченко");
    }

    #[test]
    fn characters_that_disguise_text_are_refused() {
        for bad in [
            "\u{202E}animA",
            "Pe\u{200B}eters",
            "Jan\u{200D}Peeters",
            "Kerkstraat 1\u{2028}X",
            "a\u{2029}b",
            "x\u{2066}y\u{2069}",
            "\u{061C}علي",
            "a\u{0}b",
            "a\u{7}b",
            "zach\u{AD}te",
            "\u{FEFF}Amina",
            "priv\u{E000}",
            "non\u{FFFF}",
            "line\nbreak",
        ] {
            assert_eq!(clean(bad, Lines::One, 100), Err(TextError::Characters), "{bad:?}");
        }
        assert_eq!(clean("a\u{0}b", Lines::Many, 100), Err(TextError::Characters), "NUL even where lines are allowed");
    }

    #[test]
    fn the_zero_width_non_joiner_stands_only_inside_persian_words() {
        assert_eq!(clean("می\u{200C}خواهم", Lines::One, 50).unwrap(), "می\u{200C}خواهم");
        assert_eq!(clean("Jan\u{200C}Peeters", Lines::One, 50), Err(TextError::Characters));
        assert_eq!(clean("می\u{200C}", Lines::One, 50), Err(TextError::Characters));
    }

    // Every free text people type is stored in the form `clean` returns, and later compared,
    // searched and shown in it: cleaning it again must change nothing (or "unchanged" and
    // matching break), the same-looking text must have one form, and the limit must hold to
    // the character (the columns and the cookie a refused draft goes back in are sized by it).
    mod properties {
        use super::*;
        use crate::domain::hostile_input::{config, hostile, typed_char, typed_text};
        use proptest::prelude::*;
        use unicode_normalization::{UnicodeNormalization, is_nfc};

        proptest! {
            #![proptest_config(config(256))]

            #[test]
            fn what_is_kept_is_clean_bounded_and_kept_again(input in hostile(), many: bool, max in 0usize..500) {
                let lines = if many { Lines::Many } else { Lines::One };
                if let Ok(kept) = clean(&input, lines, max) {
                    prop_assert_eq!(clean(&kept, lines, max), Ok(kept.clone()));
                    prop_assert!(kept.chars().count() <= max && !kept.is_empty());
                    prop_assert!(is_nfc(&kept) && kept.trim() == kept);
                    let allowed = |c: char| !is_refused(c) || (c == '\n' && many) || c == '\u{200C}';
                    prop_assert!(kept.chars().all(allowed), "{:?} kept from {:?}", kept, input);
                }
            }

            #[test]
            fn text_typed_composed_or_decomposed_has_one_form(input in hostile(), many: bool) {
                let lines = if many { Lines::Many } else { Lines::One };
                let decomposed: String = input.nfd().collect();
                prop_assert_eq!(clean(&input, lines, 1000), clean(&decomposed, lines, 1000));
            }

            #[test]
            fn typed_text_is_kept_as_typed(text in typed_text(200), pad in "[ \t\n]{0,3}") {
                prop_assert_eq!(clean(&format!("{pad}{text}{pad}"), Lines::Many, 200), Ok(text.clone()));
                prop_assert_eq!(clean(&text, Lines::One, 200), Ok(text));
            }

            #[test]
            fn the_limit_holds_to_the_character(chars in prop::collection::vec(typed_char(), 1..150)) {
                let text: String = chars.iter().collect();
                prop_assert_eq!(clean(&text, Lines::One, chars.len()), Ok(text.clone()));
                prop_assert_eq!(clean(&text, Lines::One, chars.len() - 1), Err(TextError::TooLong));
            }
        }
    }

    #[test]
    fn empty_and_long_texts_are_told_apart() {
        assert_eq!(clean(" \n ", Lines::Many, 10), Err(TextError::Empty));
        assert_eq!(clean(&"م".repeat(11), Lines::One, 10), Err(TextError::TooLong));
        assert_eq!(clean(&"é".repeat(10), Lines::One, 10).unwrap().chars().count(), 10);
    }
}
