//! Group commit: operations of one kind that arrive while a batch of them is being written wait
//! and go together into the next batch — one transaction, one extension of the audit chain —
//! and each is answered only after that batch has committed. Throughput then grows with the
//! number of concurrent callers instead of being one transaction's round trips per call.
//!
//! No task runs while nothing is queued: the first caller to find the queue idle spawns the
//! writer, which takes every queued job (at most `max` at a time) until the queue is empty. The
//! writer is a task of its own, so a caller that goes away (a client that disconnects) never
//! cuts a batch short for the others.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use tokio::sync::oneshot;

/// Writes one batch; returns one result per job, in the jobs' order.
pub type RunBatch<J, R> = Arc<dyn Fn(Vec<J>) -> Pin<Box<dyn Future<Output = Vec<R>> + Send>> + Send + Sync>;

pub struct Batcher<J, R> {
    shared: Arc<Shared<J, R>>,
}

struct Shared<J, R> {
    queue: Mutex<Queue<J, R>>,
    max: usize,
    run: RunBatch<J, R>,
}

struct Queue<J, R> {
    jobs: Vec<(J, oneshot::Sender<R>)>,
    writing: bool,
}

impl<J, R> Clone for Batcher<J, R> {
    fn clone(&self) -> Self {
        Batcher { shared: self.shared.clone() }
    }
}

impl<J, R> std::fmt::Debug for Batcher<J, R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Batcher").field("max", &self.shared.max).finish_non_exhaustive()
    }
}

impl<J: Send + 'static, R: Send + 'static> Batcher<J, R> {
    /// A batcher that writes at most `max` jobs per batch with `run`.
    pub fn new(max: usize, run: RunBatch<J, R>) -> Self {
        let queue = Mutex::new(Queue { jobs: Vec::new(), writing: false });
        Batcher { shared: Arc::new(Shared { queue, max: max.max(1), run }) }
    }

    /// Queues `job` and waits for its result, which comes after its batch committed (or
    /// failed). `None` only if the writer itself panicked.
    pub async fn submit(&self, job: J) -> Option<R> {
        let (answer, result) = oneshot::channel();
        let start_writer = {
            let mut queue = lock(&self.shared.queue);
            queue.jobs.push((job, answer));
            !std::mem::replace(&mut queue.writing, true)
        };
        if start_writer {
            tokio::spawn(write_until_empty(self.shared.clone()));
        }
        result.await.ok()
    }
}

async fn write_until_empty<J: Send + 'static, R: Send + 'static>(shared: Arc<Shared<J, R>>) {
    let _unwinding = ResetOnPanic(&shared.queue);
    loop {
        let batch: Vec<(J, oneshot::Sender<R>)> = {
            let mut queue = lock(&shared.queue);
            if queue.jobs.is_empty() {
                queue.writing = false;
                return;
            }
            let n = queue.jobs.len().min(shared.max);
            queue.jobs.drain(..n).collect()
        };
        let (jobs, answers): (Vec<J>, Vec<oneshot::Sender<R>>) = batch.into_iter().unzip();
        let results = (shared.run)(jobs).await;
        debug_assert_eq!(results.len(), answers.len(), "one result per job");
        for (answer, result) in answers.into_iter().zip(results) {
            // The caller may have gone away; its job was written all the same.
            let _ = answer.send(result);
        }
    }
}

/// If a batch panics, its callers and those queued behind it get `None` (an internal error)
/// and the next caller starts a new writer, instead of every later job waiting forever.
struct ResetOnPanic<'a, J, R>(&'a Mutex<Queue<J, R>>);

impl<J, R> Drop for ResetOnPanic<'_, J, R> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let mut queue = lock(self.0);
            queue.jobs.clear();
            queue.writing = false;
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // The queue holds no invariant a panic elsewhere could break halfway.
    m.lock().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn doubling(batches: Arc<Mutex<Vec<usize>>>) -> RunBatch<u32, u32> {
        Arc::new(move |jobs: Vec<u32>| {
            let batches = batches.clone();
            Box::pin(async move {
                batches.lock().unwrap().push(jobs.len());
                tokio::task::yield_now().await;
                jobs.into_iter().map(|j| j * 2).collect()
            })
        })
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn every_job_gets_its_own_result_and_concurrent_jobs_share_batches() {
        let batches = Arc::new(Mutex::new(Vec::new()));
        let batcher = Batcher::new(8, doubling(batches.clone()));
        let mut tasks = Vec::new();
        for i in 0..200u32 {
            let b = batcher.clone();
            tasks.push(tokio::spawn(async move { (i, b.submit(i).await) }));
        }
        for t in tasks {
            let (i, result) = t.await.unwrap();
            assert_eq!(result, Some(i * 2));
        }
        let batches = batches.lock().unwrap();
        assert_eq!(batches.iter().sum::<usize>(), 200, "each job written once");
        assert!(batches.iter().all(|&n| (1..=8).contains(&n)), "no batch above its limit: {batches:?}");
        assert!(batches.len() < 200, "concurrent jobs were batched: {} batches", batches.len());
    }

    #[tokio::test]
    async fn a_batch_that_panics_fails_its_callers_and_the_next_batch_is_written() {
        let run: RunBatch<u32, u32> = Arc::new(|jobs: Vec<u32>| {
            Box::pin(async move {
                assert!(!jobs.contains(&13), "a bug in the batch");
                jobs
            })
        });
        let batcher = Batcher::new(4, run);
        assert_eq!(batcher.submit(13).await, None, "the caller learns its job failed");
        let later = tokio::time::timeout(std::time::Duration::from_secs(5), batcher.submit(2)).await;
        assert_eq!(later, Ok(Some(2)), "later jobs are written, not left waiting");
    }

    #[tokio::test]
    async fn a_caller_that_goes_away_does_not_stop_its_batch() {
        let written = Arc::new(AtomicUsize::new(0));
        let counter = written.clone();
        let run: RunBatch<u32, u32> = Arc::new(move |jobs: Vec<u32>| {
            let counter = counter.clone();
            Box::pin(async move {
                tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                counter.fetch_add(jobs.len(), Ordering::SeqCst);
                jobs
            })
        });
        let batcher = Batcher::new(4, run);
        let gone = tokio::time::timeout(std::time::Duration::from_millis(1), batcher.submit(1)).await;
        assert!(gone.is_err(), "the caller gave up before the batch was written");
        assert_eq!(batcher.submit(2).await, Some(2));
        assert_eq!(written.load(Ordering::SeqCst), 2, "the abandoned job was written too");
    }
}
