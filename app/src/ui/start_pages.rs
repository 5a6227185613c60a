//! The start page of each kind of account. Each checks its operation first.

use super::access::page_access;
use super::layout::Layout;
use super::not_found::ErrorPanel;
use super::text::{date, date_time, state_badge};
use crate::api::admin::Issued;
use crate::domain::authz::{Operation, Principal};
use crate::domain::roles::Role;
use crate::error::AppError;
use crate::i18n::{I18n, use_i18n};
use crate::services::context::app;
use crate::services::dashboards;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Serialize, de::DeserializeOwned};
use std::future::Future;

/// Guards the page, loads its data on the server and renders it, or the error.
pub(super) fn start_page<T, F, Fut, V>(
    op: Operation,
    title_id: &'static str,
    load: F,
    render: fn(&I18n, T) -> V,
) -> AnyView
where
    T: Serialize + DeserializeOwned + Clone + Send + Sync + 'static,
    F: FnOnce(Principal) -> Fut + Send + Sync + Clone + 'static,
    Fut: Future<Output = Result<T, AppError>> + Send + 'static,
    V: IntoView + 'static,
{
    let principal = match page_access(op) {
        Ok(Some(p)) => p,
        Ok(None) => return ().into_any(),
        Err(refusal) => return refusal,
    };
    let i = use_i18n();
    view! {
        <Layout title=i.t(title_id)>
            <Suspense fallback=|| ()>
                {move || {
                    let load = load.clone();
                    let principal = principal.clone();
                    Suspend::new(async move {
                    let i = use_i18n();
                    match load(principal).await {
                        Ok(d) => render(&i, d).into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}}
            </Suspense>
        </Layout>
    }
    .into_any()
}

#[component]
pub fn PersonHomePage() -> impl IntoView {
    start_page(
        Operation::PersonHome,
        "person-home-title",
        |p| async move {
            let Principal::Person { person_id, .. } = p else { return Err(AppError::Forbidden) };
            Ok(dashboards::person_home(&app()?.db, person_id).await?)
        },
        |i, home| {
            let pilots = home
                .pilots
                .into_iter()
                .map(|p| {
                    let consent = match (p.scopes.contact, p.scopes.trajectory) {
                        (false, false) => i.t("person-home-no-consent"),
                        _ => i.t("person-home-consent-given"),
                    };
                    view! {
                        <li class="card">
                            <h3><a href=format!("/me/pilots/{}", p.protocol_slug)>{p.recipient}</a></h3>
                            <p>{state_badge(i, p.state)} " " {consent}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p class="lead">{i.t_args("person-home-greeting", [("name", FluentValue::from(home.given_name))])}</p>
                <h2>{i.t("person-home-pilots-heading")}</h2>
                <ul class="cards">{pilots}</ul>
                <h2>{i.t("person-home-data-heading")}</h2>
                <ul class="link-list">
                    <li><a href="/me/data">{i.t("person-home-my-data")}</a></li>
                    <li><a href="/me/disclosures">{i.t("person-home-disclosures")}</a></li>
                    <li><a href="/me/corrections">{i.t("person-home-corrections")}</a></li>
                    <li><a href="/me/notifications">{i.t_args("person-home-notifications", [("count", FluentValue::from(home.unread_notifications))])}</a></li>
                </ul>
            }
        },
    )
}

#[component]
pub fn RectificationQueuePage() -> impl IntoView {
    start_page(
        Operation::RectificationQueue,
        "queue-title",
        |_| async move { Ok(dashboards::rectification_queue(&app()?.db).await?) },
        |i, items| {
            if items.is_empty() {
                return view! { <p>{i.t("queue-empty")}</p> }.into_any();
            }
            let rows = items
                .into_iter()
                .map(|r| {
                    view! {
                        <tr>
                            <td>{i.t(&r.field.label_id())}</td>
                            <td>{date_time(i, r.received_at)}</td>
                            <td>{date_time(i, r.due_at)}</td>
                            <td>{r.status}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table>
                    <thead><tr>
                        <th scope="col">{i.t("queue-field")}</th>
                        <th scope="col">{i.t("queue-received")}</th>
                        <th scope="col">{i.t("queue-due")}</th>
                        <th scope="col">{i.t("queue-status")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        },
    )
}

#[component]
pub fn ProtocolAdminHomePage() -> impl IntoView {
    start_page(
        Operation::ProtocolAdminHome,
        "admin-title",
        |_| async move { Ok(dashboards::protocol_admin_home(&app()?.db).await?) },
        admin_home,
    )
}

fn admin_home(i: &I18n, home: dashboards::AdminHome) -> impl IntoView + use<> {
    let invitations = home
        .invitations
        .into_iter()
        .map(|inv| {
            let who = match (&inv.role, &inv.party) {
                (Some(role), Some(party)) => format!("{} · {party}", i.t(&format!("role-{}", role.replace('_', "-")))),
                _ => i.t("admin-invitation-person"),
            };
            let revoke = (inv.status == "open").then(|| {
                view! {
                    <form method="post" action="/sf/admin/invitations/revoke">
                        <input type="hidden" name="invitation_id" value=inv.id.to_string() />
                        <button type="submit" class="button">{i.t("admin-revoke")}</button>
                    </form>
                }
            });
            view! {
                <tr>
                    <td>{who}</td>
                    <td>{date(i, inv.created_at.date_naive())}</td>
                    <td>{date(i, inv.expires_at.date_naive())}</td>
                    <td>{i.t(&format!("admin-invitation-status-{}", inv.status))} {revoke}</td>
                </tr>
            }
        })
        .collect_view();
    let clients = home
        .api_clients
        .into_iter()
        .map(|c| {
            let revoke = (!c.revoked).then(|| {
                view! {
                    <form method="post" action="/sf/admin/api-clients/revoke">
                        <input type="hidden" name="client" value=c.public_id.clone() />
                        <button type="submit" class="button">{i.t("admin-revoke")}</button>
                    </form>
                }
            });
            view! {
                <tr>
                    <td>{c.name}</td>
                    <td>{c.party} " · " {c.profile}</td>
                    <td>{date(i, c.created_at.date_naive())}</td>
                    <td>{i.t(if c.revoked { "admin-client-revoked" } else { "admin-client-active" })} {revoke}</td>
                </tr>
            }
        })
        .collect_view();
    let party_options = home
        .parties
        .iter()
        .map(|(id, name, _)| view! { <option value=id.to_string()>{name.clone()}</option> })
        .collect_view();
    let role_options = Role::ALL
        .iter()
        .map(|r| view! { <option value=r.as_str()>{i.t(&format!("role-{}", r.as_str().replace('_', "-")))}</option> })
        .collect_view();
    let party_name = |id: i32| home.parties.iter().find(|p| p.0 == id).map(|p| p.1.clone()).unwrap_or_default();
    let profile_options = || {
        home.profiles
            .iter()
            .map(|(id, name, party)| view! { <option value=id.to_string()>{format!("{name} · {}", party_name(*party))}</option> })
            .collect_view()
    };
    let notice = use_query_map().with_untracked(|q| {
        let error = q.get("error").filter(|id| i.has(id));
        match (q.get("revoked"), error) {
            (_, Some(id)) => Some(view! { <p class="error-panel" role="alert">{i.t(&id)}</p> }.into_any()),
            (Some(_), None) => Some(view! { <p class="notice" role="status">{i.t("admin-revoked")}</p> }.into_any()),
            _ => None,
        }
    });
    view! {
        {notice}
        <p><a href="/agency/assisted-consent">{i.t("admin-assisted-consent-link")}</a></p>
        <section aria-labelledby="invite-person-heading">
            <h2 id="invite-person-heading">{i.t("admin-invite-person-heading")}</h2>
            <form method="post" action="/agency/admin/invitations/person">
                <label for="dossier-ref">{i.t("admin-dossier-ref")}</label>
                <input id="dossier-ref" name="dossier_ref" required maxlength="40" autocomplete="off" />
                <button type="submit" class="button primary">{i.t("admin-invite-submit")}</button>
            </form>
        </section>
        <section aria-labelledby="invite-staff-heading">
            <h2 id="invite-staff-heading">{i.t("admin-invite-staff-heading")}</h2>
            <form method="post" action="/agency/admin/invitations/staff">
                <label for="staff-party">{i.t("admin-party")}</label>
                <select id="staff-party" name="party_id">{party_options}</select>
                <label for="staff-role">{i.t("admin-role")}</label>
                <select id="staff-role" name="role">{role_options}</select>
                <label for="staff-profile">{i.t("admin-profile")}</label>
                <select id="staff-profile" name="function_profile_id">
                    <option value="">{i.t("admin-no-profile")}</option>
                    {profile_options()}
                </select>
                <button type="submit" class="button primary">{i.t("admin-invite-submit")}</button>
            </form>
        </section>
        <h2>{i.t("admin-invitations-heading")}</h2>
        <div class="table-wrap"><table>
            <thead><tr>
                <th scope="col">{i.t("admin-invitation-for")}</th>
                <th scope="col">{i.t("admin-created")}</th>
                <th scope="col">{i.t("admin-expires")}</th>
                <th scope="col">{i.t("admin-status")}</th>
            </tr></thead>
            <tbody>{invitations}</tbody>
        </table></div>
        <section aria-labelledby="clients-heading">
            <h2 id="clients-heading">{i.t("admin-clients-heading")}</h2>
            <form method="post" action="/agency/admin/api-clients">
                <label for="client-name">{i.t("admin-client-name")}</label>
                <input id="client-name" name="name" required maxlength="120" autocomplete="off" />
                <label for="client-profile">{i.t("admin-profile")}</label>
                <select id="client-profile" name="function_profile_id">{profile_options()}</select>
                <label for="client-expires">{i.t("admin-client-expires-days")}</label>
                <input id="client-expires" name="expires_days" type="number" min="1" max="3650" inputmode="numeric" />
                <button type="submit" class="button primary">{i.t("admin-client-create")}</button>
            </form>
            <div class="table-wrap"><table>
                <thead><tr>
                    <th scope="col">{i.t("admin-client-name")}</th>
                    <th scope="col">{i.t("admin-client-for")}</th>
                    <th scope="col">{i.t("admin-created")}</th>
                    <th scope="col">{i.t("admin-status")}</th>
                </tr></thead>
                <tbody>{clients}</tbody>
            </table></div>
        </section>
    }
}

#[component]
pub fn DpoHomePage() -> impl IntoView {
    start_page(
        Operation::DpoHome,
        "dpo-title",
        |_| async move {
            let ctx = app()?;
            Ok(dashboards::dpo_home(&ctx.db, &ctx.keys).await?)
        },
        |i, home| {
            let chain = if home.chain_ok {
                i.t_args("dpo-chain-ok", [("length", FluentValue::from(home.chain_length))])
            } else {
                i.t_args("dpo-chain-broken", [("seq", FluentValue::from(home.broken_at.unwrap_or_default()))])
            };
            let last = home.last_checkpoint_at.map(|t| date_time(i, t)).unwrap_or_else(|| i.t("dpo-no-checkpoint"));
            view! {
                <h2>{i.t("dpo-audit-heading")}</h2>
                <p class=if home.chain_ok { "notice" } else { "error-panel" } role="status">{chain}</p>
                <p>{i.t_args("dpo-checkpoints", [("count", FluentValue::from(home.checkpoints))])} " " {last}</p>
            }
        },
    )
}

fn profile_list(i: &I18n, profiles: Vec<dashboards::ProfileRow>) -> impl IntoView + use<> {
    profiles
        .into_iter()
        .map(|p| {
            let fields = p.fields.iter().map(|f| view! { <li>{i.t(&f.label_id())}</li> }).collect_view();
            view! {
                <li class="card">
                    <h3>{p.name}</h3>
                    <p>{p.purpose}</p>
                    <ul>{fields}</ul>
                </li>
            }
        })
        .collect_view()
}

#[component]
pub fn MunicipalityAdminHomePage() -> impl IntoView {
    start_page(
        Operation::MunicipalityAdminHome,
        "register-title",
        |p| async move {
            let Principal::Staff { party_id, .. } = p else { return Err(AppError::Forbidden) };
            Ok(dashboards::profile_register(&app()?.db, party_id).await?)
        },
        |i, profiles| view! { <p>{i.t("register-intro")}</p> <ul class="cards">{profile_list(i, profiles)}</ul> },
    )
}

#[component]
pub fn MunicipalityStaffHomePage() -> impl IntoView {
    start_page(
        Operation::MunicipalityStaffHome,
        "staff-home-title",
        |p| async move {
            let Principal::Staff { party_id, function_profile_id, .. } = p else { return Err(AppError::Forbidden) };
            Ok(dashboards::municipality_staff_home(&app()?.db, party_id, function_profile_id).await?)
        },
        |i, home| {
            view! {
                <p class="lead">{i.t_args("staff-home-count", [("count", FluentValue::from(home.persons_with_consent))])}</p>
                <h2>{i.t("staff-home-profile-heading")}</h2>
                <ul class="cards">{profile_list(i, home.profile.into_iter().collect())}</ul>
            }
        },
    )
}

/// `/agency/admin/issued`: what a form just created, shown once (the form handler renders
/// this page directly in its response; nothing is stored to show it again).
#[component]
pub fn IssuedPage() -> impl IntoView {
    if let Err(refusal) = page_access(Operation::ManageInvitations) {
        return refusal;
    }
    let i = use_i18n();
    let body = match use_context::<Issued>() {
        Some(Issued::Invitation(inv)) => view! {
            <div class="issued" role="status">
                <p class="hint">{i.t("admin-shown-once")}</p>
                <p><strong>{i.t("admin-issued-link")}</strong><br /><code class="secret">{inv.url}</code></p>
                <p><strong>{i.t("admin-issued-code")}</strong><br /><code class="secret">{inv.short_code}</code></p>
                <p>{i.t_args("admin-issued-valid-until", [("when", FluentValue::from(date_time(&i, inv.expires_at)))])}</p>
                <div class="qr" inner_html=inv.qr_svg.unwrap_or_default()></div>
            </div>
        }
        .into_any(),
        Some(Issued::Client(c)) => view! {
            <div class="issued" role="status">
                <p class="hint">{i.t("admin-shown-once")}</p>
                <p><strong>{i.t("admin-issued-token")}</strong><br /><code class="secret">{c.token}</code></p>
            </div>
        }
        .into_any(),
        Some(Issued::Failed(e)) => view! { <ErrorPanel error=e /> }.into_any(),
        None => view! { <p>{i.t("admin-issued-nothing")}</p> }.into_any(),
    };
    view! {
        <Layout title=i.t("admin-issued-title")>
            {body}
            <p><a href="/agency/admin">{i.t("admin-back")}</a></p>
        </Layout>
    }
    .into_any()
}
