//! The `portal` command line. Every command has `--help`.

use crate::config::Settings;
use crate::startup::{Application, open_database};
use app::services::audit::{self, Problem, Verdict};
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
    /// Verify a receipt file's Ed25519 signature; exits non-zero if it was changed.
    Verify {
        file: PathBuf,
        /// The portal's public key (base64, from /receipts/public-key); without it the key in
        /// the file is used and its id printed for comparison.
        #[arg(long)]
        public_key: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum TokenAction {
    /// Create an API client bound to one party and function profile; prints its token once.
    Create {
        #[arg(long)]
        party: String,
        #[arg(long)]
        profile: String,
        /// A name to recognise the client by.
        #[arg(long)]
        name: String,
        /// Days until the token expires (default: never).
        #[arg(long)]
        expires_days: Option<u32>,
    },
    /// Revoke an API client at once, by its public id.
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
pub enum AuditAction {
    /// Verify the hash chain and every signed checkpoint; exits non-zero on the first problem.
    Verify,
    /// Sign a checkpoint of the current chain head.
    Checkpoint,
    /// Print all checkpoints as JSON lines, with the public key, to keep outside the portal.
    ExportCheckpoints,
}

pub async fn run(cli: Cli) -> ExitCode {
    // Offline: needs no configuration, database or key of this machine.
    if let Command::Receipt { action: ReceiptAction::Verify { file, public_key } } = &cli.command {
        return verify_receipt(file, public_key.as_deref());
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

async fn context(settings: &Settings) -> anyhow::Result<AppContext> {
    let db = open_database(settings).await?;
    crate::startup::app_context(settings, db)
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
            let ctx = context(&settings).await?;
            let path = credentials.unwrap_or_else(|| settings.data_dir.join("demo-credentials.json"));
            let outcome = crate::demo::run(&ctx, &path).await?;
            if outcome.seeded {
                println!("demo data seeded: {} persons, {} disclosures", outcome.persons, outcome.disclosures);
            } else {
                println!("demo data already present ({} persons); credentials re-issued", outcome.persons);
            }
            println!("one-time demo credentials written to {}", path.display());
        }
        Command::Invite { who } => {
            let ctx = context(&settings).await?;
            return crate::cli_admin::invite(&ctx, who).await;
        }
        Command::Receipt { .. } => unreachable!("handled before configuration is read"),
        Command::Token { action } => {
            let ctx = context(&settings).await?;
            return crate::cli_admin::token(&ctx, action).await;
        }
        Command::Audit { action } => {
            let ctx = context(&settings).await?;
            match action {
                AuditAction::Verify => return Ok(report(audit::verify(&ctx.db, &ctx.keys).await?)),
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

fn report(verdict: Verdict) -> ExitCode {
    match verdict {
        Verdict::Ok { length, checkpoints } => {
            println!("OK: audit chain of {length} entries verifies ({checkpoints} signed checkpoints)");
            ExitCode::SUCCESS
        }
        Verdict::Broken { seq, problem } => {
            let why = match problem {
                Problem::Changed => "entry was changed".to_owned(),
                Problem::Missing => "entry is missing".to_owned(),
                Problem::Reordered => "entry is out of order (does not follow its predecessor)".to_owned(),
                Problem::Truncated { expected_len } => {
                    format!("chain truncated: a checkpoint or the head records {expected_len} entries")
                }
                Problem::BadCheckpoint { checkpoint_id } => {
                    format!("checkpoint {checkpoint_id} has an invalid signature")
                }
            };
            println!("FAILED at sequence number {seq}: {why}");
            ExitCode::FAILURE
        }
    }
}

fn verify_receipt(file: &std::path::Path, public_key: Option<&str>) -> ExitCode {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {}: {e}", file.display());
            return ExitCode::from(2);
        }
    };
    match app::services::crypto::receipts::verify(&text, public_key) {
        Ok(id) => {
            println!("OK: receipt {id} is signed and unchanged");
            ExitCode::SUCCESS
        }
        Err(e) => {
            println!("FAILED: {e}");
            ExitCode::FAILURE
        }
    }
}
