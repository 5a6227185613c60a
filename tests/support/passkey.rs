//! A software passkey for tests. webauthn-authenticator-rs's `SoftPasskey` keeps no resident
//! keys and returns no user handle, so this wrapper plays the part of a phone's authenticator:
//! it remembers which user each of its credentials belongs to and answers discoverable
//! (user-name-less) challenges with that credential and user handle. With it, `TestApp`
//! enrols and signs in as the islands do.

use crate::http::{json_of, session_token};
use app::api::endpoints as sf;
use serde_json::{Value, json};
use std::collections::HashMap;
use url::Url;
use webauthn_authenticator_rs::WebauthnAuthenticator;
use webauthn_authenticator_rs::softpasskey::SoftPasskey;
use webauthn_rs_proto::{
    AllowCredentials, AuthenticatorTransport, CreationChallengeResponse, PublicKeyCredential,
    RegisterPublicKeyCredential, RequestChallengeResponse, ResidentKeyRequirement,
};

pub struct TestPasskey {
    soft: SoftPasskey,
    origin: Url,
    /// credential id → user handle it was registered for.
    users: HashMap<Vec<u8>, Vec<u8>>,
}

impl TestPasskey {
    pub fn new(origin: &str) -> Self {
        // `true`: the soft key claims user verification (as a phone with a fingerprint would).
        TestPasskey { soft: SoftPasskey::new(true), origin: Url::parse(origin).expect("origin"), users: HashMap::new() }
    }

    /// Acting from another site: the browser would put this origin into the client data.
    pub fn with_origin(mut self, origin: &str) -> Self {
        self.origin = Url::parse(origin).expect("origin");
        self
    }

    pub fn register(&mut self, mut options: CreationChallengeResponse) -> RegisterPublicKeyCredential {
        // The soft key cannot store resident keys; the server asks for one, so we pretend.
        if let Some(sel) = options.public_key.authenticator_selection.as_mut() {
            sel.require_resident_key = false;
            sel.resident_key = Some(ResidentKeyRequirement::Discouraged);
        }
        let user = options.public_key.user.id.to_vec();
        let cred = self.soft.do_registration(self.origin.clone(), options).expect("soft passkey registers");
        self.users.insert(cred.raw_id.to_vec(), user);
        cred
    }

    /// Answers a challenge with the credential `index` (in registration order).
    pub fn sign_in(&mut self, mut options: RequestChallengeResponse, credential: &[u8]) -> PublicKeyCredential {
        if options.public_key.allow_credentials.is_empty() {
            options.public_key.allow_credentials = vec![AllowCredentials {
                type_: "public-key".into(),
                id: credential.to_vec(),
                transports: Some(vec![AuthenticatorTransport::Internal]),
            }];
        }
        let mut cred = self.soft.do_authentication(self.origin.clone(), options).expect("soft passkey signs");
        cred.response.user_handle = self.users.get(credential).cloned();
        cred
    }

    pub fn credentials(&self) -> Vec<Vec<u8>> {
        self.users.keys().cloned().collect()
    }
}

/// A person who redeemed an invitation with a software passkey, and is signed in.
pub struct Enrolled {
    pub cookie: String,
    pub key: TestPasskey,
    pub person: app::store::person::Model,
}

impl crate::TestApp {
    /// Redeems an invitation with a new software passkey, as the invitation page's island
    /// does; returns the session cookie, or the refusal.
    pub async fn enrol(&self, secret: &str, key: &mut TestPasskey) -> Result<String, Value> {
        self.enrol_landing(secret, key).await.map(|(cookie, _)| cookie)
    }

    /// As [`TestApp::enrol`], also returning where the island goes next (`start_page`).
    pub async fn enrol_landing(&self, secret: &str, key: &mut TestPasskey) -> Result<(String, String), Value> {
        self.enrol_named(secret, key, None).await
    }

    /// As [`TestApp::enrol_landing`], with the name a new staff member types (`display_name`).
    pub async fn enrol_named(
        &self,
        secret: &str,
        key: &mut TestPasskey,
        display_name: Option<&str>,
    ) -> Result<(String, String), Value> {
        let start = self.call(sf::ENROL_START, json!({"invitation": secret, "by_code": false}), None).await;
        let (status, reg) = json_of(start).await;
        if status != 200 {
            return Err(reg);
        }
        let cred = key.register(serde_json::from_value(reg["options"].clone()).expect("creation options"));
        let finish = json!({"handle": reg["handle"], "credential": cred, "passkey_name": "Test phone", "display_name": display_name});
        let res = self.call(sf::ENROL_FINISH, finish, None).await;
        let token = session_token(&res);
        let (status, body) = json_of(res).await;
        if status != 200 {
            return Err(body);
        }
        let landing = body["start_page"].as_str().unwrap_or_default().to_owned();
        Ok((crate::session_cookie(&token.expect("a session cookie")), landing))
    }

    /// Seeds the demo (3 persons) and enrols its first person with a new software passkey.
    pub async fn enrolled(&self) -> Enrolled {
        self.seed_demo(3).await;
        let person = self.first_person().await;
        let secret = self.invitation_for(person.id).await.secret;
        let mut key = TestPasskey::new(&self.ctx.public_url);
        let cookie = self.enrol(&secret, &mut key).await.expect("enrolment works");
        Enrolled { cookie, key, person }
    }

    /// Signs in with the passkey's `credential`, as the sign-in page's island does; returns
    /// the session cookie, or the refusal.
    pub async fn sign_in(&self, key: &mut TestPasskey, credential: &[u8]) -> Result<String, Value> {
        let (_, auth) = json_of(self.call(sf::SIGN_IN_START, json!({}), None).await).await;
        let cred = key.sign_in(serde_json::from_value(auth["options"].clone()).expect("request options"), credential);
        let res = self.call(sf::SIGN_IN_FINISH, json!({"handle": auth["handle"], "credential": cred}), None).await;
        let token = session_token(&res);
        let (status, body) = json_of(res).await;
        if status != 200 {
            return Err(body);
        }
        Ok(crate::session_cookie(&token.expect("a session cookie")))
    }
}
