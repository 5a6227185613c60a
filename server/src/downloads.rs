//! Downloads of a person's own records: consent receipts (`GET /me/receipts/{id}`), the full export
//! (`GET /me/data/export.json`), and the portal's public key to check receipts with (public);
//! and the DPO's register of disclosures as CSV (`GET /agency/dpo/disclosures.csv`).

use crate::problem::Problem;
use app::api::guard::decide;
use app::domain::authz::{AnyCaller, Operation, PersonCaller, Principal, StaffCaller};
use app::services::context::AppContext;
use app::views::disclosure_register::RegisterFilter;
use axum::extract::Query;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde_json::json;
use std::collections::HashMap;

/// `GET /receipts/public-key`: the key receipts and checkpoints are signed with (public).
pub async fn public_key(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
) -> Result<Json<serde_json::Value>, Problem> {
    let _: AnyCaller = decide(principal.map(|Extension(p)| p), Operation::ReadPublicPages)?;
    Ok(Json(json!({"algorithm": "Ed25519", "public_key": ctx.keys.public_key_base64(), "key_id": ctx.keys.key_id()})))
}

pub async fn download(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
    Path(id): Path<String>,
) -> Result<Response, Problem> {
    let me: PersonCaller = decide(principal.map(|Extension(p)| p), Operation::OwnConsent)?;
    let id = id.trim_end_matches(".json");
    let doc = app::services::crypto::receipts::receipt(&ctx.db, &ctx.keys, &ctx.public_url, me.person_id, id)
        .await
        .map_err(|e| Problem(e.into_app_error()))?;
    // Byte for byte the canonical form the signature covers: a verifier refuses any other.
    let bytes = app::services::crypto::receipts::file_bytes(&doc);
    let mut res = ([(header::CONTENT_TYPE, "application/json")], bytes).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"consent-receipt-{id}.json\"")) {
        res.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(res)
}

/// `GET /agency/dpo/checkpoints.jsonl`: every signed checkpoint of the audit chain, one JSON
/// object a line, each with the public key — to keep outside the portal and to verify the chain
/// against (`portal audit verify`).
pub async fn checkpoints(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
) -> Result<Response, Problem> {
    let _: StaffCaller = decide(principal.map(|Extension(p)| p), Operation::ReadAuditStatus)?;
    let lines = app::services::audit::export_checkpoints(&ctx.db, &ctx.keys)
        .await
        .map_err(|e| Problem(app::services::ServiceError::from(e).into_app_error()))?;
    let body = lines.iter().map(|l| format!("{l}\n")).collect::<String>();
    let mut res = ([(header::CONTENT_TYPE, "application/jsonl")], body).into_response();
    res.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"audit-checkpoints.jsonl\""),
    );
    Ok(res)
}

/// `GET /me/data/export.json`: everything the portal holds about the signed-in person (GDPR 15, 20).
pub async fn export(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
) -> Result<Response, Problem> {
    let me: PersonCaller = decide(principal.map(|Extension(p)| p), Operation::OwnData)?;
    let doc = app::services::my_data::export(&ctx.db, me.person_id, ctx.now())
        .await
        .map_err(|e| Problem(e.into_app_error()))?;
    let mut res = Json(doc).into_response();
    res.headers_mut()
        .insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"my-data.json\""));
    Ok(res)
}

/// `GET /agency/dpo/disclosures.csv?…` (and `/municipality/dpo/disclosures.csv?…`): the register
/// of disclosures under the page's filter — a municipality DPO's, their own party's.
pub async fn disclosure_register(
    State(ctx): State<AppContext>,
    principal: Option<Extension<Principal>>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, Problem> {
    let me: StaffCaller = decide(principal.map(|Extension(p)| p), Operation::ReadDisclosureRegister)?;
    let filter = RegisterFilter::from_query(|k| query.get(k).cloned());
    let scope = app::services::disclosure::register::Scope::of(me.own_party_only());
    let body = app::services::disclosure::register::csv(&ctx.db, scope, &filter)
        .await
        .map_err(|e| Problem(e.into_app_error()))?;
    let mut res = ([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], body).into_response();
    res.headers_mut()
        .insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"disclosures.csv\""));
    Ok(res)
}
