//! Checks of the Fluent files: the same files and ids in every locale, one feature per file,
//! the same variables as Dutch, every message formats in its own locale.

use super::*;
use fluent_templates::fluent_bundle::FluentResource;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One feature per file: each file with the id prefixes it holds. An id lives in the file
/// whose prefix matches it longest, so `notification-passkey-…` goes to `account.ftl` while
/// other `notification-…` go to the inbox. Prefixes end in `-` (or are whole ids), so
/// `correction-` does not match `corrections-…` nor `disclosure-` match `disclosures-…`.
/// Where features share a prefix, the messages sit with the page that shows them.
const FEATURES: &[(&str, &[&str])] = &[
    // Terms (`-portal`, `-agency`; "-" matches every term) and the portal's name. All files
    // of a locale form one bundle, so terms resolve from any file.
    ("core.ftl", &["-", "app-name"]),
    // The frame of every page, and the page for an unknown address.
    ("layout.ftl", &["layout-", "not-found-"]),
    // Dates as text (`month-N` is built at run time).
    ("dates.ftl", &["date-", "month-"]),
    // Errors of any page or API call (`error-{kind}` is also built from an island's error kind).
    ("errors.ftl", &["error-"]),
    // Names and values of the personal data fields.
    ("fields.ftl", &["field-", "dutch-level-", "mo-status-"]),
    // Names of staff roles.
    ("roles.ftl", &["role-"]),
    // The public start page.
    ("home.ftl", &["home-"]),
    // The accessibility statement.
    ("accessibility.ftl", &["a11y-"]),
    // A published protocol, its states, and the rule on a version's texts.
    ("protocol.ftl", &["protocol-"]),
    // Signing in, invitation codes, enrolment, the passkey widget.
    ("auth.ftl", &["signin-", "invite-code-", "enrol-", "invitation-", "passkey-"]),
    // Account and access (passkeys, sessions) and the notices about them.
    ("account.ftl", &["account-", "notification-passkey-", "notification-recovery-"]),
    // E-mail from the outbox: that there is a message, and a delivered invitation.
    ("mail.ftl", &["mail-"]),
    // `/me`: a person's overview.
    ("person/home.ftl", &["person-home-"]),
    // `/me/pilots/…`: giving, changing, withdrawing consent; the consent rules' refusals.
    ("person/pilot.ftl", &["pilot-", "consent-error-"]),
    // `/me/data`.
    ("person/my-data.ftl", &["my-data-"]),
    // `/me/disclosures`.
    ("person/disclosures.ftl", &["disclosures-"]),
    // `/me/corrections`: correction requests, their statuses, hints and rules (the agency's
    // decision refusals too: they are the same requests).
    ("person/corrections.ftl", &["corrections-", "correction-"]),
    // `/me/notifications`: the inbox and the notifications it lists.
    ("person/inbox.ftl", &["inbox-", "notification-"]),
    // `/agency/rectifications`: the queue of correction requests.
    ("agency/rectification.ftl", &["queue-", "desk-"]),
    // `portal import persons`: the client-tracking system's export, row by row.
    ("agency/import.ftl", &["import-"]),
    // Invitation letters in bulk: the protocol admin's form and the printed letters.
    ("agency/letters.ftl", &["letters-"]),
    // `/agency/assisted-consent`: consent given on paper.
    ("agency/assisted.ftl", &["assisted-"]),
    // `/agency/admin`: invitations, API clients, and the rules on staff accounts they enforce.
    ("agency/admin.ftl", &["admin-", "staff-error-"]),
    // `/agency/dpo`: the audit log.
    ("agency/dpo.ftl", &["dpo-"]),
    // `/agency/protocols`: drafting, publishing and ending protocol versions, and their rules.
    ("agency/protocols.ftl", &["protocols-"]),
    // The background jobs, as the DPO's page shows them.
    ("agency/jobs.ftl", &["jobs-"]),
    // Erasure at the recipients (art. 2): requests and attestations, for the DPOs and admins.
    ("agency/erasure.ftl", &["erasure-"]),
    // `/agency/registers`: every municipality's registers, as the agency reads them.
    ("agency/registers.ftl", &["registers-"]),
    // `/municipality/admin`: the register of function profiles, and its rules.
    ("municipality/register.ftl", &["register-", "profile-error-"]),
    // The municipality admin's sections.
    ("municipality/admin.ftl", &["madmin-"]),
    // `/municipality/dpo`: a municipality's DPO, their own party's registers.
    ("municipality/dpo.ftl", &["mdpo-"]),
    // `/municipality/admin/staff`: the municipality's own staff.
    ("municipality/staff-admin.ftl", &["mstaff-"]),
    // `/municipality/admin/{partners,processors,notices}`: the registers of organisations.
    (
        "municipality/organisations.ftl",
        &["partners-", "processors-", "notices-", "notice-error-", "organisation-error-"],
    ),
    // `/municipality/persons`: the staff member's start page.
    ("municipality/staff.ftl", &["staff-home-"]),
    // `/municipality/persons/…`: the pilot's persons, search, one person, passing on, reporting.
    ("municipality/persons.ftl", &["persons-"]),
    // `/municipality/breaches`: breach reports (art. 6/9).
    ("municipality/breaches.ftl", &["breach-"]),
    // `/municipality/corrections`: corrections the agency made to fields the party received.
    ("municipality/corrections.ftl", &["received-"]),
    // Why reading a person's data is refused (staff and API clients of a municipality).
    ("municipality/disclosure.ftl", &["disclosure-refused-"]),
    // `/api/v1/docs`: the API's contract for a municipality's developers.
    ("municipality/api-docs.ftl", &["api-docs-"]),
    // Refusals of the REST API's own rules (cursor, limit, body, Idempotency-Key) and of a
    // breach report's content.
    ("municipality/api.ftl", &["api-error-", "breach-error-"]),
];

pub(super) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// The files under `dir` ending in `.{ext}`, recursively, as `/`-separated relative paths.
pub(super) fn tree(dir: &Path, ext: &str) -> BTreeSet<String> {
    fn walk(base: &Path, dir: &Path, ext: &str, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(base, &path, ext, out);
            } else if path.extension().is_some_and(|e| e == ext) {
                let rel = path.strip_prefix(base).unwrap();
                let parts: Vec<_> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
                out.insert(parts.join("/"));
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(dir, dir, ext, &mut out);
    out
}

/// The Fluent files of a locale, as fluent-templates finds them (it walks `locales/<lang>/`
/// recursively and puts every `.ftl` file into the locale's one bundle).
fn files(locale: &str) -> BTreeSet<String> {
    tree(&root().join(locale), "ftl")
}

/// The messages and terms (as `-name`) of one file, each with the `$variables` it uses
/// anywhere (its value, attributes, selectors and variants), read with Fluent's own parser.
/// fluent-templates does not re-export the parser's syntax tree, so an entry is read from
/// its `Debug` form; `the_parser_is_read_right` guards that reading.
fn entries(locale: &str, file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = root().join(locale).join(file);
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = FluentResource::try_new(source)
        .unwrap_or_else(|(_, errors)| panic!("{locale}/{file} does not parse: {errors:?}"));
    let name = |s: &str| s.split('"').next().unwrap_or_default().to_owned();
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        let debug = format!("{entry:?}");
        let Some(id) = entry_id(&debug) else { continue }; // a comment
        let variables = debug.split("VariableReference { id: Identifier { name: \"").skip(1).map(name).collect();
        assert!(out.insert(id.clone(), variables).is_none(), "{locale}/{file}: {id} twice");
    }
    out
}

/// The id of an entry from its parser `Debug` form: a message's, or a term's as `-name`; none
/// for a comment.
pub(super) fn entry_id(debug: &str) -> Option<String> {
    let name = |s: &str| s.split('"').next().unwrap_or_default().to_owned();
    if let Some(rest) = debug.strip_prefix("Message(Message { id: Identifier { name: \"") {
        Some(name(rest))
    } else {
        debug.strip_prefix("Term(Term { id: Identifier { name: \"").map(|rest| format!("-{}", name(rest)))
    }
}

/// The ids of one file of a locale.
pub(super) fn ids(locale: &str, file: &str) -> BTreeSet<String> {
    entries(locale, file).into_keys().collect()
}

/// The ids of a file by its lines: each line that starts an entry.
fn line_ids(locale: &str, file: &str) -> BTreeSet<String> {
    std::fs::read_to_string(root().join(locale).join(file))
        .unwrap()
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase() || c == '-'))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

pub(super) fn all_ids(locale: &str) -> BTreeSet<String> {
    files(locale).iter().flat_map(|f| ids(locale, f)).collect()
}

/// The file whose prefix matches `id` longest, with that prefix.
fn home_of(id: &str) -> Option<(&'static str, &'static str)> {
    FEATURES
        .iter()
        .flat_map(|(file, prefixes)| prefixes.iter().map(move |p| (*file, *p)))
        .filter(|(_, p)| id.starts_with(p))
        .max_by_key(|(_, p)| p.len())
}

#[test]
fn the_parser_is_read_right() {
    let core = entries("nl", "core.ftl");
    assert!(core.contains_key("-portal") && core.contains_key("app-name"), "{core:?}");
    let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    let protocol = entries("nl", "protocol.ftl");
    assert_eq!(protocol["protocol-version-label"], set(&["number"]));
    assert_eq!(protocol["protocol-filter-status"], set(&["shown", "total"]));
    // In the selector and inside the variants.
    assert_eq!(protocol["protocol-retention-years"], set(&["years"]));
    assert_eq!(entries("nl", "person/pilot.ftl")["pilot-title"], set(&[]));
    assert_eq!(entries("nl", "dates.ftl")["date-long"], set(&["day", "month", "year"]));
    // Every line that starts an entry is one entry, in every file.
    for locale in Locale::ALL {
        for file in files(locale.as_str()) {
            assert_eq!(ids(locale.as_str(), &file), line_ids(locale.as_str(), &file), "{locale}/{file}");
        }
    }
}

/// Every locale has the same files (subfolders included), and every file the same message
/// and term ids as Dutch.
#[test]
fn every_locale_has_every_message() {
    let source = files("nl");
    assert!(source.iter().any(|f| f.contains('/')), "no subfolder seen: {source:?}");
    for locale in Locale::ALL {
        assert_eq!(files(locale.as_str()), source, "file set of {locale}");
        for file in &source {
            assert_eq!(ids(locale.as_str(), file), ids("nl", file), "{locale}/{file} differs from nl/{file}");
        }
    }
}

/// Each file holds one feature: the ids that `FEATURES` sends to it, and no others.
#[test]
fn one_feature_per_file() {
    let table: BTreeSet<String> = FEATURES.iter().map(|(f, _)| f.to_string()).collect();
    assert_eq!(table.len(), FEATURES.len(), "a file is twice in FEATURES");
    let mut wrong = Vec::new();
    for locale in Locale::ALL {
        let files = files(locale.as_str());
        for file in files.symmetric_difference(&table) {
            wrong.push(format!("{locale}/{file}: on disk or in FEATURES, not both"));
        }
        for file in &files {
            for id in ids(locale.as_str(), file) {
                match home_of(&id) {
                    Some((home, _)) if home == file.as_str() => {}
                    Some((home, prefix)) => {
                        wrong.push(format!("{locale}/{file}: {id} belongs in {home} (prefix {prefix})"))
                    }
                    None => wrong.push(format!("{locale}/{file}: {id} matches no prefix in FEATURES")),
                }
            }
        }
    }
    // No stale prefix: each one is some id's home prefix.
    let nl = all_ids("nl");
    for (file, prefixes) in FEATURES {
        for prefix in *prefixes {
            if !nl.iter().any(|id| home_of(id) == Some((*file, *prefix))) {
                wrong.push(format!("FEATURES: no id of {file} uses the prefix {prefix}"));
            }
        }
    }
    assert!(wrong.is_empty(), "one feature per file:\n{}", wrong.join("\n"));
}

/// A translation uses the variables of the Dutch message, no more and no fewer. A term's
/// parameters are its locale's own (a language that declines gives its term a `$case`).
#[test]
fn every_locale_uses_the_variables_of_dutch() {
    let mut wrong = Vec::new();
    for file in files("nl") {
        let mut nl = entries("nl", &file);
        nl.retain(|id, _| !id.starts_with('-'));
        for locale in Locale::ALL {
            let other = entries(locale.as_str(), &file);
            for (id, variables) in &nl {
                match other.get(id) {
                    Some(v) if v != variables => {
                        wrong.push(format!("{locale}/{file}: {id} uses {v:?}, nl uses {variables:?}"))
                    }
                    _ => {} // a missing message is `every_locale_has_every_message`'s to report
                }
            }
        }
    }
    assert!(wrong.is_empty(), "variables differ from nl:\n{}", wrong.join("\n"));
}

/// All files of a locale form one bundle, so a message in `person/home.ftl` finds the terms
/// of `core.ftl`: every message formats in its own locale (no fallback) without an error,
/// given its variables.
#[test]
fn every_message_formats_in_its_own_locale() {
    let mut wrong = Vec::new();
    for locale in Locale::ALL {
        let lang = I18n::new(*locale).id;
        for file in files(locale.as_str()) {
            for (id, variables) in entries(locale.as_str(), &file) {
                if id.starts_with('-') {
                    continue;
                }
                let args: HashMap<String, FluentValue> =
                    variables.into_iter().map(|v| (v, FluentValue::from(1))).collect();
                if let Err(e) = LOCALES.lookup_single_language(&lang, &id, Some(&args)) {
                    wrong.push(format!("{locale}/{file}: {id}: {e:?}"));
                }
            }
        }
        // `layout.ftl` uses the terms of `core.ftl`.
        let i = I18n::new(*locale);
        let footer = i.t("layout-footer-operator");
        if !footer.contains(&i.t("app-name")) {
            wrong.push(format!("{locale}: the footer lacks the portal's name: {footer}"));
        }
    }
    assert!(wrong.is_empty(), "messages that do not format:\n{}", wrong.join("\n"));
}

#[test]
fn messages_resolve_in_every_locale_with_isolation_marks() {
    for locale in Locale::ALL {
        let i = I18n::new(*locale);
        assert!(i.has("app-name"), "{locale}");
        let text = i.t_args("protocol-version-label", [("number", FluentValue::from(2))]);
        assert!(text.contains("\u{2068}2\u{2069}"), "{locale}: {text}");
    }
}

/// Every notification kind has its message in every locale, and it formats with exactly the
/// variables the typed notice stores.
#[test]
fn every_notification_kind_has_its_message() {
    use crate::domain::notification::NotificationKind;
    for locale in Locale::ALL {
        let i = I18n::new(*locale);
        for kind in NotificationKind::ALL {
            let id = kind.message_id();
            assert!(i.has(&id), "{locale}: {id}");
            let args = kind.variables().iter().map(|v| (*v, FluentValue::from("x")));
            let text = i.t_args(&id, args);
            assert!(!text.contains("Unknown") && !text.is_empty(), "{locale}: {id}: {text}");
        }
    }
}

#[test]
fn plural_categories_follow_the_locale() {
    let years = |l: Locale, n: i32| I18n::new(l).t_args("protocol-retention-years", [("years", FluentValue::from(n))]);
    assert!(years(Locale::En, 1).ends_with("year"));
    assert!(years(Locale::En, 5).ends_with("years"));
    assert!(years(Locale::Ar, 2).contains("سنتان"));
    assert!(years(Locale::Ar, 5).contains("سنوات"));
}
