//! `/municipality/corrections` and `/municipality/corrections/:id`: GDPR 19 — the agency
//! corrected a field this municipality received. Opening a notice shows the corrected value
//! (a disclosure, recorded for the person, when consent and the profile still allow it); the
//! staff member marks it processed once their own records follow.

use super::persons::staff_nav;
use crate::domain::authz::{Operation, StaffCaller};
use crate::i18n::I18n;
use crate::ui::components::format::{day_of, value_view};
use crate::ui::components::{form_notice, guarded_page};
use crate::views::corrections::{CorrectionNotice, CorrectionNoticeRow};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CorrectionsPage() -> impl IntoView {
    guarded_page(
        Operation::ProcessCorrectionNotices,
        "received-title",
        |me: StaffCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            Ok(crate::services::correction_notices::of_party(&ctx.db, me.party_id).await?)
        },
        list_body,
    )
}

fn list_body(i: &I18n, notices: Vec<CorrectionNoticeRow>) -> impl IntoView + use<> {
    let items = notices
        .iter()
        .map(|n| {
            let status = match n.processed_at {
                Some(t) => view! { <span class="badge badge-ok">{i.t("received-processed")} " " {day_of(i, t)}</span> }.into_any(),
                None => view! { <span class="badge badge-info">{i.t("received-open")}</span> }.into_any(),
            };
            let short: String = n.reference.chars().take(8).collect();
            view! {
                <li class="card">
                    <h3><a href=format!("/municipality/corrections/{}", n.id)>{i.t(&n.field.label_id())} " · " {short}</a></h3>
                    <p>{day_of(i, n.notified_at)} " " {status}</p>
                </li>
            }
        })
        .collect_view();
    let empty = notices.is_empty().then(|| view! { <p>{i.t("received-none")}</p> });
    view! {
        {staff_nav(i)}
        {form_notice(i, &[("processed", "received-marked")])}
        <p>{i.t("received-intro")}</p>
        {empty}
        <ul class="cards">{items}</ul>
    }
}

#[component]
pub fn CorrectionNoticePage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    guarded_page(
        Operation::ProcessCorrectionNotices,
        "received-notice-title",
        move |me: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            Ok(crate::services::correction_notices::open(&ctx.db, &ctx.disclosures, &me, &id, now).await?)
        },
        notice_body,
    )
}

fn notice_body(i: &I18n, c: CorrectionNotice) -> impl IntoView + use<> {
    let n = &c.notice;
    let value = match (&c.value, &c.not_shown) {
        (_, Some(why)) => view! { <p class="notice">{i.t(why)}</p> }.into_any(),
        (value, None) => view! {
            <p>{i.t("received-new-value")} " " <strong>{value_view(i, n.field, value.as_deref())}</strong></p>
            <p class="hint">{i.t("persons-read-recorded")}</p>
        }
        .into_any(),
    };
    let process = n.processed_at.is_none().then(|| {
        view! {
            <form method="post" action=format!("/municipality/corrections/{}/processed", n.id)>
                <button type="submit" class="button primary">{i.t("received-mark")}</button>
            </form>
        }
    });
    view! {
        {staff_nav(i)}
        <p class="lead">{i.t(&n.field.label_id())} " · " {n.reference.chars().take(8).collect::<String>()}</p>
        <p>{i.t("received-notified")} " " {day_of(i, n.notified_at)}</p>
        {value}
        {process}
        <p><a href="/municipality/corrections">{i.t("received-back")}</a></p>
    }
}
