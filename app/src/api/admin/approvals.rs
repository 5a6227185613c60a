//! Requests awaiting a second agency admin (four eyes): another admin approves or refuses one
//! (a plain form posts here), and the requester issues an approved one, once.

use super::ops;
use crate::domain::authz::Operation;
use crate::error::AppError;
use crate::views::admin::IssuedCredentialView;
use leptos::prelude::*;

/// `decision`: `approved` or `refused`. Never one's own request.
#[server(prefix = "/sf", endpoint = "admin/approvals/decide")]
pub async fn decide_request(request_id: String, decision: String) -> Result<(), AppError> {
    let result = async {
        let admin = crate::api::guard::require_staff(Operation::DecideCredentialRequests)?;
        ops::decide(&crate::services::context::app()?, &admin, &request_id, &decision).await?;
        Ok(())
    }
    .await;
    let done = if decision.trim() == "refused" { "refused=1" } else { "approved=1" };
    crate::api::form_outcome(result, "/agency/admin", done)
}

/// Issues one's own approved request; its secret is in the answer, once. The admin page's form
/// posts to `/agency/admin/approvals/issue` instead, which shows it on the result page.
#[server(prefix = "/sf", endpoint = "admin/approvals/issue", input = leptos::server_fn::codec::Json)]
pub async fn issue_request(request_id: String) -> Result<IssuedCredentialView, AppError> {
    let admin = crate::api::guard::require_staff(Operation::IssueApprovedCredentials)?;
    ops::issue(&crate::services::context::app()?, &admin, &request_id).await
}
