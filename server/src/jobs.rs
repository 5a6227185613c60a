//! The job runner (DESIGN "Running and scaling"): one loop per instance that, now and then,
//! runs each background job that is due — protocol starts and ends, audit checkpoints, the
//! officers' reminders, the e-mail outbox — after taking the job's lease in `job_locks`
//! (`services::jobs`), so with several instances exactly one runs each job each time. The result
//! and the next run are written back for the DPO's page. (The audit chain's verification stays
//! per instance: it fills this instance's cache for the DPO's page.)

use crate::mail::worker::MailWorker;
use app::domain::jobs::Job;
use app::services::context::AppContext;
use app::services::jobs::{self, Outcome};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;
use tokio::time::Instant;

/// How long a job's lease holds: far longer than a run takes; a crashed holder's lease runs out.
pub const LEASE: chrono::Duration = chrono::Duration::minutes(10);

/// This instance's runner: its name in the leases, each job's interval, the e-mail worker.
pub struct Runner {
    holder: String,
    every: HashMap<Job, Duration>,
    mail: Option<MailWorker>,
    /// When this instance next asks for each job's lease: not before the job could be due
    /// again, so an idle instance does not write to the database at every tick.
    next_try: Mutex<HashMap<Job, Instant>>,
}

impl Runner {
    /// `every`: how often each job runs; the outbox only with a mail worker.
    pub fn new(every: HashMap<Job, Duration>, mail: Option<MailWorker>) -> Runner {
        let random = uuid::Uuid::new_v4().simple().to_string();
        let holder = format!("portal-{}-{}", std::process::id(), &random[..12]);
        Runner { holder, every, mail, next_try: Mutex::default() }
    }

    /// As [`Runner::new`], with `job`'s first try put off by its interval (a checkpoint is not
    /// signed the moment an instance starts).
    pub fn later(self, job: Job) -> Runner {
        if let Some(every) = self.every.get(&job) {
            self.next_try.lock().expect("runner lock").insert(job, Instant::now() + *every);
        }
        self
    }

    fn due_here(&self, job: Job) -> bool {
        self.next_try.lock().expect("runner lock").get(&job).is_none_or(|t| *t <= Instant::now())
    }

    fn try_again_in(&self, job: Job, after: Duration) {
        self.next_try.lock().expect("runner lock").insert(job, Instant::now() + after);
    }

    pub fn holder(&self) -> &str {
        &self.holder
    }

    /// Runs every job that is due and free now; returns the jobs this instance ran.
    pub async fn tick(&self, ctx: &AppContext) -> Vec<Job> {
        let mut ran = Vec::new();
        for &job in Job::ALL {
            let Some(every) = self.every.get(&job) else { continue };
            if (job == Job::MailOutbox && self.mail.is_none()) || !self.due_here(job) {
                continue;
            }
            match jobs::lease(&ctx.db, job, &self.holder, ctx.now(), LEASE).await {
                Ok(true) => self.try_again_in(job, *every),
                Ok(false) => {
                    // Another instance runs it, or it is not due yet: look again a little later.
                    self.try_again_in(job, (*every / 4).max(Duration::from_millis(100)));
                    continue;
                }
                Err(e) => {
                    tracing::warn!(job = job.as_str(), error = %e, "could not take the job's lease");
                    continue;
                }
            }
            let (ok, summary) = match self.run(ctx, job).await {
                Ok(summary) => (true, summary),
                Err(e) => {
                    tracing::warn!(job = job.as_str(), error = %e, "job failed");
                    (false, "failed; see the server log".to_owned())
                }
            };
            let now = ctx.now();
            let next_run_at = now + chrono::Duration::from_std(*every).unwrap_or(chrono::Duration::minutes(1));
            let outcome = Outcome { ok, summary: &summary, next_run_at };
            if let Err(e) = jobs::finish(&ctx.db, job, &self.holder, outcome, now).await {
                tracing::warn!(job = job.as_str(), error = %e, "could not record the job's run");
            }
            ran.push(job);
        }
        ran
    }

    /// One run of `job`; what it did, in a line for the DPO's page (counts, never personal data).
    async fn run(&self, ctx: &AppContext, job: Job) -> Result<String, app::services::ServiceError> {
        let now = ctx.now();
        Ok(match job {
            Job::ProtocolEffects => {
                let r = app::services::protocols::effects::run(&ctx.db, now).await?;
                format!("started {}, ended {}, persons told {}", r.versions_started, r.versions_ended, r.persons_told)
            }
            Job::AuditCheckpoint => match app::services::audit::checkpoint(&ctx.db, &ctx.keys, now).await? {
                Some(size) => format!("signed a checkpoint at {size} entries"),
                None => "no new entries".to_owned(),
            },
            Job::RectificationReminders => {
                let told = app::services::rectification_reminders::remind_officers(&ctx.db, now).await?;
                format!("reminders {told}")
            }
            Job::Retention => {
                let r = app::services::retention::run(&ctx.db, now, false, |_, _| ()).await?;
                let e = app::services::erasure::pass(&ctx.db, now).await?;
                format!(
                    "pseudonymised {} of {} due; erasure asked {}, escalated {}",
                    r.pseudonymised, r.due, e.requested, e.escalated
                )
            }
            Job::MailOutbox => match &self.mail {
                Some(worker) => {
                    let round = worker.round(ctx).await?;
                    format!("sent {}, failed {}", round.sent, round.failed)
                }
                None => "no SMTP server configured".to_owned(),
            },
        })
    }
}

/// Ticks every `tick` for as long as the server runs.
pub async fn run(ctx: AppContext, runner: Runner, tick: Duration) {
    tracing::info!(holder = runner.holder(), "job runner started");
    let mut interval = tokio::time::interval(tick);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        interval.tick().await;
        runner.tick(&ctx).await;
    }
}
