//! Plain language (issue 14): what a newcomer reads in Dutch is written at about CEFR B1 —
//! short sentences, and no legal or technical word without an explanation. Checked on the
//! binding Dutch of every message a person (or anyone, before signing in) sees:
//! - no sentence longer than 20 words (a placeable counts as one word);
//! - a word from the jargon list only inside parentheses, after the plain words it names
//!   ("Waarom dit mag (rechtsgrond)"), so that a person who meets the word elsewhere — in a
//!   letter, in the protocol — can match it.
//!
//! Staff pages (`agency/`, `municipality/`, roles) and the few notifications only staff receive
//! are out of scope: staff work with the protocol's own words.

use super::terms::{entry_texts, words};
use crate::domain::locale::Locale;

const MAX_WORDS: usize = 20;

/// Legal, administrative and technical words a B1 reader should not meet unexplained.
const JARGON: &[&str] = &[
    "rechtsgrond",
    "grondslag",
    "bewaartermijn",
    "opzegtermijn",
    "functionaris",
    "functionarissen",
    "verwerkingsverantwoordelijke",
    "verwerker",
    "verwerkers",
    "verwerking",
    "betrokkene",
    "persoonsgegevens",
    "avg",
    "gdpr",
    "wcag",
    "json",
    "sessie",
    "betwist",
    "betwisting",
    "kwaliteitsmelding",
    "art",
    "artikel",
    "besturingstekens",
    "verstrekt",
    "verstrekken",
    "verstrekking",
    "toezichthouder",
    "beveiligingsincident",
    "wissing",
    "derhalve",
    "teneinde",
    "middels",
    "conform",
    "ingevolge",
    "onverminderd",
    "desgevallend",
    "alsook",
    "hetwelk",
    "dienaangaande",
];

/// Ids a person never reads: the frame's staff roles and the notifications only staff get.
fn staff_only(id: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "role-",
        "notification-erasure-",
        "notification-correction-due-soon",
        "notification-correction-recipient-told",
    ];
    PREFIXES.iter().any(|p| id.starts_with(p))
}

/// The Dutch messages a person reads: every file outside `agency/` and `municipality/`.
fn person_facing() -> Vec<(String, String)> {
    let staff_files: std::collections::BTreeSet<String> = ["agency", "municipality"]
        .iter()
        .flat_map(|dir| {
            super::locale_files::tree(&super::locale_files::root().join("nl").join(dir), "ftl")
                .into_iter()
                .map(move |f| format!("{dir}/{f}"))
        })
        .collect();
    let staff_ids: std::collections::BTreeSet<String> =
        staff_files.iter().flat_map(|f| super::locale_files::ids("nl", f)).collect();
    entry_texts(Locale::Nl)
        .into_iter()
        .filter(|(id, _, _)| !id.starts_with('-') && !staff_ids.contains(id) && !staff_only(id))
        // The texts between placeables, each placeable standing for one word.
        .map(|(id, texts, _)| (id, texts.join(" X ")))
        .collect()
}

fn sentences(text: &str) -> Vec<&str> {
    text.split(['.', '?', '!', ':', ';', '\n']).filter(|s| !words(s).is_empty()).collect()
}

/// The text without what stands in parentheses.
fn outside_parentheses(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect()
}

#[test]
fn the_rules_read_sentences_and_parentheses_right() {
    assert_eq!(sentences("Kijk na. Klopt het? Ja: goed"), ["Kijk na", " Klopt het", " Ja", " goed"]);
    assert_eq!(outside_parentheses("Waarom dit mag (rechtsgrond) en (a (b)) c"), "Waarom dit mag  en  c");
}

#[test]
fn person_facing_dutch_is_plain() {
    let messages = person_facing();
    assert!(messages.len() > 200, "only {} person-facing messages found", messages.len());
    let mut wrong = Vec::new();
    for (id, text) in &messages {
        for sentence in sentences(text) {
            let n = words(sentence).len();
            if n > MAX_WORDS {
                wrong.push(format!("{id}: a sentence of {n} words: “{}”", sentence.trim()));
            }
        }
        for word in words(&outside_parentheses(text)) {
            if JARGON.contains(&word.as_str()) {
                wrong.push(format!("{id}: “{word}” without an explanation (write the plain words, then “({word})”)"));
            }
        }
    }
    assert!(wrong.is_empty(), "person-facing Dutch above B1:\n{}", wrong.join("\n"));
}
