//! The facts of `protocol.rs` for many protocols or versions at once: one query each, however
//! many protocols a page lists, so that a page's round trips do not grow with them (the query
//! budgets, `tests/integration/platform/query_budgets.rs`).

use crate::domain::fields::Field;
use crate::domain::locale::Locale;
use crate::domain::protocol::VersionStatus;
use crate::store::{protocol_text, protocol_version, protocol_version_field};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;

/// Every version of these protocols, drafts included, newest first per protocol.
pub async fn all_versions<C: ConnectionTrait>(
    conn: &C,
    protocol_ids: Vec<i32>,
) -> Result<HashMap<i32, Vec<protocol_version::Model>>, DbErr> {
    let mut out: HashMap<i32, Vec<protocol_version::Model>> = HashMap::new();
    if protocol_ids.is_empty() {
        return Ok(out);
    }
    for v in protocol_version::Entity::find()
        .filter(protocol_version::Column::ProtocolId.is_in(protocol_ids))
        .order_by_desc(protocol_version::Column::VersionNo)
        .all(conn)
        .await?
    {
        out.entry(v.protocol_id).or_default().push(v);
    }
    Ok(out)
}

/// The published (and ended) versions of these protocols, newest first per protocol.
pub async fn published_versions<C: ConnectionTrait>(
    conn: &C,
    protocol_ids: Vec<i32>,
) -> Result<HashMap<i32, Vec<protocol_version::Model>>, DbErr> {
    let mut out = all_versions(conn, protocol_ids).await?;
    for versions in out.values_mut() {
        versions.retain(|v| v.status != VersionStatus::Draft.as_str());
    }
    Ok(out)
}

/// The texts of these versions in `lang`, else in Dutch (the source), with the language each is
/// in.
pub async fn texts_for<C: ConnectionTrait>(
    conn: &C,
    version_ids: Vec<i32>,
    lang: Locale,
) -> Result<HashMap<i32, (Locale, protocol_text::Model)>, DbErr> {
    let mut out: HashMap<i32, (Locale, protocol_text::Model)> = HashMap::new();
    if version_ids.is_empty() {
        return Ok(out);
    }
    let languages = if lang == Locale::Nl { vec!["nl"] } else { vec![lang.as_str(), "nl"] };
    for t in protocol_text::Entity::find()
        .filter(protocol_text::Column::ProtocolVersionId.is_in(version_ids))
        .filter(protocol_text::Column::Language.is_in(languages))
        .all(conn)
        .await?
    {
        let Ok(language) = Locale::parse(&t.language) else { continue };
        // The reader's language wins over the Dutch, whichever row comes first.
        if out.get(&t.protocol_version_id).is_none_or(|(have, _)| *have != lang) {
            out.insert(t.protocol_version_id, (language, t));
        }
    }
    Ok(out)
}

/// The fields each of these versions covers, in catalogue order.
pub async fn version_fields<C: ConnectionTrait>(
    conn: &C,
    version_ids: Vec<i32>,
) -> Result<HashMap<i32, Vec<Field>>, DbErr> {
    let mut out: HashMap<i32, Vec<Field>> = HashMap::new();
    if version_ids.is_empty() {
        return Ok(out);
    }
    for row in protocol_version_field::Entity::find()
        .filter(protocol_version_field::Column::ProtocolVersionId.is_in(version_ids))
        .all(conn)
        .await?
    {
        if let Ok(field) = Field::parse(&row.field) {
            out.entry(row.protocol_version_id).or_default().push(field);
        }
    }
    for fields in out.values_mut() {
        fields.sort();
    }
    Ok(out)
}
