//! The audit chain: the demo's verifies; a changed, deleted, truncated or rehashed entry is
//! named; concurrent writers leave one chain; append-only records refuse updates.

use app::services::WriteTx;
use app::services::audit::{self, AuditRecord, Problem, Verdict};
use portal_tests::{Backend, TestApp, spawn_app};
use sea_orm::{ConnectionTrait, EntityTrait};

async fn exec(app: &TestApp, sql: &str) {
    app.ctx.db.conn.execute_unprepared(sql).await.expect(sql);
}

async fn verdict(app: &TestApp) -> Verdict {
    audit::verify(&app.ctx.db, &app.ctx.keys.public()).await.expect("verify runs")
}

async fn seeded(backend: Backend) -> (TestApp, i64) {
    let app = spawn_app(backend).await;
    app.seed_demo(8).await;
    let length = audit::length(&app.ctx.db.conn).await.unwrap();
    assert!(length > 50, "the seed wrote its audit entries ({length})");
    (app, length)
}

async fn demo_chain_verifies(backend: Backend) {
    let (app, length) = seeded(backend).await;
    match verdict(&app).await {
        Verdict::Ok { length: l, checkpoints } => {
            assert_eq!(l, length);
            assert_eq!(checkpoints, 1, "the demo signs a checkpoint");
        }
        other => panic!("expected a valid chain, got {other:?}"),
    }
}

async fn changed_entry_is_named(backend: Backend) {
    let (app, _) = seeded(backend).await;
    exec(&app, "UPDATE audit_entries SET object_ref = 'person:someone-else' WHERE seq = 17").await;
    assert_eq!(verdict(&app).await, Verdict::Broken { seq: 17, problem: Problem::Changed });
}

async fn deleted_entry_is_named(backend: Backend) {
    let (app, _) = seeded(backend).await;
    exec(&app, "DELETE FROM audit_entries WHERE seq = 23").await;
    assert_eq!(verdict(&app).await, Verdict::Broken { seq: 23, problem: Problem::Missing });
}

async fn truncated_tail_is_detected(backend: Backend) {
    let (app, length) = seeded(backend).await;
    // Cut the last five entries and move the head back, as someone hiding their tracks would:
    // the signed checkpoint still records the full length.
    let keep = length - 5;
    exec(&app, &format!("DELETE FROM audit_entries WHERE seq > {keep}")).await;
    exec(
        &app,
        &format!(
            "UPDATE audit_head SET seq = {keep}, head_hash = (SELECT entry_hash FROM audit_entries WHERE seq = {keep})"
        ),
    )
    .await;
    assert_eq!(
        verdict(&app).await,
        Verdict::Broken { seq: keep + 1, problem: Problem::Truncated { expected_len: length } }
    );
}

/// Two independent connection pools (as two `portal` processes would have) append 1,000
/// entries each at the same time; the result is one chain of 2,000 that verifies.
async fn concurrent_writers_leave_one_chain(backend: Backend) {
    let app = spawn_app(backend).await;
    let before = audit::length(&app.ctx.db.conn).await.unwrap();
    let writer = |name: &'static str| {
        let url = app.db.url.clone();
        async move {
            let db = app::store::connect(&url).await.expect("second pool");
            for i in 0..1000 {
                let tx = WriteTx::begin(&db, chrono::Utc::now()).await.expect("begin");
                audit::append(
                    &tx,
                    AuditRecord {
                        actor: format!("test:{name}"),
                        action: "test.append",
                        object_ref: format!("{name}:{i}"),
                        payload_hash: audit::sha256_hex(format!("{name}{i}").as_bytes()),
                    },
                )
                .await
                .expect("append");
                tx.commit().await.expect("commit");
            }
        }
    };
    let (a, b) = (tokio::spawn(writer("a")), tokio::spawn(writer("b")));
    a.await.unwrap();
    b.await.unwrap();
    match verdict(&app).await {
        Verdict::Ok { length, .. } => assert_eq!(length, before + 2000),
        other => panic!("expected one valid chain of 2000, got {other:?}"),
    }
}

/// Someone who knows the hash recipe rewrites entry 30 and recomputes its hash: the entry
/// looks whole, but the next one no longer follows it.
async fn rehashed_entry_breaks_the_link(backend: Backend) {
    let (app, _) = seeded(backend).await;
    let e = app::store::audit_entry::Entity::find_by_id(30i64).one(&app.ctx.db.conn).await.unwrap().unwrap();
    let forged = "person:forged";
    let hash = audit::entry_hash(e.seq, &e.occurred_at, &e.actor, &e.action, forged, &e.payload_hash, &e.prev_hash);
    exec(&app, &format!("UPDATE audit_entries SET object_ref = '{forged}', entry_hash = '{hash}' WHERE seq = 30"))
        .await;
    assert_eq!(verdict(&app).await, Verdict::Broken { seq: 31, problem: Problem::Reordered });
}

/// The model layer refuses to update or delete append-only records.
async fn append_only_records_refuse_updates(backend: Backend) {
    use sea_orm::{ActiveModelTrait, IntoActiveModel, ModelTrait, Set};
    let (app, _) = seeded(backend).await;
    let conn = &app.ctx.db.conn;
    let entry = app::store::audit_entry::Entity::find_by_id(1i64).one(conn).await.unwrap().unwrap();
    let mut active = entry.clone().into_active_model();
    active.actor = Set("someone".into());
    assert!(active.update(conn).await.is_err(), "audit entries cannot be updated");
    assert!(entry.delete(conn).await.is_err(), "audit entries cannot be deleted");
    let consent = app::store::consent_event::Entity::find().one(conn).await.unwrap().expect("the demo has consents");
    let mut active = consent.clone().into_active_model();
    active.contact_after = Set(!consent.contact_after);
    assert!(active.update(conn).await.is_err(), "consent events cannot be updated");
    assert!(consent.delete(conn).await.is_err(), "consent events cannot be deleted");
    assert!(matches!(verdict(&app).await, Verdict::Ok { .. }));
}

/// Review L6: the DPO's page walked the whole chain on every view. It now shows what the
/// background check last found, and when; a view walks nothing.
async fn the_dpo_page_shows_the_last_background_check(backend: Backend) {
    use app::domain::ids::StaffId;
    use app::domain::roles::Role;
    use app::services::identity::sessions::Account;
    let (app, _) = seeded(backend).await;
    let dpo = app.staff_of(Role::AgencyDpo).await;
    let cookie = app.signed_in(Account::Staff(StaffId(dpo.id))).await;
    // The check that runs at start-up: wait for it (it runs again only minutes later).
    for _ in 0..100 {
        if app.ctx.audit_watch.last().is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    app.ctx.audit_watch.refresh(&app.ctx.db, &app.ctx.keys, app.now()).await.unwrap();
    let checked = app.ctx.audit_watch.last().expect("checked");
    assert!(app.page_text("/agency/dpo", &cookie).await.contains("De auditketen is intact"));

    exec(&app, "UPDATE audit_entries SET actor = 'staff:intruder' WHERE seq = 5").await;
    let page = app.page_text("/agency/dpo", &cookie).await;
    assert!(page.contains("De auditketen is intact") && page.contains("Laatst nagekeken"), "{page}");
    assert_eq!(app.ctx.audit_watch.last(), Some(checked), "a page view walked nothing");

    app.ctx.audit_watch.refresh(&app.ctx.db, &app.ctx.keys, app.now()).await.unwrap();
    let page = app.page_text("/agency/dpo", &cookie).await;
    assert!(page.contains("De auditketen is beschadigd vanaf regel 5"), "{page}");
}

on_both_databases!(
    the_dpo_page_shows_the_last_background_check,
    demo_chain_verifies,
    changed_entry_is_named,
    deleted_entry_is_named,
    truncated_tail_is_detected,
    concurrent_writers_leave_one_chain,
    rehashed_entry_breaks_the_link,
    append_only_records_refuse_updates,
);
