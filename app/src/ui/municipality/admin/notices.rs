//! `/municipality/admin/notices`: before the municipality passes data on to a recipient that
//! is not a registered partner, it notifies the agency (art. 4): recipient, purpose, fields,
//! legal basis, planned date. Disclosures to that recipient can be recorded once the agency
//! acknowledged the notice, and only of the fields it names.

use super::admin_nav;
use crate::domain::authz::{Operation, StaffCaller};
use crate::domain::fields::Field;
use crate::domain::registers::{MAX_NAME, MAX_TEXT};
use crate::i18n::I18n;
use crate::ui::components::form::{BoxSpec, echo, field_boxes, form_error, text_area, text_box};
use crate::ui::components::format::{date, day_of};
use crate::ui::components::{form_notice, guarded_page};
use crate::views::form::FormEcho;
use crate::views::register::NoticeRow;
use leptos::prelude::*;

/// The notices as cards; with `acknowledge`, an unacknowledged one gets the agency's button.
pub fn notice_list(i: &I18n, notices: &[NoticeRow], acknowledge: bool) -> impl IntoView + use<> {
    notices
        .iter()
        .map(|n| {
            let fields: Vec<String> = n.fields.iter().map(|f| i.t(&f.label_id())).collect();
            let status = match n.acknowledged_at {
                Some(t) => {
                    view! { <span class="badge badge-ok">{i.t("notices-acknowledged")} " " {day_of(i, t)}</span> }
                        .into_any()
                }
                None => view! { <span class="badge badge-info">{i.t("notices-waiting")}</span> }.into_any(),
            };
            let button = (acknowledge && n.acknowledged_at.is_none()).then(|| {
                view! {
                    <form method="post" action=format!("/agency/dpo/notices/{}/acknowledge", n.id)>
                        <button type="submit" class="button primary">{i.t("notices-acknowledge")}</button>
                    </form>
                }
            });
            view! {
                <li class="card">
                    <h3>{n.recipient.clone()} " " {status}</h3>
                    <dl>
                        <dt>{i.t("notices-municipality")}</dt><dd>{n.municipality.clone()}</dd>
                        <dt>{i.t("notices-purpose")}</dt><dd>{n.purpose.clone()}</dd>
                        <dt>{i.t("notices-fields")}</dt><dd>{fields.join(", ")}</dd>
                        <dt>{i.t("notices-legal-basis")}</dt><dd>{n.legal_basis.clone()}</dd>
                        <dt>{i.t("notices-planned-on")}</dt><dd>{date(i, n.planned_on)}</dd>
                        <dt>{i.t("notices-notified-at")}</dt><dd>{day_of(i, n.notified_at)}</dd>
                    </dl>
                    {button}
                </li>
            }
        })
        .collect_view()
}

#[component]
pub fn NoticesPage() -> impl IntoView {
    let sent = echo();
    guarded_page(
        Operation::NotifyOnwardDisclosure,
        "notices-title",
        move |me: StaffCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            Ok((crate::services::onward_notices::of_party(&ctx.db.conn, me.party_id).await?, sent))
        },
        notices_body,
    )
}

fn notices_body(i: &I18n, (notices, sent): (Vec<NoticeRow>, FormEcho)) -> impl IntoView + use<> {
    let spec = |name, label_id, hint_id, max| BoxSpec { form: "notice", name, label_id, hint_id, required: true, max };
    view! {
        {admin_nav(i)}
        {form_notice(i, &[("filed", "notices-filed")])}
        <p>{i.t("notices-intro")}</p>
        <ul class="cards">{notice_list(i, &notices, false)}</ul>
        <section aria-labelledby="notice-heading">
            <h2 id="notice-heading">{i.t("notices-add-heading")}</h2>
            {form_error(i, &sent, "notice")}
            <form method="post" action="/municipality/admin/notices" class="stacked">
                {text_box(i, &sent, spec("recipient_name", "notices-recipient", None, MAX_NAME), "text", "")}
                {text_area(i, &sent, spec("purpose", "notices-purpose", None, MAX_TEXT), "")}
                {field_boxes(i, &sent, spec("fields", "notices-fields", None, 0), Field::ALL, &[])}
                {text_area(i, &sent, spec("legal_basis", "notices-legal-basis", Some("notices-legal-basis-hint"), MAX_TEXT), "")}
                {text_box(i, &sent, spec("planned_on", "notices-planned-on", None, 10), "date", "")}
                <button type="submit" class="button primary">{i.t("notices-submit")}</button>
            </form>
        </section>
    }
}
