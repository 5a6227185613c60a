//! Art. 4 and the person's right to understand (GDPR 12): the municipality admin gives a
//! profile's purpose in the newcomers' languages, so that a person reads what their data was
//! read for in their own language. A translation belongs to one revision: a revision that keeps
//! the purpose keeps its translations, one that changes it starts without (and the Dutch is
//! shown, labelled, until the admin translates again).

use super::register::current_revision;
use crate::domain::authz::StaffCaller;
use crate::domain::free_text::{TextError, translations};
use crate::domain::function_profile::MAX_PURPOSE;
use crate::domain::locale::Locale;
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::{Db, function_profile_text};
use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};
use std::collections::HashMap;

/// The translations of revision `revision_id`, by language.
pub async fn of_revision<C: ConnectionTrait>(conn: &C, revision_id: i32) -> Result<Vec<(Locale, String)>, DbErr> {
    Ok(function_profile_text::Entity::find()
        .filter(function_profile_text::Column::FunctionProfileId.eq(revision_id))
        .all(conn)
        .await?
        .into_iter()
        .filter_map(|t| Some((Locale::parse(&t.language).ok()?, t.purpose)))
        .collect())
}

/// The purposes of these revisions in `language` (one query; revisions without one are absent).
pub async fn in_language<C: ConnectionTrait>(
    conn: &C,
    revisions: Vec<i32>,
    language: Locale,
) -> Result<HashMap<i32, String>, DbErr> {
    if revisions.is_empty() || language == Locale::Nl {
        return Ok(HashMap::new());
    }
    Ok(function_profile_text::Entity::find()
        .filter(function_profile_text::Column::FunctionProfileId.is_in(revisions))
        .filter(function_profile_text::Column::Language.eq(language.as_str()))
        .all(conn)
        .await?
        .into_iter()
        .map(|t| (t.function_profile_id, t.purpose))
        .collect())
}

/// Replaces the current revision's translations of profile `lineage` (the admin's own party)
/// with `texts` (blank ones left out). Dutch is the profile's own purpose, not a translation.
pub async fn translate(
    db: &Db,
    admin: &StaffCaller,
    lineage: i32,
    texts: Vec<(Locale, String)>,
    now: DateTime<Utc>,
) -> Result<usize, ServiceError> {
    let checked = translations(texts, MAX_PURPOSE).map_err(|refused| ServiceError::Invalid {
        field: "translations",
        message_id: match refused {
            TextError::Characters => "error-text-characters",
            _ => "profile-error-purpose-too-long",
        },
    })?;
    let tx = WriteTx::begin(db, now).await?;
    let current = current_revision(&tx.tx, admin.party_id, lineage).await?;
    function_profile_text::Entity::delete_many()
        .filter(function_profile_text::Column::FunctionProfileId.eq(current.id))
        .exec(&tx.tx)
        .await?;
    let written = checked.len();
    let languages: Vec<&str> = checked.iter().map(|(l, _)| l.as_str()).collect();
    let payload = format!("{}|{}", current.id, languages.join(","));
    for (language, purpose) in checked {
        insert(&tx, current.id, language, purpose).await?;
    }
    audit::record(
        &tx,
        admin.audit_id(),
        "function_profile.translate",
        format!("function_profile:{}", current.id),
        &payload,
    )
    .await?;
    tx.commit().await?;
    Ok(written)
}

/// Copies the translations of revision `from` to revision `to` (the purpose did not change).
pub(super) async fn carry(tx: &WriteTx<'_>, from: i32, to: i32) -> Result<(), ServiceError> {
    for (language, purpose) in of_revision(&tx.tx, from).await? {
        insert(tx, to, language, purpose).await?;
    }
    Ok(())
}

async fn insert(tx: &WriteTx<'_>, revision: i32, language: Locale, purpose: String) -> Result<(), DbErr> {
    function_profile_text::ActiveModel {
        function_profile_id: Set(revision),
        language: Set(language.as_str().into()),
        purpose: Set(purpose),
        updated_at: Set(tx.now),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    Ok(())
}
