//! The API's contract (issue 10): `GET /api/v1/openapi.json` is public OpenAPI 3.1, derived
//! from the handlers, and documents every `/api/v1` route the server registers, each with its
//! problem answers and the bearer scheme.

use portal_tests::{Backend, spawn_app};

async fn the_contract_documents_every_api_route(backend: Backend) {
    let app = spawn_app(backend).await;
    let res = app.get("/api/v1/openapi.json").await;
    assert_eq!(res.status(), 200, "public: no token needed");
    assert_eq!(res.headers()["content-type"], "application/json");
    let doc: serde_json::Value = res.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"), "{}", doc["openapi"]);
    assert!(doc["info"]["version"].as_str().unwrap().starts_with("1."), "{}", doc["info"]);
    assert_eq!(doc["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");

    let registered = server::startup::registered_paths().other;
    let api: Vec<&String> = registered
        .iter()
        .filter(|p| p.starts_with("/api/v1/") && !["/api/v1/openapi.json", "/api/v1/docs"].contains(&p.as_str()))
        .collect();
    assert!(!api.is_empty());
    for path in api {
        let item = &doc["paths"][path.as_str()];
        assert!(item.is_object(), "{path} is registered but not in the contract");
        for (method, op) in item.as_object().unwrap() {
            assert!(op["operationId"].is_string(), "{method} {path}: an operation id");
            assert!(!op["security"][0]["bearer"].is_null(), "{method} {path}: names the bearer scheme");
            let problem = &op["responses"]["401"]["content"]["application/problem+json"]["schema"]["$ref"];
            assert_eq!(problem, "#/components/schemas/ProblemDetails", "{method} {path}: its 401 is a problem");
        }
    }
    // The documented problem is the one the API writes.
    let live: serde_json::Value = app.get("/api/v1/me").await.json().await.unwrap();
    let schema = &doc["components"]["schemas"]["ProblemDetails"];
    for key in live.as_object().unwrap().keys() {
        assert!(!schema["properties"][key.as_str()].is_null(), "the schema has `{key}`");
    }
    for required in schema["required"].as_array().unwrap() {
        assert!(!live[required.as_str().unwrap()].is_null(), "the answer has `{required}`");
    }
}

/// `/api/v1/docs`: the same document for people, in the reader's language, every operation on it.
async fn the_docs_page_shows_the_same_document(backend: Backend) {
    let app = spawn_app(backend).await;
    let doc: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    for (lang, title) in [("nl", "API voor gemeentelijke systemen"), ("ar", "واجهة برمجة التطبيقات لأنظمة البلديات")]
    {
        let res = app.get_with("/api/v1/docs", &[("accept-language", lang)]).await;
        assert_eq!(res.status(), 200);
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
        let page = res.text().await.unwrap();
        assert!(
            page.contains(&format!("<html lang=\"{lang}\"")) && page.contains(title),
            "{lang}: {}",
            &page[..page.len().min(600)]
        );
        assert!(page.contains(doc["info"]["version"].as_str().unwrap()), "the version");
        for (path, item) in doc["paths"].as_object().unwrap() {
            for method in item.as_object().unwrap().keys() {
                assert!(page.contains(&format!("{} {path}", method.to_uppercase())), "{method} {path} is shown");
            }
        }
        assert!(!page.contains("<script"), "no script, no CDN");
    }
}

on_both_databases!(the_contract_documents_every_api_route, the_docs_page_shows_the_same_document);
