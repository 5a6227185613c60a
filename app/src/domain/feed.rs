//! Where a reader of the consent changes feed stands (API v1): an opaque cursor after the last
//! event it has seen, and how many events a page may hold. Events are numbered in the order
//! they were committed for their protocol (the consent write locks the protocol first), so a
//! reader that resumes from a cursor never skips or repeats one.

use super::ParseError;

/// After which event a page starts. Clients treat it as opaque: it is ours to change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cursor(i64);

const PREFIX: &str = "c1.";

impl Cursor {
    /// Before the first event.
    pub const START: Cursor = Cursor(0);

    /// After the event numbered `event_id`.
    pub fn after(event_id: i64) -> Cursor {
        Cursor(event_id.max(0))
    }

    /// The last event id the reader has seen (0: none).
    pub fn last_seen(self) -> i64 {
        self.0
    }

    /// Parses a cursor this portal handed out; anything else is refused, never guessed at.
    pub fn parse(s: &str) -> Result<Cursor, ParseError> {
        const BAD: ParseError = ParseError::new("api-error-bad-cursor");
        let hex = s.strip_prefix(PREFIX).ok_or(BAD)?;
        if hex.is_empty() || hex.len() > 16 || !hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            return Err(BAD);
        }
        let id = i64::from_str_radix(hex, 16).map_err(|_| BAD)?;
        // One spelling per position: no leading zeros (except the start itself).
        if format!("{id:x}") != hex {
            return Err(BAD);
        }
        Ok(Cursor(id))
    }
}

impl std::fmt::Display for Cursor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{PREFIX}{:x}", self.0)
    }
}

/// How many items one page holds: 1 to 500, 100 unless asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageLimit(u16);

impl PageLimit {
    pub const MAX: u16 = 500;
    pub const DEFAULT: PageLimit = PageLimit(100);

    pub fn parse(s: Option<&str>) -> Result<PageLimit, ParseError> {
        let Some(s) = s else { return Ok(PageLimit::DEFAULT) };
        match s.parse::<u16>() {
            Ok(n) if (1..=Self::MAX).contains(&n) && !s.starts_with('+') => Ok(PageLimit(n)),
            _ => Err(ParseError::new("api-error-bad-limit")),
        }
    }

    pub fn get(self) -> u64 {
        u64::from(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_reads_back_as_itself() {
        for id in [0, 1, 15, 16, 4096, i64::MAX] {
            let c = Cursor::after(id);
            assert_eq!(Cursor::parse(&c.to_string()), Ok(c), "{c}");
        }
        assert_eq!(Cursor::START.to_string(), "c1.0");
    }

    #[test]
    fn anything_else_is_a_bad_cursor() {
        for s in ["", "c1.", "c1.-1", "c1.0a0", "c1.00", "c1.A", "c2.1", "1", "c1.1 ", "c1.ffffffffffffffff", "c1.+1"] {
            assert_eq!(Cursor::parse(s), Err(ParseError::new("api-error-bad-cursor")), "{s:?}");
        }
    }

    // A reader resumes the feed from the cursor it was given: every position must read back as
    // itself, and a cursor must have one spelling, or two readers (or one, twice) could stand
    // at "different" places that are the same event — or a crafted one at a place never given.
    mod properties {
        use super::*;
        use crate::domain::hostile_input::{config, hostile};
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(config(256))]

            #[test]
            fn every_position_reads_back_as_itself(id in any::<i64>()) {
                let c = Cursor::after(id);
                prop_assert_eq!(Cursor::parse(&c.to_string()), Ok(c));
                prop_assert_eq!(c.last_seen(), id.max(0));
            }

            #[test]
            fn an_accepted_cursor_is_spelt_as_the_portal_spells_it(
                input in prop_oneof![hostile(), "c1\\.[0-9a-fA-F+-]{0,18}"],
            ) {
                if let Ok(c) = Cursor::parse(&input) {
                    prop_assert_eq!(c.to_string(), input);
                    prop_assert!(c.last_seen() >= 0);
                }
            }

            #[test]
            fn a_limit_is_one_to_five_hundred(n in prop_oneof![any::<i64>(), -2i64..600], input in hostile()) {
                let parsed = PageLimit::parse(Some(&n.to_string())).map(PageLimit::get);
                prop_assert_eq!(parsed.is_ok(), (1..=500).contains(&n));
                if let Ok(got) = parsed {
                    prop_assert_eq!(got as i64, n);
                }
                if let Ok(l) = PageLimit::parse(Some(&input)) {
                    prop_assert!((1..=u64::from(PageLimit::MAX)).contains(&l.get()));
                }
            }
        }
    }

    #[test]
    fn limits_are_one_to_five_hundred() {
        assert_eq!(PageLimit::parse(None), Ok(PageLimit::DEFAULT));
        assert_eq!(PageLimit::parse(Some("1")).map(PageLimit::get), Ok(1));
        assert_eq!(PageLimit::parse(Some("500")).map(PageLimit::get), Ok(500));
        for s in ["0", "501", "-1", "", "ten", "+5", "1.5", "65536"] {
            assert_eq!(PageLimit::parse(Some(s)), Err(ParseError::new("api-error-bad-limit")), "{s:?}");
        }
    }
}
