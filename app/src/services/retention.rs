//! Retention that forgets (protocol art. 2; issue 13): a person whose relationship with the
//! agency ended more than five years ago (`domain::retention`) is pseudonymised — names,
//! contact data, dossier number and every free text of theirs cleared, their account's passkeys
//! and sessions removed — while the history stays under the pseudonym: consent and disclosure
//! events hold ids and hashes only and are never touched; the audit chain gets one entry per
//! person and one for the run, and still verifies (entries hold hashes, not values). Run by the
//! `retention` job and by `portal retention run [--dry-run]`; one transaction per person, so an
//! interrupted run leaves every person either untouched or done, and the next run goes on.

use super::{ServiceError, WriteTx, audit};
use crate::domain::retention::{cutoff, pseudonym};
use crate::domain::time::{start_of_local_day, today};
use crate::store::{
    Db, invitation, notification, notification_outbox, passkey, person, rectification_event, rectification_request,
    retention_attestation, session, webauthn_ceremony,
};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};

/// The audit actor of retention.
pub const ACTOR: &str = "system:retention";

/// What a run found and did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetentionRun {
    /// Relationships that ended before this day are due.
    pub cutoff: chrono::NaiveDate,
    pub due: usize,
    pub pseudonymised: usize,
    pub dry_run: bool,
}

/// The persons due at `now`, oldest end first.
pub async fn due(db: &Db, now: DateTime<Utc>) -> Result<Vec<i32>, ServiceError> {
    Ok(person::Entity::find()
        .select_only()
        .column(person::Column::Id)
        .filter(person::Column::PseudonymisedAt.is_null())
        .filter(person::Column::RelationshipEndedOn.lt(cutoff(today(now))))
        .order_by_asc(person::Column::RelationshipEndedOn)
        .order_by_asc(person::Column::Id)
        .into_tuple()
        .all(&db.conn)
        .await?)
}

/// Pseudonymises every person due (or, `dry_run`, only counts them), telling `progress` after
/// each (done, of); then attests the run (`retention_attestations`, with its audit entry) when
/// it pseudonymised anyone (a run that found nobody is only in the job's status).
pub async fn run(
    db: &Db,
    now: DateTime<Utc>,
    dry_run: bool,
    mut progress: impl FnMut(usize, usize),
) -> Result<RetentionRun, ServiceError> {
    let persons = due(db, now).await?;
    let total = persons.len();
    let mut done = 0;
    if !dry_run {
        for id in persons {
            if pseudonymise(db, id, now).await? {
                done += 1;
            }
            progress(done, total);
        }
        if done > 0 {
            attest(db, now, done).await?;
        }
    }
    Ok(RetentionRun { cutoff: cutoff(today(now)), due: total, pseudonymised: done, dry_run })
}

async fn attest(db: &Db, now: DateTime<Utc>, done: usize) -> Result<(), ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let limit = start_of_local_day(cutoff(today(now)));
    let payload = format!("retention.v1\n{}\n{done}", audit::canonical_time(&limit));
    let seq = audit::record(&tx, ACTOR, "retention.run", "retention".into(), &payload).await?;
    retention_attestation::ActiveModel {
        run_at: Set(now),
        cutoff: Set(limit),
        persons_pseudonymised: Set(i32::try_from(done).unwrap_or(i32::MAX)),
        audit_seq: Set(seq),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Clears one person's identifying values in one transaction; false when another run got there
/// first.
pub async fn pseudonymise(db: &Db, person_id: i32, now: DateTime<Utc>) -> Result<bool, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let Some(p) = person::Entity::find_by_id(person_id).one(&tx.tx).await? else { return Ok(false) };
    let name = pseudonym(&p.public_id);
    let cleared = person::Entity::update_many()
        .col_expr(person::Column::GivenName, Expr::value(name.clone()))
        .col_expr(person::Column::FamilyName, Expr::value(""))
        .col_expr(person::Column::Address, Expr::value(""))
        .col_expr(person::Column::Phone, Expr::value(Option::<String>::None))
        .col_expr(person::Column::Email, Expr::value(Option::<String>::None))
        .col_expr(person::Column::DossierRef, Expr::value(name))
        .col_expr(person::Column::PseudonymisedAt, Expr::value(now))
        .col_expr(person::Column::UpdatedAt, Expr::value(now))
        .filter(person::Column::Id.eq(person_id))
        .filter(person::Column::PseudonymisedAt.is_null())
        .exec(&tx.tx)
        .await?;
    if cleared.rows_affected == 0 {
        return Ok(false);
    }
    // Corrections: the values and every free text (the statement, the officer's reasons, the
    // questions and answers in the history).
    let requests: Vec<i32> = rectification_request::Entity::find()
        .select_only()
        .column(rectification_request::Column::Id)
        .filter(rectification_request::Column::PersonId.eq(person_id))
        .into_tuple()
        .all(&tx.tx)
        .await?;
    use rectification_request::Column as R;
    rectification_request::Entity::update_many()
        .col_expr(R::CurrentValue, Expr::value(""))
        .col_expr(R::ProposedValue, Expr::value(""))
        .col_expr(R::Statement, Expr::value(""))
        .col_expr(R::DecidedValue, Expr::value(Option::<String>::None))
        .col_expr(R::ExtensionReason, Expr::cust("CASE WHEN \"extension_reason\" IS NULL THEN NULL ELSE '' END"))
        .col_expr(R::DecisionReason, Expr::cust("CASE WHEN \"decision_reason\" IS NULL THEN NULL ELSE '' END"))
        .filter(R::PersonId.eq(person_id))
        .exec(&tx.tx)
        .await?;
    // The one change an event accepts (m0016): its note erased.
    rectification_event::Entity::update_many()
        .col_expr(rectification_event::Column::Note, Expr::value(Option::<String>::None))
        .filter(rectification_event::Column::RequestId.is_in(requests))
        .filter(rectification_event::Column::Note.is_not_null())
        .exec(&tx.tx)
        .await?;
    // Where messages went: addresses, numbers, a delivered invitation's secret.
    let notifications = notification::Entity::find()
        .select_only()
        .column(notification::Column::Id)
        .filter(notification::Column::PersonId.eq(person_id));
    let notification_ids: Vec<i32> = notifications.into_tuple().all(&tx.tx).await?;
    notification_outbox::Entity::update_many()
        .col_expr(notification_outbox::Column::Destination, Expr::value(""))
        .col_expr(notification_outbox::Column::InvitationSecret, Expr::value(Option::<String>::None))
        .col_expr(notification_outbox::Column::InvitationShortCode, Expr::value(Option::<String>::None))
        .filter(notification_outbox::Column::NotificationId.is_in(notification_ids))
        .exec(&tx.tx)
        .await?;
    invitation::Entity::update_many()
        .col_expr(invitation::Column::InviteeName, Expr::value(Option::<String>::None))
        .col_expr(invitation::Column::InviteeContact, Expr::value(Option::<String>::None))
        .filter(invitation::Column::PersonId.eq(person_id))
        .exec(&tx.tx)
        .await?;
    // The account closes: no session, no ceremony, no passkey (their names are the person's words).
    session::Entity::delete_many().filter(session::Column::PersonId.eq(person_id)).exec(&tx.tx).await?;
    webauthn_ceremony::Entity::delete_many()
        .filter(webauthn_ceremony::Column::PersonId.eq(person_id))
        .exec(&tx.tx)
        .await?;
    passkey::Entity::delete_many().filter(passkey::Column::PersonId.eq(person_id)).exec(&tx.tx).await?;
    let payload = format!("person.pseudonymise.v1\n{}\n{}", p.public_id, audit::canonical_time(&now));
    audit::record(&tx, ACTOR, "person.pseudonymise", format!("person:{}", p.public_id), &payload).await?;
    tx.commit().await?;
    Ok(true)
}
