//! A property test over every parser of typed input (review L2, L3), and the generated inputs
//! every other property test draws from (`proptest`, a fixed number of cases each so they run
//! in the normal suite; `PROPTEST_RNG_SEED=<seed>` replays a failing run).
//!
//! Strings built from the pieces that break parsers — control, bidi and zero-width characters,
//! NUL, separators, decomposed accents, signs and huge numbers, odd dates, percent-encodings,
//! long runs — and any Unicode text go through each parser. None may panic: a panic in a
//! handler is a 500 for whoever typed the string, and in a job a stopped job. Whatever a parser
//! accepts is clean text within its field's limit that parses again to itself, because it is
//! stored and compared in that form. The registers' drafts (profiles, partners, processors,
//! onward notices, staff invitees) take the same inputs in every one of their fields.

use super::fields::{DutchLevel, Field, MoStatus};
use super::free_text::{Lines, clean};
use super::function_profile::ProfileDraft;
use super::invitation::StaffInvitee;
use super::locale::Locale;
use super::onward::NoticeDraft;
use super::rectification::parse_proposed;
use super::registers::{EnterpriseNumber, PartnerDraft, ProcessorDraft};
use super::text::{DossierRef, Email, Name, Phone, Reason, Statement};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "a",
    "Amina",
    "é",
    "e\u{301}",
    "م",
    "می\u{200C}خواهم",
    "Олена",
    "😀",
    " ",
    "\t",
    "\n",
    "\r\n",
    "\u{0}",
    "\u{7}",
    "\u{202E}",
    "\u{2066}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{FEFF}",
    "\u{2028}",
    "\u{061C}",
    "\u{AD}",
    "\u{E000}",
    "\u{FFFF}",
    "\u{10FFFF}",
    "%0A",
    "%09",
    "%2e%2e/",
    "%",
    "//evil.example",
    "/\\evil",
    "../",
    "-262143-01-01",
    "2026-02-30",
    "2026-03-01",
    "T",
    "14:30",
    ":",
    "+32 470 12 34 56",
    "0470123456",
    "a@b.be",
    "@",
    ".",
    "KBI-2021-000101",
    "99999999999999999999999",
    "4000000000",
    "-1",
    "0",
    "+",
    "<script>",
    "'; DROP TABLE persons; --",
    "\\u0000",
    "\"",
    "|",
    "nl",
    "B1",
    "completed",
    "phone",
    "0403.170.701",
    "BE 0403 170 701",
    "c1.",
    "ff",
    "0123456789abcdef0123456789abcdef",
    "q=0.5,",
    "2026-12-06T09:30",
];

/// The property tests' settings: `cases` generated inputs (fixed: the suite's time does not
/// depend on the environment) and no file of past failures written into the repository.
pub(crate) fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Text made of the pieces, one of them now and then repeated 400 times.
fn pieces() -> impl Strategy<Value = String> {
    let piece = (prop::sample::select(PIECES), prop::bool::weighted(1.0 / 17.0));
    prop::collection::vec(piece, 1..=6)
        .prop_map(|parts| parts.into_iter().map(|(p, long)| p.repeat(if long { 400 } else { 1 })).collect())
}

/// Any input a parser may be given: the pieces, or any characters at all (every plane,
/// controls, surrogates' neighbours, noncharacters), short or a few hundred long.
pub(crate) fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => pieces(),
        2 => prop::collection::vec(any::<char>(), 0..40).prop_map(String::from_iter),
        1 => prop::collection::vec(any::<char>(), 0..400).prop_map(String::from_iter),
    ]
}

/// A character people type that the one text rule keeps as it is: letters of the portal's
/// scripts, digits, punctuation, emoji — each its own NFC form, none combining, none a space.
pub(crate) fn typed_char() -> impl Strategy<Value = char> {
    prop_oneof![
        prop::char::range('a', 'z'),
        prop::char::range('A', 'Z'),
        prop::char::range('0', '9'),
        prop::sample::select(vec!['é', 'ç', 'ñ', 'ß', 'ø', 'Ç', 'ğ', 'ı', 'ș', 'ł', '\'', ',', '.', '-', '/', '&']),
        prop::char::range('\u{0410}', '\u{044F}'), // Cyrillic
        prop::char::range('\u{0621}', '\u{063A}'), // Arabic letters
        prop::char::range('\u{1200}', '\u{1248}'), // Ethiopic (Tigrinya)
        prop::char::range('\u{1F600}', '\u{1F64F}'),
    ]
}

/// Words of typed characters with single spaces between them: at most `max_chars` long.
pub(crate) fn typed_text(max_chars: usize) -> impl Strategy<Value = String> {
    prop::collection::vec((typed_char(), prop::bool::weighted(0.2)), 1..=max_chars.div_ceil(2).max(1)).prop_map(
        |chars| {
            let last = chars.len() - 1;
            let mut s = String::new();
            for (i, (c, space)) in chars.into_iter().enumerate() {
                s.push(c);
                if space && i < last {
                    s.push(' ');
                }
            }
            s
        },
    )
}

/// `value` is what the one text rule keeps, and at most `max` characters.
fn assert_clean(value: &str, lines: Lines, max: usize, what: &str, input: &str) {
    assert_eq!(clean(value, lines, max).as_deref(), Ok(value), "{what} kept unclean or over-long text from {input:?}");
}

proptest! {
    #![proptest_config(config(1024))]

    #[test]
    fn no_parser_panics_and_what_they_accept_is_clean(input in hostile()) {
        every_parser(&input);
    }
}

#[test]
fn no_piece_alone_breaks_a_parser() {
    for piece in PIECES {
        every_parser(piece);
    }
}

fn every_parser(input: &str) {
    use super::text::search_key;
    if let Ok(p) = Phone::parse(input) {
        assert_eq!(Phone::parse(p.as_str()).as_ref(), Ok(&p));
    }
    if let Ok(e) = Email::parse(input) {
        assert_eq!(Email::parse(e.as_str()).as_ref(), Ok(&e));
    }
    if let Ok(d) = DossierRef::parse(input) {
        assert_eq!(DossierRef::parse(d.as_str()).as_ref(), Ok(&d));
    }
    if let Ok(s) = Statement::parse(input) {
        assert_clean(s.as_str(), Lines::Many, Statement::MAX_CHARS, "Statement", input);
    }
    if let Ok(r) = Reason::parse(input) {
        assert_clean(r.as_str(), Lines::Many, Reason::MAX_CHARS, "Reason", input);
    }
    if let Ok(n) = Name::parse(input, 100, "e", "l") {
        assert_clean(n.as_str(), Lines::One, 100, "Name", input);
    }
    for field in Field::ALL {
        if let Ok(v) = parse_proposed(*field, input) {
            assert_clean(&v, Lines::One, super::rectification::MAX_VALUE_CHARS, field.as_str(), input);
            assert_eq!(parse_proposed(*field, &v).as_deref(), Ok(v.as_str()), "{field:?} is stable");
        }
        let _ = super::rectification::accepted_value(*field, Some(input), input);
    }
    let _ = (Locale::parse(input), Field::parse(input), DutchLevel::parse(input), MoStatus::parse(input));
    let _ = Locale::negotiate(Some(input), None, Some(input));
    if let Some(path) = super::redirect::local_path(input) {
        assert!(path.starts_with('/') && !path.starts_with("//") && !path.contains('\\'), "{input:?} → {path:?}");
    }
    if let Some(day) = super::time::parse_day(input) {
        let _ = (super::time::start_of_local_day(day), super::time::end_of_local_day(day));
    }
    let _ = super::time::parse_local_moment(input);
    let _ = (super::feed::Cursor::parse(input), super::feed::PageLimit::parse(Some(input)));
    let _ = super::pseudonym::PersonRef::parse(input);
    let _ = (search_key(input), super::registers::slug_stem(input), super::retention::pseudonym(input));
    let _ = super::outbox::error_summary(input);
    for channel in super::outbox::OutboxChannel::ALL {
        let _ = super::outbox::masked(*channel, input);
    }
    registers_drafts(input);
    dated_drafts(input);
    source_records(input);
}

/// A client-tracking system's record with the input in each column in turn, the others valid:
/// what it accepts is every field in the form a correction would store.
fn source_records(input: &str) {
    use super::source_record::{COLUMNS, Cell, parse, protocol_slugs};
    let _ = protocol_slugs(input);
    let valid: [(&str, &str); 11] = [
        ("dossier_ref", "KBI-2026-000001"),
        ("given_name", "Amina"),
        ("family_name", "Haddad"),
        ("address", "Pastorijstraat 1"),
        ("phone", ""),
        ("email", ""),
        ("contact_language", "ar"),
        ("dutch_level", "a2"),
        ("mo_status", "exempt"),
        ("protocols", "agii-x"),
        ("ended_on", ""),
    ];
    for column in COLUMNS {
        let cells: Vec<(&str, Cell)> =
            valid.iter().map(|(c, v)| (*c, Ok(if *c == column { input } else { *v }.to_owned()))).collect();
        if let Ok(record) = parse(|c| cells.iter().find(|(k, _)| *k == c).map(|(_, v)| v)) {
            for (field, value) in &record.fields {
                if let Some(v) = value {
                    assert_eq!(parse_proposed(*field, v).as_deref(), Ok(v.as_str()), "{field:?} from {input:?}");
                }
            }
        }
    }
}

/// The registers' drafts: the input in each field in turn, the others valid.
fn registers_drafts(input: &str) {
    use super::{function_profile, registers};
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).expect("a day");
    let phone = ["phone".to_owned()];
    let fields = [input.to_owned()];
    if let Ok(n) = EnterpriseNumber::parse(input) {
        assert_eq!(EnterpriseNumber::parse(n.as_str()).as_ref(), Ok(&n), "an enterprise number is stable");
    }
    for (name, purpose, chosen) in
        [(input, "Doel", &phone[..]), ("Naam", input, &phone[..]), ("Naam", "Doel", &fields[..])]
    {
        if let Ok(d) = ProfileDraft::parse(name, purpose, chosen) {
            assert_clean(&d.name, Lines::One, function_profile::MAX_NAME, "ProfileDraft.name", input);
            assert_clean(&d.purpose, Lines::Many, function_profile::MAX_PURPOSE, "ProfileDraft.purpose", input);
        }
    }
    let (name_max, text_max) = (registers::MAX_NAME, registers::MAX_TEXT);
    let ok = ["Naam", "0403.170.701", "Doel", "2025-01-31", "Els, 02 123 45 67"];
    for i in 0..ok.len() {
        let mut a = ok;
        a[i] = input;
        if let Ok(d) = PartnerDraft::parse(a[0], a[1], a[2], a[3], a[4]) {
            for (v, lines, max) in [
                (&d.name, Lines::One, name_max),
                (&d.purpose, Lines::Many, text_max),
                (&d.contact, Lines::One, name_max),
            ] {
                assert_clean(v, lines, max, "PartnerDraft", input);
            }
        }
        if let Ok(d) = ProcessorDraft::parse(a[0], a[2], a[3], a[4], today) {
            for (v, lines, max) in [
                (&d.name, Lines::One, name_max),
                (&d.service, Lines::Many, text_max),
                (&d.agreement_ref, Lines::One, 120),
            ] {
                if !v.is_empty() {
                    assert_clean(v, lines, max, "ProcessorDraft", input);
                }
            }
        }
        let notice = ["Sportclub", "Ledenwerving", "Toestemming", "2026-12-31"];
        let mut n = notice;
        n[i % notice.len()] = input;
        if let Ok(d) = NoticeDraft::parse(n[0], n[1], &phone, n[2], n[3], today) {
            assert_clean(&d.recipient_name, Lines::One, name_max, "NoticeDraft.recipient_name", input);
            assert_clean(&d.purpose, Lines::Many, text_max, "NoticeDraft.purpose", input);
            assert_clean(&d.legal_basis, Lines::Many, text_max, "NoticeDraft.legal_basis", input);
        }
    }
    for (name, contact) in [(input, "els@leeuw.be"), ("Els", input)] {
        if let Ok(i) = StaffInvitee::parse(name, contact) {
            assert_clean(&i.name, Lines::One, 200, "StaffInvitee.name", input);
            assert_clean(&i.contact, Lines::One, 254, "StaffInvitee.contact", input);
        }
    }
}

/// The drafts checked against a clock: a breach report and a deadline's extension.
fn dated_drafts(input: &str) {
    use super::breach::{BreachFacts, MAX_TEXT};
    use super::deadline::{Deadlines, Extension};
    let now: chrono::DateTime<chrono::Utc> = "2026-02-10T09:00:00Z".parse().expect("an instant");
    let found = now - chrono::Duration::hours(3);
    let phone = ["phone".to_owned()];
    let categories = [input.to_owned()];
    for (description, chosen, measures) in
        [(input, &phone[..], "Gewist"), ("Verloren", &categories[..], "Gewist"), ("Verloren", &phone[..], input)]
    {
        if let Ok(b) = BreachFacts::parse(found, description, chosen, measures, now) {
            assert_clean(&b.description, Lines::Many, MAX_TEXT, "BreachFacts.description", input);
            assert_clean(&b.measures, Lines::Many, MAX_TEXT, "BreachFacts.measures", input);
        }
    }
    let deadlines = Deadlines { due_at: super::rectification::due_at(now), extended_due_at: None };
    for (until, reason) in [(input, "Wij wachten op het attest."), ("2026-04-01", input)] {
        if let Ok(e) = Extension::parse(deadlines, until, reason, now) {
            assert!(e.until > deadlines.due_at, "{input:?} extends the deadline");
            assert_clean(e.reason.as_str(), Lines::Many, Reason::MAX_CHARS, "Extension.reason", input);
        }
    }
}
