//! Server-side translation with Fluent. Islands never load Fluent: they get their strings
//! as props, already translated here.

use crate::domain::locale::Locale;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;

fluent_templates::static_loader! {
    pub static LOCALES = {
        locales: "../locales",
        fallback_language: "nl",
        // Isolation marks keep names and numbers in the right order inside right-to-left text.
        customise: |bundle| bundle.set_use_isolating(true),
    };
}

/// Translator for one request's language.
#[derive(Clone, Debug)]
pub struct I18n {
    pub locale: Locale,
    id: LanguageIdentifier,
}

impl I18n {
    pub fn new(locale: Locale) -> Self {
        let id = locale.as_str().parse().unwrap_or_default();
        I18n { locale, id }
    }

    pub fn t(&self, message_id: &str) -> String {
        LOCALES.lookup(&self.id, message_id)
    }

    pub fn t_args<'a, K: Into<Cow<'static, str>>>(
        &self,
        message_id: &str,
        args: impl IntoIterator<Item = (K, FluentValue<'a>)>,
    ) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> =
            args.into_iter().map(|(k, v)| (k.into(), v.into_owned())).collect();
        LOCALES.lookup_with_args(&self.id, message_id, &args)
    }

    /// Whether the message exists, with or without variables to fill in.
    pub fn has(&self, message_id: &str) -> bool {
        // A message that needs variables fails to format without them, yet exists; the
        // crate does not export its error type, so the variant is told apart by its name.
        match LOCALES.lookup_single_language::<&str>(&self.id, message_id, None) {
            Ok(_) => true,
            Err(e) => format!("{e:?}").starts_with("FluentError"),
        }
    }
}

/// The translator of the current request (provided by the shell).
pub fn use_i18n() -> I18n {
    I18n::new(leptos::prelude::use_context::<Locale>().unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;

    fn ids(file: &Path) -> BTreeSet<String> {
        std::fs::read_to_string(file)
            .unwrap()
            .lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase() || c == '-'))
            .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
            .collect()
    }

    fn files(locale: &str) -> BTreeSet<String> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales").join(locale);
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect()
    }

    /// Every locale has the same files, and every file the same message and term ids as Dutch.
    #[test]
    fn every_locale_has_every_message() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        let source = files("nl");
        for locale in Locale::ALL {
            assert_eq!(files(locale.as_str()), source, "file set of {locale}");
            for file in &source {
                let nl = ids(&root.join("nl").join(file));
                let other = ids(&root.join(locale.as_str()).join(file));
                assert_eq!(other, nl, "{locale}/{file} differs from nl/{file}");
            }
        }
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

    #[test]
    fn plural_categories_follow_the_locale() {
        let years =
            |l: Locale, n: i32| I18n::new(l).t_args("protocol-retention-years", [("years", FluentValue::from(n))]);
        assert!(years(Locale::En, 1).ends_with("year"));
        assert!(years(Locale::En, 5).ends_with("years"));
        assert!(years(Locale::Ar, 2).contains("سنتان"));
        assert!(years(Locale::Ar, 5).contains("سنوات"));
    }
}
