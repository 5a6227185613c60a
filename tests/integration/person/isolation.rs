//! Person A never reaches person B's records: not by address, not by filter, not by a
//! smuggled form field.

use app::domain::fields::Field;
use app::domain::ids::PersonId;
use app::services::identity::sessions::Account;
use app::services::rectification;
use app::store::{disclosure_event, rectification_request};
use portal_tests::{Backend, plain, spawn_app};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

/// Person A, signed in, tries every address of person B's records (ids taken from B's own
/// pages): nothing of B's is ever shown, and the answer is the same as for an id that never existed.
async fn a_person_never_reaches_another_persons_records(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (a, _) = app.person_with_history("KBI-TEST-A", "Amal").await;
    let (b, _) = app.person_with_history("KBI-TEST-B", "Bilal").await;
    let b_request = rectification::file_own(
        &app.ctx.db,
        PersonId(b.id),
        Field::Email,
        "bilal.new@example.org",
        "Nieuw adres",
        app.now(),
    )
    .await
    .unwrap();
    let b_consent = app.consent_events_of(b.id).await.remove(0);
    let a_cookie = format!("{}; __Host-portal_lang=nl", app.signed_in(Account::Person(PersonId(a.id))).await);
    let as_a = |path: String| {
        let app = &app;
        let cookie = a_cookie.clone();
        async move { app.get_page(&path, &cookie).await }
    };
    let b_marks = [
        b.given_name.clone(),
        b.dossier_ref.clone(),
        "bilal".into(),
        b_request.public_id.clone(),
        b_consent.public_id.clone(),
    ];
    let shows_b = |body: &str| b_marks.iter().find(|m| body.contains(m.as_str())).cloned();

    let (status, _) = as_a(format!("/me/corrections/{}", b_request.public_id)).await;
    let (never, _) = as_a("/me/corrections/00000000-0000-0000-0000-000000000000".into()).await;
    assert_eq!((status, never), (404, 404), "B's request is as absent as one that never existed");
    let (status, _) = as_a(format!("/me/receipts/{}.json", b_consent.public_id)).await;
    assert_eq!(status, 404);
    for path in ["/me", "/me/data", "/me/disclosures", "/me/corrections", "/me/notifications", "/me/data/export.json"] {
        let (status, body) = as_a(path.into()).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(shows_b(&body), None, "{path} shows nothing of B's");
        assert!(body.contains(&a.given_name) || path != "/me/data/export.json", "A's export is A's");
    }
    // Filters cannot widen the view: B's party/field combinations still only show A's events.
    let a_events = disclosure_event::Entity::find()
        .filter(disclosure_event::Column::PersonId.eq(a.id))
        .count(&app.ctx.db.conn)
        .await
        .unwrap();
    let (_, body) = as_a("/me/disclosures?page=1&party=&field=".into()).await;
    assert!(plain(body).contains(&format!("{a_events} keer gevonden")));
    // The only way to file is for oneself: the form has no person to choose.
    let b_id = b.id.to_string();
    let res = app
        .client
        .post(format!("{}/sf/corrections/file", app.address))
        .header("origin", &app.ctx.public_url)
        .header("accept", "application/json")
        .header("cookie", &a_cookie)
        .form(&[("field", "email"), ("proposed_value", "x@example.org"), ("statement", "s"), ("person_id", &b_id)])
        .send()
        .await
        .unwrap();
    let body = res.text().await.unwrap();
    let id: String = serde_json::from_str(&body).unwrap_or_else(|_| panic!("{body}"));
    let filed = rectification_request::Entity::find()
        .filter(rectification_request::Column::PublicId.eq(id))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(filed.person_id, a.id, "a smuggled person id is ignored");
}

on_both_databases!(a_person_never_reaches_another_persons_records);
