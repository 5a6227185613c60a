//! Enrolment by invitation, passkey sign-in and sign-out: the ceremony types and the session
//! cookie, then one file per way in (or out).

mod enrol;
mod sign_in;
mod sign_out;

pub use enrol::{finish_enrolment, start_enrolment};
pub use sign_in::{finish_sign_in, start_sign_in};
pub use sign_out::sign_out;

use serde::{Deserialize, Serialize};
use webauthn_rs_proto::{CreationChallengeResponse, RequestChallengeResponse};

/// A ceremony in progress: an opaque handle for the server-side state, and the options for
/// the browser's WebAuthn call.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Registration {
    pub handle: String,
    pub options: CreationChallengeResponse,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Authentication {
    pub handle: String,
    pub options: RequestChallengeResponse,
}

/// Where to go after signing in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedIn {
    pub start_page: String,
}

mod server {
    use crate::domain::authz::{Principal, start_page};
    use crate::services::identity::sessions::{ABSOLUTE_HOURS, COOKIE};

    pub fn user_agent() -> Option<String> {
        leptos::prelude::use_context::<http::request::Parts>()
            .and_then(|p| p.headers.get(http::header::USER_AGENT).and_then(|v| v.to_str().ok()).map(str::to_owned))
    }

    /// Sets the session cookie on the response: `HttpOnly`, `Secure`, `SameSite=Lax`.
    pub fn set_session_cookie(token: &str) {
        let cookie =
            format!("{COOKIE}={token}; Path=/; Max-Age={}; HttpOnly; Secure; SameSite=Lax", ABSOLUTE_HOURS * 3600);
        crate::api::set_cookie(&cookie);
    }

    pub fn clear_session_cookie() {
        crate::api::set_cookie(&format!("{COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax"));
        // A refused correction's draft goes with the person who typed it.
        crate::api::set_cookie(&format!(
            "{}=; Path=/me/corrections; Max-Age=0; HttpOnly; Secure; SameSite=Strict",
            crate::api::corrections::DRAFT_COOKIE
        ));
    }

    pub fn signed_in(p: Principal) -> super::SignedIn {
        super::SignedIn { start_page: start_page(p.actor()).to_owned() }
    }

    /// After a recovery the person lands on their passkeys (and sessions), to remove any they
    /// do not know.
    pub fn recovered() -> super::SignedIn {
        super::SignedIn { start_page: "/account?recovered=1".to_owned() }
    }
}
