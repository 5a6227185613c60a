//! `portal import persons FILE`: the agency's client-tracking system's export into the portal
//! (`app::services::persons::import`). On a terminal a progress bar; at the end a summary and
//! the refused rows (line, column, reason in the operator's language), and with `--report` a
//! JSON file with every row's outcome for the source system's people to act on.
//!
//! Exit status: 0 every row went in (or was already there), 1 some rows were refused (with
//! `--all-or-nothing`: none went in), 2 the file could not be read at all.

mod read;

use app::domain::locale::Locale;
use app::i18n::I18n;
use app::services::context::AppContext;
use app::services::persons::{ImportReport, Mode, Outcome, RowReport, import};
use read::Format;
use serde_json::json;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub struct ImportArgs {
    pub file: PathBuf,
    pub json_lines: bool,
    pub all_or_nothing: bool,
    pub report: Option<PathBuf>,
    pub lang: Locale,
}

/// Rows listed on the terminal; the report file has them all.
const SHOWN: usize = 50;

pub async fn persons(ctx: &AppContext, args: ImportArgs) -> anyhow::Result<ExitCode> {
    let i = I18n::new(args.lang);
    let bytes = std::fs::read(&args.file)?;
    let format = if args.json_lines { Format::JsonLines } else { Format::of(&args.file) };
    let rows = match read::rows(&bytes, format) {
        Ok(rows) => rows,
        Err(problem) => {
            let detail = if problem.detail.is_empty() { String::new() } else { format!(": {}", problem.detail) };
            eprintln!("{}: {}{detail}", args.file.display(), i.t(problem.message_id));
            return Ok(ExitCode::from(2));
        }
    };
    let total = rows.len();
    let mode = if args.all_or_nothing { Mode::AllOrNothing } else { Mode::GoodRows };
    let mut bar = Progress::new(total);
    let started = std::time::Instant::now();
    let report = import(&ctx.db, "system:import", rows, mode, ctx.now(), |done| bar.show(done)).await?;
    bar.finish();
    let seconds = started.elapsed().as_secs_f64();
    print_summary(&i, &report, total, seconds);
    if let Some(path) = &args.report {
        write_report(&i, path, &args.file, &report)?;
        println!("{}: {}", i.t("import-report-written"), path.display());
    }
    Ok(if report.summary.refused > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

fn print_summary(i: &I18n, report: &ImportReport, total: usize, seconds: f64) {
    let s = &report.summary;
    let refused: Vec<&RowReport> = report.rows.iter().filter(|r| matches!(r.outcome, Outcome::Refused(_))).collect();
    for row in refused.iter().take(SHOWN) {
        for (column, reason) in reasons(i, row) {
            let at = if column.is_empty() { String::new() } else { format!(", {column}") };
            println!("{} {}{at}: {reason}", i.t("import-line"), row.line);
        }
    }
    if refused.len() > SHOWN {
        println!("… {}", i.t_args("import-more-refused", [("count", (refused.len() - SHOWN).into())]));
    }
    if !s.written {
        println!("{}", i.t("import-nothing-written"));
    }
    println!(
        "{} {total} · {} {} · {} {} · {} {} · {} {} · {} {} · {seconds:.1} s",
        i.t("import-rows"),
        i.t("import-new"),
        s.new,
        i.t("import-changed"),
        s.changed,
        i.t("import-unchanged"),
        s.unchanged,
        i.t("import-refused"),
        s.refused,
        i.t("import-recipients-told"),
        s.recipients_told,
    );
}

/// Each problem of a refused row: its column and the reason, translated.
fn reasons(i: &I18n, row: &RowReport) -> Vec<(&'static str, String)> {
    let Outcome::Refused(problems) = &row.outcome else { return Vec::new() };
    problems
        .iter()
        .map(|p| {
            let reason = match row.duplicate_of {
                Some(first) => i.t_args(p.message_id, [("line", first.to_string().into())]),
                None => i.t(p.message_id),
            };
            (p.column, reason)
        })
        .collect()
}

fn write_report(i: &I18n, path: &Path, file: &Path, report: &ImportReport) -> anyhow::Result<()> {
    let s = &report.summary;
    let rows: Vec<serde_json::Value> = report
        .rows
        .iter()
        .map(|r| {
            let (outcome, detail) = match &r.outcome {
                Outcome::Refused(problems) => {
                    let problems: Vec<serde_json::Value> = problems
                        .iter()
                        .zip(reasons(i, r))
                        .map(|(p, (_, reason))| json!({"column": p.column, "message_id": p.message_id, "reason": reason}))
                        .collect();
                    ("refused", json!({"problems": problems, "duplicate_of": r.duplicate_of}))
                }
                _ if !s.written => ("not_imported", json!({})),
                Outcome::New => ("new", json!({})),
                Outcome::Unchanged => ("unchanged", json!({})),
                Outcome::Changed { fields, protocols, ended_on, recipients_told } => (
                    "changed",
                    json!({"fields": fields, "protocols": protocols, "ended_on": ended_on, "recipients_told": recipients_told}),
                ),
            };
            let mut row = json!({"line": r.line, "dossier_ref": r.dossier_ref, "outcome": outcome});
            if let (Some(row), serde_json::Value::Object(extra)) = (row.as_object_mut(), detail) {
                row.extend(extra);
            }
            row
        })
        .collect();
    let document = json!({
        "file": file.display().to_string(),
        "summary": {
            "rows": report.rows.len(),
            "new": s.new,
            "changed": s.changed,
            "unchanged": s.unchanged,
            "refused": s.refused,
            "recipients_told": s.recipients_told,
            "written": s.written,
        },
        "rows": rows,
    });
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    serde_json::to_writer_pretty(&mut out, &document)?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

/// A one-line progress bar on standard error, only when it is a terminal.
struct Progress {
    total: usize,
    on: bool,
}

impl Progress {
    fn new(total: usize) -> Progress {
        Progress { total, on: std::io::stderr().is_terminal() && total > 0 }
    }

    fn show(&mut self, done: usize) {
        if !self.on {
            return;
        }
        let width = 30;
        let filled = done * width / self.total.max(1);
        eprint!("\r[{}{}] {done}/{}", "#".repeat(filled), " ".repeat(width - filled.min(width)), self.total);
        let _ = std::io::stderr().flush();
    }

    fn finish(&self) {
        if self.on {
            eprintln!();
        }
    }
}
