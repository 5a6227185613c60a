//! Security review M6: an invitation page's address is a secret. No link on the page carries
//! it (the language switcher goes back to the code form), the page tells the browser to send
//! no `Referer` at all, and the short code travels in a POST body, never in an address.

use portal_tests::{Backend, spawn_app};

async fn invitation_secrets_stay_out_of_links_and_referrers(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let person = app.first_person().await;
    let invitation = app.invitation_for(person.id).await;
    let by_link = app.get(&format!("/invite/{}", invitation.secret)).await;
    let by_code = app.post_invite_code(&invitation.short_code).await;
    for (path, secret, res) in
        [("/invite/…", invitation.secret.clone(), by_link), ("POST /invite", invitation.short_code.clone(), by_code)]
    {
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(res.headers()["referrer-policy"], "no-referrer", "{path}");
        let page = res.text().await.unwrap();
        let hrefs: Vec<&str> = page.split("href=\"").skip(1).filter_map(|h| h.split('"').next()).collect();
        assert!(hrefs.iter().any(|h| h.starts_with("/lang/")), "the page has its language switcher");
        assert!(hrefs.iter().all(|h| !h.contains(&secret)), "{path}: a link carries the secret: {hrefs:?}");
        assert!(hrefs.iter().any(|h| h.contains("next=/invite") && !h.contains("next=/invite/")), "{hrefs:?}");
    }
    // The code page shows the enrolment for a good code, and its form posts.
    let page = portal_tests::plain(app.post_invite_code(&invitation.short_code).await.text().await.unwrap());
    assert!(page.contains("Welkom. Met deze uitnodiging maakt u een toegangssleutel"), "the enrolment is offered");
    let page = portal_tests::plain(app.post_invite_code("AAAA-BBBB-CCCC").await.text().await.unwrap());
    assert!(page.contains("Deze uitnodiging is niet (meer) geldig"), "a wrong code is told apart");
    let form = app.get("/invite").await.text().await.unwrap();
    assert!(form.contains(r#"<form method="post" action="/invite""#), "the code form is a POST");
    let ignored = app.get(&format!("/invite?code={}", invitation.short_code)).await.text().await.unwrap();
    assert!(ignored.contains(r#"action="/invite""#), "a code in the address is not redeemed: the form again");

    // Elsewhere the policy stays same-origin and the switcher comes back to the page.
    let res = app.get("/protocols/agii-sint-pieters-leeuw-amif-507").await;
    assert_eq!(res.headers()["referrer-policy"], "same-origin");
    assert!(res.text().await.unwrap().contains("next=/protocols/agii-sint-pieters-leeuw-amif-507"));
}

on_both_databases!(invitation_secrets_stay_out_of_links_and_referrers);
