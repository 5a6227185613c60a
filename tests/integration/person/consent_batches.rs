//! A person's own consent saves are written in batches (group commit, `consent::queue`): saves
//! that arrive together share a transaction, and still each is its own record — its event, its
//! audit entry, its notice — while a save that is refused (nothing changes, an unknown
//! protocol) writes nothing and keeps nobody else's from being saved.

use app::domain::consent::ConsentScopes;
use app::domain::ids::PersonId;
use app::domain::locale::Locale;
use app::services::ServiceError;
use app::services::audit::{self, Verdict};
use app::services::consent::OwnChange;
use portal_tests::{Backend, SLUG, spawn_app};

const ALL: ConsentScopes = ConsentScopes { contact: true, trajectory: true, onward: true };

async fn saves_that_arrive_together_are_each_recorded_and_a_refused_one_writes_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(2).await;
    let mut persons = Vec::new();
    for i in 0..24 {
        persons.push(app.create_person(&format!("KBI-BATCH-{i}"), "Lina").await.id);
    }
    // Already consenting: giving the same again changes nothing, and is refused.
    app.give_consent(persons[0], ALL).await;
    let before = app.consent_event_count().await;
    let save = |person: i32, slug: &str, scopes: ConsentScopes| {
        let (consents, now) = (app.ctx.consents.clone(), app.now());
        let change =
            OwnChange { person_id: PersonId(person), protocol_slug: slug.into(), scopes, language: Locale::Nl, now };
        async move { consents.change_own(change).await }
    };
    let mut saves = Vec::new();
    for (i, &person) in persons.iter().enumerate() {
        let slug = if i == 5 { "no-such-protocol" } else { SLUG };
        saves.push(tokio::spawn(save(person, slug, ALL)));
    }
    let mut outcomes = Vec::new();
    for s in saves {
        outcomes.push(s.await.unwrap());
    }
    assert!(matches!(outcomes[0], Err(ServiceError::Invalid { .. })), "no change: {:?}", outcomes[0]);
    assert!(matches!(outcomes[5], Err(ServiceError::NotFound)), "unknown protocol: {:?}", outcomes[5]);
    let saved: Vec<_> = outcomes.iter().filter_map(|o| o.as_ref().ok()).collect();
    assert_eq!(saved.len(), 22);
    assert_eq!(app.consent_event_count().await, before + 22, "one event per save answered, none for the refused");
    for event in saved {
        let actions = app.audit_actions_on(&format!("consent:{}", event.public_id)).await;
        assert_eq!(actions, ["consent.give"], "each save its own audit entry");
    }
    // The same person twice in one go: the second is checked against the first.
    let contact_only = ConsentScopes { contact: true, trajectory: false, onward: false };
    let both = tokio::join!(save(persons[1], SLUG, contact_only), save(persons[1], SLUG, contact_only));
    assert!(both.0.is_ok() != both.1.is_ok(), "one change, then nothing to change: {both:?}");
    let verdict = audit::verify(&app.ctx.db, &app.ctx.keys.public()).await.expect("verify runs");
    assert!(matches!(verdict, Verdict::Ok { .. }), "one valid chain: {verdict:?}");
}

on_both_databases!(saves_that_arrive_together_are_each_recorded_and_a_refused_one_writes_nothing);
