//! Leases for the background jobs (`job_locks`): an instance runs a job only after `lease`
//! moved the job's row to itself — the row is free (no lease, or an expired one) and the job is
//! due — in one conditional update, so of several instances exactly one gets it. `finish` gives
//! the lease back with the result and the next run; a crashed holder's lease simply expires.

use super::ServiceError;
use crate::domain::jobs::Job;
use crate::store::{Db, job_lock};
use crate::views::jobs::JobStatus;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, Set};

/// Takes `job`'s lease for `holder` until `now + lease_for` when it is free and due; true: run it.
pub async fn lease(
    db: &Db,
    job: Job,
    holder: &str,
    now: DateTime<Utc>,
    lease_for: Duration,
) -> Result<bool, ServiceError> {
    let row = job_lock::ActiveModel { job: Set(job.as_str().into()), ..Default::default() };
    job_lock::Entity::insert(row)
        .on_conflict(OnConflict::column(job_lock::Column::Job).do_nothing().to_owned())
        .exec_without_returning(&db.conn)
        .await?;
    let taken = job_lock::Entity::update_many()
        .col_expr(job_lock::Column::Holder, Expr::value(holder))
        .col_expr(job_lock::Column::LeasedUntil, Expr::value(now + lease_for))
        .col_expr(job_lock::Column::LastStartedAt, Expr::value(now))
        .filter(job_lock::Column::Job.eq(job.as_str()))
        .filter(
            Condition::any().add(job_lock::Column::LeasedUntil.is_null()).add(job_lock::Column::LeasedUntil.lt(now)),
        )
        .filter(Condition::any().add(job_lock::Column::NextRunAt.is_null()).add(job_lock::Column::NextRunAt.lte(now)))
        .exec(&db.conn)
        .await?;
    Ok(taken.rows_affected == 1)
}

/// What a run of a job came to.
pub struct Outcome<'a> {
    pub ok: bool,
    /// What it did, or why it failed; never personal data.
    pub summary: &'a str,
    pub next_run_at: DateTime<Utc>,
}

/// Gives `holder`'s lease on `job` back with the outcome. False: the lease had run out and
/// another instance may have taken it (the outcome is not recorded).
pub async fn finish(
    db: &Db,
    job: Job,
    holder: &str,
    outcome: Outcome<'_>,
    now: DateTime<Utc>,
) -> Result<bool, ServiceError> {
    let summary: String = outcome.summary.chars().take(300).collect();
    let done = job_lock::Entity::update_many()
        .col_expr(job_lock::Column::Holder, Expr::value(Option::<String>::None))
        .col_expr(job_lock::Column::LeasedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(job_lock::Column::LastFinishedAt, Expr::value(now))
        .col_expr(job_lock::Column::LastOk, Expr::value(outcome.ok))
        .col_expr(job_lock::Column::LastSummary, Expr::value(summary))
        .col_expr(job_lock::Column::NextRunAt, Expr::value(outcome.next_run_at))
        .filter(job_lock::Column::Job.eq(job.as_str()))
        .filter(job_lock::Column::Holder.eq(holder))
        .exec(&db.conn)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Every job that has a row, with its last run and next run.
pub async fn status(db: &Db, now: DateTime<Utc>) -> Result<Vec<JobStatus>, ServiceError> {
    let rows = job_lock::Entity::find().order_by_asc(job_lock::Column::Job).all(&db.conn).await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(JobStatus {
                job: Job::parse(&r.job).ok()?,
                running: r.leased_until.is_some_and(|u| u > now),
                last_started_at: r.last_started_at,
                last_finished_at: r.last_finished_at,
                last_ok: r.last_ok,
                last_summary: r.last_summary,
                next_run_at: r.next_run_at,
            })
        })
        .collect())
}
