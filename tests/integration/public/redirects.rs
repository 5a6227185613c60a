//! Security review M1: a `next=` target never leaves the site, whatever its encoding, and never
//! makes the server fail. The language switch redirects on the server; sign-in hands `next` to
//! the passkey island, which goes there after signing in.

use portal_tests::{Backend, spawn_app};

/// Ways off the site, as they appear in a query string (already URL-encoded where needed).
const OFF_SITE: &[&str] = &[
    "/%09/evil.example",
    "/%0A/evil.example",
    "/%0D/evil.example",
    "%09//evil.example",
    "//evil.example",
    "/%2F/evil.example",
    "%2F%2Fevil.example",
    "/%5Cevil.example",
    "https://evil.example",
    "https:%2F%2Fevil.example",
    "javascript:alert(1)",
    "/%E3%80%80/evil.example",
    "/%00/evil.example",
    "/%25/evil.example%",
    "%20//evil.example",
];

async fn next_never_leaves_the_site(backend: Backend) {
    let app = spawn_app(backend).await;
    for next in OFF_SITE {
        let res = app.get(&format!("/lang/nl?next={next}")).await;
        let status = res.status().as_u16();
        let location = res.headers().get("location").and_then(|l| l.to_str().ok()).unwrap_or_default().to_owned();
        assert_eq!((status, location.as_str()), (303, "/"), "/lang/nl?next={next}");

        let res = app.get(&format!("/signin?next={next}")).await;
        assert_eq!(res.status(), 200, "/signin?next={next}");
        let page = res.text().await.unwrap();
        // The island's props (JSON in `data-props`): no target at all.
        assert!(page.contains("&quot;next&quot;:null"), "/signin?next={next} hands a target to the island");
    }
    // A page of this site is where the switch goes back to, query included.
    let res = app.get("/lang/fr?next=/protocols/x%3Fversion%3D1").await;
    assert_eq!(res.headers()["location"], "/protocols/x?version=1");
    let page = app.get("/signin?next=/me/data").await.text().await.unwrap();
    assert!(page.contains("&quot;next&quot;:&quot;/me/data&quot;"), "a local target reaches the island");
}

on_both_databases!(next_never_leaves_the_site);
