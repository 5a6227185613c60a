//! Supported languages and how a request's language is chosen.

use super::coded_enum;

coded_enum!(
    /// A language the portal speaks. Dutch is the source language (and the default).
    #[derive(Default)]
    Locale, "error-language-unknown" {
        #[default]
        Nl => "nl",
        En => "en",
        Fr => "fr",
        Ar => "ar",
        Fa => "fa",
        Ps => "ps",
        Ti => "ti",
        So => "so",
        Uk => "uk",
        Ru => "ru",
        Tr => "tr",
        Ro => "ro",
        Pl => "pl",
        Es => "es",
    }
);

impl Locale {
    pub fn is_rtl(self) -> bool {
        matches!(self, Locale::Ar | Locale::Fa | Locale::Ps)
    }

    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// The language's own name, for the switcher (never translated).
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::Nl => "Nederlands",
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Ar => "العربية",
            Locale::Fa => "فارسی",
            Locale::Ps => "پښتو",
            Locale::Ti => "ትግርኛ",
            Locale::So => "Soomaali",
            Locale::Uk => "Українська",
            Locale::Ru => "Русский",
            Locale::Tr => "Türkçe",
            Locale::Ro => "Română",
            Locale::Pl => "Polski",
            Locale::Es => "Español",
        }
    }

    /// The language chosen with the switcher (cookie) first, then the signed-in person's
    /// contact language, then `Accept-Language` (by quality), then Dutch.
    pub fn negotiate(cookie: Option<&str>, contact: Option<Locale>, accept_language: Option<&str>) -> Locale {
        if let Some(l) = cookie.and_then(|c| Locale::parse(c.trim()).ok()) {
            return l;
        }
        contact.or_else(|| accept_language.and_then(best_accepted)).unwrap_or_default()
    }
}

fn best_accepted(header: &str) -> Option<Locale> {
    let mut best: Option<(f32, Locale)> = None;
    for item in header.split(',') {
        let mut parts = item.trim().split(';');
        let tag = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let quality =
            parts.find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok())).unwrap_or(1.0);
        let primary = tag.split('-').next().unwrap_or("");
        if let Ok(locale) = Locale::parse(primary)
            && quality > 0.0
            && best.is_none_or(|(q, _)| quality > q)
        {
            best = Some((quality, locale));
        }
    }
    best.map(|(_, l)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The cookie and `Accept-Language` come from whoever sends the request, on every page: any
    // string must give a supported language and never a panic, and a valid choice must win.
    mod properties {
        use super::*;
        use crate::domain::hostile_input::{config, hostile};
        use proptest::prelude::*;

        fn header() -> impl Strategy<Value = String> {
            let tag =
                prop_oneof![prop::sample::select(Locale::ALL).prop_map(|l| l.as_str().to_owned()), "[a-zA-Z-]{0,8}"];
            let q = prop::option::of(prop_oneof!["[0-9.]{0,5}", Just("NaN".to_owned()), Just("-1".to_owned())]);
            let item = (tag, q).prop_map(|(t, q)| q.map_or(t.clone(), |q| format!("{t};q={q}")));
            prop::collection::vec(item, 0..6).prop_map(|items| items.join(", "))
        }

        proptest! {
            #![proptest_config(config(256))]

            #[test]
            fn any_header_gives_a_language_it_names_or_dutch(h in prop_oneof![header(), hostile()], junk in hostile()) {
                let chosen = Locale::negotiate(Some(&junk), None, Some(&h));
                let named = h.to_ascii_lowercase().contains(chosen.as_str());
                prop_assert!(chosen == Locale::Nl || named || Locale::parse(junk.trim()) == Ok(chosen));
            }

            #[test]
            fn a_valid_cookie_wins(l in prop::sample::select(Locale::ALL), h in header(), pad in "[ \t]{0,2}") {
                let contact = Some(Locale::Ar);
                prop_assert_eq!(Locale::negotiate(Some(&format!("{pad}{l}{pad}")), contact, Some(&h)), l);
            }
        }
    }

    #[test]
    fn cookie_wins_over_header() {
        assert_eq!(Locale::negotiate(Some("ar"), None, Some("fr")), Locale::Ar);
    }

    #[test]
    fn bad_cookie_falls_back_to_header_then_dutch() {
        assert_eq!(Locale::negotiate(Some("xx"), None, Some("fr-BE,fr;q=0.9")), Locale::Fr);
        assert_eq!(Locale::negotiate(None, None, Some("de-DE, it;q=0.8")), Locale::Nl);
        assert_eq!(Locale::negotiate(None, None, None), Locale::Nl);
        assert_eq!(
            Locale::negotiate(None, Some(Locale::Ar), Some("fr")),
            Locale::Ar,
            "contact language over the browser"
        );
        assert_eq!(
            Locale::negotiate(Some("en"), Some(Locale::Ar), None),
            Locale::En,
            "a choice over the contact language"
        );
    }

    #[test]
    fn header_quality_is_respected() {
        assert_eq!(Locale::negotiate(None, None, Some("en;q=0.5, ar;q=0.9, nl;q=0")), Locale::Ar);
        assert_eq!(Locale::negotiate(None, None, Some("nl;q=0, en;q=0.1")), Locale::En);
    }

    #[test]
    fn arabic_persian_and_pashto_are_right_to_left() {
        let rtl: Vec<Locale> = Locale::ALL.iter().copied().filter(|l| l.dir() == "rtl").collect();
        assert_eq!(rtl, [Locale::Ar, Locale::Fa, Locale::Ps]);
    }

    #[test]
    fn every_language_is_named_in_its_own_script_once() {
        let mut names: Vec<&str> = Locale::ALL.iter().map(|l| l.endonym()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), Locale::ALL.len());
        assert_eq!(Locale::Ti.endonym().chars().next().map(|c| ('\u{1200}'..='\u{137F}').contains(&c)), Some(true));
        assert_eq!(Locale::Uk.endonym().chars().next().map(|c| ('\u{0400}'..='\u{04FF}').contains(&c)), Some(true));
    }

    #[test]
    fn a_regional_tag_finds_its_language() {
        assert_eq!(Locale::negotiate(None, None, Some("uk-UA,uk;q=0.9,ru;q=0.8")), Locale::Uk);
        assert_eq!(Locale::negotiate(None, None, Some("fa-AF")), Locale::Fa);
        assert_eq!(Locale::negotiate(None, None, Some("ti-ER, en;q=0.5")), Locale::Ti);
    }
}
