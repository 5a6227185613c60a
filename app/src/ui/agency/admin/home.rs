//! `/agency/admin`: the protocol admin's desk — invite persons, ask for staff invitations and
//! API clients, decide other admins' requests and issue one's own approved ones
//! (`requests`), and see (and revoke) what was issued. Plain HTML forms; secrets are shown
//! once, on the page the form's response renders (`issued`) — a recovery's never.

use crate::domain::authz::{Operation, StaffCaller};
use crate::domain::invitation::InvitationStatus;
use crate::domain::roles::Role;
use crate::i18n::I18n;
use crate::ui::components::format::day_of;
use crate::ui::components::{form_notice, guarded_page, protocol_endings};
use crate::views::admin::AdminHome;
use leptos::prelude::*;

#[component]
pub fn ProtocolAdminHomePage() -> impl IntoView {
    let lang = crate::i18n::use_i18n().locale;
    guarded_page(
        Operation::ReadAccessOverview,
        "admin-title",
        move |me: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            let endings = crate::services::protocols::desk::ending(&ctx.db, None, lang, now).await?;
            Ok((crate::services::admin::overview(&ctx.db, me.staff_id, me.role, now).await?, endings))
        },
        |i, (home, endings)| view! { {protocol_endings(i, &endings)} {admin_home(i, home)} },
    )
}

fn admin_home(i: &I18n, home: AdminHome) -> impl IntoView + use<> {
    let invitations = home
        .invitations
        .into_iter()
        .map(|inv| {
            let who = match (&inv.role, &inv.party) {
                (Some(role), Some(party)) => format!("{} · {party}", i.t(&format!("role-{}", role.replace('_', "-")))),
                _ => i.t("admin-invitation-person"),
            };
            let revoke = (inv.status == InvitationStatus::Open).then(|| {
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
                    <td>{day_of(i, inv.created_at)}</td>
                    <td>{day_of(i, inv.expires_at)}</td>
                    <td>{i.t(inv.status.message_id())} {revoke}</td>
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
                    <td>{c.party} " · " {c.profile.unwrap_or_else(|| i.t("admin-client-agency-system"))}</td>
                    <td>{day_of(i, c.created_at)}</td>
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
    let notice = form_notice(
        i,
        &[("revoked", "admin-revoked"), ("approved", "admin-approved-done"), ("refused", "admin-refused-done")],
    );
    let requests = super::requests::requests_section(i, home.requests);
    view! {
        {notice}
        <p><a href="/agency/protocols">{i.t("admin-protocols-link")}</a></p>
        <p><a href="/agency/assisted-consent">{i.t("admin-assisted-consent-link")}</a></p>
        <p><a href="/agency/registers">{i.t("admin-registers-link")}</a></p>
        <section aria-labelledby="invite-person-heading">
            <h2 id="invite-person-heading">{i.t("admin-invite-person-heading")}</h2>
            <form method="post" action="/agency/admin/invitations/person">
                <label for="dossier-ref">{i.t("admin-dossier-ref")}</label>
                <input id="dossier-ref" name="dossier_ref" required maxlength="40" autocomplete="off" />
                <fieldset aria-describedby="handover-hint">
                    <legend>{i.t("admin-handover-legend")}</legend>
                    <p id="handover-hint" class="hint">{i.t("admin-handover-hint")}</p>
                    <div class="choice">
                        <input type="radio" id="handover-delivered" name="handover" value="delivered" checked />
                        <label for="handover-delivered">{i.t("admin-handover-delivered")}</label>
                    </div>
                    <div class="choice">
                        <input type="radio" id="handover-in-person" name="handover" value="in_person" />
                        <label for="handover-in-person">{i.t("admin-handover-in-person")}</label>
                    </div>
                </fieldset>
                <button type="submit" class="button primary">{i.t("admin-invite-submit")}</button>
            </form>
        </section>
        <section aria-labelledby="letters-heading">
            <h2 id="letters-heading">{i.t("letters-form-heading")}</h2>
            <p class="hint">{i.t("letters-form-intro")}</p>
            <form method="post" action="/agency/admin/letters">
                <div class="choice">
                    <input type="checkbox" id="letters-not-yet-invited" name="not_yet_invited" value="1" />
                    <label for="letters-not-yet-invited">{i.t("letters-form-not-yet-invited")}</label>
                </div>
                <label for="letters-dossiers">{i.t("letters-form-dossiers")}</label>
                <p id="letters-dossiers-hint" class="hint">{i.t("letters-form-dossiers-hint")}</p>
                <textarea id="letters-dossiers" name="dossiers" rows="4" autocomplete="off" aria-describedby="letters-dossiers-hint"></textarea>
                <button type="submit" class="button">{i.t("letters-form-submit")}</button>
            </form>
        </section>
        {requests}
        <section aria-labelledby="invite-staff-heading">
            <h2 id="invite-staff-heading">{i.t("admin-invite-staff-heading")}</h2>
            <p class="hint">{i.t("admin-four-eyes-hint")}</p>
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
                <button type="submit" class="button primary">{i.t("admin-request-submit")}</button>
            </form>
        </section>
        <h2>{i.t("admin-invitations-heading")}</h2>
        <div class="table-wrap" tabindex="0"><table>
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
            <p class="hint">{i.t("admin-four-eyes-hint")}</p>
            <form method="post" action="/agency/admin/api-clients">
                <label for="client-name">{i.t("admin-client-name")}</label>
                <input id="client-name" name="name" required maxlength="120" autocomplete="off" />
                <label for="client-profile">{i.t("admin-profile")}</label>
                <select id="client-profile" name="function_profile_id">{profile_options()}</select>
                <label for="client-expires">{i.t("admin-client-expires-days")}</label>
                <input id="client-expires" name="expires_days" type="number" min="1" max="3650" inputmode="numeric" />
                <button type="submit" class="button primary">{i.t("admin-request-submit")}</button>
            </form>
            <div class="table-wrap" tabindex="0"><table>
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
