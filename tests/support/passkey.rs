//! A software passkey for tests. webauthn-authenticator-rs's `SoftPasskey` keeps no resident
//! keys and returns no user handle, so this wrapper plays the part of a phone's authenticator:
//! it remembers which user each of its credentials belongs to and answers discoverable
//! (user-name-less) challenges with that credential and user handle.

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
