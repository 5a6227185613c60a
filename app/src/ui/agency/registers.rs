//! `/agency/registers`: the agency reads every municipality's registers (art. 4, art. 6) — its
//! function profiles with their purposes and fields, its partners, processors and notices of
//! other onward disclosures; `/municipality/dpo/registers`: a municipality's DPO, its own.

use crate::domain::authz::{Operation, StaffCaller};
use crate::i18n::I18n;
use crate::ui::components::guarded_page;
use crate::ui::municipality::admin::notices::notice_list;
use crate::ui::municipality::admin::partners::partner_table;
use crate::ui::municipality::admin::processors::processor_table;
use crate::ui::municipality::admin::register::profile_list;
use crate::views::register::PartyRegisters;
use leptos::prelude::*;

#[component]
pub fn RegistersPage() -> impl IntoView {
    guarded_page(
        Operation::ReadMunicipalRegisters,
        "registers-title",
        |me: StaffCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            let own = me.own_party_only();
            Ok((own.is_some(), crate::services::registers::all(&ctx.db, own).await?))
        },
        |i, (own, all)| {
            let nav = own.then(|| crate::ui::municipality::dpo::municipality_dpo_nav(i));
            view! { {nav} {registers_body(i, all)} }
        },
    )
}

/// The profiles' earlier revisions: what each allowed, and when.
fn earlier(i: &I18n, revisions: &[crate::views::register::ProfileRevision]) -> Option<AnyView> {
    use crate::ui::components::format::day_of;
    if revisions.is_empty() {
        return None;
    }
    let rows = revisions
        .iter()
        .map(|r| {
            let fields: Vec<String> = r.fields.iter().map(|f| i.t(&f.label_id())).collect();
            let until = r.superseded_at.map(|t| day_of(i, t)).unwrap_or_default();
            view! {
                <tr>
                    <td>{r.name.clone()}</td>
                    <td>{r.revision_no}</td>
                    <td>{r.purpose.clone()}</td>
                    <td>{fields.join(", ")}</td>
                    <td>{day_of(i, r.made_at)} " – " {until}</td>
                </tr>
            }
        })
        .collect_view();
    Some(
        view! {
            <h3>{i.t("registers-earlier-revisions")}</h3>
            <div class="table-wrap" tabindex="0"><table>
                <thead><tr>
                    <th scope="col">{i.t("register-name")}</th>
                    <th scope="col">{i.t("register-history-revision")}</th>
                    <th scope="col">{i.t("register-purpose")}</th>
                    <th scope="col">{i.t("register-fields")}</th>
                    <th scope="col">{i.t("register-history-valid")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        }
        .into_any(),
    )
}

fn registers_body(i: &I18n, all: Vec<PartyRegisters>) -> impl IntoView + use<> {
    let sections = all
        .into_iter()
        .map(|r| {
            view! {
                <section>
                    <h2>{r.municipality.clone()}</h2>
                    <h3>{i.t("registers-profiles")}</h3>
                    <ul class="cards">{profile_list(i, r.profiles, false)}</ul>
                    {earlier(i, &r.earlier_revisions)}
                    <h3>{i.t("registers-partners")}</h3>
                    {partner_table(i, &r.partners, false)}
                    <h3>{i.t("registers-processors")}</h3>
                    {processor_table(i, &r.processors, false)}
                    <h3>{i.t("registers-notices")}</h3>
                    <ul class="cards">{notice_list(i, &r.notices, false)}</ul>
                </section>
            }
        })
        .collect_view();
    view! { <p>{i.t("registers-intro")}</p> {sections} }
}
