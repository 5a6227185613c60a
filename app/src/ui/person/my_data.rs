//! `/me/data` (GDPR 15): what the agency holds about me, why, for whom and how long, with a
//! JSON export of everything.

use crate::domain::authz::{Operation, PersonCaller};
use crate::i18n::I18n;
use crate::ui::components::format::{date, date_time, local_text, partner_list, value_view};
use crate::ui::components::guarded_page;
use crate::views::my_data::MyData;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

#[component]
pub fn MyDataPage() -> impl IntoView {
    let locale = crate::i18n::use_i18n().locale;
    guarded_page(
        Operation::OwnData,
        "my-data-title",
        move |me: PersonCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            Ok(crate::services::my_data::my_data(&ctx.db, me.person_id, locale, now).await?)
        },
        my_data_body,
    )
}

fn my_data_body(i: &I18n, d: MyData) -> impl IntoView + use<> {
    let rows = d
        .fields
        .iter()
        .map(|f| {
            let href = format!("/me/corrections/new?field={}", f.field.as_str());
            view! {
                <tr>
                    <th scope="row">{i.t(&f.field.label_id())}</th>
                    <td>{value_view(i, f.field, f.value.as_deref())}</td>
                    <td><a href=href>{i.t("my-data-correct-link")}<span class="visually-hidden">" " {i.t(&f.field.label_id())}</span></a></td>
                </tr>
            }
        })
        .collect_view();
    let processing = d
        .processing
        .iter()
        .map(|p| {
            let fields = p.fields.iter().map(|f| i.t(&f.label_id())).collect::<Vec<_>>().join(", ");
            let partners = if p.partners.is_empty() {
                i.t("my-data-no-partners").into_any()
            } else {
                partner_list(i, &p.partners).into_any()
            };
            let until = p.valid_until.map(|u| date(i, u)).unwrap_or_else(|| i.t("my-data-open-ended"));
            view! {
                <section class="card">
                    <h3>{p.recipient.clone()}</h3>
                    <dl>
                        <dt>{i.t("my-data-purposes")}</dt><dd>{local_text(i, &p.purposes)}</dd>
                        <dt>{i.t("my-data-legal-basis")}</dt><dd lang="nl">{p.legal_basis.clone()}</dd>
                        <dt>{i.t("my-data-fields")}</dt><dd>{fields}</dd>
                        <dt>{i.t("my-data-partners")}</dt><dd>{partners}</dd>
                        <dt>{i.t("my-data-retention")}</dt>
                        <dd>{i.t_args("protocol-retention-years", [("years", FluentValue::from(p.retention_months / 12))])}</dd>
                        <dt>{i.t("my-data-period")}</dt><dd>{date(i, p.valid_from)} " – " {until}</dd>
                    </dl>
                    <p><a href=format!("/me/pilots/{}", p.protocol_slug)>{i.t("my-data-consent-link")}</a></p>
                </section>
            }
        })
        .collect_view();
    view! {
        <p class="lead">{i.t("my-data-intro")}</p>
        <p>{i.t_args("my-data-dossier", [("dossier", FluentValue::from(d.dossier_ref.clone()))])}
            " · " {i.t_args("my-data-updated", [("when", FluentValue::from(date_time(i, d.updated_at)))])}</p>
        <table class="data-table">
            <caption>{i.t("my-data-fields-caption")}</caption>
            <thead><tr>
                <th scope="col">{i.t("my-data-field")}</th>
                <th scope="col">{i.t("my-data-value")}</th>
                <th scope="col"><span class="visually-hidden">{i.t("my-data-actions")}</span></th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <h2>{i.t("my-data-processing-heading")}</h2>
        <div class="cards">{processing}</div>
        <h2>{i.t("my-data-more-heading")}</h2>
        <ul class="link-list">
            <li><a href="/me/disclosures">{i.t("my-data-disclosures-link")}</a></li>
            <li><a href="/me/corrections">{i.t("my-data-corrections-link")}</a></li>
            <li><a href="/me/data/export.json" download="">{i.t("my-data-export-link")}</a>
                <p class="hint">{i.t("my-data-export-hint")}</p></li>
        </ul>
    }
}
