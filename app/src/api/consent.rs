//! Consent changes by plain form: a person's own (give, change, withdraw — effective at once),
//! and a consent given on paper that agency staff record.

use crate::error::AppError;
use leptos::prelude::*;

/// What a consent form says: the three boxes (a plain form sends a ticked box as a value and
/// leaves an unticked one out; all three absent is a withdrawal) and the language the notice
/// was shown in, whose text the stored hash is of.
struct ConsentForm {
    scopes: crate::domain::consent::ConsentScopes,
    language: crate::domain::locale::Locale,
}

impl ConsentForm {
    fn parse(
        language: &str,
        contact: &Option<String>,
        trajectory: &Option<String>,
        onward: &Option<String>,
    ) -> Result<ConsentForm, AppError> {
        let language = crate::domain::locale::Locale::parse(language)
            .map_err(|e| AppError::Invalid { field: "language".into(), message_id: e.message_id.into() })?;
        let scopes = crate::domain::consent::ConsentScopes {
            contact: contact.is_some(),
            trajectory: trajectory.is_some(),
            onward: onward.is_some(),
        };
        Ok(ConsentForm { scopes, language })
    }
}

/// Sets the three scopes for a protocol under its version in force.
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
        let me = super::guard::require_person(crate::domain::authz::Operation::OwnConsent)?;
        let form = ConsentForm::parse(&language, &contact, &trajectory, &onward)?;
        let (ctx, now) = super::http::context()?;
        let change = crate::services::consent::OwnChange {
            person_id: me.person_id,
            protocol_slug: protocol.clone(),
            scopes: form.scopes,
            language: form.language,
            now,
        };
        ctx.consents.change_own(change).await?;
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
        let officer = super::guard::require_staff(crate::domain::authz::Operation::AssistedConsent)?;
        let form = ConsentForm::parse(&language, &contact, &trajectory, &onward)?;
        let (ctx, now) = super::http::context()?;
        crate::services::consent::record_assisted(
            &ctx.db,
            officer.staff_id,
            &dossier_ref,
            &protocol,
            form.scopes,
            form.language,
            now,
        )
        .await?;
        Ok(())
    }
    .await;
    super::form_outcome(result, "/agency/assisted-consent", "saved=1")
}
