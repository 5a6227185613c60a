//! The function-profile register (art. 4): per municipality, each profile names its fields and
//! purpose, and the municipality admin keeps the list current. A change never rewrites a
//! profile: it adds a revision and supersedes the one before (`change`), so a disclosure event
//! keeps the revision it was made under and the history stays readable (`register`).

mod change;
mod register;
pub mod translations;

pub use change::{create, revise, set_active};
pub use register::{active_choices, current_revision, history, register, registers_of, superseded};

use crate::domain::fields::Field;
use crate::services::{ServiceError, WriteTx, audit};
use crate::store::{function_profile, function_profile_field};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use std::collections::BTreeSet;

/// What a revision says.
pub struct RevisionContent<'a> {
    pub name: &'a str,
    pub purpose: &'a str,
    pub fields: &'a BTreeSet<Field>,
    pub active: bool,
}

/// Inserts a revision inside the caller's transaction: the first of a new profile (`of: None`)
/// or the next of `(lineage, revision_no)`; appends its audit entry under `action`.
pub(crate) async fn insert_revision(
    tx: &WriteTx<'_>,
    actor: &str,
    action: &'static str,
    party_id: i32,
    of: Option<(i32, i32)>,
    content: RevisionContent<'_>,
    created_by_staff_id: Option<i32>,
) -> Result<function_profile::Model, ServiceError> {
    let (lineage_id, revision_no) = of.map_or((0, 1), |(lineage, previous)| (lineage, previous + 1));
    let mut m = function_profile::ActiveModel {
        party_id: Set(party_id),
        name: Set(content.name.into()),
        purpose: Set(content.purpose.into()),
        active: Set(content.active),
        created_at: Set(tx.now),
        lineage_id: Set(lineage_id),
        revision_no: Set(revision_no),
        superseded_at: Set(None),
        created_by_staff_id: Set(created_by_staff_id),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    if of.is_none() {
        // A new profile's lineage is its first revision, whose id the insert just made.
        function_profile::Entity::update_many()
            .col_expr(function_profile::Column::LineageId, Expr::value(m.id))
            .filter(function_profile::Column::Id.eq(m.id))
            .exec(&tx.tx)
            .await?;
        m.lineage_id = m.id;
    }
    let rows = content
        .fields
        .iter()
        .map(|f| function_profile_field::ActiveModel { function_profile_id: Set(m.id), field: Set(f.as_str().into()) });
    function_profile_field::Entity::insert_many(rows).exec_without_returning(&tx.tx).await?;
    let list: Vec<&str> = content.fields.iter().map(|f| f.as_str()).collect();
    let payload = format!(
        "function_profile.v2\n{party_id}\n{}\n{}\n{}\n{}\n{}",
        m.lineage_id,
        m.revision_no,
        m.name,
        list.join(","),
        audit::sha256_hex(m.purpose.as_bytes())
    );
    audit::record(tx, actor, action, format!("function_profile:{}", m.id), &payload).await?;
    Ok(m)
}
