//! `/agency/dpo`: the DPO's desk — whether the audit chain verifies (as the background check
//! last found), and its checkpoints.

use crate::domain::authz::{Operation, StaffCaller};
use crate::ui::components::format::date_time;
use crate::ui::components::guarded_page;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

#[component]
pub fn DpoHomePage() -> impl IntoView {
    guarded_page(
        Operation::ReadAuditStatus,
        "dpo-title",
        |_: StaffCaller| async move {
            // The last background verification: a page view never walks the chain itself.
            let (ctx, _) = crate::api::http::context()?;
            Ok(ctx.audit_watch.last())
        },
        |i, checked| {
            let Some(checked) = checked else {
                return view! {
                    <h2>{i.t("dpo-audit-heading")}</h2>
                    <p class="notice" role="status">{i.t("dpo-chain-being-checked")}</p>
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
                <h2>{i.t("dpo-audit-heading")}</h2>
                <p class=if home.chain_ok { "notice" } else { "error-panel" } role="status">{chain}</p>
                <p>{i.t_args("dpo-checkpoints", [("count", FluentValue::from(home.checkpoints))])} " " {last}</p>
                <p class="hint">{i.t("dpo-checked-at")} " " {date_time(i, checked.checked_at)}</p>
            }
            .into_any()
        },
    )
}
