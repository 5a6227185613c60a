//! Four eyes on staff invitations and API tokens (review M3): one protocol admin asks, a
//! different one decides, the one who asked issues it once. Without approval nothing is
//! issued; every step is in the audit log.

use app::domain::approval::ApprovalDecision;
use app::domain::ids::StaffId;
use app::domain::roles::Role;
use app::services::ServiceError;
use app::services::approvals;
use app::services::identity::sessions::Account;
use portal_tests::{Backend, MUNICIPALITY_SLUG, TestApp, json_of, location, plain, spawn_app};
use sea_orm::ConnectionTrait;
use serde_json::json;

async fn cookies(app: &TestApp) -> (app::store::staff::Model, String, app::store::staff::Model, String) {
    let (first, second) = app.protocol_admins().await;
    let a = app.signed_in(Account::Staff(StaffId(first.id))).await;
    let b = app.signed_in(Account::Staff(StaffId(second.id))).await;
    (first, a, second, b)
}

/// A staff invitation and an API client asked for on the admin page issue nothing; refused
/// stays refused; approved is issued once, to the requester; each step is audited.
async fn staff_invitations_and_api_tokens_need_a_second_admin(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (_, asker, _, approver) = cookies(&app).await;
    let agency = app.party(server::demo::AGENCY_SLUG).await;
    let spl = app.party(MUNICIPALITY_SLUG).await;
    let profile = app.profile_of(spl.id).await;
    let (invitations, clients) = (app.invitation_count().await, app.api_client_count().await);

    let dpo = [("party_id", agency.id.to_string()), ("role", "agency_dpo".into()), ("function_profile_id", "".into())];
    let res = app.post_admin_form("/agency/admin/invitations/staff", &asker, &dpo).await;
    assert_eq!(res.status(), 200);
    let page = plain(res.text().await.unwrap());
    assert!(page.contains("wacht op een tweede protocolbeheerder") && !page.contains("/invite/"), "{page}");
    let staff_request = app.latest_request_id().await;
    let client = [
        ("name", "Registratiesysteem".into()),
        ("function_profile_id", profile.id.to_string()),
        ("expires_days", "30".into()),
    ];
    let res = app.post_admin_form("/agency/admin/api-clients", &asker, &client).await;
    assert_eq!(res.status(), 200);
    assert!(!res.text().await.unwrap().contains("spl_"), "no token without approval");
    let client_request = app.latest_request_id().await;
    // The server functions ask too; they issue nothing either.
    let body = json!({"party_id": agency.id, "role": "agency_dpo", "function_profile_id": null});
    let (status, answer) = json_of(app.call("admin/invitations/staff", body, Some(&asker)).await).await;
    assert_eq!(status, 200);
    assert_eq!(answer["kind"], "staff_invitation", "{answer}");
    assert_eq!((app.invitation_count().await, app.api_client_count().await), (invitations, clients), "nothing issued");

    // Not approved yet: issuing is refused, nothing is created.
    let issue = |cookie: &str, id: i32| {
        let cookie = cookie.to_owned();
        let app = &app;
        async move { app.post_admin_form("/agency/admin/approvals/issue", &cookie, &[("request_id", id.to_string())]).await }
    };
    let res = issue(&asker, client_request).await;
    assert_eq!(res.status(), 409);
    assert!(plain(res.text().await.unwrap()).contains("wacht nog op goedkeuring"));
    assert_eq!(app.api_client_count().await, clients);

    // The second admin sees both, refuses one and approves the other.
    let desk = plain(app.page_text("/agency/admin", &approver).await);
    assert!(desk.contains("Registratiesysteem") && desk.contains("Goedkeuren"));
    let own_desk = app.get_page("/agency/admin", &asker).await.1;
    assert!(!own_desk.contains("value=\"approved\""), "no approve button for one's own requests");
    let decide = |id: i32, decision: &'static str| {
        let app = &app;
        let approver = approver.clone();
        async move {
            let id = id.to_string();
            app.post_form("admin/approvals/decide", &[("request_id", &id), ("decision", decision)], Some(&approver))
                .await
        }
    };
    assert_eq!(location(&decide(staff_request, "refused").await), "/agency/admin?refused=1");
    assert_eq!(location(&decide(client_request, "approved").await), "/agency/admin?approved=1");
    assert_eq!(
        location(&decide(client_request, "refused").await),
        "/agency/admin?error=admin-error-approval-decided",
        "decided once"
    );
    let res = issue(&asker, staff_request).await;
    assert_eq!(res.status(), 409, "refused stays refused");
    assert_eq!(app.invitation_count().await, invitations);

    // Approved: the requester issues it, once; the token works.
    let res = issue(&approver, client_request).await;
    assert_eq!(res.status(), 409, "only the requester issues");
    let res = issue(&asker, client_request).await;
    assert_eq!(res.status(), 200);
    let page = res.text().await.unwrap();
    let token = page.split("spl_").nth(1).map(|t| format!("spl_{}", &t[..43])).expect("the token is shown");
    assert_eq!(app.get_as_client("/api/v1/me", &token).await.status(), 200, "the shown token works");
    let res = issue(&asker, client_request).await;
    assert_eq!(res.status(), 409);
    assert!(!res.text().await.unwrap().contains("spl_"), "shown once");
    assert_eq!(app.api_client_count().await, clients + 1);

    assert_eq!(
        app.audit_actions_on(&format!("approval:{staff_request}")).await,
        ["approval.request", "approval.refuse"]
    );
    let steps = app.audit_actions_on(&format!("approval:{client_request}")).await;
    assert_eq!(steps, ["approval.request", "approval.approve", "approval.issue"]);
    assert_eq!(app.audit_actions().await.last().map(String::as_str), Some("approval.issue"));
    assert!(app.audit_actions().await.iter().any(|a| a == "api_client.create"));
}

/// The requester never approves their own request: refused by the service, and by the
/// database for a write that bypasses it. An approved staff invitation issues once.
async fn the_requester_cannot_approve_their_own(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (first, second) = app.protocol_admins().await;
    let me = TestApp::caller_of(&first);
    let id = app.staff_invitation_request(&first).await;
    let own = approvals::decide(&app.ctx.db, &me, id, ApprovalDecision::Approved, app.now()).await;
    assert!(matches!(own, Err(ServiceError::Refused("admin-error-approval-own"))), "{own:?}");
    let dpo = TestApp::caller_of(&app.staff_of(Role::AgencyDpo).await);
    let other_role = approvals::decide(&app.ctx.db, &dpo, id, ApprovalDecision::Approved, app.now()).await;
    assert!(matches!(other_role, Err(ServiceError::Refused("admin-error-approval-role"))), "{other_role:?}");
    let bypass = app
        .ctx
        .db
        .conn
        .execute_unprepared(&format!(
            "UPDATE approval_requests SET decision = 'approved', decided_by_staff_id = {}, decided_at = requested_at \
             WHERE id = {id}",
            first.id
        ))
        .await;
    assert!(bypass.is_err(), "the database refuses a decision by the requester");

    app.approve(id, &second).await;
    let issued = approvals::issue(&app.ctx.db, &me, id, app.now()).await;
    assert!(matches!(issued, Ok(approvals::IssuedCredential::Invitation(_))), "{issued:?}");
    let again = approvals::issue(&app.ctx.db, &me, id, app.now()).await;
    assert!(matches!(again, Err(ServiceError::Refused("admin-error-approval-issued"))), "{again:?}");
}

on_both_databases!(staff_invitations_and_api_tokens_need_a_second_admin, the_requester_cannot_approve_their_own);
