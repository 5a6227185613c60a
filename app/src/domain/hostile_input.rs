//! A property test over every parser of typed input (review L2, L3): thousands of generated
//! strings built from the pieces that break parsers — control, bidi and zero-width characters,
//! NUL, separators, decomposed accents, signs and huge numbers, odd dates, percent-encodings,
//! long runs — go through each one. None may panic; whatever a parser accepts is clean text
//! that parses again to itself. The registers' drafts (profiles, partners, processors, onward
//! notices, staff invitees) take the same inputs in every one of their fields.

use super::fields::{DutchLevel, Field, MoStatus};
use super::free_text::{Lines, clean};
use super::function_profile::ProfileDraft;
use super::invitation::StaffInvitee;
use super::locale::Locale;
use super::onward::NoticeDraft;
use super::rectification::parse_proposed;
use super::registers::{EnterpriseNumber, PartnerDraft, ProcessorDraft};
use super::text::{DossierRef, Email, Name, Phone, Reason, Statement};

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
    "\u{200D}",
    "\u{FEFF}",
    "\u{2028}",
    "\u{AD}",
    "\u{E000}",
    "\u{FFFF}",
    "\u{10FFFF}",
    "%0A",
    "%09",
    "%2e%2e/",
    "//evil.example",
    "/\\evil",
    "../",
    "-262143-01-01",
    "2026-02-30",
    "2026-03-01",
    "+32 470 12 34 56",
    "0470123456",
    "a@b.be",
    "@",
    "KBI-2021-000101",
    "99999999999999999999999",
    "4000000000",
    "-1",
    "0",
    "<script>",
    "'; DROP TABLE persons; --",
    "\\u0000",
    "nl",
    "B1",
    "completed",
    "0403.170.701",
    "BE 0403 170 701",
    "phone",
    "2026-12-06T09:30",
];

/// A small deterministic generator (xorshift): the same inputs on every run.
struct Inputs(u64);

impl Inputs {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn text(&mut self) -> String {
        let pieces = 1 + (self.next() % 6) as usize;
        let mut s = String::new();
        for _ in 0..pieces {
            let piece = PIECES[(self.next() % PIECES.len() as u64) as usize];
            let times = if self.next().is_multiple_of(17) { 400 } else { 1 };
            s.push_str(&piece.repeat(times));
        }
        s
    }
}

/// Every input the property test throws: each piece alone, then `count` generated strings.
fn generated(count: usize, seed: u64) -> Vec<String> {
    let mut g = Inputs(seed | 1);
    let mut all: Vec<String> = PIECES.iter().map(|p| p.to_string()).collect();
    all.extend((0..count).map(|_| g.text()));
    all
}

fn assert_clean(value: &str, lines: Lines, what: &str, input: &str) {
    assert_eq!(clean(value, lines, usize::MAX).as_deref(), Ok(value), "{what} kept unclean text from {input:?}");
}

#[test]
fn no_parser_panics_and_what_they_accept_is_clean() {
    for input in generated(5_000, 0x9e37_79b9_7f4a_7c15) {
        if let Ok(p) = Phone::parse(&input) {
            assert_eq!(Phone::parse(p.as_str()).as_ref(), Ok(&p));
        }
        if let Ok(e) = Email::parse(&input) {
            assert_eq!(Email::parse(e.as_str()).as_ref(), Ok(&e));
        }
        if let Ok(d) = DossierRef::parse(&input) {
            assert_eq!(DossierRef::parse(d.as_str()).as_ref(), Ok(&d));
        }
        if let Ok(s) = Statement::parse(&input) {
            assert_clean(s.as_str(), Lines::Many, "Statement", &input);
        }
        if let Ok(r) = Reason::parse(&input) {
            assert_clean(r.as_str(), Lines::Many, "Reason", &input);
        }
        if let Ok(n) = Name::parse(&input, 100, "e", "l") {
            assert_clean(n.as_str(), Lines::One, "Name", &input);
        }
        for field in Field::ALL {
            if let Ok(v) = parse_proposed(*field, &input) {
                assert_clean(&v, Lines::One, field.as_str(), &input);
                assert_eq!(parse_proposed(*field, &v).as_deref(), Ok(v.as_str()), "{field:?} is stable");
            }
        }
        let _ = (Locale::parse(&input), Field::parse(&input), DutchLevel::parse(&input), MoStatus::parse(&input));
        if let Some(path) = super::redirect::local_path(&input) {
            assert!(path.starts_with('/') && !path.starts_with("//") && !path.contains('\\'), "{input:?} → {path:?}");
        }
        if let Some(day) = super::time::parse_day(&input) {
            let _ = (super::time::start_of_local_day(day), super::time::end_of_local_day(day));
        }
        let _ = super::time::parse_local_moment(&input);
        registers_drafts(&input);
    }
}

/// The registers' drafts: the input in each field in turn, the others valid.
fn registers_drafts(input: &str) {
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
            assert_clean(&d.name, Lines::One, "ProfileDraft.name", input);
            assert_clean(&d.purpose, Lines::Many, "ProfileDraft.purpose", input);
        }
    }
    let ok = ["Naam", "0403.170.701", "Doel", "2025-01-31", "Els, 02 123 45 67"];
    for i in 0..ok.len() {
        let mut a = ok;
        a[i] = input;
        if let Ok(d) = PartnerDraft::parse(a[0], a[1], a[2], a[3], a[4]) {
            for (v, lines) in [(&d.name, Lines::One), (&d.purpose, Lines::Many), (&d.contact, Lines::One)] {
                assert_clean(v, lines, "PartnerDraft", input);
            }
        }
        if let Ok(d) = ProcessorDraft::parse(a[0], a[2], a[3], a[4], today) {
            for (v, lines) in [(&d.name, Lines::One), (&d.service, Lines::Many), (&d.agreement_ref, Lines::One)] {
                if !v.is_empty() {
                    assert_clean(v, lines, "ProcessorDraft", input);
                }
            }
        }
        let notice = ["Sportclub", "Ledenwerving", "Toestemming", "2026-12-31"];
        let mut n = notice;
        n[i % notice.len()] = input;
        if let Ok(d) = NoticeDraft::parse(n[0], n[1], &phone, n[2], n[3], today) {
            assert_clean(&d.recipient_name, Lines::One, "NoticeDraft.recipient_name", input);
            assert_clean(&d.legal_basis, Lines::Many, "NoticeDraft.legal_basis", input);
        }
    }
    for (name, contact) in [(input, "els@leeuw.be"), ("Els", input)] {
        if let Ok(i) = StaffInvitee::parse(name, contact) {
            assert_clean(&i.name, Lines::One, "StaffInvitee.name", input);
            assert_clean(&i.contact, Lines::One, "StaffInvitee.contact", input);
        }
    }
}
