//! `/municipality/admin/partners`: the partner organisations the municipality passes data on
//! to (art. 4): name, enterprise number, purpose, agreement date and contact. The agency reads
//! the register too. `/municipality/admin/partners/:slug`: one partner, and its purpose in the
//! newcomers' languages (a person reads it before consenting to passing data on).

use super::admin_nav;
use crate::domain::authz::{Operation, StaffCaller};
use crate::domain::registers::{MAX_NAME, MAX_TEXT};
use crate::i18n::I18n;
use crate::ui::components::form::{BoxSpec, echo, form_error, text_area, text_box};
use crate::ui::components::format::date;
use crate::ui::components::translations::{TranslationsForm, translations_form};
use crate::ui::components::{form_notice, guarded_page};
use crate::views::form::FormEcho;
use crate::views::register::{PartnerPage as Partner, PartnerRow};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// The partners as a table (also on the agency's page); with `links`, each name opens the
/// partner's own page.
pub fn partner_table(i: &I18n, partners: &[PartnerRow], links: bool) -> impl IntoView + use<> {
    let rows = partners
        .iter()
        .map(|p| {
            let signed = p.agreement_signed_on.map(|d| date(i, d)).unwrap_or_default();
            let name = if links {
                view! { <a href=format!("/municipality/admin/partners/{}", p.slug)>{p.name.clone()}</a> }.into_any()
            } else {
                p.name.clone().into_any()
            };
            view! {
                <tr>
                    <td>{name}</td>
                    <td>{p.enterprise_number.clone()}</td>
                    <td>{p.purpose.clone()}</td>
                    <td>{signed}</td>
                    <td>{p.contact.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" tabindex="0"><table>
            <thead><tr>
                <th scope="col">{i.t("partners-name")}</th>
                <th scope="col">{i.t("partners-enterprise-number")}</th>
                <th scope="col">{i.t("partners-purpose")}</th>
                <th scope="col">{i.t("partners-agreement")}</th>
                <th scope="col">{i.t("partners-contact")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table></div>
    }
}

#[component]
pub fn PartnersPage() -> impl IntoView {
    let sent = echo();
    guarded_page(
        Operation::ManagePartners,
        "partners-title",
        move |me: StaffCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            Ok((crate::services::partners::of_party(&ctx.db.conn, me.party_id).await?, sent))
        },
        partners_body,
    )
}

fn partners_body(i: &I18n, (partners, sent): (Vec<PartnerRow>, FormEcho)) -> impl IntoView + use<> {
    let spec = |name, label_id, hint_id, max| BoxSpec { form: "partner", name, label_id, hint_id, required: true, max };
    view! {
        {admin_nav(i)}
        {form_notice(i, &[("registered", "partners-registered")])}
        <p>{i.t("partners-intro")}</p>
        {partner_table(i, &partners, true)}
        <section aria-labelledby="partner-heading">
            <h2 id="partner-heading">{i.t("partners-add-heading")}</h2>
            {form_error(i, &sent, "partner")}
            <form method="post" action="/municipality/admin/partners" class="stacked">
                {text_box(i, &sent, spec("name", "partners-name", None, MAX_NAME), "text", "")}
                {text_box(i, &sent, spec("enterprise_number", "partners-enterprise-number", Some("partners-enterprise-number-hint"), 20), "text", "")}
                {text_area(i, &sent, spec("purpose", "partners-purpose", None, MAX_TEXT), "")}
                {text_box(i, &sent, spec("agreement_signed_on", "partners-agreement", None, 10), "date", "")}
                {text_box(i, &sent, spec("contact", "partners-contact", Some("partners-contact-hint"), MAX_NAME), "text", "")}
                <button type="submit" class="button primary">{i.t("partners-submit")}</button>
            </form>
        </section>
    }
}

#[component]
pub fn PartnerPage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug").unwrap_or_default());
    guarded_page(
        Operation::ManagePartners,
        "partners-partner-title",
        move |me: StaffCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            Ok(crate::services::partners::translations::page(&ctx.db, &me, &slug).await?)
        },
        partner_body,
    )
}

fn partner_body(i: &I18n, page: Partner) -> impl IntoView + use<> {
    let p = &page.partner;
    let signed = p.agreement_signed_on.map(|d| date(i, d)).unwrap_or_default();
    let translations = translations_form(
        i,
        TranslationsForm {
            action: format!("/municipality/admin/partners/{}/translations", p.slug),
            stored: &page.translations,
            max: MAX_TEXT,
            heading_id: "partners-translations-heading",
            hint_id: "partners-translations-hint",
            save_id: "partners-translations-save",
        },
    );
    view! {
        {admin_nav(i)}
        {form_notice(i, &[("translated", "partners-translations-saved")])}
        <h2>{p.name.clone()}</h2>
        <dl>
            <dt>{i.t("partners-enterprise-number")}</dt><dd>{p.enterprise_number.clone()}</dd>
            <dt>{i.t("partners-purpose")}</dt><dd lang="nl">{p.purpose.clone()}</dd>
            <dt>{i.t("partners-agreement")}</dt><dd>{signed}</dd>
            <dt>{i.t("partners-contact")}</dt><dd>{p.contact.clone()}</dd>
        </dl>
        {translations}
        <p><a href="/municipality/admin/partners">{i.t("partners-back")}</a></p>
    }
}
