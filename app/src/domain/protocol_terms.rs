//! What a protocol version states (art. 2, 3, 4, 5, 11, 12 and the DPO advice), as the protocol
//! admin drafts it: when a draft may be published, how it differs from the version in force,
//! and which consent carries over to it. A person consented to what the version in force says;
//! a new version that asks for more (a field, a purpose, another kind of recipient) must be
//! consented to again for that part.

use super::consent::ConsentScopes;
use super::fields::{Field, FieldCategory};
use super::locale::Locale;
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// Art. 2: data stay identifiable at most five years.
pub const MAX_RETENTION_MONTHS: i32 = 60;
/// A notice period longer than two years is not a notice period (art. 12 says three months).
pub const MAX_NOTICE_MONTHS: i32 = 24;

/// The terms of one version, text aside (as the admin's pages show them, too).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Terms {
    pub legal_basis: String,
    pub purposes: String,
    pub recipient_categories: String,
    pub fields: BTreeSet<Field>,
    pub retention_months: i32,
    pub signed_on: NaiveDate,
    pub valid_from: NaiveDate,
    /// Last day in force, inclusive; none: until terminated.
    pub valid_until: Option<NaiveDate>,
    pub notice_period_months: i32,
    pub dpo_advice_discloser_on: Option<NaiveDate>,
    pub dpo_advice_recipient_on: Option<NaiveDate>,
}

/// Whether a language's published text and consent notice are there (not blank).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextPresence {
    pub language: Locale,
    /// Title and body.
    pub text: bool,
    pub consent_notice: bool,
}

/// Why a draft cannot be published yet; each names what is missing or wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublishProblem {
    LegalBasisMissing,
    PurposesMissing,
    RecipientsMissing,
    NoFields,
    DiscloserAdviceMissing,
    RecipientAdviceMissing,
    TextMissing(Locale),
    NoticeMissing(Locale),
    /// A version is signed before it takes effect.
    SignedAfterStart,
    /// The DPOs advise before the protocol is signed.
    AdviceAfterSigning,
    EndBeforeStart,
    /// Publication cannot reach back: consent given before it could not have been informed.
    StartsInThePast,
    RetentionOutOfRange,
    NoticePeriodOutOfRange,
}

impl PublishProblem {
    pub fn message_id(self) -> &'static str {
        use PublishProblem::*;
        match self {
            LegalBasisMissing => "protocols-missing-legal-basis",
            PurposesMissing => "protocols-missing-purposes",
            RecipientsMissing => "protocols-missing-recipients",
            NoFields => "protocols-missing-fields",
            DiscloserAdviceMissing => "protocols-missing-advice-discloser",
            RecipientAdviceMissing => "protocols-missing-advice-recipient",
            TextMissing(_) => "protocols-missing-text",
            NoticeMissing(_) => "protocols-missing-notice",
            SignedAfterStart => "protocols-dates-signed-after-start",
            AdviceAfterSigning => "protocols-dates-advice-after-signing",
            EndBeforeStart => "protocols-dates-end-before-start",
            StartsInThePast => "protocols-dates-start-in-past",
            RetentionOutOfRange => "protocols-retention-out-of-range",
            NoticePeriodOutOfRange => "protocols-notice-out-of-range",
        }
    }

    /// The language a problem is about, for the message's `$language`.
    pub fn language(self) -> Option<Locale> {
        match self {
            PublishProblem::TextMissing(l) | PublishProblem::NoticeMissing(l) => Some(l),
            _ => None,
        }
    }
}

/// Everything that stands in the way of publishing `terms` with `texts` on `today`; empty: it
/// may be published. Every supported language needs its text and its consent notice.
pub fn publish_problems(terms: &Terms, texts: &[TextPresence], today: NaiveDate) -> Vec<PublishProblem> {
    use PublishProblem::*;
    let mut out = Vec::new();
    let blank = |s: &str| s.trim().is_empty();
    let checks = [
        (blank(&terms.legal_basis), LegalBasisMissing),
        (blank(&terms.purposes), PurposesMissing),
        (blank(&terms.recipient_categories), RecipientsMissing),
        (terms.fields.is_empty(), NoFields),
        (terms.dpo_advice_discloser_on.is_none(), DiscloserAdviceMissing),
        (terms.dpo_advice_recipient_on.is_none(), RecipientAdviceMissing),
    ];
    out.extend(checks.into_iter().filter(|(bad, _)| *bad).map(|(_, p)| p));
    for &language in Locale::ALL {
        let presence = texts.iter().find(|t| t.language == language);
        if !presence.is_some_and(|t| t.text) {
            out.push(TextMissing(language));
        }
        if !presence.is_some_and(|t| t.consent_notice) {
            out.push(NoticeMissing(language));
        }
    }
    if terms.signed_on > terms.valid_from {
        out.push(SignedAfterStart);
    }
    let advice = [terms.dpo_advice_discloser_on, terms.dpo_advice_recipient_on];
    if advice.into_iter().flatten().any(|d| d > terms.signed_on) {
        out.push(AdviceAfterSigning);
    }
    if terms.valid_until.is_some_and(|u| u < terms.valid_from) {
        out.push(EndBeforeStart);
    }
    if terms.valid_from < today {
        out.push(StartsInThePast);
    }
    if !(1..=MAX_RETENTION_MONTHS).contains(&terms.retention_months) {
        out.push(RetentionOutOfRange);
    }
    if !(0..=MAX_NOTICE_MONTHS).contains(&terms.notice_period_months) {
        out.push(NoticePeriodOutOfRange);
    }
    out
}

/// A term of a version, as the diff names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Term {
    LegalBasis,
    Purposes,
    RecipientCategories,
    Fields,
    Retention,
    SignedOn,
    Validity,
    NoticePeriod,
    DpoAdvice,
}

impl Term {
    pub fn label_id(self) -> &'static str {
        match self {
            Term::LegalBasis => "protocols-term-legal-basis",
            Term::Purposes => "protocols-term-purposes",
            Term::RecipientCategories => "protocols-term-recipients",
            Term::Fields => "protocols-term-fields",
            Term::Retention => "protocols-term-retention",
            Term::SignedOn => "protocols-term-signed-on",
            Term::Validity => "protocols-term-validity",
            Term::NoticePeriod => "protocols-term-notice-period",
            Term::DpoAdvice => "protocols-term-dpo-advice",
        }
    }
}

/// How a draft differs from the version in force.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TermsDiff {
    pub changed: Vec<Term>,
    pub fields_added: Vec<Field>,
    pub fields_removed: Vec<Field>,
}

pub fn diff(current: &Terms, draft: &Terms) -> TermsDiff {
    let same = |a: &str, b: &str| a.trim() == b.trim();
    let changed = [
        (!same(&current.legal_basis, &draft.legal_basis), Term::LegalBasis),
        (!same(&current.purposes, &draft.purposes), Term::Purposes),
        (!same(&current.recipient_categories, &draft.recipient_categories), Term::RecipientCategories),
        (current.fields != draft.fields, Term::Fields),
        (current.retention_months != draft.retention_months, Term::Retention),
        (current.signed_on != draft.signed_on, Term::SignedOn),
        ((current.valid_from, current.valid_until) != (draft.valid_from, draft.valid_until), Term::Validity),
        (current.notice_period_months != draft.notice_period_months, Term::NoticePeriod),
        (
            (current.dpo_advice_discloser_on, current.dpo_advice_recipient_on)
                != (draft.dpo_advice_discloser_on, draft.dpo_advice_recipient_on),
            Term::DpoAdvice,
        ),
    ];
    TermsDiff {
        changed: changed.into_iter().filter(|(c, _)| *c).map(|(_, t)| t).collect(),
        fields_added: draft.fields.difference(&current.fields).copied().collect(),
        fields_removed: current.fields.difference(&draft.fields).copied().collect(),
    }
}

/// What of `scopes`, given under `before`, still holds under `after`: a category whose fields
/// did not grow, when the purposes are the same; onward sharing too when the recipients are the
/// same and something is still shared. The rest needs the person's consent again.
pub fn carried_scopes(before: &Terms, after: &Terms, scopes: ConsentScopes) -> ConsentScopes {
    if before.purposes.trim() != after.purposes.trim() {
        return ConsentScopes::NONE;
    }
    let not_grown = |category: FieldCategory| {
        after.fields.iter().filter(|f| f.category() == category).all(|f| before.fields.contains(f))
    };
    let contact = scopes.contact && not_grown(FieldCategory::Contact);
    let trajectory = scopes.trajectory && not_grown(FieldCategory::Trajectory);
    let same_recipients = before.recipient_categories.trim() == after.recipient_categories.trim();
    ConsentScopes { contact, trajectory, onward: scopes.onward && same_recipients && (contact || trajectory) }
}

// A new version may carry a person's consent over without asking them only where its terms did
// not grow: whatever the terms, what is carried must be part of what the person gave, never
// onward sharing alone, nothing when the purposes changed, and all of it when nothing grew.
#[cfg(test)]
mod properties {
    use super::*;
    use crate::domain::hostile_input::config;
    use proptest::prelude::*;

    fn terms() -> impl Strategy<Value = Terms> {
        let text = || prop::sample::select(vec!["Integratie", " Integratie ", "Integratie en werk", ""]);
        let fields = prop::collection::btree_set(prop::sample::select(Field::ALL), 0..=Field::ALL.len());
        (text(), text(), fields).prop_map(|(purposes, recipients, fields)| Terms {
            legal_basis: "Decreet".into(),
            purposes: purposes.into(),
            recipient_categories: recipients.into(),
            fields,
            retention_months: 60,
            signed_on: NaiveDate::MIN,
            valid_from: NaiveDate::MIN,
            valid_until: None,
            notice_period_months: 3,
            dpo_advice_discloser_on: None,
            dpo_advice_recipient_on: None,
        })
    }

    proptest! {
        #![proptest_config(config(256))]

        #[test]
        fn carried_consent_is_part_of_what_was_given(before in terms(), after in terms(), b in 0u8..8) {
            let given = ConsentScopes { contact: b & 1 != 0, trajectory: b & 2 != 0, onward: b & 4 != 0 };
            let carried = carried_scopes(&before, &after, given);
            prop_assert!(!carried.contact || given.contact);
            prop_assert!(!carried.trajectory || given.trajectory);
            prop_assert!(!carried.onward || (given.onward && carried.any()));
            if before.purposes.trim() != after.purposes.trim() {
                prop_assert_eq!(carried, ConsentScopes::NONE);
            }
            // Nothing grew: `after`'s fields were all in the version before it.
            let wider = Terms { fields: before.fields.union(&after.fields).copied().collect(), ..after.clone() };
            let valid = ConsentScopes { onward: given.onward && given.any(), ..given };
            prop_assert_eq!(carried_scopes(&wider, &after, given), valid);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn terms() -> Terms {
        Terms {
            legal_basis: "Decreet 7 juni 2013, art. 20 §1 7°".into(),
            purposes: "Lokaal integratiebeleid".into(),
            recipient_categories: "Partners; medewerkers met een functieprofiel".into(),
            fields: [Field::GivenName, Field::Phone, Field::DutchLevel].into(),
            retention_months: 60,
            signed_on: d("2027-01-10"),
            valid_from: d("2027-02-01"),
            valid_until: Some(d("2029-01-31")),
            notice_period_months: 3,
            dpo_advice_discloser_on: Some(d("2027-01-05")),
            dpo_advice_recipient_on: Some(d("2027-01-06")),
        }
    }

    fn all_texts() -> Vec<TextPresence> {
        Locale::ALL.iter().map(|&language| TextPresence { language, text: true, consent_notice: true }).collect()
    }

    const ALL: ConsentScopes = ConsentScopes { contact: true, trajectory: true, onward: true };

    #[test]
    fn a_complete_draft_may_be_published() {
        assert_eq!(publish_problems(&terms(), &all_texts(), d("2027-01-20")), []);
        assert_eq!(publish_problems(&terms(), &all_texts(), d("2027-02-01")), [], "starting today is fine");
    }

    #[test]
    fn a_missing_language_is_named() {
        let mut texts = all_texts();
        texts.retain(|t| t.language != Locale::Ar);
        texts.iter_mut().find(|t| t.language == Locale::Fr).unwrap().consent_notice = false;
        assert_eq!(
            publish_problems(&terms(), &texts, d("2027-01-20")),
            [
                PublishProblem::NoticeMissing(Locale::Fr),
                PublishProblem::TextMissing(Locale::Ar),
                PublishProblem::NoticeMissing(Locale::Ar)
            ]
        );
        assert_eq!(PublishProblem::TextMissing(Locale::Ar).language(), Some(Locale::Ar));
    }

    #[test]
    fn inconsistent_dates_and_missing_terms_are_named() {
        let t = Terms {
            purposes: "  ".into(),
            fields: BTreeSet::new(),
            signed_on: d("2027-02-02"),
            valid_until: Some(d("2027-01-31")),
            dpo_advice_recipient_on: Some(d("2027-02-03")),
            dpo_advice_discloser_on: None,
            retention_months: 61,
            notice_period_months: -1,
            ..terms()
        };
        use PublishProblem::*;
        assert_eq!(
            publish_problems(&t, &all_texts(), d("2027-02-02")),
            [
                PurposesMissing,
                NoFields,
                DiscloserAdviceMissing,
                SignedAfterStart,
                AdviceAfterSigning,
                EndBeforeStart,
                StartsInThePast,
                RetentionOutOfRange,
                NoticePeriodOutOfRange
            ]
        );
    }

    #[test]
    fn the_diff_names_what_changed_and_which_fields() {
        let mut draft = terms();
        draft.fields = [Field::GivenName, Field::Email, Field::DutchLevel].into();
        draft.valid_until = None;
        assert_eq!(
            diff(&terms(), &draft),
            TermsDiff {
                changed: vec![Term::Fields, Term::Validity],
                fields_added: vec![Field::Email],
                fields_removed: vec![Field::Phone]
            }
        );
        assert_eq!(diff(&terms(), &terms()), TermsDiff::default());
    }

    #[test]
    fn consent_carries_over_only_to_what_did_not_grow() {
        let same = terms();
        assert_eq!(carried_scopes(&terms(), &same, ALL), ALL, "same terms, same consent");
        let fewer = Terms { fields: [Field::GivenName].into(), ..terms() };
        assert_eq!(carried_scopes(&terms(), &fewer, ALL), ALL, "asking less needs no new consent");
        let more_contact =
            Terms { fields: [Field::GivenName, Field::Phone, Field::Email, Field::DutchLevel].into(), ..terms() };
        assert_eq!(
            carried_scopes(&terms(), &more_contact, ALL),
            ConsentScopes { contact: false, trajectory: true, onward: true }
        );
        let new_purpose = Terms { purposes: "Lokaal integratiebeleid; statistiek".into(), ..terms() };
        assert_eq!(carried_scopes(&terms(), &new_purpose, ALL), ConsentScopes::NONE);
        let new_recipients = Terms { recipient_categories: "Iedereen".into(), ..terms() };
        assert_eq!(
            carried_scopes(&terms(), &new_recipients, ALL),
            ConsentScopes { contact: true, trajectory: true, onward: false }
        );
        let only_trajectory_grew =
            Terms { fields: [Field::GivenName, Field::Phone, Field::MoStatus].into(), ..terms() };
        let contact_only = ConsentScopes { contact: true, trajectory: false, onward: true };
        assert_eq!(carried_scopes(&terms(), &only_trajectory_grew, contact_only), contact_only);
        let no_onward_alone = ConsentScopes { contact: false, trajectory: true, onward: true };
        assert_eq!(
            carried_scopes(
                &terms(),
                &Terms { fields: [Field::DutchLevel, Field::MoStatus].into(), ..terms() },
                no_onward_alone
            ),
            ConsentScopes::NONE,
            "onward alone is never left over"
        );
    }
}
