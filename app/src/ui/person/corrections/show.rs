//! `/me/corrections/{id}`: one of my requests — what I asked, its deadline, the decision and,
//! once accepted, which parties were told. Someone else's request is "not found".

use super::{deadline, status_badge};
use crate::domain::authz::{Operation, PersonCaller};
use crate::domain::rectification::RequestStatus;
use crate::i18n::I18n;
use crate::ui::components::format::value_view;
use crate::ui::components::guarded_page;
use crate::views::rectification::RequestView;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn CorrectionPage() -> impl IntoView {
    let id = use_params_map().with_untracked(|p| p.get("id").unwrap_or_default());
    let filed = use_query_map().with_untracked(|q| q.get("filed").is_some());
    guarded_page(
        Operation::OwnCorrections,
        "correction-title",
        move |me: PersonCaller| async move {
            let (ctx, _) = crate::api::http::context()?;
            Ok((crate::services::rectification::get_own(&ctx.db, me.person_id, &id).await?, filed))
        },
        detail_body,
    )
}

fn detail_body(i: &I18n, (r, filed): (RequestView, bool)) -> impl IntoView + use<> {
    let filed = filed.then(|| view! { <p class="notice" role="status">{i.t("correction-filed")}</p> });
    let decision = match r.status {
        RequestStatus::Accepted => {
            let told =
                if r.parties_told.is_empty() { i.t("correction-told-nobody") } else { r.parties_told.join(", ") };
            view! {
                <p>{i.t("correction-accepted")}</p>
                <p>{i.t_args("correction-parties-told", [("parties", FluentValue::from(told))])}</p>
            }
            .into_any()
        }
        RequestStatus::Rejected => view! {
            <p>{i.t("correction-rejected")}</p>
            <p><strong>{i.t("correction-reason")}</strong> " " <span lang="nl">{r.decision_reason.clone()}</span></p>
            <p>{i.t("correction-complaint")}</p>
        }
        .into_any(),
        _ => view! { <p>{i.t("correction-pending")}</p> }.into_any(),
    };
    let extension = r.extension_reason.clone().map(|why| {
        view! { <p>{i.t("correction-extended")} " " <span lang="nl">{why}</span></p> }
    });
    let reported = r.reported_by.clone().map(|party| {
        view! { <p>{i.t_args("correction-reported-by", [("party", FluentValue::from(party))])}</p> }
    });
    let proposed = if r.proposed_value.is_empty() {
        i.t("correction-no-proposal").into_any()
    } else {
        value_view(i, r.field, Some(&r.proposed_value)).into_any()
    };
    view! {
        {filed}
        {reported}
        <p>{status_badge(i, r.status)} " " {deadline(i, &r)}</p>
        <dl>
            <dt>{i.t("corrections-field-label")}</dt><dd>{i.t(&r.field.label_id())}</dd>
            <dt>{i.t("correction-current")}</dt><dd>{value_view(i, r.field, Some(&r.current_value))}</dd>
            <dt>{i.t("correction-proposed")}</dt><dd>{proposed}</dd>
            <dt>{i.t("corrections-statement-label")}</dt><dd dir="auto">{r.statement.clone()}</dd>
        </dl>
        {extension}
        {decision}
        <p><a href="/me/corrections">{i.t("corrections-back")}</a></p>
    }
}
