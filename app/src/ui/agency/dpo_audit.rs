//! `/agency/dpo/audit`: the audit log itself — its entries newest first (sequence, time, actor,
//! action, object, the payload's and the entry's hash: ids and hashes only), narrowed to an
//! actor and an action by a plain GET form, fifty a page. The DPO's home runs the verifier and
//! offers the signed checkpoints for download.

use super::dpo::dpo_nav;
use crate::domain::authz::{Operation, StaffCaller};
use crate::i18n::I18n;
use crate::ui::components::format::date_time;
use crate::ui::components::guarded_page;
use crate::views::audit::{AuditFilter, AuditLogPage};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let filter = use_query_map().with_untracked(|q| AuditFilter::from_query(|k| q.get(k)));
    guarded_page(
        Operation::ReadAuditStatus,
        "dpo-log-title",
        move |_: StaffCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            Ok(crate::services::audit::browse::page(&ctx.db, filter).await?)
        },
        log_body,
    )
}

/// A hash as the table shows it: its first twelve characters, the whole in the title.
fn short(hash: &str) -> impl IntoView + use<> {
    let head: String = hash.chars().take(12).collect();
    view! { <code title=hash.to_owned()>{head} "…"</code> }
}

fn log_body(i: &I18n, p: AuditLogPage) -> impl IntoView + use<> {
    let f = &p.filter;
    let actions = p
        .actions
        .iter()
        .map(
            |a| view! { <option value=a.clone() selected=f.action.as_deref() == Some(a.as_str())>{a.clone()}</option> },
        )
        .collect_view();
    let rows = p
        .entries
        .iter()
        .map(|e| {
            view! {
                <tr>
                    <td>{e.seq}</td>
                    <td>{date_time(i, e.at)}</td>
                    <td><code>{e.actor.clone()}</code></td>
                    <td><code>{e.action.clone()}</code></td>
                    <td><code>{e.object_ref.clone()}</code></td>
                    <td>{short(&e.payload_hash)}</td>
                    <td>{short(&e.entry_hash)}</td>
                </tr>
            }
        })
        .collect_view();
    let table = if p.entries.is_empty() {
        view! { <p>{i.t("dpo-log-none")}</p> }.into_any()
    } else {
        view! {
            <div class="table-wrap" tabindex="0"><table>
                <thead><tr>
                    <th scope="col">{i.t("dpo-log-seq")}</th>
                    <th scope="col">{i.t("dpo-log-when")}</th>
                    <th scope="col">{i.t("dpo-log-actor")}</th>
                    <th scope="col">{i.t("dpo-log-action")}</th>
                    <th scope="col">{i.t("dpo-log-object")}</th>
                    <th scope="col">{i.t("dpo-log-payload-hash")}</th>
                    <th scope="col">{i.t("dpo-log-entry-hash")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        }
        .into_any()
    };
    let prev = (f.page > 0).then(|| view! { <a href=f.page_href(f.page - 1) rel="prev">{i.t("queue-previous")}</a> });
    let next = p.more.then(|| view! { <a href=f.page_href(f.page + 1) rel="next">{i.t("queue-next")}</a> });
    view! {
        {dpo_nav(i)}
        <p>{i.t("dpo-log-intro")}</p>
        <form method="get" action="/agency/dpo/audit" class="filters">
            <div class="field">
                <label for="log-actor">{i.t("dpo-log-actor")}</label>
                <p class="hint" id="log-actor-hint">{i.t("dpo-log-actor-hint")}</p>
                <input id="log-actor" type="text" name="actor" autocomplete="off" dir="ltr" aria-describedby="log-actor-hint"
                    value=f.actor.clone().unwrap_or_default() />
            </div>
            <div class="field">
                <label for="log-action">{i.t("dpo-log-action")}</label>
                <select id="log-action" name="action">
                    <option value="">{i.t("queue-filter-any")}</option>
                    {actions}
                </select>
            </div>
            <button type="submit" class="button">{i.t("queue-filter-apply")}</button>
        </form>
        {table}
        <nav class="pager" aria-label=i.t("queue-pages")>{prev}{next}</nav>
    }
}
