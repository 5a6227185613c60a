//! `/agency/dpo/disclosures`: the register of disclosures (GDPR 30) — every disclosure event
//! with its recipient (and the municipality that passed it on), fields, purpose, channel and
//! dossier reference, newest first, narrowed by recipient, field, period and dossier reference
//! (a plain GET form), fifty a page, and the same as CSV (`/agency/dpo/disclosures.csv`).

use super::dpo::dpo_nav;
use crate::domain::authz::{Operation, StaffCaller};
use crate::domain::fields::Field;
use crate::i18n::I18n;
use crate::ui::components::format::date_time;
use crate::ui::components::guarded_page;
use crate::views::disclosure_register::{RegisterFilter, RegisterPage};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn DisclosureRegisterPage() -> impl IntoView {
    let filter = use_query_map().with_untracked(|q| RegisterFilter::from_query(|k| q.get(k)));
    guarded_page(
        Operation::ReadDisclosureRegister,
        "dpo-disclosures-title",
        move |me: StaffCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            let scope = crate::services::disclosure::register::Scope::of(me.own_party_only());
            Ok(crate::services::disclosure::register::page(&ctx.db, scope, filter).await?)
        },
        register_body,
    )
}

fn register_body(i: &I18n, p: RegisterPage) -> impl IntoView + use<> {
    let rows = p
        .rows
        .iter()
        .map(|r| {
            let fields = r.fields.iter().map(|f| i.t(&f.label_id())).collect::<Vec<_>>().join(", ");
            let via = r.via.clone().map(|v| view! { " (" {i.t("dpo-disclosures-via")} " " <bdi>{v}</bdi> ")" });
            view! {
                <tr>
                    <td>{date_time(i, r.at)}</td>
                    <td><bdi>{r.recipient.clone()}</bdi>{via}</td>
                    <td>{fields}</td>
                    <td dir="auto">{r.purpose.clone()}</td>
                    <td>{i.t(&format!("disclosures-channel-{}", r.channel))}</td>
                    <td><bdi>{r.dossier_ref.clone()}</bdi></td>
                </tr>
            }
        })
        .collect_view();
    let table = if p.rows.is_empty() {
        view! { <p>{i.t("dpo-disclosures-none")}</p> }.into_any()
    } else {
        view! {
            <div class="table-wrap" tabindex="0"><table>
                <thead><tr>
                    <th scope="col">{i.t("dpo-disclosures-when")}</th>
                    <th scope="col">{i.t("dpo-disclosures-recipient")}</th>
                    <th scope="col">{i.t("dpo-disclosures-fields")}</th>
                    <th scope="col">{i.t("dpo-disclosures-purpose")}</th>
                    <th scope="col">{i.t("dpo-disclosures-channel")}</th>
                    <th scope="col">{i.t(person_label(&p))}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        }
        .into_any()
    };
    let f = &p.filter;
    let base = p.base.as_str();
    let prev =
        (f.page > 0).then(|| view! { <a href=f.page_href(base, f.page - 1) rel="prev">{i.t("queue-previous")}</a> });
    let next = p.more.then(|| view! { <a href=f.page_href(base, f.page + 1) rel="next">{i.t("queue-next")}</a> });
    let nav = if p.own_party_only {
        crate::ui::municipality::dpo::municipality_dpo_nav(i).into_any()
    } else {
        dpo_nav(i).into_any()
    };
    view! {
        {nav}
        <p>{i.t("dpo-disclosures-intro")}</p>
        {filters(i, &p)}
        <p><a href=f.csv_href(base) download="disclosures.csv">{i.t("dpo-disclosures-csv")}</a></p>
        {table}
        <nav class="pager" aria-label=i.t("queue-pages")>{prev}{next}</nav>
    }
}

/// How the register names a person: the agency's dossier number, or the party's own reference.
fn person_label(p: &RegisterPage) -> &'static str {
    if p.own_party_only { "dpo-disclosures-reference" } else { "dpo-disclosures-dossier" }
}

/// The filter, a plain GET form: it works before (and without) any script.
fn filters(i: &I18n, p: &RegisterPage) -> impl IntoView + use<> {
    let f = &p.filter;
    let recipients = p
        .recipients
        .iter()
        .map(|(slug, name)| {
            view! { <option value=slug.clone() selected=f.recipient.as_deref() == Some(slug.as_str())>{name.clone()}</option> }
        })
        .collect_view();
    let fields = Field::ALL
        .iter()
        .map(|x| view! { <option value=x.as_str() selected=f.field == Some(*x)>{i.t(&x.label_id())}</option> })
        .collect_view();
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    view! {
        <form method="get" action=p.base.clone() class="filters">
            <div class="field">
                <label for="register-recipient">{i.t("dpo-disclosures-recipient")}</label>
                <select id="register-recipient" name="recipient">
                    <option value="">{i.t("queue-filter-any")}</option>
                    {recipients}
                </select>
            </div>
            <div class="field">
                <label for="register-field">{i.t("dpo-disclosures-field")}</label>
                <select id="register-field" name="field">
                    <option value="">{i.t("queue-filter-any")}</option>
                    {fields}
                </select>
            </div>
            <div class="field">
                <label for="register-from">{i.t("dpo-disclosures-from")}</label>
                <input id="register-from" type="date" name="from" value=day(f.from) />
            </div>
            <div class="field">
                <label for="register-to">{i.t("dpo-disclosures-to")}</label>
                <input id="register-to" type="date" name="to" value=day(f.to) />
            </div>
            <div class="field">
                <label for="register-dossier">{i.t(person_label(p))}</label>
                <input id="register-dossier" type="text" name="dossier" autocomplete="off" dir="auto"
                    value=f.dossier.clone().unwrap_or_default() />
            </div>
            <button type="submit" class="button">{i.t("queue-filter-apply")}</button>
        </form>
    }
}
