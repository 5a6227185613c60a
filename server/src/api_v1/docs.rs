//! `GET /api/v1/docs` (public): the contract for people, rendered on the server from the same
//! OpenAPI document as `/api/v1/openapi.json` (no second copy, no CDN assets, no script). The
//! frame is translated; the operations' texts are the contract's own (English).

use super::openapi::ApiDoc;
use crate::html::escape;
use app::AssetManifest;
use app::domain::authz::{AnyCaller, Operation, Principal};
use app::i18n::I18n;
use axum::Extension;
use axum::extract::State;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use utoipa::OpenApi;

pub async fn get(
    State(assets): State<AssetManifest>,
    principal: Option<Extension<Principal>>,
    headers: HeaderMap,
) -> Response {
    let principal = principal.map(|Extension(p)| p);
    let locale = crate::refusal::locale(&headers, principal.as_ref());
    if let Err(e) = app::api::guard::decide::<AnyCaller>(principal, Operation::ReadPublicPages) {
        return crate::problem::Problem(e).into_response();
    }
    let i = I18n::new(locale);
    let doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
    let mut operations = String::new();
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            let mut rows = String::new();
            for (status, response) in op["responses"].as_object().into_iter().flatten() {
                let description = response["description"].as_str().unwrap_or_default();
                rows.push_str(&format!(
                    "<tr><td>{}</td><td lang=\"en\">{}</td></tr>",
                    escape(status),
                    escape(description)
                ));
            }
            operations.push_str(&format!(
                "<section><h2 dir=\"ltr\"><code>{} {}</code></h2><p lang=\"en\">{}</p><table><thead><tr>\
                 <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>{rows}</tbody></table></section>",
                escape(&method.to_uppercase()),
                escape(path),
                escape(op["description"].as_str().or(op["summary"].as_str()).unwrap_or_default()),
                escape(&i.t("api-docs-status")),
                escape(&i.t("api-docs-description")),
            ));
        }
    }
    let body = format!(
        "<p>{intro}</p><p>{version} <code>{v}</code></p>\
         <p>{contract} <a href=\"/api/v1/openapi.json\">/api/v1/openapi.json</a></p><p dir=\"ltr\">{auth}</p>\
         <p>{english}</p><h2>{responses}</h2>{operations}",
        intro = escape(&i.t("api-docs-intro")),
        version = escape(&i.t("api-docs-version")),
        v = escape(doc["info"]["version"].as_str().unwrap_or_default()),
        contract = escape(&i.t("api-docs-contract")),
        auth = escape(&i.t("api-docs-auth")),
        english = escape(&i.t("api-docs-english")),
        responses = escape(&i.t("api-docs-responses")),
    );
    let html = crate::html::document(locale, &i.t("api-docs-title"), assets.css.as_deref(), &body);
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response()
}
