//! `/municipality/admin/processors`: the processors that handle the protocol's data for the
//! municipality, each with its art. 28 agreement (art. 6). The agency reads the register too.

use super::admin_nav;
use crate::domain::authz::{Operation, StaffCaller};
use crate::domain::registers::{MAX_NAME, MAX_TEXT};
use crate::i18n::I18n;
use crate::ui::components::form::{BoxSpec, echo, form_error, text_area, text_box};
use crate::ui::components::format::{date, day_of};
use crate::ui::components::{form_notice, guarded_page};
use crate::views::form::FormEcho;
use crate::views::register::ProcessorRow;
use leptos::prelude::*;

/// The processors as a table; with `manage`, each current one can be ended.
pub fn processor_table(i: &I18n, processors: &[ProcessorRow], manage: bool) -> impl IntoView + use<> {
    let rows = processors
        .iter()
        .map(|p| {
            let ended = match p.ended_at {
                Some(t) => day_of(i, t).into_any(),
                None if manage => view! {
                    <form method="post" action=format!("/municipality/admin/processors/{}/end", p.id)>
                        <button type="submit" class="button">{i.t("processors-end")}</button>
                    </form>
                }
                .into_any(),
                None => i.t("processors-current").into_any(),
            };
            view! {
                <tr>
                    <td>{p.name.clone()}</td>
                    <td>{p.service.clone()}</td>
                    <td>{date(i, p.agreement_signed_on)} " " {p.agreement_ref.clone()}</td>
                    <td>{ended}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" tabindex="0"><table>
            <thead><tr>
                <th scope="col">{i.t("processors-name")}</th>
                <th scope="col">{i.t("processors-service")}</th>
                <th scope="col">{i.t("processors-agreement")}</th>
                <th scope="col">{i.t("processors-ended")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table></div>
    }
}

#[component]
pub fn ProcessorsPage() -> impl IntoView {
    let sent = echo();
    guarded_page(
        Operation::ManageProcessors,
        "processors-title",
        move |me: StaffCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            Ok((crate::services::processors::of_party(&ctx.db.conn, me.party_id).await?, sent))
        },
        processors_body,
    )
}

fn processors_body(i: &I18n, (processors, sent): (Vec<ProcessorRow>, FormEcho)) -> impl IntoView + use<> {
    let spec =
        |name, label_id, hint_id, max, required| BoxSpec { form: "processor", name, label_id, hint_id, required, max };
    view! {
        {admin_nav(i)}
        {form_notice(i, &[("added", "processors-added"), ("ended", "processors-ended-done")])}
        <p>{i.t("processors-intro")}</p>
        {processor_table(i, &processors, true)}
        <section aria-labelledby="processor-heading">
            <h2 id="processor-heading">{i.t("processors-add-heading")}</h2>
            {form_error(i, &sent, "processor")}
            <form method="post" action="/municipality/admin/processors" class="stacked">
                {text_box(i, &sent, spec("name", "processors-name", None, MAX_NAME, true), "text", "")}
                {text_area(i, &sent, spec("service", "processors-service", Some("processors-service-hint"), MAX_TEXT, true), "")}
                {text_box(i, &sent, spec("agreement_signed_on", "processors-agreement", None, 10, true), "date", "")}
                {text_box(i, &sent, spec("agreement_ref", "processors-agreement-ref", Some("processors-agreement-ref-hint"), 120, false), "text", "")}
                <button type="submit" class="button primary">{i.t("processors-submit")}</button>
            </form>
        </section>
    }
}
