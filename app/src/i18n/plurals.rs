//! Checks that the supported set of languages is the set of locale folders, and that every
//! plural selector has a variant for each CLDR category of its locale — the categories come
//! from the plural rules Fluent itself selects with, so a locale without rules fails here too.

use super::locale_files::{root, tree};
use crate::domain::locale::Locale;
use fluent_templates::fluent_bundle::FluentResource;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use std::collections::BTreeSet;

fn category_name(c: PluralCategory) -> &'static str {
    match c {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

const CATEGORY_NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The cardinal categories whole numbers fall into in `locale` (counts are whole numbers),
/// plus `other`, Fluent's required default.
fn categories(locale: Locale) -> BTreeSet<&'static str> {
    let id: fluent_templates::LanguageIdentifier = locale.as_str().parse().expect("a language tag");
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL)
        .unwrap_or_else(|e| panic!("{locale}: no CLDR plural rules: {e}"));
    let samples = (0..=1_000u32).chain([10_000, 100_000, 1_000_000]);
    let mut out: BTreeSet<&'static str> =
        samples.map(|n| category_name(rules.select(n).expect("a plural category"))).collect();
    out.insert("other");
    out
}

#[test]
fn the_supported_languages_are_the_locale_folders() {
    let folders: BTreeSet<String> = std::fs::read_dir(root())
        .unwrap()
        .filter_map(|e| e.ok().filter(|e| e.path().is_dir()).map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    let supported: BTreeSet<String> = Locale::ALL.iter().map(|l| l.as_str().to_owned()).collect();
    assert_eq!(folders, supported, "locales/<code>/ folders vs domain::locale::Locale");
}

#[test]
fn the_rules_are_the_ones_cldr_gives() {
    let set = |v: &[&'static str]| v.iter().copied().collect::<BTreeSet<_>>();
    assert_eq!(categories(Locale::Ar), set(&["zero", "one", "two", "few", "many", "other"]));
    assert_eq!(categories(Locale::Uk), set(&["one", "few", "many", "other"]));
    assert_eq!(categories(Locale::Pl), set(&["one", "few", "many", "other"]));
    assert_eq!(categories(Locale::Ro), set(&["one", "few", "other"]));
    assert_eq!(categories(Locale::Ti), set(&["one", "other"]));
    assert_eq!(categories(Locale::Nl), set(&["one", "other"]));
}

/// The variant keys of each select expression of an entry, read from the parser's `Debug`
/// form (fluent-templates does not re-export the syntax tree; see `locale_files::entries`).
fn selectors(entry_debug: &str) -> Vec<BTreeSet<String>> {
    entry_debug
        .split("Select { selector:")
        .skip(1)
        .map(|select| {
            // The variants of this select, up to a nested one (which is read on its own; the
            // files nest none — a nested select would lend its keys to the outer one's tail).
            select
                .split("Variant { key: Identifier { name: \"")
                .skip(1)
                .filter_map(|rest| rest.split('"').next())
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

/// A selector whose keys name plural categories is a plural selector: it must name every
/// category of its locale. (A selector on a string — a kind, a status — names none.)
#[test]
fn every_plural_selector_covers_its_locales_categories() {
    let mut wrong = Vec::new();
    let mut plural_selectors = 0;
    for locale in Locale::ALL {
        let needed = categories(*locale);
        for file in tree(&root().join(locale.as_str()), "ftl") {
            let source = std::fs::read_to_string(root().join(locale.as_str()).join(&file)).unwrap();
            let resource = FluentResource::try_new(source).expect("parses (checked elsewhere)");
            for entry in resource.entries() {
                let debug = format!("{entry:?}");
                let id = debug.split('"').nth(1).unwrap_or_default().to_owned();
                for keys in selectors(&debug) {
                    if !keys.iter().any(|k| CATEGORY_NAMES.contains(&k.as_str()) && k != "other") {
                        continue;
                    }
                    plural_selectors += 1;
                    let missing: Vec<_> = needed.iter().filter(|c| !keys.contains(**c)).collect();
                    if !missing.is_empty() {
                        wrong.push(format!("{locale}/{file}: {id} lacks {missing:?}"));
                    }
                }
            }
        }
    }
    assert!(plural_selectors >= 15 * Locale::ALL.len(), "only {plural_selectors} plural selectors seen");
    assert!(wrong.is_empty(), "plural selectors without their locale's categories:\n{}", wrong.join("\n"));
}
