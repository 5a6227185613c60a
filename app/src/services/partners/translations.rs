//! Art. 4 and the person's right to be told who receives their data and why (GDPR 13): the
//! municipality admin gives a partner's purpose in the newcomers' languages, so that a person
//! who is asked whether their data may be passed on reads to whom and why in their own language
//! (else the binding Dutch, labelled). A partner's purpose does not change once registered, so
//! its translations belong to the partner itself.

use super::row;
use crate::domain::authz::StaffCaller;
use crate::domain::free_text::{TextError, translations};
use crate::domain::locale::Locale;
use crate::domain::registers::MAX_TEXT;
use crate::domain::roles::PartyKind;
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::{Db, party, party_text};
use crate::views::consent::PartnerPurpose;
use crate::views::local_text::LocalText;
use crate::views::register::PartnerPage;
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};
use std::collections::HashMap;

/// The partner `slug` of the admin's own municipality, with its translations.
pub async fn page(db: &Db, admin: &StaffCaller, slug: &str) -> Result<PartnerPage, ServiceError> {
    let partner = own_partner(&db.conn, admin, slug).await?;
    let translations = party_text::Entity::find()
        .filter(party_text::Column::PartyId.eq(partner.id))
        .all(&db.conn)
        .await?
        .into_iter()
        .filter_map(|t| Some((Locale::parse(&t.language).ok()?, t.purpose)))
        .collect();
    Ok(PartnerPage { partner: row(partner), translations })
}

/// These organisations with their purposes in `language` (one query), for a person's page.
pub async fn with_purposes<C: ConnectionTrait>(
    conn: &C,
    parties: Vec<party::Model>,
    language: Locale,
) -> Result<Vec<PartnerPurpose>, DbErr> {
    let mut by_id = by_party(conn, &parties, language).await?;
    Ok(parties.iter().filter_map(|p| by_id.remove(&p.id)).collect())
}

/// As [`with_purposes`], by party id (for a page that lists several municipalities' partners).
pub async fn by_party<C: ConnectionTrait>(
    conn: &C,
    parties: &[party::Model],
    language: Locale,
) -> Result<HashMap<i32, PartnerPurpose>, DbErr> {
    let mut translated = in_language(conn, parties.iter().map(|p| p.id).collect(), language).await?;
    Ok(parties
        .iter()
        .map(|p| {
            let purpose = p.purpose.clone().map(|dutch| LocalText::pick(language, translated.remove(&p.id), dutch));
            (p.id, PartnerPurpose { name: p.name.clone(), purpose })
        })
        .collect())
}

async fn in_language<C: ConnectionTrait>(
    conn: &C,
    parties: Vec<i32>,
    language: Locale,
) -> Result<HashMap<i32, String>, DbErr> {
    if parties.is_empty() || language == Locale::Nl {
        return Ok(HashMap::new());
    }
    Ok(party_text::Entity::find()
        .filter(party_text::Column::PartyId.is_in(parties))
        .filter(party_text::Column::Language.eq(language.as_str()))
        .all(conn)
        .await?
        .into_iter()
        .map(|t| (t.party_id, t.purpose))
        .collect())
}

/// Replaces the translations of partner `slug` (the admin's own municipality's) with `texts`
/// (blank ones left out; Dutch is the partner's own purpose).
pub async fn translate(
    db: &Db,
    admin: &StaffCaller,
    slug: &str,
    texts: Vec<(Locale, String)>,
    now: DateTime<Utc>,
) -> Result<usize, ServiceError> {
    let checked = translations(texts, MAX_TEXT).map_err(|refused| ServiceError::Invalid {
        field: "translations",
        message_id: match refused {
            TextError::Characters => "error-text-characters",
            _ => "organisation-error-text-too-long",
        },
    })?;
    let tx = WriteTx::begin(db, now).await?;
    let partner = own_partner(&tx.tx, admin, slug).await?;
    party_text::Entity::delete_many().filter(party_text::Column::PartyId.eq(partner.id)).exec(&tx.tx).await?;
    let written = checked.len();
    let languages: Vec<&str> = checked.iter().map(|(l, _)| l.as_str()).collect();
    let payload = format!("{}|{}", partner.slug, languages.join(","));
    for (language, purpose) in checked {
        party_text::ActiveModel {
            party_id: Set(partner.id),
            language: Set(language.as_str().into()),
            purpose: Set(purpose),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&tx.tx)
        .await?;
    }
    audit::record(&tx, admin.audit_id(), "party.translate", format!("party:{}", partner.id), &payload).await?;
    tx.commit().await?;
    Ok(written)
}

/// A partner of the admin's own municipality; another's is not found (tenancy).
async fn own_partner<C: ConnectionTrait>(
    conn: &C,
    admin: &StaffCaller,
    slug: &str,
) -> Result<party::Model, ServiceError> {
    party::Entity::find()
        .filter(party::Column::Slug.eq(slug))
        .filter(party::Column::ParentPartyId.eq(admin.party_id.0))
        .filter(party::Column::Kind.eq(PartyKind::Partner.as_str()))
        .one(conn)
        .await?
        .ok_or(ServiceError::NotFound)
}
