//! Drafting a protocol (the agency's protocol admin): a new protocol starts as a draft of its
//! first version; a new version starts as a copy of the one in force; a draft is edited until it
//! is published (`publish`). A draft may be incomplete — that is what drafts are for — but what
//! is typed must be what it claims to be (a day is a day, a field is a catalogue field).

use crate::domain::fields::Field;
use crate::domain::free_text::{Lines, clean};
use crate::domain::locale::Locale;
use crate::domain::protocol::VersionStatus;
use crate::domain::protocol_terms::{MAX_NOTICE_MONTHS, MAX_RETENTION_MONTHS, Terms};
use crate::domain::roles::PartyKind;
use crate::domain::time::{parse_day, today};
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::queries::protocol as queries;
use crate::store::{Db, party, protocol, protocol_text, protocol_version, protocol_version_field};
use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

/// A draft as the form sends it, every value as typed.
#[derive(Debug, Clone, Default)]
pub struct DraftInput {
    pub legal_basis: String,
    pub purposes: String,
    pub recipient_categories: String,
    pub fields: Vec<String>,
    pub retention_months: String,
    pub notice_period_months: String,
    pub signed_on: String,
    pub valid_from: String,
    pub valid_until: String,
    pub dpo_advice_discloser_on: String,
    pub dpo_advice_recipient_on: String,
    /// Per language, as typed (blank: not written yet).
    pub texts: Vec<RawText>,
}

/// One language's boxes of a draft, as typed.
#[derive(Debug, Clone)]
pub struct RawText {
    pub language: Locale,
    pub title: String,
    pub body: String,
    pub consent_notice: String,
    /// The purposes in this language (optional: without them the Dutch are shown, labelled).
    pub purposes: String,
}

/// A text of a draft, checked.
pub struct DraftText {
    pub language: Locale,
    pub title: String,
    pub body: String,
    pub consent_notice: String,
    pub purposes: Option<String>,
}

const TITLE_MAX: usize = 400;
const TERM_MAX: usize = 4_000;
const BODY_MAX: usize = 200_000;

fn text(raw: &str, lines: Lines, max: usize, field: &'static str) -> Result<String, ServiceError> {
    match clean(raw, lines, max) {
        Ok(s) => Ok(s),
        Err(crate::domain::free_text::TextError::Empty) => Ok(String::new()),
        Err(crate::domain::free_text::TextError::TooLong) => {
            Err(ServiceError::Invalid { field, message_id: "protocols-error-too-long" })
        }
        Err(crate::domain::free_text::TextError::Characters) => {
            Err(ServiceError::Invalid { field, message_id: "error-text-characters" })
        }
    }
}

fn months(
    raw: &str,
    field: &'static str,
    range: std::ops::RangeInclusive<i32>,
    message_id: &'static str,
) -> Result<i32, ServiceError> {
    raw.trim().parse::<i32>().ok().filter(|m| range.contains(m)).ok_or(ServiceError::Invalid { field, message_id })
}

fn day(raw: &str, field: &'static str) -> Result<NaiveDate, ServiceError> {
    parse_day(raw).ok_or(ServiceError::Invalid { field, message_id: "protocols-error-day" })
}

fn optional_day(raw: &str, field: &'static str) -> Result<Option<NaiveDate>, ServiceError> {
    if raw.trim().is_empty() { Ok(None) } else { day(raw, field).map(Some) }
}

impl DraftInput {
    /// The terms and texts typed, checked one box at a time (the first wrong box is named).
    pub fn parse(&self) -> Result<(Terms, Vec<DraftText>), ServiceError> {
        let fields = self
            .fields
            .iter()
            .map(|f| {
                Field::parse(f).map_err(|_| ServiceError::Invalid { field: "fields", message_id: "error-bad-request" })
            })
            .collect::<Result<_, _>>()?;
        let retention_months = months(
            &self.retention_months,
            "retention_months",
            1..=MAX_RETENTION_MONTHS,
            "protocols-retention-out-of-range",
        )?;
        let terms = Terms {
            legal_basis: text(&self.legal_basis, Lines::Many, TERM_MAX, "legal_basis")?,
            purposes: text(&self.purposes, Lines::Many, TERM_MAX, "purposes")?,
            recipient_categories: text(&self.recipient_categories, Lines::Many, TERM_MAX, "recipient_categories")?,
            fields,
            retention_months,
            signed_on: day(&self.signed_on, "signed_on")?,
            valid_from: day(&self.valid_from, "valid_from")?,
            valid_until: optional_day(&self.valid_until, "valid_until")?,
            notice_period_months: months(
                &self.notice_period_months,
                "notice_period_months",
                0..=MAX_NOTICE_MONTHS,
                "protocols-notice-out-of-range",
            )?,
            dpo_advice_discloser_on: optional_day(&self.dpo_advice_discloser_on, "dpo_advice_discloser_on")?,
            dpo_advice_recipient_on: optional_day(&self.dpo_advice_recipient_on, "dpo_advice_recipient_on")?,
        };
        if terms.valid_until.is_some_and(|u| u < terms.valid_from) {
            return Err(ServiceError::Invalid { field: "valid_until", message_id: "protocols-dates-end-before-start" });
        }
        let mut texts = Vec::new();
        for raw in &self.texts {
            let t = DraftText {
                language: raw.language,
                title: text(&raw.title, Lines::One, TITLE_MAX, "texts")?,
                body: text(&raw.body, Lines::Many, BODY_MAX, "texts")?,
                consent_notice: text(&raw.consent_notice, Lines::Many, BODY_MAX, "texts")?,
                purposes: Some(text(&raw.purposes, Lines::Many, TERM_MAX, "texts")?).filter(|p| !p.is_empty()),
            };
            if !(t.title.is_empty() && t.body.is_empty() && t.consent_notice.is_empty() && t.purposes.is_none()) {
                texts.push(t);
            }
        }
        Ok((terms, texts))
    }
}

/// Writes `terms` and `texts` into the draft `v` (its fields and texts replaced).
async fn write_draft(
    tx: &WriteTx<'_>,
    v: protocol_version::Model,
    terms: &Terms,
    texts: Vec<DraftText>,
) -> Result<protocol_version::Model, ServiceError> {
    let mut m = v.into_active_model();
    m.legal_basis = Set(terms.legal_basis.clone());
    m.purposes = Set(terms.purposes.clone());
    m.recipient_categories = Set(terms.recipient_categories.clone());
    m.retention_months = Set(terms.retention_months);
    m.signed_on = Set(terms.signed_on);
    m.valid_from = Set(terms.valid_from);
    m.valid_until = Set(terms.valid_until);
    m.notice_period_months = Set(terms.notice_period_months);
    m.dpo_advice_discloser_on = Set(terms.dpo_advice_discloser_on);
    m.dpo_advice_recipient_on = Set(terms.dpo_advice_recipient_on);
    let v = m.update(&tx.tx).await?;
    protocol_version_field::Entity::delete_many()
        .filter(protocol_version_field::Column::ProtocolVersionId.eq(v.id))
        .exec(&tx.tx)
        .await?;
    let rows: Vec<_> = terms
        .fields
        .iter()
        .map(|f| protocol_version_field::ActiveModel { protocol_version_id: Set(v.id), field: Set(f.as_str().into()) })
        .collect();
    if !rows.is_empty() {
        protocol_version_field::Entity::insert_many(rows).exec(&tx.tx).await?;
    }
    protocol_text::Entity::delete_many().filter(protocol_text::Column::ProtocolVersionId.eq(v.id)).exec(&tx.tx).await?;
    for t in texts {
        protocol_text::ActiveModel {
            protocol_version_id: Set(v.id),
            language: Set(t.language.as_str().into()),
            title: Set(t.title),
            body: Set(t.body),
            consent_notice: Set(t.consent_notice),
            purposes: Set(t.purposes),
            ..Default::default()
        }
        .insert(&tx.tx)
        .await?;
    }
    Ok(v)
}

/// The audit payload of a draft's content: its terms and a hash per text, never the text.
fn payload(v: &protocol_version::Model, terms: &Terms, texts: &[protocol_text::Model]) -> String {
    let hashes: Vec<String> = texts
        .iter()
        .map(|t| {
            let purposes = t.purposes.as_deref().unwrap_or_default();
            let all = format!("{}\n{}\n{}\n{purposes}", t.title, t.body, t.consent_notice);
            format!("{}:{}", t.language, crate::domain::audit::sha256_hex(all.as_bytes()))
        })
        .collect();
    format!("{}|{}|{:?}|{}", v.protocol_id, v.version_no, terms, hashes.join(","))
}

/// A draft version of `slug`, number `version_no`, or why it cannot be edited.
pub(super) async fn draft_of(
    tx: &WriteTx<'_>,
    slug: &str,
    version_no: i32,
) -> Result<(protocol::Model, protocol_version::Model), ServiceError> {
    let p = queries::by_slug(&tx.tx, slug).await?.ok_or(ServiceError::NotFound)?;
    let v = queries::version(&tx.tx, p.id, version_no).await?.ok_or(ServiceError::NotFound)?;
    if v.status != VersionStatus::Draft.as_str() {
        return Err(ServiceError::Refused("protocols-error-not-a-draft"));
    }
    Ok((p, v))
}

/// Saves what was typed into a draft.
pub async fn save(
    db: &Db,
    actor: &str,
    slug: &str,
    version_no: i32,
    input: &DraftInput,
    now: DateTime<Utc>,
) -> Result<(), ServiceError> {
    let (terms, texts) = input.parse()?;
    let tx = WriteTx::begin(db, now).await?;
    let (_, v) = draft_of(&tx, slug, version_no).await?;
    let v = write_draft(&tx, v, &terms, texts).await?;
    let stored = queries::texts_of(&tx.tx, v.id).await?;
    audit::record(
        &tx,
        actor,
        "protocol.version.edit",
        format!("protocol_version:{}", v.id),
        &payload(&v, &terms, &stored),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A new draft version of `slug`, copied from the version in force (or the newest published):
/// its terms, fields and texts; new dates and new DPO advice to fill in. Only one draft at a
/// time: when there is one already, that is the one returned. Returns the draft's number.
pub async fn new_version(db: &Db, actor: &str, slug: &str, now: DateTime<Utc>) -> Result<i32, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let p = queries::by_slug(&tx.tx, slug).await?.ok_or(ServiceError::NotFound)?;
    let versions = queries::all_versions(&tx.tx, p.id).await?;
    if let Some(draft) = versions.iter().find(|v| v.status == VersionStatus::Draft.as_str()) {
        return Ok(draft.version_no);
    }
    let published: Vec<_> = versions.iter().filter(|v| v.status != VersionStatus::Draft.as_str()).cloned().collect();
    let source = crate::domain::protocol::shown_version(&published, today(now), protocol_version::Model::validity)
        .ok_or(ServiceError::NotFound)?;
    let mut terms = queries::terms_of(&tx.tx, source).await?;
    let day = today(now);
    (terms.signed_on, terms.valid_from) = (day, day);
    (terms.dpo_advice_discloser_on, terms.dpo_advice_recipient_on) = (None, None);
    let texts = queries::texts_of(&tx.tx, source.id)
        .await?
        .into_iter()
        .filter_map(|t| {
            let language = Locale::parse(&t.language).ok()?;
            let (title, body, consent_notice, purposes) = (t.title, t.body, t.consent_notice, t.purposes);
            Some(DraftText { language, title, body, consent_notice, purposes })
        })
        .collect();
    let version_no = versions.first().map_or(1, |v| v.version_no + 1);
    let v = insert_draft(&tx, p.id, version_no, &terms, texts).await?;
    let stored = queries::texts_of(&tx.tx, v.id).await?;
    let object = format!("protocol_version:{}", v.id);
    audit::record(&tx, actor, "protocol.version.draft", object, &payload(&v, &terms, &stored)).await?;
    tx.commit().await?;
    Ok(version_no)
}

async fn insert_draft(
    tx: &WriteTx<'_>,
    protocol_id: i32,
    version_no: i32,
    terms: &Terms,
    texts: Vec<DraftText>,
) -> Result<protocol_version::Model, ServiceError> {
    let v = protocol_version::ActiveModel {
        protocol_id: Set(protocol_id),
        version_no: Set(version_no),
        legal_basis: Set(String::new()),
        purposes: Set(String::new()),
        retention_months: Set(terms.retention_months),
        signed_on: Set(terms.signed_on),
        valid_from: Set(terms.valid_from),
        notice_period_months: Set(terms.notice_period_months),
        status: Set(VersionStatus::Draft.as_str().into()),
        created_at: Set(tx.now),
        recipient_categories: Set(String::new()),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    write_draft(tx, v, terms, texts).await
}

/// What a new protocol is made of: its address on the public pages, the municipality it
/// discloses to, and its Dutch title. The rest is drafted on the draft's page.
pub struct NewProtocol<'a> {
    pub slug: &'a str,
    pub recipient_party_id: &'a str,
    pub title_nl: &'a str,
}

/// `a-z`, digits and single hyphens, 3 to 60 characters: it stands in public addresses.
fn slug(raw: &str) -> Result<String, ServiceError> {
    let s = raw.trim();
    let ok = (3..=60).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--");
    if ok { Ok(s.to_owned()) } else { Err(ServiceError::Invalid { field: "slug", message_id: "protocols-error-slug" }) }
}

/// A new protocol between the agency (`agency_party_id`, the admin's own party) and a
/// municipality, with a first draft version. Returns its slug.
pub async fn create(
    db: &Db,
    actor: &str,
    agency_party_id: i32,
    new: NewProtocol<'_>,
    now: DateTime<Utc>,
) -> Result<String, ServiceError> {
    let slug = slug(new.slug)?;
    let title = text(new.title_nl, Lines::One, TITLE_MAX, "title")?;
    if title.is_empty() {
        return Err(ServiceError::Invalid { field: "title", message_id: "protocols-error-title-required" });
    }
    let recipient = new.recipient_party_id.trim().parse::<i32>().ok();
    let tx = WriteTx::begin(db, now).await?;
    let municipality = match recipient {
        Some(id) => party::Entity::find_by_id(id).one(&tx.tx).await?,
        None => None,
    }
    .filter(|p| p.kind == PartyKind::Municipality.as_str())
    .ok_or(ServiceError::Invalid { field: "recipient", message_id: "protocols-error-recipient" })?;
    if queries::by_slug(&tx.tx, &slug).await?.is_some() {
        return Err(ServiceError::Invalid { field: "slug", message_id: "protocols-error-slug-taken" });
    }
    let p = crate::services::registry::create_protocol(&tx, actor, &slug, agency_party_id, municipality.id).await?;
    let day = today(now);
    let terms = Terms {
        legal_basis: String::new(),
        purposes: String::new(),
        recipient_categories: String::new(),
        fields: Default::default(),
        retention_months: MAX_RETENTION_MONTHS,
        signed_on: day,
        valid_from: day,
        valid_until: None,
        notice_period_months: 3,
        dpo_advice_discloser_on: None,
        dpo_advice_recipient_on: None,
    };
    let texts = vec![DraftText {
        language: Locale::Nl,
        title,
        body: String::new(),
        consent_notice: String::new(),
        purposes: None,
    }];
    let v = insert_draft(&tx, p.id, 1, &terms, texts).await?;
    let stored = queries::texts_of(&tx.tx, v.id).await?;
    audit::record(
        &tx,
        actor,
        "protocol.version.draft",
        format!("protocol_version:{}", v.id),
        &payload(&v, &terms, &stored),
    )
    .await?;
    tx.commit().await?;
    Ok(slug)
}
