//! `/agency/dpo`: the DPO's desk — whether the audit chain verifies (as the background check
//! last found), and its checkpoints; `/agency/dpo/breaches`: the breach register (art. 6/9),
//! each report with its 48-hour deadline; `/agency/dpo/notices`: municipalities' notices of
//! other onward disclosures (art. 4), to acknowledge; the register of disclosures is
//! `dpo_disclosures`.

use crate::domain::authz::{Operation, StaffCaller};
use crate::i18n::I18n;
use crate::ui::components::format::date_time;
use crate::ui::components::{form_notice, guarded_page};
use crate::ui::municipality::admin::notices::notice_list;
use crate::ui::municipality::breaches::breach_list;
use crate::views::jobs::JobStatus;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

#[component]
pub fn DpoHomePage() -> impl IntoView {
    guarded_page(
        Operation::ReadAuditStatus,
        "dpo-title",
        |_: StaffCaller| async move {
            // The last background verification: a page view never walks the chain itself.
            let (ctx, now) = crate::api::http::context()?;
            Ok((ctx.audit_watch.last(), crate::services::jobs::status(&ctx.db, now).await?))
        },
        |i, (checked, jobs)| {
            let Some(checked) = checked else {
                return view! {
                    {dpo_nav(i)}
                    <h2>{i.t("dpo-audit-heading")}</h2>
                    <p class="notice" role="status">{i.t("dpo-chain-being-checked")}</p>
                    {verify_and_download(i)}
                    {job_table(i, &jobs)}
                }
                .into_any();
            };
            let home = checked.status;
            let chain = if home.chain_ok {
                i.t_args("dpo-chain-ok", [("length", FluentValue::from(home.chain_length))])
            } else {
                i.t_args("dpo-chain-broken", [("seq", FluentValue::from(home.broken_at.unwrap_or_default()))])
            };
            let last = home.last_checkpoint_at.map(|t| date_time(i, t)).unwrap_or_else(|| i.t("dpo-no-checkpoint"));
            view! {
                {dpo_nav(i)}
                <h2>{i.t("dpo-audit-heading")}</h2>
                <p class=if home.chain_ok { "notice" } else { "error-panel" } role="status">{chain}</p>
                <p>{i.t_args("dpo-checkpoints", [("count", FluentValue::from(home.checkpoints))])} " " {last}</p>
                <p class="hint">{i.t("dpo-checked-at")} " " {date_time(i, checked.checked_at)}</p>
                {verify_and_download(i)}
                {job_table(i, &jobs)}
            }
            .into_any()
        },
    )
}

/// Verify the whole chain now (the result replaces the last background check), and the signed
/// checkpoints with the public key to keep outside the portal (`portal audit verify` reads them).
fn verify_and_download(i: &I18n) -> impl IntoView + use<> {
    view! {
        {form_notice(i, &[("verified", "dpo-verified")])}
        <form method="post" action="/agency/dpo/audit/verify">
            <button type="submit" class="button primary">{i.t("dpo-verify-now")}</button>
        </form>
        <p>
            <a href="/agency/dpo/checkpoints.jsonl" download="audit-checkpoints.jsonl">{i.t("dpo-checkpoints-download")}</a>
            " · "
            <a href="/receipts/public-key">{i.t("dpo-public-key")}</a>
        </p>
    }
}

/// The background jobs: each one's last run, what it did, and its next run.
fn job_table(i: &I18n, jobs: &[JobStatus]) -> impl IntoView + use<> {
    let when =
        |t: Option<chrono::DateTime<chrono::Utc>>| t.map(|t| date_time(i, t)).unwrap_or_else(|| i.t("jobs-never"));
    let rows = jobs
        .iter()
        .map(|j| {
            let result = match (j.running, j.last_ok) {
                (true, _) => view! { <span class="badge badge-info">{i.t("jobs-running")}</span> }.into_any(),
                (false, Some(true)) => view! { <span class="badge badge-ok">{i.t("jobs-ok")}</span> }.into_any(),
                (false, Some(false)) => {
                    view! { <span class="badge badge-alert">{i.t("jobs-failed")}</span> }.into_any()
                }
                (false, None) => view! { <span class="badge badge-muted">{i.t("jobs-never")}</span> }.into_any(),
            };
            view! {
                <tr>
                    <th scope="row">{i.t(&j.job.label_id())}</th>
                    <td>{when(j.last_finished_at.or(j.last_started_at))}</td>
                    <td>{result} " " <span lang="en" class="hint">{j.last_summary.clone()}</span></td>
                    <td>{when(j.next_run_at)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="jobs-heading">
            <h2 id="jobs-heading">{i.t("jobs-heading")}</h2>
            <div class="table-wrap" tabindex="0">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{i.t("jobs-job")}</th>
                            <th scope="col">{i.t("jobs-last-run")}</th>
                            <th scope="col">{i.t("jobs-result")}</th>
                            <th scope="col">{i.t("jobs-next-run")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// The DPO's sections.
pub(super) fn dpo_nav(i: &I18n) -> impl IntoView + use<> {
    let links = [
        ("/agency/dpo", "dpo-nav-audit"),
        ("/agency/dpo/audit", "dpo-nav-log"),
        ("/agency/dpo/breaches", "dpo-nav-breaches"),
        ("/agency/dpo/disclosures", "dpo-nav-disclosures"),
        ("/agency/dpo/notices", "dpo-nav-notices"),
        ("/agency/dpo/erasure", "dpo-nav-erasure"),
        ("/agency/registers", "dpo-nav-registers"),
    ];
    let items = links.into_iter().map(|(href, label)| view! { <li><a href=href>{i.t(label)}</a></li> }).collect_view();
    view! { <nav aria-label=i.t("dpo-nav")><ul class="link-list">{items}</ul></nav> }
}

#[component]
pub fn BreachRegisterPage() -> impl IntoView {
    guarded_page(
        Operation::ReadBreachRegister,
        "dpo-breaches-title",
        |me: StaffCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            // A municipality's DPO reads their own party's reports (and has its own page for them).
            Ok(match me.own_party_only() {
                Some(own) => (false, crate::services::breaches::of_party(&ctx.db, own).await?),
                None => (true, crate::services::breaches::all(&ctx.db).await?),
            })
        },
        |i, (agency, reports)| {
            let empty = reports.is_empty().then(|| view! { <p>{i.t("dpo-breaches-none")}</p> });
            let done =
                form_notice(i, &[("acknowledged", "dpo-breach-acknowledged"), ("notified", "dpo-breach-notified")]);
            view! {
                {dpo_nav(i)}
                {done}
                <p>{i.t("dpo-breaches-intro")}</p>
                {empty}
                <ul class="cards">{breach_list(i, &reports, agency)}</ul>
            }
        },
    )
}

#[component]
pub fn OnwardNoticesPage() -> impl IntoView {
    guarded_page(
        Operation::AcknowledgeOnwardNotices,
        "dpo-notices-title",
        |_: StaffCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            Ok(crate::services::onward_notices::all(&ctx.db.conn).await?)
        },
        |i, notices| {
            let empty = notices.is_empty().then(|| view! { <p>{i.t("dpo-notices-none")}</p> });
            view! {
                {dpo_nav(i)}
                {form_notice(i, &[("acknowledged", "dpo-notices-acknowledged")])}
                <p>{i.t("dpo-notices-intro")}</p>
                {empty}
                <ul class="cards">{notice_list(i, &notices, true)}</ul>
            }
        },
    )
}
