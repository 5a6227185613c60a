//! `/agency/rectifications`: the rectification officer's queue of pending requests, the most
//! urgent deadline first.

use crate::domain::authz::{Operation, StaffCaller};
use crate::ui::components::format::date_time;
use crate::ui::components::guarded_page;
use leptos::prelude::*;

#[component]
pub fn RectificationQueuePage() -> impl IntoView {
    guarded_page(
        Operation::ReadRectificationQueue,
        "queue-title",
        |_: StaffCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            Ok(crate::services::rectification::queue::pending(&ctx.db).await?)
        },
        |i, items| {
            if items.is_empty() {
                return view! { <p>{i.t("queue-empty")}</p> }.into_any();
            }
            let rows = items
                .into_iter()
                .map(|r| {
                    view! {
                        <tr>
                            <td>{i.t(&r.field.label_id())}</td>
                            <td>{date_time(i, r.received_at)}</td>
                            <td>{date_time(i, r.due_at)}</td>
                            <td>{i.t(&format!("correction-status-{}", r.status.as_str()))}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table>
                    <thead><tr>
                        <th scope="col">{i.t("queue-field")}</th>
                        <th scope="col">{i.t("queue-received")}</th>
                        <th scope="col">{i.t("queue-due")}</th>
                        <th scope="col">{i.t("queue-status")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        },
    )
}
