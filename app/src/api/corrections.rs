//! A person's correction requests (protocol art. 7, GDPR 16), and their inbox.

use crate::error::AppError;
use leptos::prelude::*;

/// Cookie that gives a refused draft back to the form, so nothing typed is lost. It stays on
/// the server's side of the URL: personal values never appear in addresses or access logs.
pub const DRAFT_COOKIE: &str = "__Secure-portal_correction_draft";

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Draft {
    /// Whose draft this is (person public id): on a shared phone, nobody else gets it back.
    pub owner: String,
    pub proposed_value: String,
    pub statement: String,
}

impl Draft {
    pub fn encode(&self) -> String {
        use base64::Engine;
        let json = serde_json::to_vec(self).unwrap_or_default();
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json)
    }

    pub fn decode(s: &str) -> Option<Draft> {
        use base64::Engine;
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(s).ok()?;
        serde_json::from_slice(&bytes).ok()
    }
}

/// Files a request for one of my fields. A plain form is sent on to the new request (or back
/// to the form with the reason and what was typed); a JSON caller gets the request's id.
#[server(prefix = "/sf", endpoint = "corrections/file")]
pub async fn file_correction(field: String, proposed_value: String, statement: String) -> Result<String, AppError> {
    use crate::domain::fields::Field;
    let me = super::guard::require_person(crate::domain::authz::Operation::OwnCorrections);
    let owner = me.as_ref().map(|m| m.public_id.clone()).unwrap_or_default();
    let result = async {
        let me = me?;
        let field = Field::parse(&field)
            .map_err(|e| AppError::Invalid { field: "field".into(), message_id: e.message_id.into() })?;
        let (ctx, now) = super::http::context()?;
        let r =
            crate::services::rectification::file_own(&ctx.db, me.person_id, field, &proposed_value, &statement, now)
                .await?;
        Ok(r.public_id)
    }
    .await;
    if !super::wants_html() {
        return result;
    }
    match result {
        Ok(id) => {
            super::set_cookie(&format!(
                "{DRAFT_COOKIE}=; Path=/me/corrections; Max-Age=0; HttpOnly; Secure; SameSite=Strict"
            ));
            leptos_axum::redirect(&format!("/me/corrections/{id}?filed=1"));
            Ok(id)
        }
        Err(AppError::Unauthenticated) => {
            leptos_axum::redirect("/signin");
            Ok(String::new())
        }
        Err(e) => {
            let draft = Draft { owner, proposed_value, statement }.encode();
            // A draft too large for a cookie is not kept; the error is still shown.
            if draft.len() < 3800 {
                super::set_cookie(&format!(
                    "{DRAFT_COOKIE}={draft}; Path=/me/corrections; Max-Age=600; HttpOnly; Secure; SameSite=Strict"
                ));
            }
            let field: String = field.chars().filter(|c| c.is_ascii_lowercase() || *c == '_').collect();
            leptos_axum::redirect(&format!("/me/corrections/new?field={field}&error={}", e.message_id()));
            Ok(String::new())
        }
    }
}
