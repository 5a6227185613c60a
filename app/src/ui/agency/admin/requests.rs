//! The requests on `/agency/admin` that need a second agency protocol admin (four eyes): what
//! is asked for and by whom; another admin approves or refuses it (plain forms to
//! `/sf/admin/approvals/decide`); the requester issues an approved one once (a plain form to
//! `/agency/admin/approvals/issue`, answered with the result page).

use crate::domain::approval::{ApprovalKind, ApprovalStatus};
use crate::i18n::I18n;
use crate::ui::components::format::date_time;
use crate::views::admin::ApprovalRow;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

/// What a request asks for, in words: the kind, then its details.
fn what(i: &I18n, r: &ApprovalRow) -> String {
    let kind = i.t(&format!("admin-approval-kind-{}", r.kind.as_str().replace('_', "-")));
    let mut details: Vec<String> = Vec::new();
    match r.kind {
        ApprovalKind::StaffInvitation => {
            details.extend(r.role.map(|role| i.t(&format!("role-{}", role.as_str().replace('_', "-")))));
            details.extend(r.party.clone());
            details.extend(r.profile.clone());
        }
        ApprovalKind::ApiClient => {
            details.extend(r.client_name.clone());
            details.extend(r.party.clone());
            details.extend(r.profile.clone());
            details.push(match r.client_expires_days {
                Some(days) => i.t_args("admin-approval-client-days", [("days", FluentValue::from(days))]),
                None => i.t("admin-approval-client-no-expiry"),
            });
        }
        ApprovalKind::PersonRecovery => details.extend(r.dossier_ref.clone()),
    }
    format!("{kind}: {}", details.join(" · "))
}

/// The action the viewer has on a request, if any.
fn action(i: &I18n, r: &ApprovalRow) -> AnyView {
    let id = r.id.to_string();
    if r.may_issue {
        return view! {
            <form method="post" action="/agency/admin/approvals/issue">
                <input type="hidden" name="request_id" value=id />
                <button type="submit" class="button primary">{i.t("admin-issue-now")}</button>
            </form>
        }
        .into_any();
    }
    if r.may_decide {
        let refuse_id = id.clone();
        return view! {
            <form method="post" action="/sf/admin/approvals/decide">
                <input type="hidden" name="request_id" value=id />
                <input type="hidden" name="decision" value="approved" />
                <button type="submit" class="button primary">{i.t("admin-approve")}</button>
            </form>
            <form method="post" action="/sf/admin/approvals/decide">
                <input type="hidden" name="request_id" value=refuse_id />
                <input type="hidden" name="decision" value="refused" />
                <button type="submit" class="button">{i.t("admin-refuse")}</button>
            </form>
        }
        .into_any();
    }
    let note = (r.mine && r.status == ApprovalStatus::Pending).then(|| i.t("admin-approval-yours"));
    view! { <span class="hint">{note}</span> }.into_any()
}

pub fn requests_section(i: &I18n, requests: Vec<ApprovalRow>) -> impl IntoView + use<> {
    let rows = requests
        .iter()
        .map(|r| {
            let decided = r
                .decided_by
                .clone()
                .map(|name| i.t_args("admin-approval-decided-by", [("name", FluentValue::from(name))]));
            view! {
                <tr>
                    <td><bdi>{what(i, r)}</bdi></td>
                    <td><bdi>{r.requested_by.clone()}</bdi><br /><span class="hint">{date_time(i, r.requested_at)}</span></td>
                    <td>{i.t(&r.status.message_id())}<br /><span class="hint">{decided}</span></td>
                    <td>{action(i, r)}</td>
                </tr>
            }
        })
        .collect_view();
    let body = if requests.is_empty() {
        view! { <p>{i.t("admin-requests-empty")}</p> }.into_any()
    } else {
        view! {
            <div class="table-wrap" tabindex="0"><table>
                <thead><tr>
                    <th scope="col">{i.t("admin-request-what")}</th>
                    <th scope="col">{i.t("admin-request-by")}</th>
                    <th scope="col">{i.t("admin-status")}</th>
                    <th scope="col">{i.t("admin-request-action")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="requests-heading">
            <h2 id="requests-heading">{i.t("admin-requests-heading")}</h2>
            <p class="hint">{i.t("admin-requests-intro")}</p>
            {body}
        </section>
    }
}
