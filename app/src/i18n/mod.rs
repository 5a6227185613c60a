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
        // Isolation marks keep names and numbers in the right order inside right-to-left text;
        // numbers are grouped as the bundle's language does.
        customise: |bundle| {
            bundle.set_use_isolating(true);
            bundle.set_formatter(Some(numbers::format));
        },
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
        match LOCALES.lookup_single_language::<&str>(&self.id, message_id, None) {
            Ok(text) => text,
            Err(_) => self.fallback(message_id, LOCALES.lookup(&self.id, message_id)),
        }
    }

    pub fn t_args<'a, K: Into<Cow<'static, str>>>(
        &self,
        message_id: &str,
        args: impl IntoIterator<Item = (K, FluentValue<'a>)>,
    ) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> =
            args.into_iter().map(|(k, v)| (k.into(), v.into_owned())).collect();
        match LOCALES.lookup_single_language(&self.id, message_id, Some(&args)) {
            Ok(text) => text,
            Err(_) => self.fallback(message_id, LOCALES.lookup_with_args(&self.id, message_id, &args)),
        }
    }

    /// A message this language lacks (or cannot format): the Dutch one is shown, and the miss
    /// is logged and remembered — a page must never show it (the browser suite reads the log).
    fn fallback(&self, message_id: &str, shown: String) -> String {
        tracing::warn!(target: "i18n", locale = %self.locale, message_id, "message missing in this language: the Dutch text is shown");
        if let Ok(mut missing) = MISSING.lock() {
            missing.insert((self.locale, message_id.to_owned()));
        }
        shown
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

/// Every (language, message) a page asked for and the language lacked, since the start.
static MISSING: std::sync::Mutex<std::collections::BTreeSet<(Locale, String)>> =
    std::sync::Mutex::new(std::collections::BTreeSet::new());

/// The messages found missing so far (see [`I18n::fallback`]).
pub fn missing_messages() -> Vec<(Locale, String)> {
    MISSING.lock().map(|m| m.iter().cloned().collect()).unwrap_or_default()
}

/// The translator of the current request (provided by the shell).
pub fn use_i18n() -> I18n {
    I18n::new(leptos::prelude::use_context::<Locale>().unwrap_or_default())
}

pub mod numbers;
pub mod review;

#[cfg(test)]
mod code_ids;
#[cfg(test)]
mod locale_files;
#[cfg(test)]
mod plain_language;
#[cfg(test)]
mod plurals;
#[cfg(test)]
mod terms;
