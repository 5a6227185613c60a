//! REST API v1 under concurrent reads: field reads that arrive together are written together
//! (group commit), and still every read that returned fields is its own disclosure event with
//! its own audit entry on one valid chain, and a refused read in the same burst writes nothing.

use app::domain::consent::ConsentScopes;
use app::services::audit::{self, Verdict};
use portal_tests::{API_PROFILE, Backend, SLUG, problem_type, spawn_app};
use std::collections::BTreeSet;
use std::sync::Arc;

const CONTACT: ConsentScopes = ConsentScopes { contact: true, trajectory: false, onward: false };
const READS_EACH: usize = 8;

async fn concurrent_reads_are_each_recorded_once(backend: Backend) {
    let app = Arc::new(spawn_app(backend).await);
    app.seed_demo(3).await;
    let (_, token) = app.municipality_client(API_PROFILE).await;
    let mut consenting = Vec::new();
    for i in 0..6 {
        consenting.push(app.consenting(&format!("KBI-BURST-{i}"), CONTACT).await);
    }
    let (withdrawn, withdrawn_ref) = app.consenting("KBI-BURST-GONE", CONTACT).await;
    app.give_consent(withdrawn, ConsentScopes::NONE).await;
    let before = app.disclosure_count().await;

    let mut reads = Vec::new();
    for round in 0..READS_EACH {
        for (person, reference) in consenting.iter().cloned().chain([(withdrawn, withdrawn_ref.clone())]) {
            let (app, token) = (app.clone(), token.clone());
            reads.push(tokio::spawn(async move {
                let path = format!("/api/v1/protocols/{SLUG}/persons/{reference}?purpose=burst%20{round}");
                (person, app.api_get(&token, &path).await)
            }));
        }
    }
    let mut events = BTreeSet::new();
    for read in reads {
        let (person, (code, body)) = read.await.unwrap();
        if person == withdrawn {
            assert_eq!((code, problem_type(&body)), (409, "disclosure-refused-withdrawn"), "{body}");
            continue;
        }
        assert_eq!(code, 200, "{body}");
        let fields: Vec<&str> =
            body["fields"].as_array().unwrap().iter().map(|f| f["field"].as_str().unwrap()).collect();
        assert_eq!(fields, ["given_name", "family_name", "address", "phone", "email"], "contact scope × profile");
        let id = body["disclosure"].as_str().and_then(|d| d.strip_prefix("d-")).unwrap().to_owned();
        assert!(events.insert(id), "each read is its own disclosure");
    }

    let answered = consenting.len() * READS_EACH;
    assert_eq!(events.len(), answered);
    assert_eq!(app.disclosure_count().await - before, answered as u64, "one event per answered read, no more");
    for (person, _) in &consenting {
        assert_eq!(app.disclosures_of(*person).await, READS_EACH as u64);
    }
    assert_eq!(app.disclosures_of(withdrawn).await, 0, "the refused reads wrote nothing");
    for id in &events {
        assert_eq!(app.audit_actions_on(&format!("disclosure:{id}")).await, ["disclosure.record"], "disclosure {id}");
    }
    let verdict = audit::verify(&app.ctx.db, &app.ctx.keys.public()).await.expect("verify runs");
    assert!(matches!(verdict, Verdict::Ok { .. }), "one valid chain: {verdict:?}");
}

on_both_databases!(concurrent_reads_are_each_recorded_once);
