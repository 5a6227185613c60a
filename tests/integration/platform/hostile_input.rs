//! Hostile input over HTTP (review L2, L3): generated text, dates and numbers go to the
//! forms and queries that take them; nothing answers 5xx or drops the connection, and nothing
//! unclean is stored. (The parsers themselves are property-tested in `app::domain`.)

use app::domain::ids::{PersonId, StaffId};
use app::domain::roles::Role;
use app::services::identity::sessions::Account;
use portal_tests::{Backend, TestDb, spawn_app_with};
use sea_orm::EntityTrait;

const PIECES: &[&str] = &[
    "a",
    "é",
    "e\u{301}",
    "م",
    "\u{0}",
    "\u{202E}",
    "\u{200B}",
    "\u{2028}",
    "\u{FEFF}",
    "\n",
    "%0A",
    "%09",
    "//evil.example",
    "-262143-01-01",
    "2026-02-30",
    "99999999999999999999",
    "4000000000",
    "-1",
    "<b>",
    "'--",
];

fn inputs(count: usize) -> Vec<String> {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut all: Vec<String> = PIECES.iter().map(|p| p.to_string()).collect();
    for _ in 0..count {
        let n = 1 + next() % 4;
        all.push((0..n).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect());
    }
    all
}

fn query(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

async fn generated_input_never_gets_a_server_error(backend: Backend) {
    let app = spawn_app_with(TestDb::new(backend).await, |s| s.rate_writes_per_minute = 100_000).await;
    app.seed_demo(2).await;
    let person = app.first_person().await;
    let cookie = app.signed_in(Account::Person(PersonId(person.id))).await;
    let admin = app.staff_of(Role::AgencyProtocolAdmin).await;
    let admin_cookie = app.signed_in(Account::Staff(StaffId(admin.id))).await;
    // The review's cases: an override that shows "Amina" to an officer, and a NUL that failed
    // the PostgreSQL insert with a 500.
    let res = app.post_correction(&cookie, "given_name", "\u{202E}animA", "verhuisd").await;
    assert!(portal_tests::location(&res).ends_with("error=correction-error-value-characters"), "{res:?}");
    let res = app.post_correction(&cookie, "phone", "0470123456", "a\u{0}b").await;
    assert!(portal_tests::location(&res).ends_with("error=error-text-characters"), "{res:?}");
    let mut failures = Vec::new();
    for (n, input) in inputs(120).iter().enumerate() {
        let q = query(input);
        let field = ["given_name", "address", "phone", "email"][n % 4];
        let answers = [
            ("correction", app.post_correction(&cookie, field, input, input).await.status().as_u16()),
            ("disclosure filter", app.get_page(&format!("/me/disclosures?from={q}&to={q}&page={q}"), &cookie).await.0),
            ("language switch", app.get(&format!("/lang/nl?next={q}")).await.status().as_u16()),
            (
                "token expiry",
                app.post_admin_form(
                    "/agency/admin/api-clients",
                    &admin_cookie,
                    &[("name", input.clone()), ("function_profile_id", "1".into()), ("expires_days", input.clone())],
                )
                .await
                .status()
                .as_u16(),
            ),
        ];
        for (what, status) in answers {
            if status >= 500 {
                failures.push(format!("{what} with {input:?}: {status}"));
            }
        }
    }
    let server_fn = app
        .call(
            "admin/api-clients/create",
            serde_json::json!({"function_profile_id": 1, "name": "x", "expires_days": 4_000_000_000u32}),
            Some(&admin_cookie),
        )
        .await;
    assert_eq!(server_fn.status(), 422, "a huge expiry is a clear refusal, not a panic");
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // What was stored is clean: every statement and proposed value passes the rule again.
    for r in app::store::rectification_request::Entity::find().all(&app.ctx.db.conn).await.unwrap() {
        // A report that names no right value stores none (an empty text, not an unclean one).
        let proposed = Some(&r.proposed_value).filter(|v| !v.is_empty());
        for text in proposed.into_iter().chain([&r.statement]) {
            let clean = app::domain::free_text::clean(text, app::domain::free_text::Lines::Many, usize::MAX);
            assert_eq!(clean.as_deref(), Ok(text.as_str()), "stored unclean text");
        }
    }
}

/// Found by the injection scan (docs/security-scan.md): a form's address made of a path
/// parameter that decodes to a space, a `<` or a line break made the server panic (no answer
/// at all) or answer a bare 500. Now such an address is simply not found.
async fn odd_bytes_in_a_form_address_get_an_answer(backend: Backend) {
    let app = spawn_app_with(TestDb::new(backend).await, |_| {}).await;
    app.seed_demo(2).await;
    let person = app.first_person().await;
    let cookie = app.signed_in(Account::Person(PersonId(person.id))).await;
    for id in ["a%20b", "%3Cx%3E", "a%0Ab", "%0D%0A"] {
        let res = app
            .client
            .post(format!("{}/me/corrections/{id}/answer", app.address))
            .header("origin", &app.ctx.public_url)
            .header("accept", "text/html")
            .header("cookie", &cookie)
            .form(&[("answer", "x")])
            .send()
            .await
            .unwrap_or_else(|e| panic!("{id}: no answer at all: {e}"));
        assert!(res.status().is_client_error() || res.status().is_redirection(), "{id}: {}", res.status());
    }
}

on_both_databases!(generated_input_never_gets_a_server_error, odd_bytes_in_a_form_address_get_an_answer);
