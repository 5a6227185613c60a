//! `/me/disclosures`: who received which of my fields. The party × field overview first, then
//! the timeline, filtered by party, field and period through a plain GET form, paginated.

use crate::domain::authz::{Operation, PersonCaller};
use crate::domain::fields::Field;
use crate::i18n::I18n;
use crate::services::disclosure::log as disclosure_log;
use crate::ui::components::format::{date_time, day_of, local_text};
use crate::ui::components::guarded_page;
use crate::views::disclosures::{OverviewRow, Recipient, Timeline, TimelineEntry, TimelineFilter};
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct DisclosuresView {
    overview: Vec<OverviewRow>,
    timeline: Timeline,
    filter: TimelineFilter,
    /// A filter value that could not be read: its message id.
    filter_error: Option<String>,
}

/// Reads the filter from the query string. A bad date is reported, not guessed at.
fn filter_from_query() -> (TimelineFilter, Option<String>) {
    use_query_map().with_untracked(|q| {
        let mut error = None;
        let mut date_of = |key: &str| {
            let raw = q.get(key).filter(|s| !s.is_empty())?;
            let day = crate::domain::time::parse_day(&raw);
            if day.is_none() {
                error = Some("disclosures-error-date".into());
            }
            day
        };
        let from = date_of("from");
        let to = date_of("to");
        let field = q.get("field").filter(|s| !s.is_empty()).and_then(|f| Field::parse(&f).ok());
        let party = q.get("party").filter(|s| !s.is_empty());
        let page = q.get("page").and_then(|p| p.parse().ok()).unwrap_or(1);
        if let (Some(f), Some(t)) = (from, to)
            && f > t
        {
            error = Some("disclosures-error-period".into());
        }
        let language = crate::i18n::use_i18n().locale;
        (TimelineFilter { party, field, from, to, page, language }, error)
    })
}

#[component]
pub fn DisclosuresPage() -> impl IntoView {
    let (filter, filter_error) = filter_from_query();
    guarded_page(
        Operation::OwnData,
        "disclosures-title",
        move |me: PersonCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            let (overview, timeline) = disclosure_log::overview_and_timeline(&ctx.db, me.person_id, &filter).await?;
            Ok(DisclosuresView { overview, timeline, filter, filter_error })
        },
        body,
    )
}

fn recipient_name(i: &I18n, r: &Recipient) -> String {
    match &r.partner_of {
        Some(m) => i.t_args(
            "disclosures-partner-of",
            [("partner", FluentValue::from(r.name.clone())), ("municipality", FluentValue::from(m.clone()))],
        ),
        None => r.name.clone(),
    }
}

fn body(i: &I18n, v: DisclosuresView) -> impl IntoView + use<> {
    let overview = if v.overview.is_empty() {
        view! { <p>{i.t("disclosures-none")}</p> }.into_any()
    } else {
        v.overview
            .iter()
            .map(|row| {
                let cells = row
                    .cells
                    .iter()
                    .map(|c| {
                        view! {
                            <tr>
                                <th scope="row">{i.t(&c.field.label_id())}</th>
                                <td>{i.t_args("disclosures-times", [("count", FluentValue::from(c.count))])}</td>
                                <td>{day_of(i, c.last_at)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <table class="data-table">
                        <caption>{recipient_name(i, &row.recipient)}</caption>
                        <thead><tr>
                            <th scope="col">{i.t("disclosures-field")}</th>
                            <th scope="col">{i.t("disclosures-count")}</th>
                            <th scope="col">{i.t("disclosures-last")}</th>
                        </tr></thead>
                        <tbody>{cells}</tbody>
                    </table>
                }
            })
            .collect_view()
            .into_any()
    };
    let f = &v.filter;
    let party_options = v
        .overview
        .iter()
        .map(|r| {
            let selected = f.party.as_deref() == Some(r.recipient.slug.as_str());
            view! { <option value=r.recipient.slug.clone() selected=selected>{recipient_name(i, &r.recipient)}</option> }
        })
        .collect_view();
    let field_options = Field::ALL
        .iter()
        .map(|x| view! { <option value=x.as_str() selected=f.field == Some(*x)>{i.t(&x.label_id())}</option> })
        .collect_view();
    let error = v.filter_error.as_ref().map(|id| view! { <p class="error-panel" role="alert">{i.t(id)}</p> });
    let t = &v.timeline;
    let entries = t.entries.iter().map(|e| entry(i, e)).collect_view();
    view! {
        <p class="lead">{i.t("disclosures-intro")}</p>
        <h2>{i.t("disclosures-overview-heading")}</h2>
        {overview}
        <h2 id="timeline">{i.t("disclosures-timeline-heading")}</h2>
        {error}
        <form method="get" action="/me/disclosures#timeline" class="filters">
            <div class="field">
                <label for="filter-party">{i.t("disclosures-filter-party")}</label>
                <select id="filter-party" name="party">
                    <option value="">{i.t("disclosures-filter-all")}</option>
                    {party_options}
                </select>
            </div>
            <div class="field">
                <label for="filter-field">{i.t("disclosures-filter-field")}</label>
                <select id="filter-field" name="field">
                    <option value="">{i.t("disclosures-filter-all")}</option>
                    {field_options}
                </select>
            </div>
            <div class="field">
                <label for="filter-from">{i.t("disclosures-filter-from")}</label>
                <input type="date" id="filter-from" name="from" value=f.from.map(|d| d.to_string()) />
            </div>
            <div class="field">
                <label for="filter-to">{i.t("disclosures-filter-to")}</label>
                <input type="date" id="filter-to" name="to" value=f.to.map(|d| d.to_string()) />
            </div>
            <button type="submit" class="button">{i.t("disclosures-filter-apply")}</button>
        </form>
        <p role="status">{i.t_args("disclosures-found", [("count", FluentValue::from(t.total))])}</p>
        <ol class="rows timeline">{entries}</ol>
        {pager(i, &v.filter, t)}
    }
}

fn entry(i: &I18n, e: &TimelineEntry) -> impl IntoView + use<> {
    let fields = e.fields.iter().map(|f| i.t(&f.label_id())).collect::<Vec<_>>().join(", ");
    let consent = match (&e.consent_id, e.consent_at) {
        (Some(id), Some(at)) => {
            let s = e.consent_scopes;
            let scopes = [
                (s.contact, "pilot-scope-contact"),
                (s.trajectory, "pilot-scope-trajectory"),
                (s.onward, "pilot-scope-onward"),
            ]
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, id)| i.t(id))
            .collect::<Vec<_>>()
            .join("; ");
            view! {
                <p class="hint">
                    {i.t_args("disclosures-consent", [("when", FluentValue::from(date_time(i, at))), ("scopes", FluentValue::from(scopes))])}
                    " " <a href=format!("/me/receipts/{id}.json") download="">{i.t("pilot-receipt")}</a>
                </p>
            }
            .into_any()
        }
        _ => ().into_any(),
    };
    view! {
        <li class="row">
            <div>
                <p><strong>{recipient_name(i, &e.recipient)}</strong> " · " {date_time(i, e.occurred_at)}</p>
                <p>{i.t_args("disclosures-fields", [("fields", FluentValue::from(fields))])}</p>
                <p class="hint">
                    {i.t(&format!("disclosures-channel-{}", e.channel))} " · "
                    {i.t("disclosures-purpose")} " " {local_text(i, &e.purpose)}
                </p>
                {consent}
            </div>
        </li>
    }
}

fn pager(i: &I18n, f: &TimelineFilter, t: &Timeline) -> impl IntoView + use<> {
    if t.pages <= 1 {
        return ().into_any();
    }
    let href = |page: u64| {
        let mut q = vec![format!("page={page}")];
        if let Some(p) = &f.party {
            q.push(format!("party={}", crate::ui::components::layout::encode_query_value(p)));
        }
        if let Some(x) = f.field {
            q.push(format!("field={}", x.as_str()));
        }
        if let Some(d) = f.from {
            q.push(format!("from={d}"));
        }
        if let Some(d) = f.to {
            q.push(format!("to={d}"));
        }
        format!("/me/disclosures?{}#timeline", q.join("&"))
    };
    let prev = (t.page > 1).then(|| view! { <a href=href(t.page - 1) rel="prev">{i.t("disclosures-previous")}</a> });
    let next = (t.page < t.pages).then(|| view! { <a href=href(t.page + 1) rel="next">{i.t("disclosures-next")}</a> });
    view! {
        <nav class="pager" aria-label=i.t("disclosures-pages")>
            {prev}
            <span>{i.t_args("disclosures-page-of", [("page", FluentValue::from(t.page)), ("pages", FluentValue::from(t.pages))])}</span>
            {next}
        </nav>
    }
    .into_any()
}
