//! Names shared by every message are Fluent terms, written once per locale: the portal, the
//! agency and the municipality. A message names them through the term, so that a new name (a
//! "gemeente" that becomes a "lokaal bestuur") is one line per locale and every page says the
//! same. Checked on the words each locale's term gives in any of its forms: no message's own
//! text holds them (the texts between placeables, read with Fluent's parser).

use super::locale_files::{entry_id, root, tree};
use crate::domain::locale::Locale;
use fluent_templates::fluent_bundle::FluentResource;

const TERMS: &[&str] = &["-portal", "-agency", "-municipality"];

/// Each entry of a locale as `(id, its own texts, its parsed form)`, terms as `-name`. The texts are read from
/// the parser's `Debug` form (fluent-templates does not re-export the syntax tree; see
/// `locale_files::entries`).
pub(super) fn entry_texts(locale: Locale) -> Vec<(String, Vec<String>, String)> {
    let mut out = Vec::new();
    for file in tree(&root().join(locale.as_str()), "ftl") {
        let source = std::fs::read_to_string(root().join(locale.as_str()).join(&file)).unwrap();
        let resource = FluentResource::try_new(source).expect("parses (checked elsewhere)");
        for entry in resource.entries() {
            let debug = format!("{entry:?}");
            let Some(id) = entry_id(&debug) else { continue };
            let texts = debug.split("TextElement { value: \"").skip(1).map(debug_string).collect();
            out.push((id, texts, debug));
        }
    }
    out
}

/// The string a `Debug` form starts with (up to its closing quote), unescaped.
fn debug_string(rest: &str) -> String {
    let mut out = String::new();
    let mut chars = rest.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => break,
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => break,
            },
            c => out.push(c),
        }
    }
    out
}

/// The words of a text, lower-cased (letters and digits; anything else separates).
pub(super) fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

#[test]
fn the_debug_form_is_read_right() {
    let nl = entry_texts(Locale::Nl);
    let texts = |id: &str| nl.iter().find(|(i, _, _)| i == id).map(|(_, t, _)| t.clone()).unwrap();
    assert_eq!(texts("-municipality"), ["gemeente", "gemeenten", "Gemeente"]);
    assert!(texts("pilot-choose-legend").concat().starts_with("Wat mag de "), "{:?}", texts("pilot-choose-legend"));
    assert_eq!(debug_string(r#"a \"b\" c\\d" rest"#), r#"a "b" c\d"#);
    assert_eq!(words("de gemeente's partners, 2 keer"), ["de", "gemeente", "s", "partners", "2", "keer"]);
}

#[test]
fn messages_name_the_portal_the_agency_and_the_municipality_through_their_terms() {
    let mut wrong = Vec::new();
    for locale in Locale::ALL {
        let entries = entry_texts(*locale);
        for term in TERMS {
            let Some((_, forms, _)) = entries.iter().find(|(id, _, _)| id == term) else {
                wrong.push(format!("{locale}: no term {term}"));
                continue;
            };
            let forms: Vec<Vec<String>> = forms.iter().map(|f| words(f)).filter(|w| !w.is_empty()).collect();
            assert!(!forms.is_empty(), "{locale}: {term} has no text");
            for (id, texts, _) in entries.iter().filter(|(id, _, _)| !id.starts_with('-')) {
                for text in texts {
                    let w = words(text);
                    if let Some(form) = forms.iter().find(|f| w.windows(f.len()).any(|win| win == f.as_slice())) {
                        wrong.push(format!("{locale}: {id} writes “{}” instead of {{ {term} }}", form.join(" ")));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "messages that name a term's thing in their own words:\n{}", wrong.join("\n"));
}

/// The `form:` keys messages pass to each term, as `(message id, term, key)`.
fn term_calls(entries: &[(String, Vec<String>, String)]) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for (id, _, debug) in entries {
        for call in debug.split("TermReference { id: Identifier { name: \"").skip(1) {
            let term = format!("-{}", call.split('"').next().unwrap_or_default());
            // This call's own arguments: up to the next placeable or the end of the variant.
            let own = call.split("Placeable").next().unwrap_or_default();
            if let Some(arg) = own
                .split("NamedArgument { name: Identifier { name: \"form\" }, value: StringLiteral { value: \"")
                .nth(1)
            {
                out.push((id.clone(), term, arg.split('"').next().unwrap_or_default().to_owned()));
            }
        }
    }
    out
}

/// The variant keys of a term's selector.
fn term_keys(debug: &str) -> Vec<String> {
    debug
        .split("Variant { key: Identifier { name: \"")
        .skip(1)
        .filter_map(|k| k.split('"').next())
        .map(str::to_owned)
        .collect()
}

/// A term's key a message asks for that its language's term lacks would fall back silently to
/// the default form (the full name where the short one was meant).
#[test]
fn every_form_a_message_asks_of_a_term_exists_in_its_language() {
    let nl = entry_texts(Locale::Nl);
    let calls = term_calls(&nl);
    let asks = |id: &str, term: &str, key: &str| calls.contains(&(id.into(), term.into(), key.into()));
    assert!(asks("breach-reported", "-agency", "short"), "{calls:?}");
    assert!(asks("registers-title", "-municipality", "plural"), "{calls:?}");
    let mut wrong = Vec::new();
    for locale in Locale::ALL {
        let entries = entry_texts(*locale);
        for (id, term, key) in term_calls(&entries) {
            let keys = entries.iter().find(|(i, _, _)| *i == term).map(|(_, _, d)| term_keys(d)).unwrap_or_default();
            if !keys.contains(&key) {
                wrong.push(format!("{locale}: {id} asks {term} for “{key}”, which has {keys:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "term forms that do not exist:\n{}", wrong.join("\n"));
}
