//! Erasure at the recipients (art. 2): `/agency/dpo/erasure` — every request the agency made of
//! a municipality to attest it erased a person's data received more than five years ago, with
//! its state (open, overdue and escalated to both DPOs, attested by whom and when); a
//! municipality's DPO reads their own party's at `/municipality/dpo/erasure`. The municipality's
//! admin attests at `/municipality/admin/erasure` (the same table, with a form per open request).

use super::dpo::dpo_nav;
use crate::domain::authz::{Operation, StaffCaller};
use crate::i18n::I18n;
use crate::ui::components::format::{date_time, day_of};
use crate::ui::components::guarded_page;
use crate::views::retention::ErasureRow;
use leptos::prelude::*;

/// The requests as a table; `attest`: a form to attest each open one (the municipality's admin).
pub fn erasure_table(i: &I18n, rows: &[ErasureRow], attest: bool) -> AnyView {
    if rows.is_empty() {
        return view! { <p>{i.t("erasure-none")}</p> }.into_any();
    }
    let body = rows
        .iter()
        .map(|r| {
            let state = match (&r.attested_at, r.overdue, r.escalated) {
                (Some(at), _, _) => {
                    let by = r.attested_by.clone().unwrap_or_default();
                    view! { <span class="badge badge-ok">{i.t("erasure-attested")}</span> " " {date_time(i, *at)} " · " {by} }
                        .into_any()
                }
                (None, true, true) => view! { <span class="badge badge-alert">{i.t("erasure-escalated")}</span> }.into_any(),
                (None, true, false) => view! { <span class="badge badge-alert">{i.t("erasure-overdue")}</span> }.into_any(),
                (None, false, _) => view! { <span class="badge badge-info">{i.t("erasure-open")}</span> }.into_any(),
            };
            let form = (attest && r.attested_at.is_none()).then(|| {
                view! {
                    <form method="post" action=format!("/municipality/admin/erasure/{}/attest", r.id)>
                        <button type="submit" class="button">{i.t("erasure-attest")}</button>
                    </form>
                }
            });
            view! {
                <tr>
                    <td>{r.municipality.clone()}</td>
                    <td><code>{r.reference.clone()}</code></td>
                    <td>{day_of(i, r.last_disclosed_at)}</td>
                    <td>{day_of(i, r.requested_at)}</td>
                    <td>{day_of(i, r.due_at)}</td>
                    <td>{state} {form}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" tabindex="0"><table>
            <thead><tr>
                <th scope="col">{i.t("erasure-municipality")}</th>
                <th scope="col">{i.t("erasure-reference")}</th>
                <th scope="col">{i.t("erasure-last-disclosed")}</th>
                <th scope="col">{i.t("erasure-requested")}</th>
                <th scope="col">{i.t("erasure-due")}</th>
                <th scope="col">{i.t("erasure-state")}</th>
            </tr></thead>
            <tbody>{body}</tbody>
        </table></div>
    }
    .into_any()
}

#[component]
pub fn ErasureRegisterPage() -> impl IntoView {
    guarded_page(
        Operation::ReadDisclosureRegister,
        "erasure-title",
        |me: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            let own = me.own_party_only();
            Ok((own.is_some(), crate::services::erasure::list(&ctx.db, own, now).await?))
        },
        |i, (own, rows)| {
            let nav = if own {
                crate::ui::municipality::dpo::municipality_dpo_nav(i).into_any()
            } else {
                dpo_nav(i).into_any()
            };
            view! { {nav} <p>{i.t("erasure-intro")}</p> {erasure_table(i, &rows, false)} }
        },
    )
}
