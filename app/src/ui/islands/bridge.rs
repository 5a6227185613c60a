//! The islands' link to the server and to WebAuthn, kept small on purpose: JSON goes through
//! the browser's own `JSON` and `fetch`, not through serde and the server-function client,
//! which would more than double the bundle a cheap phone has to download. The server side
//! is still the typed server functions (`input = Json`), called at their fixed endpoints.

// Without `hydrate` (server rendering) only the stubs below are used.
#![cfg_attr(not(feature = "hydrate"), allow(dead_code))]

/// What went wrong: the person cancelled, the browser cannot, or the server refused (with
/// the Fluent message id of the reason).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    Cancelled,
    Unsupported,
    Server(String),
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding, as WebAuthn JSON uses.
pub fn b64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Reads base64url or base64, padded or not.
pub fn b64url_decode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => continue,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

#[cfg(feature = "hydrate")]
mod imp {
    use super::Failure;
    use super::{b64url_decode, b64url_encode};
    use js_sys::{Array, JSON, Object, Reflect, Uint8Array};
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    pub fn get(v: &JsValue, key: &str) -> JsValue {
        Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    pub fn get_str(v: &JsValue, key: &str) -> Option<String> {
        get(v, key).as_string()
    }

    fn set(o: &JsValue, key: &str, value: &JsValue) {
        let _ = Reflect::set(o, &JsValue::from_str(key), value);
    }

    pub fn object(pairs: &[(&str, JsValue)]) -> JsValue {
        let o = Object::new();
        for (k, v) in pairs {
            set(&o, k, v);
        }
        o.into()
    }

    fn bytes_to_b64(v: &JsValue) -> JsValue {
        if v.is_null() || v.is_undefined() {
            return JsValue::NULL;
        }
        JsValue::from_str(&b64url_encode(&Uint8Array::new(v).to_vec()))
    }

    fn b64_to_buffer(o: &JsValue, key: &str) {
        if let Some(s) = get_str(o, key) {
            set(o, key, &Uint8Array::from(b64url_decode(&s).as_slice()).buffer());
        }
    }

    fn ids_to_buffers(list: &JsValue) {
        if let Some(arr) = list.dyn_ref::<Array>() {
            for item in arr.iter() {
                b64_to_buffer(&item, "id");
            }
        }
    }

    /// POSTs `body` as JSON to a server function; returns its JSON answer or the reason.
    pub async fn call(endpoint: &str, body: &JsValue) -> Result<JsValue, Failure> {
        let window = web_sys::window().ok_or(Failure::Unsupported)?;
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        let headers = web_sys::Headers::new().map_err(|_| Failure::Unsupported)?;
        let _ = headers.set("content-type", "application/json");
        let _ = headers.set("accept", "application/json");
        init.set_headers(&headers);
        let text = JSON::stringify(body).map_err(|_| Failure::Server("error-bad-request".into()))?;
        init.set_body(&text);
        let response = JsFuture::from(window.fetch_with_str_and_init(&format!("/sf/{endpoint}"), &init))
            .await
            .map_err(|_| Failure::Server("error-internal".into()))?;
        let response: web_sys::Response = response.dyn_into().map_err(|_| Failure::Unsupported)?;
        let json = match response.json() {
            Ok(p) => JsFuture::from(p).await.unwrap_or(JsValue::NULL),
            Err(_) => JsValue::NULL,
        };
        if response.ok() {
            return Ok(json);
        }
        // An `AppError`: a message id, or a kind whose message id is `error-<kind>`.
        let id = get_str(&json, "message_id")
            .or_else(|| get_str(&json, "kind").map(|k| format!("error-{}", k.replace('_', "-"))))
            .unwrap_or_else(|| {
                if response.status() == 429 { "error-rate-limited".into() } else { "error-internal".into() }
            });
        Err(Failure::Server(id))
    }

    fn container() -> Result<web_sys::CredentialsContainer, Failure> {
        let window = web_sys::window().ok_or(Failure::Unsupported)?;
        if !Reflect::has(&window, &JsValue::from_str("PublicKeyCredential")).unwrap_or(false) {
            return Err(Failure::Unsupported);
        }
        Ok(window.navigator().credentials())
    }

    fn from_js(e: JsValue) -> Failure {
        match get_str(&e, "name").as_deref() {
            Some("NotSupportedError") | Some("SecurityError") => Failure::Unsupported,
            _ => Failure::Cancelled,
        }
    }

    fn call_method(target: &JsValue, name: &str) -> JsValue {
        let f = get(target, name);
        f.dyn_ref::<js_sys::Function>().and_then(|f| f.call0(target).ok()).unwrap_or(JsValue::NULL)
    }

    fn extension_results(cred: &JsValue) -> JsValue {
        let results = call_method(cred, "getClientExtensionResults");
        // Round-trip through JSON: drops what is not plain data.
        JSON::stringify(&results)
            .ok()
            .and_then(|s| JSON::parse(&String::from(s)).ok())
            .unwrap_or_else(|| Object::new().into())
    }

    /// `navigator.credentials.create` with the server's options (webauthn-rs JSON);
    /// returns the credential in the JSON form webauthn-rs reads.
    pub async fn create(options: &JsValue) -> Result<JsValue, Failure> {
        let public_key = get(options, "publicKey");
        b64_to_buffer(&public_key, "challenge");
        b64_to_buffer(&get(&public_key, "user"), "id");
        ids_to_buffers(&get(&public_key, "excludeCredentials"));
        let opts: web_sys::CredentialCreationOptions = object(&[("publicKey", public_key)]).unchecked_into();
        let promise = container()?.create_with_options(&opts).map_err(from_js)?;
        let cred = JsFuture::from(promise).await.map_err(from_js)?;
        let response = get(&cred, "response");
        Ok(credential_json(
            &cred,
            object(&[
                ("attestationObject", bytes_to_b64(&get(&response, "attestationObject"))),
                ("clientDataJSON", bytes_to_b64(&get(&response, "clientDataJSON"))),
                // Which device this is (phone, security key…): later requests name it.
                ("transports", call_method(&response, "getTransports")),
            ]),
        ))
    }

    /// A credential in the JSON form webauthn-rs reads, with its `response` already converted.
    fn credential_json(cred: &JsValue, response: JsValue) -> JsValue {
        object(&[
            ("id", get(cred, "id")),
            ("rawId", bytes_to_b64(&get(cred, "rawId"))),
            ("type", get(cred, "type")),
            ("response", response),
            ("extensions", extension_results(cred)),
        ])
    }

    /// `navigator.credentials.get` with the server's options; returns the assertion as JSON.
    pub async fn assert(options: &JsValue) -> Result<JsValue, Failure> {
        let public_key = get(options, "publicKey");
        b64_to_buffer(&public_key, "challenge");
        ids_to_buffers(&get(&public_key, "allowCredentials"));
        let opts: web_sys::CredentialRequestOptions = object(&[("publicKey", public_key)]).unchecked_into();
        let promise = container()?.get_with_options(&opts).map_err(from_js)?;
        let cred = JsFuture::from(promise).await.map_err(from_js)?;
        let response = get(&cred, "response");
        Ok(credential_json(
            &cred,
            object(&[
                ("authenticatorData", bytes_to_b64(&get(&response, "authenticatorData"))),
                ("clientDataJSON", bytes_to_b64(&get(&response, "clientDataJSON"))),
                ("signature", bytes_to_b64(&get(&response, "signature"))),
                ("userHandle", bytes_to_b64(&get(&response, "userHandle"))),
            ]),
        ))
    }

    /// Goes to a page of this site: any other target (`domain::redirect::local_path` refuses
    /// it) goes to the home page instead.
    pub fn go(url: &str) {
        let target = crate::domain::redirect::local_path(url).unwrap_or_else(|| "/".into());
        if let Some(w) = web_sys::window() {
            let _ = w.location().assign(&target);
        }
    }

    pub fn reload() {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    }

    pub fn str(s: &str) -> JsValue {
        JsValue::from_str(s)
    }

    pub fn opt_str(s: Option<String>) -> JsValue {
        s.map(|s| JsValue::from_str(&s)).unwrap_or(JsValue::NULL)
    }

    pub fn bool(b: bool) -> JsValue {
        JsValue::from_bool(b)
    }
}

/// Server-side rendering never runs ceremonies: the same API, doing nothing.
#[cfg(not(feature = "hydrate"))]
mod imp {
    use super::Failure;
    /// Stands for a JavaScript value; there are none on the server.
    #[derive(Clone, Copy, Debug)]
    pub struct Json;
    pub fn get(_: &Json, _: &str) -> Json {
        Json
    }
    pub fn get_str(_: &Json, _: &str) -> Option<String> {
        None
    }
    pub fn object(_: &[(&str, Json)]) -> Json {
        Json
    }
    pub async fn call(_: &str, _: &Json) -> Result<Json, Failure> {
        Err(Failure::Unsupported)
    }
    pub async fn create(_: &Json) -> Result<Json, Failure> {
        Err(Failure::Unsupported)
    }
    pub async fn assert(_: &Json) -> Result<Json, Failure> {
        Err(Failure::Unsupported)
    }
    pub fn go(_: &str) {}
    pub fn reload() {}
    pub fn str(_: &str) -> Json {
        Json
    }
    pub fn opt_str(_: Option<String>) -> Json {
        Json
    }
    pub fn bool(_: bool) -> Json {
        Json
    }
}

pub use imp::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40u8 {
            let bytes: Vec<u8> = (0..len).map(|i| i.wrapping_mul(37).wrapping_add(200)).collect();
            let text = b64url_encode(&bytes);
            assert!(!text.contains(['=', '+', '/']));
            assert_eq!(b64url_decode(&text), bytes, "length {len}");
        }
        assert_eq!(b64url_encode(b"hello"), "aGVsbG8");
        assert_eq!(b64url_decode("aGVsbG8="), b"hello");
    }
}
