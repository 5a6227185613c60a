//! What was recorded about the person stays as it was: the database refuses changes to
//! consent and disclosure events, even from SQL that bypasses the models.

use app::domain::consent::{ConsentChannel, ConsentScopes};
use app::domain::ids::PersonId;
use app::domain::locale::Locale;
use app::services::consent::{self, ConsentChange};
use portal_tests::{Backend, spawn_app};
use sea_orm::ConnectionTrait;

/// The database refuses changes to recorded events, even from SQL that bypasses the models.
async fn recorded_events_cannot_be_changed_in_the_database(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (p, _) = app.person_with_history("KBI-TEST-D", "Dina").await;
    let conn = &app.ctx.db.conn;
    for sql in [
        format!("UPDATE consent_events SET contact_after = NOT contact_after WHERE person_id = {}", p.id),
        format!("DELETE FROM consent_events WHERE person_id = {}", p.id),
        format!("UPDATE disclosure_events SET purpose = 'x' WHERE person_id = {}", p.id),
        format!("DELETE FROM disclosure_event_fields WHERE person_id = {}", p.id),
    ] {
        assert!(conn.execute_unprepared(&sql).await.is_err(), "refused: {sql}");
    }
    let protocol = app.protocol().await;
    let tx = app.write().await;
    let v = app::store::queries::protocol::version_in_force(&tx.tx, protocol.id, app::domain::time::today(app.now()))
        .await
        .unwrap()
        .unwrap();
    // Appending still works.
    consent::record(
        &tx,
        ConsentChange {
            person_id: PersonId(p.id),
            protocol_version_id: v.id,
            scopes: ConsentScopes::NONE,
            channel: ConsentChannel::SelfService,
            assisted_by: None,
            language: Locale::Nl,
            occurred_at: app.now(),
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

on_both_databases!(recorded_events_cannot_be_changed_in_the_database);
