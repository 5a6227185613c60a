//! `/municipality/admin/staff`: the municipality's staff — invite a member with a function
//! profile (the invitation names whom it is for; its link, short code and QR code are shown
//! once, on the page the form answers with), change a member's profile, disable a member (their
//! sessions end at once). The admin sees staff, never persons' data.

use super::admin_nav;
use crate::domain::authz::{Operation, StaffCaller};
use crate::i18n::I18n;
use crate::ui::components::form::{BoxSpec, choice_list, echo, form_error, text_box};
use crate::ui::components::format::{date_time, day_of};
use crate::ui::components::{form_notice, guarded_page};
use crate::views::admin::IssuedInvitationView;
use crate::views::form::FormEcho;
use crate::views::register::StaffOverview;
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

#[component]
pub fn StaffPage() -> impl IntoView {
    let sent = echo();
    // Put in context by the invitation form's handler: shown once, stored nowhere.
    let issued = use_context::<IssuedInvitationView>();
    guarded_page(
        Operation::ManageMunicipalityStaff,
        "mstaff-title",
        move |me: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            let overview = crate::services::staff::overview(&ctx.db, me.party_id, now).await?;
            Ok((overview, sent, issued))
        },
        staff_body,
    )
}

fn issued_view(i: &I18n, inv: IssuedInvitationView) -> impl IntoView + use<> {
    view! {
        <div class="issued" role="status">
            <p><strong>{i.t("mstaff-invited")}</strong></p>
            <p class="hint">{i.t("admin-shown-once")}</p>
            <p><strong>{i.t("admin-issued-link")}</strong><br /><code class="secret">{inv.url}</code></p>
            <p><strong>{i.t("admin-issued-code")}</strong><br /><code class="secret">{inv.short_code}</code></p>
            <p>{i.t_args("admin-issued-valid-until", [("when", FluentValue::from(date_time(i, inv.expires_at)))])}</p>
            <div class="qr" inner_html=inv.qr_svg.unwrap_or_default()></div>
        </div>
    }
}

fn staff_body(
    i: &I18n,
    (o, sent, issued): (StaffOverview, FormEcho, Option<IssuedInvitationView>),
) -> impl IntoView + use<> {
    let notice = form_notice(i, &[("changed", "mstaff-changed"), ("disabled", "mstaff-disabled")]);
    let profiles: Vec<(String, String)> = o.profiles.iter().map(|(id, name)| (id.to_string(), name.clone())).collect();
    let spec = |name, label_id, hint_id, max| BoxSpec { form: "invite", name, label_id, hint_id, required: true, max };
    let members = o
        .staff
        .iter()
        .map(|m| {
            let action = |what: &str| format!("/municipality/admin/staff/{}/{what}", m.public_id);
            let role = if m.is_admin { i.t("role-municipality-admin") } else { i.t("role-municipality-staff") };
            let status = match m.disabled_at {
                Some(t) => i.t_args("mstaff-disabled-since", [("date", FluentValue::from(day_of(i, t)))]),
                None => i.t("mstaff-active"),
            };
            let change = (!m.is_admin && m.disabled_at.is_none()).then(|| {
                let current = m.profile.as_ref().map(|p| p.0.to_string()).unwrap_or_default();
                let options = profiles
                    .iter()
                    .map(
                        |(id, name)| view! { <option value=id.clone() selected=*id == current>{name.clone()}</option> },
                    )
                    .collect_view();
                let id = format!("profile-of-{}", m.public_id);
                view! {
                    <form method="post" action=action("profile")>
                        <label for=id.clone()>{i.t("mstaff-profile")}</label>
                        <select id=id name="profile">{options}</select>
                        <button type="submit" class="button">{i.t("mstaff-change-profile")}</button>
                    </form>
                }
            });
            let disable = (m.disabled_at.is_none() && !m.is_admin).then(|| {
                view! {
                    <form method="post" action=action("disable")>
                        <button type="submit" class="button">{i.t("mstaff-disable")}</button>
                    </form>
                }
            });
            let profile = m.profile.as_ref().map(|p| p.1.clone()).unwrap_or_else(|| "—".into());
            view! {
                <li class="card">
                    <h3>{m.name.clone()}</h3>
                    <p>{role} " · " {profile} " · " {status}</p>
                    {change}
                    {disable}
                </li>
            }
        })
        .collect_view();
    let invitations = o
        .invitations
        .iter()
        .map(|inv| {
            view! {
                <tr>
                    <td>{inv.name.clone()}</td>
                    <td>{inv.contact.clone()}</td>
                    <td>{inv.profile.clone()}</td>
                    <td>{day_of(i, inv.expires_at)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        {admin_nav(i)}
        {issued.map(|inv| issued_view(i, inv))}
        {notice}
        <section aria-labelledby="invite-heading">
            <h2 id="invite-heading">{i.t("mstaff-invite-heading")}</h2>
            <p class="hint">{i.t("mstaff-invite-hint")}</p>
            {form_error(i, &sent, "invite")}
            <form method="post" action="/municipality/admin/staff" class="stacked">
                {text_box(i, &sent, spec("name", "mstaff-invitee-name", None, 200), "text", "")}
                {text_box(i, &sent, spec("contact", "mstaff-invitee-contact", Some("mstaff-invitee-contact-hint"), 254), "text", "")}
                {choice_list(i, &sent, spec("profile", "mstaff-profile", Some("mstaff-profile-hint"), 0), profiles.clone(), "")}
                <button type="submit" class="button primary">{i.t("mstaff-invite-submit")}</button>
            </form>
        </section>
        <h2>{i.t("mstaff-open-invitations")}</h2>
        <div class="table-wrap" tabindex="0"><table>
            <thead><tr>
                <th scope="col">{i.t("mstaff-invitee-name")}</th>
                <th scope="col">{i.t("mstaff-invitee-contact")}</th>
                <th scope="col">{i.t("mstaff-profile")}</th>
                <th scope="col">{i.t("admin-expires")}</th>
            </tr></thead>
            <tbody>{invitations}</tbody>
        </table></div>
        <h2>{i.t("mstaff-members")}</h2>
        <ul class="cards">{members}</ul>
    }
}
