//! `portal retention run [--dry-run]`: the retention job by hand — persons pseudonymised
//! (`services::retention`), then erasure asked of the municipalities and overdue requests
//! escalated (`services::erasure`) — with a progress bar on a terminal (a line per hundred
//! persons otherwise) and a summary at the end.

use app::services::context::AppContext;
use std::io::{IsTerminal, Write};

/// A bar of `width` characters for `done` of `total`.
fn bar(done: usize, total: usize, width: usize) -> String {
    let filled = (done * width).checked_div(total).unwrap_or(width);
    format!("[{}{}] {done}/{total}", "#".repeat(filled), " ".repeat(width - filled))
}

pub async fn run(ctx: &AppContext, dry_run: bool) -> anyhow::Result<()> {
    let terminal = std::io::stderr().is_terminal();
    let progress = |done: usize, total: usize| {
        let mut err = std::io::stderr();
        if terminal {
            let _ = write!(err, "\r{}", bar(done, total, 40));
            if done == total {
                let _ = writeln!(err);
            }
        } else if done.is_multiple_of(100) || done == total {
            let _ = writeln!(err, "{}", bar(done, total, 40));
        }
    };
    let r = app::services::retention::run(&ctx.db, ctx.now(), dry_run, progress).await?;
    if r.dry_run {
        println!("dry run: {} persons whose relationship ended before {} are due; nothing changed", r.due, r.cutoff);
        return Ok(());
    }
    println!(
        "pseudonymised {} of {} persons whose relationship ended before {}; attested in the audit log",
        r.pseudonymised, r.due, r.cutoff
    );
    let e = app::services::erasure::pass(&ctx.db, ctx.now()).await?;
    println!(
        "asked the municipalities to attest {} erasures of data received before {}; {} overdue requests escalated",
        e.requested, r.cutoff, e.escalated
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::bar;

    #[test]
    fn the_bar_fills_with_the_work_done() {
        assert_eq!(bar(0, 4, 8), "[        ] 0/4");
        assert_eq!(bar(2, 4, 8), "[####    ] 2/4");
        assert_eq!(bar(0, 0, 4), "[####] 0/0");
    }
}
