//! The real `portal serve` as a process of its own, for the tests that kill it (`kill -9`),
//! run two of it on one database, or take its database away. The database and the data
//! directory (with the signing key) are the test's `TestApp`'s, which seeds the world and
//! reads the records afterwards.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct PortalProcess {
    child: Child,
    /// `http://127.0.0.1:<port>`
    pub address: String,
    /// `http://localhost:<port>`: its public URL (a passkey's relying party is a name, never an
    /// address), which a form's `Origin` must name.
    pub origin: String,
}

impl PortalProcess {
    /// Starts `portal serve` on a free port against `database_url`, and waits until it is ready.
    pub fn start(database_url: &str, data_dir: &Path, env: &[(&str, &str)]) -> PortalProcess {
        let port = crate::smtp::free_port();
        let bin = crate::portal_bin();
        assert!(bin.exists(), "{} missing: run `cargo build -p server` first", bin.display());
        let mut cmd = Command::new(bin);
        cmd.arg("serve")
            .env("PORTAL_LOG", "warn")
            .env("PORTAL_DATABASE_URL", database_url)
            .env("PORTAL_DATA_DIR", data_dir)
            .env("PORTAL_BIND", format!("127.0.0.1:{port}"))
            .env("PORTAL_PUBLIC_URL", format!("http://localhost:{port}"))
            .env("PORTAL_RUN_JOBS", "false")
            .env("PORTAL_SITE_ROOT", crate::workspace_root().join("target/site"))
            .stdout(Stdio::null())
            .stderr(Stdio::inherit());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = cmd.spawn().expect("start portal serve");
        let process = PortalProcess {
            child,
            address: format!("http://127.0.0.1:{port}"),
            origin: format!("http://localhost:{port}"),
        };
        process.wait_ready(Duration::from_secs(30));
        process
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    fn wait_ready(&self, within: Duration) {
        let until = Instant::now() + within;
        let url = format!("{}/health/ready", self.address);
        while Instant::now() < until {
            let ready = std::net::TcpStream::connect_timeout(
                &self.address.trim_start_matches("http://").parse().expect("address"),
                Duration::from_millis(200),
            )
            .is_ok()
                && ureq_ok(&url);
            if ready {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("portal serve did not become ready at {url} within {within:?}");
    }

    /// SIGKILL: no shutdown, no flush, no goodbye — a crash.
    pub fn kill9(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for PortalProcess {
    fn drop(&mut self) {
        self.kill9();
    }
}

/// A blocking GET that is 200 (readiness), without a runtime of its own.
fn ureq_ok(url: &str) -> bool {
    use std::io::{Read, Write};
    let rest = url.trim_start_matches("http://");
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let Ok(mut stream) = std::net::TcpStream::connect(host) else { return false };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let request = format!("GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.starts_with("HTTP/1.1 200")
}
