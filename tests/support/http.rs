//! Requests as the portal's users make them, typed: pages, server functions (JSON as the
//! islands call them, or plain HTML forms), the forms people submit, and API calls.

use crate::world::SLUG;
use crate::{TestApp, plain};

/// The `Location` header of a redirect.
pub fn location(res: &reqwest::Response) -> String {
    res.headers()["location"].to_str().expect("a location").to_owned()
}

/// Whether a plain form did what it was for: it sends the browser on (303), not to sign-in and
/// not back with an error to explain. Anything else — an error status, the page again — is a
/// refusal.
pub fn form_done(res: &reqwest::Response) -> bool {
    let to = res.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default();
    res.status().is_redirection() && !to.contains("error=") && !to.starts_with("/signin")
}

/// The status and JSON body of a server function's answer (`null` when the body is not JSON).
pub async fn json_of(res: reqwest::Response) -> (u16, serde_json::Value) {
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(serde_json::Value::Null))
}

/// The session token a response sets, if any.
pub fn session_token(res: &reqwest::Response) -> Option<String> {
    let prefix = format!("{}=", app::services::identity::sessions::COOKIE);
    res.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| c.strip_prefix(prefix.as_str()).map(|rest| rest.split(';').next().unwrap_or_default().to_owned()))
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.address)).send().await.expect("request")
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut req = self.client.get(format!("{}{path}", self.address));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        req.send().await.expect("request")
    }

    /// A page as a signed-in browser that asks for Dutch gets it: status and body.
    pub async fn get_page(&self, path: &str, cookie: &str) -> (u16, String) {
        let res = self.get_with(path, &[("cookie", cookie), ("accept-language", "nl")]).await;
        (res.status().as_u16(), res.text().await.expect("body"))
    }

    /// Times GET `path` as `cookie` (in Dutch) `runs` times after five warm-ups, over
    /// loopback, request to last byte: the median and 95th percentile in ms. For the benches.
    pub async fn time_get(&self, cookie: &str, path: &str, runs: usize) -> (f64, f64) {
        let get = || async {
            let t = std::time::Instant::now();
            let res = self.get_with(path, &[("cookie", cookie), ("accept-language", "nl")]).await;
            assert_eq!(res.status(), 200, "{path}");
            let _ = res.bytes().await.expect("body");
            t.elapsed()
        };
        for _ in 0..5 {
            get().await;
        }
        let mut samples = Vec::with_capacity(runs);
        for _ in 0..runs {
            samples.push(get().await);
        }
        samples.sort();
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
        (ms(samples[samples.len() / 2]), ms(samples[samples.len() * 95 / 100]))
    }

    /// The text of a page as a signed-in browser that asks for Dutch reads it (without
    /// Fluent's isolation marks).
    pub async fn page_text(&self, path: &str, cookie: &str) -> String {
        plain(self.get_page(path, cookie).await.1)
    }

    /// A GET with an API client's bearer token.
    pub async fn get_as_client(&self, path: &str, token: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.address)).bearer_auth(token).send().await.expect("request")
    }

    /// POSTs JSON to a server function as the browser would (same origin), with a cookie.
    pub async fn call(&self, endpoint: &str, body: serde_json::Value, cookie: Option<&str>) -> reqwest::Response {
        let mut req = self
            .client
            .post(format!("{}/sf/{endpoint}", self.address))
            .header("origin", &self.ctx.public_url)
            .header("accept", "application/json")
            .json(&body);
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        req.send().await.expect("request")
    }

    /// POSTs a plain HTML form to a server function (no JavaScript), with a cookie.
    pub async fn post_form(&self, endpoint: &str, form: &[(&str, &str)], cookie: Option<&str>) -> reqwest::Response {
        let mut req = self
            .client
            .post(format!("{}/sf/{endpoint}", self.address))
            .header("origin", &self.ctx.public_url)
            .header("accept", "text/html,application/xhtml+xml")
            .form(form);
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        req.send().await.expect("request")
    }

    /// The person's consent form for the demo protocol (plain HTML): the notice was read in
    /// `language`, the boxes `ticked` (of `contact`, `trajectory`, `onward`) are on; none
    /// ticked is the one-action withdrawal.
    pub async fn post_consent(&self, cookie: &str, language: &str, ticked: &[&str]) -> reqwest::Response {
        let mut form = vec![("protocol", SLUG), ("language", language)];
        form.extend(ticked.iter().map(|scope| (*scope, "on")));
        self.post_form("consent/change", &form, Some(cookie)).await
    }

    /// The person's correction request form (plain HTML).
    pub async fn post_correction(&self, cookie: &str, field: &str, value: &str, statement: &str) -> reqwest::Response {
        self.post_form(
            "corrections/file",
            &[("field", field), ("proposed_value", value), ("statement", statement)],
            Some(cookie),
        )
        .await
    }

    /// The short-code form of `/invite` (a POST: the code never stands in an address).
    pub async fn post_invite_code(&self, code: &str) -> reqwest::Response {
        self.client
            .post(format!("{}/invite", self.address))
            .header("origin", &self.ctx.public_url)
            .header("accept", "text/html")
            .form(&[("code", code)])
            .send()
            .await
            .expect("request")
    }

    /// A plain form of a signed-in page (the agency admin's, the municipality's), as the browser posts it.
    pub async fn post_admin_form<V: AsRef<str>>(
        &self,
        path: &str,
        cookie: &str,
        form: &[(&str, V)],
    ) -> reqwest::Response {
        self.client
            .post(format!("{}{path}", self.address))
            .header("origin", &self.ctx.public_url)
            .header("cookie", cookie)
            .form(&form.iter().map(|(k, v)| (*k, v.as_ref())).collect::<Vec<(&str, &str)>>())
            .send()
            .await
            .expect("request")
    }
}
