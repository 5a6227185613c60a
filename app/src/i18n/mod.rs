//! Server-side translation with Fluent. Islands never load Fluent: they get their strings
//! as props, already translated here.

use crate::domain::locale::Locale;
pub use fluent_templates::fluent_bundle::FluentValue;
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
mod code_ids;
#[cfg(test)]
mod locale_files;
