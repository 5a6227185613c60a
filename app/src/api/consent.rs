//! A person's own consent: give, change, withdraw (plain forms, effective at once).

use crate::error::AppError;
use leptos::prelude::*;

/// A plain form sends a ticked box as a value and leaves an unticked one out.
fn scopes_from_form(
    contact: &Option<String>,
    trajectory: &Option<String>,
    onward: &Option<String>,
) -> crate::domain::consent::ConsentScopes {
    crate::domain::consent::ConsentScopes {
        contact: contact.is_some(),
        trajectory: trajectory.is_some(),
        onward: onward.is_some(),
    }
}

/// The language the notice was shown in, as the form names it.
fn notice_language(code: &str) -> Result<crate::domain::locale::Locale, AppError> {
    crate::domain::locale::Locale::parse(code)
        .map_err(|e| AppError::Invalid { field: "language".into(), message_id: e.message_id.into() })
}

/// Sets the three scopes for a protocol. Unticked boxes are absent from a plain form, hence
/// `Option`; all three absent is a withdrawal. `language` is the language the notice was shown
/// in: its text is what the stored hash is of.
#[server(prefix = "/sf", endpoint = "consent/change")]
pub async fn change_consent(
    protocol: String,
    language: String,
    contact: Option<String>,
    trajectory: Option<String>,
    onward: Option<String>,
) -> Result<(), AppError> {
    let back = format!(
        "/me/pilots/{}",
        protocol.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect::<String>()
    );
    let result = async {
        use crate::domain::authz::{Operation, Principal};
        let p = super::guard::authorize_signed_in(Operation::OwnConsent)?;
        let Principal::Person { person_id, .. } = p else { return Err(AppError::Forbidden) };
        let scopes = scopes_from_form(&contact, &trajectory, &onward);
        let ctx = crate::services::context::app()?;
        let language = notice_language(&language)?;
        crate::services::consent::change_own(&ctx.db, person_id, &protocol, scopes, language).await?;
        Ok(())
    }
    .await;
    super::form_outcome(result, &back, "saved=1")
}

/// Agency staff record a consent given on paper for the person with this dossier reference.
#[server(prefix = "/sf", endpoint = "consent/assisted")]
pub async fn record_assisted_consent(
    dossier_ref: String,
    protocol: String,
    language: String,
    contact: Option<String>,
    trajectory: Option<String>,
    onward: Option<String>,
) -> Result<(), AppError> {
    let result = async {
        use crate::domain::authz::{Operation, Principal};
        let p = super::guard::authorize_signed_in(Operation::AssistedConsent)?;
        let Principal::Staff { staff_id, .. } = p else { return Err(AppError::Forbidden) };
        let scopes = scopes_from_form(&contact, &trajectory, &onward);
        let language = notice_language(&language)?;
        let ctx = crate::services::context::app()?;
        crate::services::consent::record_assisted(&ctx.db, staff_id, &dossier_ref, &protocol, scopes, language).await?;
        Ok(())
    }
    .await;
    super::form_outcome(result, "/agency/assisted-consent", "saved=1")
}
