//! The `portal` command line. Every command has `--help`.

use crate::config::Settings;
use crate::startup::{Application, open_database};
use app::services::audit;
use app::services::context::AppContext;
use clap::{Parser, Subcommand};
use migration::{Migrator, MigratorTrait};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(name = "portal", version, about = "Consent and data-subject-rights portal")]
pub struct Cli {
    /// TOML configuration file (default: ./portal.toml if present). PORTAL_* variables override it.
    #[arg(long, global = true, env = "PORTAL_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the portal (migrates the database first).
    Serve,
    /// Apply or roll back database migrations.
    Migrate {
        #[command(subcommand)]
        action: MigrateAction,
    },
    /// Seed the demo data (idempotent) and write one-time demo credentials.
    Demo {
        /// Where to write the demo credentials (default: <data_dir>/demo-credentials.json).
        #[arg(long)]
        credentials: Option<PathBuf>,
    },
    /// Work with the audit log.
    Audit {
        #[command(subcommand)]
        action: AuditAction,
    },
    /// Pseudonymise the persons whose relationship ended more than five years ago (art. 2).
    Retention {
        #[command(subcommand)]
        action: RetentionAction,
    },
    /// Bring data in from the agency's client-tracking system.
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// Issue an enrolment invitation (prints the link and short code once).
    Invite {
        #[command(subcommand)]
        who: InviteWho,
    },
    /// Check consent receipts offline.
    Receipt {
        #[command(subcommand)]
        action: ReceiptAction,
    },
    /// Manage API clients of municipality systems.
    Token {
        #[command(subcommand)]
        action: TokenAction,
    },
    /// Write a consistent copy of the (SQLite) database while the portal runs.
    Backup {
        /// Where to write it (must not exist).
        file: PathBuf,
    },
    /// Put a backup in place of the configured (SQLite) database, which must be empty.
    Restore {
        /// The backup to restore.
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum ImportWhat {
    /// Persons from an export (CSV with a header, or JSON lines: .jsonl): dossier_ref, the
    /// art. 3 fields (given_name, family_name, address, phone, email, contact_language,
    /// dutch_level, mo_status), protocols (slugs, `;`-separated) and optionally ended_on
    /// (YYYY-MM-DD). Each value is checked like a correction; bad rows are reported (line,
    /// column, reason) and the good ones go in. Running the same file again changes nothing.
    /// Exit status: 0 all rows in, 1 rows refused, 2 the file could not be read.
    Persons {
        file: PathBuf,
        /// Read the file as JSON lines, whatever its name.
        #[arg(long)]
        json_lines: bool,
        /// If any row is refused, import none.
        #[arg(long)]
        all_or_nothing: bool,
        /// Write every row's outcome to this file (JSON).
        #[arg(long)]
        report: Option<PathBuf>,
        /// The language of the reasons (default: en).
        #[arg(long, default_value = "en")]
        lang: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum InviteWho {
    /// Invite an inburgeraar, by dossier reference (e.g. KBI-2021-000101).
    Person {
        dossier_ref: String,
        /// Also write the link as a QR code (SVG) to this file.
        #[arg(long)]
        qr: Option<PathBuf>,
    },
    /// Invitation letters to print: one A4 page per person in their contact language and Dutch,
    /// with the QR code and the short code; a person who already has an account gets a recovery
    /// letter, which says so. Issues a new invitation for each (older ones stop working).
    Letters {
        /// Where to write the letters (HTML; print it with a browser, A4).
        #[arg(long)]
        out: PathBuf,
        /// Everyone not yet invited (e.g. just imported), still in the pilot.
        #[arg(long, conflicts_with = "dossier", required_unless_present = "dossier")]
        not_yet_invited: bool,
        /// A dossier reference (repeat for several).
        #[arg(long)]
        dossier: Vec<String>,
    },
    /// Invite a staff member of a party, with a role (and a function profile for municipality staff).
    Staff {
        /// Party slug, e.g. `agii` or `sint-pieters-leeuw`.
        #[arg(long)]
        party: String,
        /// One of: agency_rectification_officer, agency_protocol_admin, agency_dpo, municipality_admin, municipality_staff.
        #[arg(long)]
        role: String,
        /// Function profile name (municipality_staff only).
        #[arg(long)]
        profile: Option<String>,
        #[arg(long)]
        qr: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReceiptAction {
    /// Verify a receipt file against the portal's published key; exits non-zero if it was
    /// changed, re-formatted, or signed with any other key.
    Verify {
        file: PathBuf,
        /// The portal's public key (base64, as GET /receipts/public-key publishes it).
        #[arg(long, conflicts_with = "portal", required_unless_present = "portal")]
        public_key: Option<String>,
        /// The portal's address: its key is fetched once and pinned (PORTAL_TRUSTED_KEYS, default
        /// ~/.config/portal/trusted-keys); later checks use the pinned key.
        #[arg(long)]
        portal: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenAction {
    /// Create an API client bound to one party and function profile — or, without `--profile`
    /// and for the agency party, its client-tracking system's; prints its token once.
    Create {
        #[arg(long)]
        party: String,
        /// The function profile a municipality's system reads with (leave out for the agency's
        /// client-tracking system).
        #[arg(long)]
        profile: Option<String>,
        /// A name to recognise the client by.
        #[arg(long)]
        name: String,
        /// Days until the token expires (default: never).
        #[arg(long)]
        expires_days: Option<u32>,
    },
    /// Revoke an API client, by its public id (a running server refuses its token within a second).
    Revoke { client: String },
}

#[derive(Debug, Subcommand)]
pub enum MigrateAction {
    /// Apply all pending migrations.
    Up,
    /// Roll back migrations.
    Down {
        /// How many to roll back (default: 1).
        #[arg(long, default_value_t = 1)]
        steps: u32,
    },
    /// List migrations and whether they are applied.
    Status,
}

#[derive(Debug, Subcommand)]
pub enum RetentionAction {
    /// Run retention now: names, contact data and free text of every person due are cleared,
    /// their history kept under a pseudonym. With --dry-run, only say how many are due.
    Run {
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditAction {
    /// Verify the hash chain and every signed checkpoint; exits non-zero on the first problem.
    /// Checkpoints are checked with the configured key, or with --public-key.
    Verify {
        /// The portal's public key (base64, from GET /receipts/public-key).
        #[arg(long)]
        public_key: Option<String>,
    },
    /// Sign a checkpoint of the current chain head.
    Checkpoint,
    /// Print all checkpoints as JSON lines, with the public key, to keep outside the portal.
    ExportCheckpoints,
}

pub async fn run(cli: Cli) -> ExitCode {
    // Offline: needs no configuration, database or key of this machine.
    if let Command::Receipt { action: ReceiptAction::Verify { file, public_key, portal } } = &cli.command {
        let trusted = match (public_key, portal) {
            (Some(key), _) => crate::cli_verify::Trusted::Key(key.clone()),
            (None, Some(url)) => crate::cli_verify::Trusted::Portal(url.clone()),
            (None, None) => unreachable!("clap requires one of them"),
        };
        return crate::cli_verify::receipt(file, trusted).await;
    }
    let settings = match Settings::from_env(cli.config.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    crate::telemetry::init(&settings.log, std::io::stderr);
    match execute(cli.command, settings).await {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The context for a command, with the portal's existing key (`demo` may make one).
async fn context(settings: &Settings, may_create_key: bool) -> anyhow::Result<AppContext> {
    let keys = if may_create_key { crate::keys::load_or_create(settings)? } else { crate::keys::existing(settings)? };
    let db = open_database(settings).await?;
    crate::startup::app_context(settings, db, keys, app::services::context::Clock::system())
}

async fn execute(command: Command, settings: Settings) -> anyhow::Result<ExitCode> {
    match command {
        Command::Serve => {
            let app = Application::build(settings.clone()).await?;
            println!(
                "portal listening on http://{}:{} (public URL {})",
                settings.bind.ip(),
                app.port(),
                settings.public_url
            );
            app.run_until_stopped().await?;
        }
        Command::Migrate { action } => {
            if settings.database_url.starts_with("sqlite:") {
                std::fs::create_dir_all(&settings.data_dir)?;
            }
            let db = app::store::connect(&settings.database_url).await?;
            match action {
                MigrateAction::Up => Migrator::up(&db.conn, None).await?,
                MigrateAction::Down { steps } => Migrator::down(&db.conn, Some(steps)).await?,
                MigrateAction::Status => {
                    for m in Migrator::get_migration_with_status(&db.conn).await? {
                        println!("{}\t{}", m.name(), m.status());
                    }
                }
            }
        }
        Command::Demo { credentials } => {
            let ctx = context(&settings, true).await?;
            let path = credentials.unwrap_or_else(|| settings.data_dir.join("demo-credentials.json"));
            let outcome = crate::demo::run(&ctx, &path).await?;
            if outcome.seeded {
                println!("demo data seeded: {} persons, {} disclosures", outcome.persons, outcome.disclosures);
            } else {
                println!("demo data already present ({} persons); credentials re-issued", outcome.persons);
            }
            println!("one-time demo credentials written to {}", path.display());
        }
        Command::Import { what: ImportWhat::Persons { file, json_lines, all_or_nothing, report, lang } } => {
            let lang = app::domain::locale::Locale::parse(&lang)
                .map_err(|_| anyhow::anyhow!("--lang: not a language of the portal: {lang}"))?;
            let ctx = context(&settings, false).await?;
            let args = crate::cli_import::ImportArgs { file, json_lines, all_or_nothing, report, lang };
            return crate::cli_import::persons(&ctx, args).await;
        }
        Command::Invite { who } => {
            let ctx = context(&settings, false).await?;
            return crate::cli_admin::invite(&ctx, who).await;
        }
        Command::Receipt { .. } => unreachable!("handled before configuration is read"),
        Command::Token { action } => {
            let ctx = context(&settings, false).await?;
            return crate::cli_admin::token(&ctx, action).await;
        }
        Command::Backup { file } => return crate::cli_backup::backup(&settings, &file).await,
        Command::Restore { file } => return crate::cli_backup::restore(&settings, &file).await,
        Command::Audit { action: AuditAction::Verify { public_key } } => {
            return crate::cli_verify::audit(&settings, public_key.as_deref()).await;
        }
        Command::Retention { action: RetentionAction::Run { dry_run } } => {
            let ctx = context(&settings, false).await?;
            crate::cli_retention::run(&ctx, dry_run).await?;
        }
        Command::Audit { action } => {
            let ctx = context(&settings, false).await?;
            match action {
                AuditAction::Verify { .. } => unreachable!("handled above"),
                AuditAction::Checkpoint => match audit::checkpoint(&ctx.db, &ctx.keys, ctx.now()).await? {
                    Some(size) => println!("signed checkpoint at {size}"),
                    None => println!("nothing new to sign"),
                },
                AuditAction::ExportCheckpoints => {
                    for line in audit::export_checkpoints(&ctx.db, &ctx.keys).await? {
                        println!("{line}");
                    }
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
