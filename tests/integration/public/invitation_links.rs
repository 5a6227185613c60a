//! Security review M6 (part): an invitation page's address is a secret. No link on the page
//! carries it (the language switcher goes back to the code form), and the page tells the
//! browser to send no `Referer` at all.

use portal_tests::{Backend, spawn_app};

async fn invitation_secrets_stay_out_of_links_and_referrers(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let person = app.first_person().await;
    let invitation = app.invitation_for(person.id).await;
    for (path, secret) in [
        (format!("/invite/{}", invitation.secret), invitation.secret.clone()),
        (format!("/invite?code={}", invitation.short_code), invitation.short_code.clone()),
    ] {
        let res = app.get(&path).await;
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(res.headers()["referrer-policy"], "no-referrer", "{path}");
        let page = res.text().await.unwrap();
        let hrefs: Vec<&str> = page.split("href=\"").skip(1).filter_map(|h| h.split('"').next()).collect();
        assert!(hrefs.iter().any(|h| h.starts_with("/lang/")), "the page has its language switcher");
        assert!(hrefs.iter().all(|h| !h.contains(&secret)), "{path}: a link carries the secret: {hrefs:?}");
        assert!(hrefs.iter().any(|h| h.contains("next=/invite") && !h.contains("next=/invite/")), "{hrefs:?}");
    }
    // Elsewhere the policy stays same-origin and the switcher comes back to the page.
    let res = app.get("/protocols/agii-sint-pieters-leeuw-amif-507").await;
    assert_eq!(res.headers()["referrer-policy"], "same-origin");
    assert!(res.text().await.unwrap().contains("next=/protocols/agii-sint-pieters-leeuw-amif-507"));
}

on_both_databases!(invitation_secrets_stay_out_of_links_and_referrers);
