//! `/agency/rectifications`: the rectification officer's queue — the counts to steer by (open,
//! due soon, overdue, handled this month, median days to decide), a filter by status, kind,
//! field and reporting municipality (a plain GET form), the requests with the days left on
//! Brussels days and their flag, the most urgent deadline first, fifty a page.

use crate::domain::authz::{Operation, StaffCaller};
use crate::domain::deadline::Urgency;
use crate::domain::fields::Field;
use crate::domain::rectification::RequestStatus;
use crate::i18n::I18n;
use crate::services::rectification::queue::KINDS;
use crate::ui::components::format::date_time;
use crate::ui::components::guarded_page;
use crate::views::rectification::{QueueFilter, QueueItem, QueueOverview};
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn RectificationQueuePage() -> impl IntoView {
    let filter = use_query_map().with_untracked(|q| QueueFilter::from_query(|k| q.get(k)));
    guarded_page(
        Operation::ReadRectificationQueue,
        "queue-title",
        move |_: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            Ok(crate::services::rectification::queue::overview(&ctx.db, filter, now).await?)
        },
        queue_body,
    )
}

fn queue_body(i: &I18n, o: QueueOverview) -> impl IntoView + use<> {
    let c = &o.counts;
    let count = |id: &str, n: usize| {
        view! { <div><dt>{i.t(id)}</dt><dd>{n}</dd></div> }
    };
    let median = match c.median_days_to_decide {
        Some(d) => i.t_args("queue-days", [("days", FluentValue::from(d))]),
        None => i.t("queue-median-none"),
    };
    let names: std::collections::HashMap<&str, &str> =
        o.municipalities.iter().map(|(slug, name)| (slug.as_str(), name.as_str())).collect();
    let rows =
        o.items.iter().map(|r| row(i, r, r.reported_by.as_deref().and_then(|m| names.get(m).copied()))).collect_view();
    let table = if o.items.is_empty() {
        view! { <p>{i.t("queue-empty")}</p> }.into_any()
    } else {
        view! {
            <div class="table-wrap" tabindex="0"><table>
                <thead><tr>
                    <th scope="col">{i.t("queue-field")}</th>
                    <th scope="col">{i.t("queue-received")}</th>
                    <th scope="col">{i.t("queue-due")}</th>
                    <th scope="col">{i.t("queue-status")}</th>
                    <th scope="col">{i.t("queue-left")}</th>
                    <th scope="col">{i.t("queue-kind")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        }
        .into_any()
    };
    let prev = (o.filter.page > 0)
        .then(|| view! { <a href=o.filter.page_href(o.filter.page - 1) rel="prev">{i.t("queue-previous")}</a> });
    let next =
        o.more.then(|| view! { <a href=o.filter.page_href(o.filter.page + 1) rel="next">{i.t("queue-next")}</a> });
    view! {
        <dl class="key-facts queue-counts">
            {count("queue-count-open", c.open)}
            {count("queue-count-due-soon", c.due_soon)}
            {count("queue-count-overdue", c.overdue)}
            {count("queue-count-handled", c.handled_this_month)}
            <div><dt>{i.t("queue-count-median")}</dt><dd>{median}</dd></div>
        </dl>
        {filters(i, &o.filter, &o.municipalities)}
        {table}
        <nav class="pager" aria-label=i.t("queue-pages")>{prev}{next}</nav>
    }
}

fn row(i: &I18n, r: &QueueItem, municipality: Option<&str>) -> impl IntoView + use<> {
    let left = r.days_left.map(|d| days_left_view(i, d, r.urgency));
    view! {
        <tr>
            <td><a href=format!("/agency/rectifications/{}", r.public_id)>{i.t(&r.field.label_id())}</a></td>
            <td>{date_time(i, r.received_at)}</td>
            <td>{date_time(i, r.due_at)}</td>
            <td>{i.t(&format!("correction-status-{}", r.status.as_str()))}</td>
            <td>{left}</td>
            <td>{i.t(&format!("queue-kind-{}", r.filed_by))}{municipality.map(|m| view! { ": " <bdi>{m.to_owned()}</bdi> })}</td>
        </tr>
    }
}

/// The Brussels days left to the deadline (or how late), with the due-soon / overdue flag.
pub(super) fn days_left_view(i: &I18n, days: i64, urgency: Option<Urgency>) -> impl IntoView + use<> {
    let text = if days < 0 {
        i.t_args("queue-overdue-by", [("days", FluentValue::from(-days))])
    } else {
        i.t_args("queue-days", [("days", FluentValue::from(days))])
    };
    let flag = urgency.and_then(|u| match u {
        Urgency::Overdue => Some(view! { " " <span class="badge badge-alert">{i.t("queue-overdue")}</span> }),
        Urgency::DueSoon => Some(view! { " " <span class="badge badge-info">{i.t("queue-due-soon")}</span> }),
        Urgency::OnTime => None,
    });
    view! { {text}{flag} }
}

/// The filter, a plain GET form: it works before (and without) any script.
fn filters(i: &I18n, f: &QueueFilter, municipalities: &[(String, String)]) -> impl IntoView + use<> {
    let option = |value: &str, label: String, chosen: bool| {
        view! { <option value=value.to_owned() selected=chosen>{label}</option> }
    };
    let statuses = RequestStatus::ALL
        .iter()
        .map(|s| option(s.as_str(), i.t(&format!("correction-status-{}", s.as_str())), f.status == Some(*s)))
        .collect_view();
    let kinds = KINDS
        .iter()
        .map(|k| option(k.as_str(), i.t(&format!("queue-kind-{}", k.as_str())), f.kind == Some(*k)))
        .collect_view();
    let towns = municipalities
        .iter()
        .map(|(slug, name)| option(slug, name.clone(), f.municipality.as_deref() == Some(slug.as_str())))
        .collect_view();
    let fields = Field::ALL.iter().map(|x| option(x.as_str(), i.t(&x.label_id()), f.field == Some(*x))).collect_view();
    view! {
        <form method="get" action="/agency/rectifications" class="filters">
            <div class="field">
                <label for="queue-filter-status">{i.t("queue-status")}</label>
                <select id="queue-filter-status" name="status">
                    <option value="">{i.t("queue-filter-pending")}</option>
                    {statuses}
                </select>
            </div>
            <div class="field">
                <label for="queue-filter-kind">{i.t("queue-kind")}</label>
                <select id="queue-filter-kind" name="kind">
                    <option value="">{i.t("queue-filter-any")}</option>
                    {kinds}
                </select>
            </div>
            <div class="field">
                <label for="queue-filter-field">{i.t("queue-field")}</label>
                <select id="queue-filter-field" name="field">
                    <option value="">{i.t("queue-filter-any")}</option>
                    {fields}
                </select>
            </div>
            <div class="field">
                <label for="queue-filter-municipality">{i.t("queue-municipality")}</label>
                <select id="queue-filter-municipality" name="municipality">
                    <option value="">{i.t("queue-filter-any")}</option>
                    {towns}
                </select>
            </div>
            <button type="submit" class="button">{i.t("queue-filter-apply")}</button>
        </form>
    }
}
