//! `GET /api/v1/openapi.json` (public): the API's contract, OpenAPI 3.1, derived from the
//! handlers' own types and `#[utoipa::path]` annotations — there is no hand-written copy to
//! drift. A test checks that every `/api/v1` route is in it.

use crate::problem::ProblemDetails;
use app::api::guard::decide;
use app::domain::authz::{AnyCaller, Operation, Principal};
use axum::Extension;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// The name of the bearer scheme operations refer to (`security(("bearer" = []))` on each path).
pub const BEARER: &str = "bearer";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Consent portal API for municipality systems and the agency's client-tracking system",
        description = "Municipality systems read consent status and, through the disclosure path, the fields a \
                       person's consent and the client's function profile allow; every read is logged for the \
                       person to see. The agency's client-tracking system (tag `agency`) puts persons as it holds \
                       them and reads the corrections the portal accepted. Errors are RFC 9457 problem+json.",
    ),
    paths(
        super::me::get,
        super::protocols::get,
        super::consent_changes::get,
        super::consent_of_person::get,
        super::person_fields::get,
        super::onward_disclosures::post,
        super::quality_reports::post,
        super::breaches::post,
        super::agency_persons::put,
        super::agency_corrections::get,
    ),
    components(schemas(
        super::me::ClientIdentity,
        ProblemDetails,
        crate::problem::FieldError,
        super::onward_disclosures::OnwardRequest,
        super::quality_reports::QualityReportRequest,
        super::breaches::BreachRequest,
    )),
    modifiers(&BearerScheme),
)]
pub struct ApiDoc;

struct BearerScheme;

impl Modify for BearerScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .description(Some("The API client's token, issued once by the agency (`portal token create`)."))
            .build();
        if let Some(components) = openapi.components.as_mut() {
            components.add_security_scheme(BEARER, SecurityScheme::Http(scheme));
        }
        openapi.info.version = VERSION.to_owned();
    }
}

/// The contract's version: API 1.0.0, with the portal release as build metadata.
pub const VERSION: &str = concat!("1.0.0+portal-", env!("CARGO_PKG_VERSION"));

pub async fn get(principal: Option<Extension<Principal>>) -> Response {
    if let Err(e) = decide::<AnyCaller>(principal.map(|Extension(p)| p), Operation::ReadPublicPages) {
        return crate::problem::Problem(e).into_response();
    }
    match ApiDoc::openapi().to_json() {
        Ok(json) => ([(header::CONTENT_TYPE, "application/json")], json).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "the OpenAPI document does not serialise");
            crate::problem::Problem(app::error::AppError::Internal { correlation_id: uuid::Uuid::new_v4().to_string() })
                .into_response()
        }
    }
}
