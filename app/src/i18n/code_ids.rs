//! Every message id written as a literal in the code exists in the Dutch files.

use super::locale_files::{all_ids, tree};
use std::collections::BTreeSet;
use std::path::Path;

/// Prefixes of ids that the code builds at run time with `format!`, which the literal scan
/// cannot see: `role-`, `mo-status-`, `field-`, `month-`, `error-` (an island's error
/// kind), `notification-` (a notification's kind, such as "passkey-added" or
/// "consent-give"), `correction-status-`, `correction-hint-`, `pilot-action-`,
/// `admin-invitation-status-`, `admin-approval-status-`, `admin-approval-kind-`,
/// `disclosures-channel-`, `queue-kind-`, `correction-step-`. A literal that is such an id without
/// its prefix (a notification kind) is not reported.
const BUILT_AT_RUN_TIME: &[&str] = &[
    "role-",
    "mo-status-",
    "field-",
    "month-",
    "error-",
    "notification-",
    "correction-status-",
    "correction-hint-",
    "pilot-action-",
    "admin-invitation-status-",
    "admin-approval-status-",
    "admin-approval-kind-",
    "disclosures-channel-",
    "queue-kind-",
    "correction-step-",
    "jobs-name-",
    "breach-step-",
    "protocol-state-",
];

/// Literals in the code that look like message ids and are not: DOM ids handed to a helper
/// that sets `id=` (those written as `id="…"` are recognised by themselves).
const NOT_MESSAGE_IDS: &[&str] = &["assisted-contact", "assisted-trajectory", "assisted-onward"];

/// HTML attributes whose values are DOM names, not message ids.
const DOM_ATTRIBUTES: &[&str] = &[
    "id",
    "for",
    "class",
    "aria-labelledby",
    "aria-describedby",
    "aria-controls",
    "aria-errormessage",
    "name",
    "form",
    "list",
    "headers",
];

/// What comes right before a literal that the code passes as a message id.
const ID_POSITIONS: &[&str] = &[
    ".t(",
    ".t(&",
    ".t_args(",
    ".t_args(&",
    ".has(",
    ".has(&",
    "message_id:",
    "Refused(",
    "Rejection(",
    "passkey_text(",
];

/// The string literals of a Rust source, comments skipped, each with the byte offset of its
/// opening quote.
fn string_literals(src: &str) -> Vec<(usize, String)> {
    let b = src.as_bytes();
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 0;
                while i < b.len() {
                    if b[i..].starts_with(b"/*") {
                        depth += 1;
                        i += 2;
                    } else if b[i..].starts_with(b"*/") {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            // A raw string, r"…" or r#"…"# (or br…); not a raw identifier (r#type).
            b'r' if (i == 0 || !ident(b[i - 1]) || (b[i - 1] == b'b' && (i < 2 || !ident(b[i - 2]))))
                && matches!(b.get(i + 1), Some(b'"' | b'#')) =>
            {
                let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
                let open = i + 1 + hashes;
                if b.get(open) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close = format!("\"{}", "#".repeat(hashes));
                let end = src[open + 1..].find(&close).map_or(b.len(), |e| open + 1 + e);
                out.push((open, src[open + 1..end].to_owned()));
                i = end + close.len();
            }
            b'"' => {
                let start = i;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                out.push((start, src[start + 1..i.min(b.len())].to_owned()));
                i += 1;
            }
            // A char literal ('x', '\'', '"', 'é') is skipped whole; a lifetime ('a) is not one.
            b'\'' => {
                if b.get(i + 1) == Some(&b'\\') {
                    i += 3;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                    i += 1;
                } else {
                    let after = src[i + 1..].chars().next().map_or(i + 1, |c| i + 1 + c.len_utf8());
                    i = if b.get(after) == Some(&b'\'') { after + 1 } else { i + 1 };
                }
            }
            _ => i += 1,
        }
    }
    out
}

fn looks_like_id(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or_default();
    let rest: Vec<_> = parts.collect();
    first.starts_with(|c: char| c.is_ascii_lowercase())
        && first.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && !rest.is_empty()
        && rest.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// Whether the literal at `at` is the value of an HTML attribute that names DOM nodes.
fn is_dom_attribute_value(src: &str, at: usize) -> bool {
    let Some(before) = src[..at].strip_suffix('=') else { return false };
    DOM_ATTRIBUTES
        .iter()
        .any(|a| before.strip_suffix(a).is_some_and(|b| b.ends_with(|c: char| c.is_whitespace() || c == '<')))
}

/// Every message id written as a literal in `app/src` (walked at test time, whatever its
/// files are called) exists in Dutch: the literals passed as ids (`.t("…")`, `.t_args("…"`,
/// `.has("…")`, `message_id: "…"`, `Refused("…")`, `Rejection("…")`, `passkey_text("…", "…")`),
/// and any other literal shaped like an id whose first segment is one the Dutch files use
/// (such as the list of error ids in `ui/access.rs`), less DOM names and the kinds in
/// `BUILT_AT_RUN_TIME`. A literal in `starts_with("…")` must start some id.
#[test]
fn message_ids_written_in_the_code_exist() {
    let nl = all_ids("nl");
    let first_segments: BTreeSet<&str> =
        nl.iter().filter(|id| !id.starts_with('-')).filter_map(|id| id.split('-').next()).collect();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let sources: Vec<(String, String)> = tree(&src, "rs")
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(src.join(&f)).unwrap();
            (f, text)
        })
        .collect();
    let dom: BTreeSet<String> = sources
        .iter()
        .flat_map(|(_, text)| {
            string_literals(text)
                .into_iter()
                .filter(|(at, _)| is_dom_attribute_value(text, *at))
                .flat_map(|(_, lit)| lit.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        })
        .collect();
    let (mut checked, mut missing) = (0, Vec::new());
    for (file, text) in &sources {
        let literals = string_literals(text);
        for (n, (at, lit)) in literals.iter().enumerate() {
            let before = text[..*at].trim_end();
            let place = format!("app/src/{file}:{}", text[..*at].matches('\n').count() + 1);
            let second_of_passkey_text = n > 0 && {
                let (prev_at, prev) = &literals[n - 1];
                text.get(prev_at + prev.len() + 2..*at).is_some_and(|between| between.trim() == ",")
                    && text[..*prev_at].trim_end().ends_with("passkey_text(")
            };
            let in_id_position = second_of_passkey_text || ID_POSITIONS.iter().any(|p| before.ends_with(p));
            let known_segment = looks_like_id(lit) && lit.split('-').next().is_some_and(|s| first_segments.contains(s));
            if before.ends_with("starts_with(") && known_segment {
                checked += 1;
                if !nl.iter().any(|id| id.starts_with(lit.as_str())) {
                    missing.push(format!("{place}: no id starts with \"{lit}\""));
                }
                continue;
            }
            if !in_id_position
                && (!known_segment
                    || is_dom_attribute_value(text, *at)
                    || dom.contains(lit)
                    || NOT_MESSAGE_IDS.contains(&lit.as_str())
                    || BUILT_AT_RUN_TIME.iter().any(|p| nl.contains(&format!("{p}{lit}"))))
            {
                continue;
            }
            checked += 1;
            if !nl.contains(lit) {
                missing.push(format!("{place}: \"{lit}\""));
            }
        }
    }
    assert!(checked > 200, "only {checked} id literals found in {} files: is the scan broken?", sources.len());
    assert!(missing.is_empty(), "ids in the code that nl does not have:\n{}", missing.join("\n"));
}

#[test]
fn the_literal_scan_reads_rust() {
    let src = r##"i.t("a-b") // i.t("c-d")
        /* i.t("e-f") /* nested */ "g-h" */ let c = '"'; let l: &'static str = "i-j";
        let q = '\''; r#"k-"l"#; br"m\n"; r#type; "n\"o""##;
    let found: Vec<String> = string_literals(src).into_iter().map(|(_, s)| s).collect();
    assert_eq!(found, ["a-b", "i-j", "k-\"l", "m\\n", "n\\\"o"]);
    assert!(is_dom_attribute_value(r#"<p id="x-y">"#, 6));
    assert!(!is_dom_attribute_value(r#"let id = "x-y""#, 9));
    assert!(looks_like_id("person-home-title") && !looks_like_id("person-") && !looks_like_id("Person-x"));
}
