//! A small closed-loop load generator for the benches: `connections` clients, each with one
//! keep-alive connection, send requests back to back for a fixed time. Throughput is requests
//! ÷ wall time; latencies are per request (p50, p99). Benches report these, never assert them.

use std::sync::Arc;
use std::time::{Duration, Instant};

pub struct Load {
    pub requests: usize,
    pub per_second: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
}

/// Builds request `n` of client `worker` on that client's connection.
pub type MakeRequest = Arc<dyn Fn(&reqwest::Client, usize, usize) -> reqwest::RequestBuilder + Send + Sync>;

/// Runs the load; every answer must be a success or a redirect (a form's answer) that is not
/// a refusal, else the bench stops with it: a figure made of errors would be worthless.
pub async fn run(connections: usize, seconds: u64, make: MakeRequest) -> Load {
    let started = Instant::now();
    let until = started + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for worker in 0..connections {
        let make = make.clone();
        tasks.push(tokio::spawn(async move {
            let client = reqwest::Client::builder()
                .pool_max_idle_per_host(1)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .expect("client");
            let mut samples = Vec::new();
            let mut n = 0;
            while Instant::now() < until {
                let t = Instant::now();
                let res = make(&client, worker, n).send().await.expect("request");
                let status = res.status();
                assert!(status.is_success() || status.is_redirection(), "{} {status}", res.url());
                // A plain form answers a refusal with a redirect back to it, `?error=…`.
                let to = res.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default();
                assert!(!to.contains("error="), "{} refused: {to}", res.url());
                let _ = res.bytes().await.expect("body");
                samples.push(t.elapsed());
                n += 1;
            }
            samples
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.expect("load task"));
    }
    let wall = started.elapsed().as_secs_f64();
    all.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    Load {
        requests: all.len(),
        per_second: all.len() as f64 / wall,
        p50_ms: ms(all[all.len() / 2]),
        p99_ms: ms(all[all.len() * 99 / 100]),
    }
}

/// The resident set of a process in MiB (Linux `/proc`), for the memory figures.
pub fn rss_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}
