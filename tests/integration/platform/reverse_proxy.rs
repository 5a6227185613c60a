//! The sample reverse proxy, `docs/deploy/nginx.conf`, run as it is (its placeholders filled
//! in, nothing else changed) by Debian's nginx in front of the real `portal serve`, with a
//! self-signed certificate for `localhost`: HTTPS with the portal's security headers, plain
//! HTTP redirected, forms and passkey ceremonies working through it, the client's own address
//! reaching the rate limiter (and a forged one never), bodies over the portal's limit refused
//! by nginx, the islands bundle cached per encoding, invitation secrets kept out of its log,
//! and a dead instance in the upstream skipped.
//!
//! Loopback has all of 127.0.0.0/8: the test's clients connect from 127.0.0.2 and 127.0.0.3,
//! nginx reaches the portal from 127.0.0.1 (`PORTAL_TRUSTED_PROXIES=127.0.0.1/32`).

use portal_tests::process::PortalProcess;
use portal_tests::smtp::free_port;
use portal_tests::{Backend, TestApp, TestDb, json_of, problem_type, spawn_app_with};
use sea_orm::EntityTrait;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The sample, compiled in: the test runs exactly what operators are given.
const SAMPLE: &str = include_str!("../../../docs/deploy/nginx.conf");

const SETUP: &str = "run `bash .ci/setup.sh` (it installs Debian's nginx and openssl)";

/// nginx from Debian, running the sample in a temporary directory of its own: configuration,
/// certificate, logs, temporary files, cache and pid file are all in there, nothing in /var.
struct Nginx {
    child: Child,
    dir: tempfile::TempDir,
    /// `https://localhost:<port>`: the portal's public URL.
    public_url: String,
    http_port: u16,
    https_port: u16,
    cert_pem: Vec<u8>,
}

impl Nginx {
    /// Starts nginx with the sample in front of `instances` (`host:port` each), and waits
    /// until it accepts connections on both ports.
    fn start(dir: tempfile::TempDir, http_port: u16, https_port: u16, instances: &[String]) -> Nginx {
        let bin = find_binary("nginx");
        let root = dir.path().to_path_buf();
        // Run as root, nginx's workers are www-data (the sample's `user`): they must be able
        // to reach their logs and temporary files under this directory.
        if is_root() {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&root, std::fs::Permissions::from_mode(0o755)).expect("chmod temp dir");
        }
        for sub in ["logs", "state", "tls"] {
            std::fs::create_dir_all(root.join(sub)).expect("nginx directories");
        }
        let (cert, key) = self_signed_certificate(&root.join("tls"));
        let values = [
            ("__SERVER_NAME__", "localhost".to_owned()),
            ("__PUBLIC_URL__", format!("https://localhost:{https_port}")),
            ("__LISTEN_HTTP__", format!("127.0.0.1:{http_port}")),
            ("__LISTEN_HTTPS__", format!("127.0.0.1:{https_port}")),
            ("__CERT__", cert.display().to_string()),
            ("__KEY__", key.display().to_string()),
            ("__LOG_DIR__", root.join("logs").display().to_string()),
            ("__STATE_DIR__", root.join("state").display().to_string()),
        ];
        let conf = root.join("nginx.conf");
        std::fs::write(&conf, render(SAMPLE, &values, instances)).expect("write nginx.conf");
        let child = Command::new(&bin)
            .arg("-p")
            .arg(&root)
            .arg("-c")
            .arg(&conf)
            .arg("-e")
            .arg(root.join("logs/startup.log"))
            .arg("-g")
            .arg(format!("daemon off; pid {};", root.join("nginx.pid").display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(root.join("logs/stderr.log")).expect("stderr log"))
            .spawn()
            .unwrap_or_else(|e| panic!("{}: {e}; {SETUP}", bin.display()));
        let cert_pem = std::fs::read(&cert).expect("certificate");
        let mut nginx = Nginx {
            child,
            dir,
            public_url: format!("https://localhost:{https_port}"),
            http_port,
            https_port,
            cert_pem,
        };
        nginx.wait_listening();
        nginx
    }

    fn wait_listening(&mut self) {
        let until = Instant::now() + Duration::from_secs(15);
        while Instant::now() < until {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("nginx stopped at start ({status}):\n{}", self.logs());
            }
            let up = |port: u16| {
                std::net::TcpStream::connect_timeout(
                    &SocketAddr::from(([127, 0, 0, 1], port)),
                    Duration::from_millis(200),
                )
                .is_ok()
            };
            if up(self.http_port) && up(self.https_port) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("nginx did not listen within 15 s:\n{}", self.logs());
    }

    fn log(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.path().join("logs").join(name)).unwrap_or_default()
    }

    fn logs(&self) -> String {
        ["stderr.log", "startup.log", "portal-error.log"].map(|n| format!("--- {n}\n{}", self.log(n))).join("\n")
    }

    /// A client of the proxy connecting from `from` (an address on loopback), trusting the
    /// test's certificate and nothing else, following no redirects.
    fn client(&self, from: Ipv4Addr) -> reqwest::Client {
        reqwest::Client::builder()
            .add_root_certificate(reqwest::Certificate::from_pem(&self.cert_pem).expect("certificate"))
            .tls_built_in_root_certs(false)
            .resolve("localhost", SocketAddr::from(([127, 0, 0, 1], self.https_port)))
            .local_address(IpAddr::V4(from))
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_secs(30))
            .build()
            .expect("client")
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("nginx's logs:\n{}\n--- portal-access.log\n{}", self.logs(), self.log("portal-access.log"));
        }
        // SIGTERM to the master (by its pid): it stops its workers too, which SIGKILL would not.
        let _ = Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status();
        let until = Instant::now() + Duration::from_secs(5);
        while Instant::now() < until {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The sample with its placeholders filled in: the `server __PORTAL_UPSTREAM__ …;` line once
/// per instance, as its comment tells an operator; no placeholder may be left over.
fn render(sample: &str, values: &[(&str, String)], instances: &[String]) -> String {
    let mut out = String::new();
    for line in sample.lines() {
        let lines: Vec<String> = if line.contains("__PORTAL_UPSTREAM__") && !line.trim_start().starts_with('#') {
            instances.iter().map(|i| line.replace("__PORTAL_UPSTREAM__", i)).collect()
        } else {
            vec![line.to_owned()]
        };
        for mut line in lines {
            for (placeholder, value) in values {
                line = line.replace(placeholder, value);
            }
            assert!(
                line.trim_start().starts_with('#') || !line.contains("__"),
                "a placeholder the test does not fill in: {line}"
            );
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// A certificate for `localhost` (a leaf, not a CA) and its key, by the `openssl` command.
fn self_signed_certificate(dir: &Path) -> (PathBuf, PathBuf) {
    let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
    let out = Command::new(find_binary("openssl"))
        .args(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2"])
        .args(["-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"])
        .args(["-addext", "basicConstraints=critical,CA:FALSE", "-addext", "extendedKeyUsage=serverAuth"])
        .arg("-keyout")
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("run openssl");
    assert!(out.status.success(), "openssl req failed: {}", String::from_utf8_lossy(&out.stderr));
    (cert, key)
}

/// A program from PATH or /usr/sbin (not on an ordinary user's PATH), else a failure that
/// says how to get it.
fn find_binary(name: &str) -> PathBuf {
    let path = std::env::var("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/sbin".into(), "/usr/bin".into()])
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("{name} is not installed: {SETUP}"))
}

fn is_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").map(|m| m.uid() == 0).unwrap_or(false)
}

/// The islands bundle, as `frontend/build-site.sh` lays it out: a hashed file and its
/// precompressed copies (their bytes say which copy was served).
fn site_with_a_bundle(root: &Path) -> PathBuf {
    let pkg = root.join("site/pkg");
    std::fs::create_dir_all(&pkg).expect("site dir");
    std::fs::write(pkg.join("probe-0123abcd.js"), "plain copy").unwrap();
    std::fs::write(pkg.join("probe-0123abcd.js.br"), "brotli copy").unwrap();
    std::fs::write(pkg.join("probe-0123abcd.js.gz"), "gzip copy").unwrap();
    root.join("site")
}

fn header(res: &reqwest::Response, name: &str) -> String {
    res.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_sample_nginx_configuration_serves_the_portal_over_https() {
    let started = Instant::now();
    let dir = tempfile::tempdir().expect("temp dir");
    let (http_port, https_port) = (free_port(), free_port());
    let public_url = format!("https://localhost:{https_port}");
    // The test's own view of the database (seeding, invitations), on the same file as the
    // portal process, with the same public URL and key.
    let app = spawn_app_with(TestDb::new(Backend::Sqlite).await, |s| {
        s.run_jobs = false;
        s.public_url = public_url.clone();
        s.public_url_explicit = true;
    })
    .await;
    let key = app.ctx.keys.to_base64();
    let site = site_with_a_bundle(dir.path());
    let site = site.display().to_string();
    let env = [
        ("PORTAL_SIGNING_KEY", key.as_str()),
        ("PORTAL_PUBLIC_URL", public_url.as_str()),
        ("PORTAL_TRUSTED_PROXIES", "127.0.0.1/32"),
        ("PORTAL_RATE_API_PER_MINUTE", "3"),
        ("PORTAL_SITE_ROOT", site.as_str()),
    ];
    let portal = PortalProcess::start(&app.db.url, &app.db.dir(), &env);
    // A second instance that is down (nothing listens on its port): nginx must skip it.
    let dead = format!("127.0.0.1:{}", free_port());
    let instances = [portal.address.trim_start_matches("http://").to_owned(), dead.clone()];
    let nginx = Nginx::start(dir, http_port, https_port, &instances);
    assert_eq!(nginx.public_url, public_url);
    let (a, b, local) = (
        nginx.client(Ipv4Addr::new(127, 0, 0, 2)),
        nginx.client(Ipv4Addr::new(127, 0, 0, 3)),
        nginx.client(Ipv4Addr::LOCALHOST),
    );

    // The client the portal counts is the one nginx saw (first, within the limiter's minute).
    // The API allows 3 requests a minute per client here; each request also forges both
    // forwarding headers, which nginx must not pass on.
    let api = |client: &reqwest::Client, forged: u8| {
        client
            .get(format!("{public_url}/api/v1/me"))
            .header("x-forwarded-for", format!("198.51.100.{forged}"))
            .header("forwarded", format!("for=198.51.100.{forged}"))
            .send()
    };
    for i in 0..3 {
        assert_ne!(api(&a, i).await.unwrap().status(), 429, "127.0.0.2, request {i}: within its limit");
    }
    let res = api(&a, 3).await.unwrap();
    assert_eq!(res.status(), 429, "127.0.0.2 used its 3: a forged X-Forwarded-For or Forwarded is no way out");
    assert!(res.headers().contains_key("retry-after"));
    assert_ne!(
        api(&b, 9).await.unwrap().status(),
        429,
        "127.0.0.3 is another client: the portal counts the forwarded address, not nginx's own"
    );
    // A client whose own address is a trusted proxy's: with X-Forwarded-For appended to
    // instead of replaced, the portal would walk past it to the forged hop.
    for i in 10..13 {
        assert_ne!(api(&local, i).await.unwrap().status(), 429, "127.0.0.1, request {i}");
    }
    assert_eq!(api(&local, 13).await.unwrap().status(), 429, "127.0.0.1 cannot forge a fresh client either");

    // HTTPS: the portal's page with its own headers, once each, uncompressed.
    let res = local.get(format!("{public_url}/")).header("accept-encoding", "gzip, deflate, br").send().await.unwrap();
    assert_eq!(res.status(), 200);
    let hsts: Vec<_> = res.headers().get_all("strict-transport-security").iter().collect();
    assert_eq!(hsts, ["max-age=31536000; includeSubDomains"], "HSTS from the portal, once");
    assert_eq!(res.headers().get_all("content-security-policy").iter().count(), 1);
    assert!(header(&res, "content-security-policy").contains("'nonce-"));
    assert_eq!(header(&res, "x-content-type-options"), "nosniff");
    assert_eq!(header(&res, "server"), "nginx", "no version");
    assert_eq!(header(&res, "content-encoding"), "", "pages are not compressed (BREACH)");
    assert!(res.text().await.unwrap().contains("<html"));

    // Plain HTTP: a redirect to the public URL, path and query kept.
    let res = local
        .get(format!("http://localhost:{http_port}/protocols/x?version=1"))
        .header("host", "evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 301);
    assert_eq!(header(&res, "location"), format!("{public_url}/protocols/x?version=1"), "not to the Host sent");

    // Passkeys through the proxy: enrolment (start, authenticator, finish) with the https
    // origin, then a sign-in, then a page as the signed-in person.
    let via = TestApp {
        address: public_url.clone(),
        port: https_port,
        ctx: app.ctx.clone(),
        client: local.clone(),
        db: TestDb::at(app.db.url.clone(), Backend::Sqlite),
    };
    let mut enrolled = via.enrolled().await;
    let credential = enrolled.key.credentials().remove(0);
    let cookie = via.sign_in(&mut enrolled.key, &credential).await.expect("sign-in through the proxy");
    let (status, _) = via.get_page("/me", &cookie).await;
    assert_eq!(status, 200);

    // A form from the portal's own https origin passes the cross-site check through the
    // proxy (a person types the short code of an invitation); one from another origin, or
    // from the http origin, does not.
    let others = app::store::person::Entity::find().all(&app.ctx.db.conn).await.unwrap();
    let invited = others.iter().find(|p| p.id != enrolled.person.id).expect("a second demo person");
    let invitation = via.invitation_for(invited.id).await;
    let form = |origin: &str| {
        local
            .post(format!("{public_url}/invite"))
            .header("origin", origin)
            .form(&[("code", invitation.short_code.as_str())])
            .send()
    };
    let res = form(&public_url).await.unwrap();
    assert_eq!(res.status(), 200, "the typed-code form from our origin");
    assert!(res.text().await.unwrap().contains("<html"));
    assert_eq!(form("https://evil.example").await.unwrap().status(), 403);
    assert_eq!(form(&format!("http://localhost:{https_port}")).await.unwrap().status(), 403);

    // Bodies: nginx holds the portal's own limit of each route (read from the portal, so
    // the two cannot drift apart): a body of exactly the limit passes both (whatever the
    // portal then says of it, it is not 413), one byte more and nginx refuses alone.
    use server::request_limits::{API, PERSON_FORMS, STAFF_FORMS};
    let post = |path: &str, len: usize| {
        let pad = "a".repeat(len - "lang=nl&pad=".len());
        local
            .post(format!("{public_url}{path}"))
            .header("origin", &public_url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(format!("lang=nl&pad={pad}"))
            .send()
    };
    for (path, limit) in [
        ("/sf/protocols/list", PERSON_FORMS),
        ("/invite", PERSON_FORMS),
        ("/api/v1/breaches", API),
        ("/agency/protocols/create", STAFF_FORMS),
        ("/municipality/breaches/new", STAFF_FORMS),
    ] {
        let res = post(path, limit).await.unwrap();
        assert_ne!(res.status(), 413, "{path}: {limit} bytes are within its limit: {res:?}");
        let res = post(path, limit + 1).await.unwrap();
        assert_eq!(res.status(), 413, "{path}: {} bytes", limit + 1);
        assert!(!res.headers().contains_key("content-security-policy"), "{path}: nginx refused it alone");
        if path.starts_with("/api/") {
            assert_eq!(header(&res, "content-type"), "application/problem+json");
            assert_eq!(problem_type(&json_of(res).await.1), "error-too-large", "the API's own problem type");
        }
    }

    // A large POST that the portal refuses before reading it (one from another site): the
    // portal closes the connection while nginx is still sending. That must neither take the
    // instance out of the rotation (with one of the two down, nothing would be left) nor
    // leave nginx a dead connection for the next request: the next GET and POST are served.
    for _ in 0..3 {
        let _ = local
            .post(format!("{public_url}/agency/protocols/create"))
            .header("origin", "https://evil.example")
            .header("content-type", "application/x-www-form-urlencoded")
            .body("a".repeat(STAFF_FORMS))
            .send()
            .await;
        let res = local.get(format!("{public_url}/health/ready")).send().await.unwrap();
        assert_eq!(res.status(), 200, "a GET after it");
        let res = local
            .post(format!("{public_url}/sf/protocols/list"))
            .header("origin", &public_url)
            .form(&[("lang", "nl")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "a POST after it");
    }

    // The bundle: the copy each encoding asked for, cached by nginx per encoding.
    let asset = |encoding: Option<&'static str>| {
        let mut req = local.get(format!("{public_url}/pkg/probe-0123abcd.js"));
        if let Some(e) = encoding {
            req = req.header("accept-encoding", e);
        }
        req.send()
    };
    for (encoding, body, cache) in [
        (Some("gzip, deflate, br, zstd"), "brotli copy", "MISS"),
        (Some("br"), "brotli copy", "HIT"),
        (Some("gzip, deflate"), "gzip copy", "MISS"),
        (None, "plain copy", "MISS"),
        (None, "plain copy", "HIT"),
    ] {
        let res = asset(encoding).await.unwrap();
        assert_eq!(res.status(), 200, "{encoding:?}");
        assert_eq!(header(&res, "cache-control"), "public, max-age=31536000, immutable");
        assert_eq!(header(&res, "x-cache-status"), cache, "{encoding:?}");
        assert_eq!(header(&res, "vary"), "Accept-Encoding");
        assert_eq!(res.text().await.unwrap(), body, "{encoding:?}");
    }

    // The access log: the clients' own addresses, no invitation secret, no query string.
    let secret = &invitation.secret;
    for path in [format!("/invite/{secret}"), format!("/invite?code={}", invitation.short_code)] {
        a.get(format!("{public_url}{path}")).send().await.unwrap();
    }
    let access = nginx.log("portal-access.log");
    assert!(access.contains("/invite/[redacted]"), "{access}");
    for needle in [secret.as_str(), invitation.short_code.as_str(), "version=1"] {
        assert!(!access.contains(needle), "{needle} in the access log:\n{access}");
    }
    assert!(access.lines().any(|l| l.starts_with("127.0.0.2 ")), "{access}");

    // Every request above was answered although one instance was down: nginx tried it and
    // went on to the next.
    assert!(nginx.log("portal-error.log").contains(&dead), "{}", nginx.logs());
    for _ in 0..4 {
        assert_eq!(local.get(format!("{public_url}/health/ready")).send().await.unwrap().status(), 200);
    }
    drop(nginx);
    drop(portal);
    eprintln!("reverse proxy scenario: {:.1} s", started.elapsed().as_secs_f64());
}
