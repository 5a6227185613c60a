//! Building and running the server: `Application::build(settings)`, `port()`,
//! `run_until_stopped()`. Tests bind port 0 and read the port back.

use crate::assets;
use crate::config::Settings;
use crate::ratelimit::{Limiting, Limits, RateLimiter};
use crate::routes;
use crate::security::SecurityConfig;
use app::services::context::{AppContext, Clock, ContextParts};
use app::services::crypto::keys::SigningKeys;
use app::store::{self, Db};
use app::{App, shell};
use axum::extract::FromRef;
use axum::routing::{MethodRouter, get, post, put};
use axum::{Router, middleware};
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use migration::{Migrator, MigratorTrait};
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

/// Everything a handler may need. Leptos gets the `AppContext` part through context. axum
/// clones the state for every request: cloning this costs one reference count.
#[derive(Clone)]
pub struct AppState(Arc<StateParts>);

pub struct StateParts {
    pub leptos: LeptosOptions,
    pub ctx: AppContext,
    pub manifest: app::AssetManifest,
}

impl AppState {
    pub fn new(parts: StateParts) -> AppState {
        AppState(Arc::new(parts))
    }
}

impl std::ops::Deref for AppState {
    type Target = StateParts;
    fn deref(&self) -> &StateParts {
        &self.0
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> LeptosOptions {
        state.leptos.clone()
    }
}

impl FromRef<AppState> for AppContext {
    fn from_ref(state: &AppState) -> AppContext {
        state.ctx.clone()
    }
}

impl FromRef<AppState> for app::AssetManifest {
    fn from_ref(state: &AppState) -> app::AssetManifest {
        state.manifest.clone()
    }
}

pub struct Application {
    port: u16,
    listener: TcpListener,
    router: Router,
    ctx: AppContext,
    checkpoint_every: Duration,
    /// The e-mail worker and how often it looks, when `PORTAL_SMTP_URL` is set.
    mail: Option<(crate::mail::Mailer, Duration)>,
    run_jobs: bool,
    connection_limits: crate::serve::ConnectionLimits,
}

/// The context every handler and server function sees, with the portal's signing key.
pub fn app_context(settings: &Settings, db: Db, keys: SigningKeys, clock: Clock) -> anyhow::Result<AppContext> {
    let webauthn = app::services::identity::passkeys::relying_party(&settings.public_url)
        .map_err(|e| anyhow::anyhow!("PORTAL_PUBLIC_URL: {e}"))?;
    Ok(AppContext::new(ContextParts {
        disclosures: app::services::disclosure::Disclosures::new(db.clone()),
        consents: app::services::consent::Consents::new(db.clone()),
        db,
        keys,
        public_url: settings.public_url.clone(),
        webauthn,
        clock,
        audit_watch: Default::default(),
    }))
}

/// The portal keeps legal records: it does not start on a database it cannot write (a file
/// system mounted read-only, a file without write permission), and says which and why.
fn writable(file: &std::path::Path) -> anyhow::Result<()> {
    let probe = if file.exists() {
        std::fs::OpenOptions::new().append(true).open(file).map(drop)
    } else {
        let dir = file.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
        let probe = dir.join(".portal-write-probe");
        std::fs::write(&probe, b"").and_then(|()| std::fs::remove_file(&probe))
    };
    probe.map_err(|e| {
        anyhow::anyhow!(
            "the database {} cannot be written ({e}); the portal does not start on a read-only database: \
             check the file system is mounted read-write and the file and its directory are writable",
            file.display()
        )
    })
}

/// Opens the database and brings its schema up to date.
pub async fn open_database(settings: &Settings) -> anyhow::Result<Db> {
    if settings.database_url.starts_with("sqlite:") {
        std::fs::create_dir_all(&settings.data_dir)?;
    }
    if let Some(file) = crate::cli_backup::sqlite_file(&settings.database_url) {
        writable(&file)?;
    }
    let wait = std::time::Duration::from_secs(settings.database_wait_secs.into());
    let db = store::connect_waiting(&settings.database_url, wait).await?;
    Migrator::up(&db.conn, None).await?;
    // The languages the portal speaks, as the database's constraint on stored codes knows them.
    app::store::languages::sync(&db.conn).await?;
    Ok(db)
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Application> {
        Self::build_with_clock(settings, Clock::system()).await
    }

    /// As [`Application::build`], with the clock handlers read `now` from (tests stand the
    /// portal at a chosen instant; nothing in production sets a clock).
    pub async fn build_with_clock(settings: Settings, clock: Clock) -> anyhow::Result<Application> {
        let listener = TcpListener::bind(settings.bind).await?;
        let port = listener.local_addr()?.port();
        let mut settings = settings;
        if !settings.public_url_explicit {
            // Derived from the bind address: follow the port actually bound (port 0 in tests).
            settings.public_url = format!("http://localhost:{port}");
        }
        let mail = match &settings.smtp_url {
            Some(url) => Some((
                crate::mail::Mailer::new(url, &settings.smtp_from)
                    .map_err(|e| anyhow::anyhow!("PORTAL_SMTP_URL or PORTAL_SMTP_FROM: {e}"))?,
                Duration::from_millis(settings.mail_poll_ms),
            )),
            None => None,
        };
        let db = open_database(&settings).await?;
        let keys = crate::keys::load_or_create(&settings)?;
        let ctx = app_context(&settings, db, keys, clock)?;
        let manifest = assets::manifest(&settings.site_root);
        let leptos = LeptosOptions::builder()
            .output_name("portal")
            .site_root(settings.site_root.display().to_string())
            .site_pkg_dir("pkg")
            .build();
        let security = SecurityConfig {
            origin: settings.public_url.clone(),
            https: settings.public_url.starts_with("https://"),
            body_read_timeout: Duration::from_secs(settings.body_read_timeout_secs.into()),
        };
        let limiting = Limiting {
            limiter: RateLimiter::new(Limits {
                ceremonies_per_minute: settings.rate_ceremonies_per_minute,
                invitations_per_minute: settings.rate_invitations_per_minute,
                api_per_minute: settings.rate_api_per_minute,
                writes_per_minute: settings.rate_writes_per_minute,
            }),
            shared: crate::ratelimit::SharedCounts::new(ctx.db.clone(), ctx.keys.to_base64().as_bytes()),
            clock: ctx.clock.clone(),
            proxies: settings.trusted_proxies.clone(),
        };
        if settings.public_url.starts_with("https://") && settings.trusted_proxies.is_empty() {
            tracing::warn!(
                "PORTAL_PUBLIC_URL is https but PORTAL_TRUSTED_PROXIES is empty: behind a TLS proxy every \
                 anonymous client would share the proxy's rate limits"
            );
        }
        // Outermost last: the baseline sees everything; the limiter runs after the caller is
        // known, so signed-in requests are counted by account.
        let router = router(AppState::new(StateParts { leptos, ctx: ctx.clone(), manifest }))
            .layer(middleware::from_fn(crate::server_fn_status::fix_status))
            .layer(middleware::from_fn(crate::request_limits::limit))
            .layer(middleware::from_fn_with_state(limiting, crate::ratelimit::limit))
            .layer(middleware::from_fn_with_state(ctx.clone(), crate::principal::resolve))
            .layer(middleware::from_fn(crate::problem::api_problems))
            .layer(middleware::from_fn_with_state(security, crate::security::baseline));
        Ok(Application {
            port,
            listener,
            router,
            ctx,
            checkpoint_every: Duration::from_secs(settings.checkpoint_interval_secs),
            mail,
            run_jobs: settings.run_jobs,
            connection_limits: crate::serve::ConnectionLimits {
                header_read_timeout: Duration::from_secs(settings.header_read_timeout_secs.into()),
            },
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The context handlers see: database, keys, public URL (tests use it to seed and inspect).
    pub fn context(&self) -> AppContext {
        self.ctx.clone()
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let ctx = self.ctx.clone();
        tokio::spawn(async move { verification_loop(ctx).await });
        if self.run_jobs {
            let (runner, tick) = job_runner(self.checkpoint_every, self.mail);
            tokio::spawn(crate::jobs::run(self.ctx.clone(), runner, tick));
        }
        tracing::info!(port = self.port, "portal listening");
        crate::serve::serve(self.listener, self.router, self.connection_limits, shutdown_signal()).await
    }
}

/// What every SSR render and server function gets as context, written once: pages, the
/// fallback and the form handlers that render a page all provide the same.
pub fn provide_app_context(state: &AppState) -> impl Fn() + Clone + Send + Sync + 'static {
    let ctx = state.ctx.clone();
    let manifest = state.manifest.clone();
    move || {
        provide_context(ctx.clone());
        provide_context(manifest.clone());
    }
}

/// Every route outside Leptos, with its handler: the one list the router is built from and the
/// matrix test reads (`registered_paths`), so no route can be left out of either.
fn other_routes() -> Vec<(&'static str, MethodRouter<AppState>)> {
    vec![
        ("/health/live", get(routes::live)),
        ("/health/ready", get(routes::ready)),
        ("/lang/{code}", get(routes::switch_language)),
        ("/invite", post(crate::forms::invite::redeem_code)),
        ("/agency/assisted-consent/review", post(crate::forms::assisted::review)),
        ("/api/v1/me", get(crate::api_v1::me::get)),
        ("/api/v1/protocols", get(crate::api_v1::protocols::get)),
        ("/api/v1/protocols/{slug}/consents", get(crate::api_v1::consent_changes::get)),
        ("/api/v1/protocols/{slug}/consents/{person}", get(crate::api_v1::consent_of_person::get)),
        ("/api/v1/protocols/{slug}/persons/{person}", get(crate::api_v1::person_fields::get)),
        ("/api/v1/protocols/{slug}/persons/{person}/onward-disclosures", post(crate::api_v1::onward_disclosures::post)),
        ("/api/v1/protocols/{slug}/quality-reports", post(crate::api_v1::quality_reports::post)),
        ("/api/v1/breaches", post(crate::api_v1::breaches::post)),
        ("/api/v1/agency/persons/{dossier}", put(crate::api_v1::agency_persons::put)),
        ("/api/v1/agency/corrections", get(crate::api_v1::agency_corrections::get)),
        ("/api/v1/openapi.json", get(crate::api_v1::openapi::get)),
        ("/api/v1/docs", get(crate::api_v1::docs::get)),
        ("/receipts/public-key", get(crate::downloads::public_key)),
        ("/me/receipts/{id}", get(crate::downloads::download)),
        ("/me/data/export.json", get(crate::downloads::export)),
        ("/agency/dpo/disclosures.csv", get(crate::downloads::disclosure_register)),
        ("/municipality/dpo/disclosures.csv", get(crate::downloads::disclosure_register)),
        ("/agency/admin/invitations/person", post(crate::forms::admin::invite_person)),
        ("/agency/admin/letters", post(crate::forms::admin::letters)),
        ("/letters.css", get(crate::letters::stylesheet)),
        ("/agency/admin/invitations/staff", post(crate::forms::admin::invite_staff)),
        ("/agency/admin/api-clients", post(crate::forms::admin::create_client)),
        ("/agency/admin/approvals/issue", post(crate::forms::admin::issue_request)),
        ("/agency/dpo/notices/{id}/acknowledge", post(crate::forms::dpo::acknowledge_notice)),
        ("/agency/dpo/breaches/{id}/{action}", post(crate::forms::dpo::breach_step)),
        ("/agency/dpo/audit/verify", post(crate::forms::dpo::verify_audit)),
        ("/municipality/admin/erasure/{id}/attest", post(crate::forms::municipality_admin::attest_erasure)),
        ("/agency/dpo/checkpoints.jsonl", get(crate::downloads::checkpoints)),
        ("/agency/rectifications/{id}/{action}", post(crate::forms::rectification::act)),
        ("/agency/protocols/create", post(crate::forms::protocols::create)),
        ("/agency/protocols/{slug}/new-version", post(crate::forms::protocols::new_version)),
        ("/agency/protocols/{slug}/{version}/{action}", post(crate::forms::protocols::act)),
        ("/me/corrections/{id}/answer", post(crate::forms::rectification::answer)),
        ("/municipality/admin/profiles/new", post(crate::forms::municipality_admin::create_profile)),
        ("/municipality/admin/profiles/{id}", post(crate::forms::municipality_admin::revise_profile)),
        ("/municipality/admin/profiles/{id}/active", post(crate::forms::municipality_admin::set_profile_active)),
        ("/municipality/admin/profiles/{id}/translations", post(crate::forms::municipality_admin::translate_profile)),
        ("/municipality/admin/staff", post(crate::forms::municipality_admin::invite_staff)),
        ("/municipality/admin/staff/{member}/profile", post(crate::forms::municipality_admin::change_staff_profile)),
        ("/municipality/admin/staff/{member}/disable", post(crate::forms::municipality_admin::disable_staff)),
        ("/municipality/admin/partners", post(crate::forms::municipality_admin::register_partner)),
        ("/municipality/admin/partners/{slug}/translations", post(crate::forms::municipality_admin::translate_partner)),
        ("/municipality/admin/processors", post(crate::forms::municipality_admin::add_processor)),
        ("/municipality/admin/processors/{id}/end", post(crate::forms::municipality_admin::end_processor)),
        ("/municipality/admin/notices", post(crate::forms::municipality_admin::file_notice)),
        ("/municipality/persons/search", post(crate::forms::pilot::search)),
        ("/municipality/persons/{protocol}/{reference}/onward", post(crate::forms::pilot::pass_on)),
        ("/municipality/persons/{protocol}/{reference}/quality-report", post(crate::forms::pilot::quality)),
        ("/municipality/breaches/new", post(crate::forms::pilot::report_breach)),
        ("/municipality/corrections/{id}/processed", post(crate::forms::pilot::correction_processed)),
    ]
}

/// What the server answers, by kind: server functions (`/sf/…`), pages, and the other routes.
/// Static assets (`/pkg`) are left out: they carry no identity.
pub struct RegisteredPaths {
    pub server_functions: Vec<String>,
    pub pages: Vec<String>,
    pub other: Vec<String>,
}

pub fn registered_paths() -> RegisteredPaths {
    let mut server_functions: Vec<String> =
        leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path.to_owned()).collect();
    server_functions.sort();
    let mut pages: Vec<String> = generate_route_list(App).iter().map(|r| r.path().to_owned()).collect();
    pages.sort();
    pages.dedup();
    let other = other_routes().into_iter().map(|(path, _)| path.to_owned()).collect();
    RegisteredPaths { server_functions, pages, other }
}

fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let provide = provide_app_context(&state);
    let options = state.leptos.clone();
    let fallback = leptos_axum::render_app_async_with_context(provide.clone(), move || shell(options.clone()));
    let leptos_options = state.leptos.clone();
    let mut router = Router::new();
    for (path, handler) in other_routes() {
        router = router.route(path, handler);
    }
    router
        .nest_service("/pkg", assets::service(&state.leptos))
        .leptos_routes_with_context(&state, routes, provide, move || shell(leptos_options.clone()))
        .fallback(fallback)
        .with_state(state)
}

/// How often the whole audit chain is verified for the DPO's page (and once at start).
const VERIFY_EVERY: Duration = Duration::from_secs(300);

/// Verifies the audit chain now and then, so that no page view has to walk it.
async fn verification_loop(ctx: AppContext) {
    let mut tick = tokio::time::interval(VERIFY_EVERY);
    loop {
        tick.tick().await;
        if let Err(e) = ctx.audit_watch.refresh(&ctx.db, &ctx.keys, ctx.now()).await {
            tracing::warn!(error = %e, "audit verification failed to run");
        }
    }
}

/// How often protocol starts and ends are looked for: a day's change is acted on within a minute.
const PROTOCOL_EFFECTS_EVERY: Duration = Duration::from_secs(60);
/// How often retention looks for persons past their five years (a day's change, within an hour).
const RETENTION_EVERY: Duration = Duration::from_secs(3600);
/// How often the rectification officers' reminders are looked for.
const REMIND_EVERY: Duration = Duration::from_secs(600);

/// This instance's job runner and how often it ticks (the shortest interval of its jobs).
fn job_runner(
    checkpoint_every: Duration,
    mail: Option<(crate::mail::Mailer, Duration)>,
) -> (crate::jobs::Runner, Duration) {
    use app::domain::jobs::Job;
    let mut every = std::collections::HashMap::from([
        (Job::ProtocolEffects, PROTOCOL_EFFECTS_EVERY),
        (Job::AuditCheckpoint, checkpoint_every),
        (Job::RectificationReminders, REMIND_EVERY),
        (Job::Retention, RETENTION_EVERY),
    ]);
    let worker = mail.map(|(mailer, poll)| {
        every.insert(Job::MailOutbox, poll);
        crate::mail::worker::MailWorker::new(mailer)
    });
    let tick = every.values().min().copied().unwrap_or(PROTOCOL_EFFECTS_EVERY).max(Duration::from_millis(50));
    (crate::jobs::Runner::new(every, worker).later(Job::AuditCheckpoint), tick)
}

/// Ctrl-C or SIGTERM (what process managers send) stops accepting and drains requests.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
