//! What the server gives to every SSR render and server-function call (the same value both).

use super::ServiceError;
use super::keys::SigningKeys;
use crate::store::Db;
use leptos::prelude::use_context;

#[derive(Clone, Debug)]
pub struct AppContext {
    pub db: Db,
    pub keys: SigningKeys,
    /// Origin used for links, e.g. `http://localhost:3000`.
    pub public_url: String,
    /// The WebAuthn relying party (id and origin from the public URL).
    pub webauthn: std::sync::Arc<webauthn_rs::Webauthn>,
}

pub fn app() -> Result<AppContext, ServiceError> {
    use_context::<AppContext>().ok_or(ServiceError::Db(sea_orm::DbErr::Custom("AppContext missing".into())))
}

pub fn db() -> Result<Db, ServiceError> {
    Ok(app()?.db)
}
