//! One schema for both databases, up and down.

use migration::{Migrator, MigratorTrait};
use portal_tests::{Backend, TestDb};
use sea_orm::ConnectionTrait;

async fn table_exists(db: &app::store::Db, table: &str) -> bool {
    db.conn.execute_unprepared(&format!("SELECT 1 FROM \"{table}\" WHERE 1 = 0")).await.is_ok()
}

/// fresh → latest → first → nothing → latest again.
async fn migrations_go_up_and_down(backend: Backend) {
    let test_db = TestDb::new(backend).await;
    let db = test_db.connect().await;
    let all = Migrator::migrations().len() as u32;
    assert!(all >= 3);

    Migrator::up(&db.conn, None).await.expect("up");
    for t in ["parties", "persons", "consent_events", "disclosure_events", "audit_entries", "audit_head", "job_locks"] {
        assert!(table_exists(&db, t).await, "{t} exists after up");
    }
    let pending = Migrator::get_pending_migrations(&db.conn).await.unwrap();
    assert!(pending.is_empty());

    Migrator::down(&db.conn, Some(all - 1)).await.expect("down to first");
    assert!(table_exists(&db, "parties").await, "first migration still applied");
    assert!(!table_exists(&db, "audit_entries").await, "later tables gone");
    assert!(!table_exists(&db, "staff").await);
    assert_eq!(Migrator::get_applied_migrations(&db.conn).await.unwrap().len(), 1);

    Migrator::down(&db.conn, None).await.expect("down all");
    assert!(!table_exists(&db, "parties").await);

    Migrator::up(&db.conn, None).await.expect("up again");
    assert!(table_exists(&db, "audit_head").await);
    assert_eq!(app::services::audit::length(&db.conn).await.unwrap(), 0, "the chain head starts empty");
}

async fn count(db: &app::store::Db, table: &str) -> i64 {
    let row = db
        .conn
        .query_one_raw(sea_orm::Statement::from_string(db.backend(), format!("SELECT COUNT(*) AS n FROM \"{table}\"")))
        .await
        .unwrap()
        .unwrap();
    row.try_get("", "n").unwrap()
}

/// The code-list migration (m0007) on a database with data: down (the released CHECKs come
/// back, every row fits them) and up again (SQLite rebuilds the tables): every row is still
/// there, the append-only triggers still refuse changes, the audit chain still verifies, and a
/// language the released CHECK did not know is taken once the portal has listed it (m0017).
async fn the_code_list_migration_keeps_every_row(backend: Backend) {
    // No background jobs: they would write to the tables the migrations rebuild.
    let app = portal_tests::spawn_app_without_jobs(backend).await;
    app.seed_demo_for_old_schemas(3).await;
    let db = &app.ctx.db;
    let tables = ["persons", "protocol_texts", "consent_events", "rectification_requests", "rectification_events"];
    let mut before = Vec::new();
    for t in tables {
        before.push(count(db, t).await);
    }
    assert!(before[2] > 0, "the demo has consent events");
    // On SQLite, a person added and removed again leaves the AUTOINCREMENT counter above the
    // highest id: the rebuild must keep it there, or that id would be handed out again.
    let removed = app.create_person("KBI-M0007-0", "Sami").await;
    db.conn.execute_unprepared(&format!("DELETE FROM persons WHERE id = {}", removed.id)).await.unwrap();
    // The later migrations first, then m0007 itself.
    Migrator::down(&db.conn, Some(applied_after(6))).await.expect("down to m0006: the CHECKs come back");
    Migrator::up(&db.conn, None).await.expect("up again: the CHECKs go");
    for (t, n) in tables.iter().zip(before) {
        assert_eq!(count(db, t).await, n, "{t} keeps its rows");
    }
    let changed = db.conn.execute_unprepared("UPDATE consent_events SET language = 'nl'").await;
    assert!(changed.is_err(), "consent events are still append-only");
    let verdict = app::services::audit::verify(db, &app.ctx.keys.public()).await.unwrap();
    assert!(matches!(verdict, app::services::audit::Verdict::Ok { .. }), "{verdict:?}");
    // A language code the released CHECK refused: since m0017 the database takes what its
    // `languages` table holds, which the portal fills from the domain's list at start-up.
    let p = app.create_person("KBI-M0007-1", "Lina").await;
    let set = |code: &str| format!("UPDATE persons SET contact_language = '{code}' WHERE id = {}", p.id);
    app::store::languages::sync(&db.conn).await.expect("the start-up sync");
    let known = db.conn.execute_unprepared(&set("ps")).await;
    assert!(known.is_ok(), "{known:?}");
    assert!(db.conn.execute_unprepared(&set("xx")).await.is_err(), "a code no version knew is refused");
    assert!(p.id > removed.id, "the id of a removed person is not handed out again");
}

/// The outbox and approvals migration (m0008): down refuses while the outbox holds a delivery
/// (its destination and secret would be lost); once it is empty, down restores the m0003 outbox
/// and up brings the new one back.
async fn the_outbox_migration_never_drops_a_delivery(backend: Backend) {
    use app::domain::approval::Handover;
    use app::services::identity::credentials::recovery::{self, PersonInvitation};
    // No background jobs: they would write to the tables the migrations rebuild.
    let app = portal_tests::spawn_app_without_jobs(backend).await;
    app.seed_demo_for_old_schemas(3).await;
    let db = &app.ctx.db;
    let p = app.create_person("KBI-M0008-0", "Rami").await;
    let secret = app.invitation_for(p.id).await.secret;
    app.enrol(&secret, &mut portal_tests::TestPasskey::new(&app.ctx.public_url)).await.expect("enrolled");
    let admin = portal_tests::TestApp::caller_of(&app.protocol_admins().await.0);
    let done = recovery::invite_person(db, &admin, &p.dossier_ref, Handover::Delivered, app.now()).await.unwrap();
    assert!(matches!(done, PersonInvitation::Delivered { .. }), "{done:?}");
    assert!(count(db, "notification_outbox").await > 0);
    // Down to m0008 itself: the migrations after it first.
    Migrator::down(&db.conn, Some(applied_after(8))).await.expect("down to m0008");
    assert!(Migrator::down(&db.conn, Some(1)).await.is_err(), "a queued delivery is not dropped");
    assert!(table_exists(db, "approval_requests").await, "nothing changed");
    db.conn.execute_unprepared("DELETE FROM notification_outbox").await.unwrap();
    Migrator::down(&db.conn, Some(1)).await.expect("down one");
    assert!(!table_exists(db, "approval_requests").await);
    let old_channel = db
        .conn
        .execute_unprepared(
            "INSERT INTO notification_outbox (notification_id, channel, status, attempts, next_attempt_at) \
             SELECT id, 'sms', 'pending', 0, created_at FROM notifications LIMIT 1",
        )
        .await;
    assert!(old_channel.is_err(), "the m0003 outbox, with its e-mail-only CHECK, is back");
    Migrator::up(&db.conn, None).await.expect("up again");
    assert!(table_exists(db, "approval_requests").await);
    assert_eq!(count(db, "notification_outbox").await, 0);
}

/// The API migration (m0010) on a database with data: down restores m0003's breach tables and
/// the `filed_by` CHECK, up gives every person who consented a reference in each recipient
/// party's space again (one per party × person, all different); and down refuses while a
/// municipality's quality report exists, which the old CHECK could not hold.
async fn the_api_migration_keeps_what_it_cannot_restore(backend: Backend) {
    use app::domain::consent::ConsentScopes;
    // No background jobs: they would write to the tables the migrations rebuild.
    let app = portal_tests::spawn_app_without_jobs(backend).await;
    app.seed_demo_for_old_schemas(3).await;
    let db = &app.ctx.db;
    let refs = count(db, "party_person_refs").await;
    assert!(refs > 1, "the demo's persons have references");
    Migrator::down(&db.conn, Some(applied_after(9))).await.expect("down to m0009");
    assert!(!table_exists(db, "party_person_refs").await && !table_exists(db, "idempotency_keys").await);
    let filed_by = db.conn.execute_unprepared("UPDATE rectification_requests SET filed_by = 'municipality'").await;
    assert!(count(db, "rectification_requests").await == 0 || filed_by.is_err(), "the m0003 CHECK is back");
    Migrator::up(&db.conn, None).await.expect("up again");
    assert_eq!(count(db, "party_person_refs").await, refs, "one reference per party × person who consented");
    let sql = "SELECT COUNT(DISTINCT \"ref\") AS n FROM party_person_refs".to_owned();
    let distinct = db.conn.query_one_raw(sea_orm::Statement::from_string(db.backend(), sql)).await.unwrap().unwrap();
    assert_eq!(distinct.try_get::<i64>("", "n").unwrap(), refs, "all different");

    let (_, token) = app.municipality_client(portal_tests::API_PROFILE).await;
    let (_, person) = app.consenting("KBI-M0010-0", ConsentScopes { contact: true, ..ConsentScopes::NONE }).await;
    let report = serde_json::json!({"person": person, "field": "phone", "statement": "Nummer bestaat niet"});
    let path = format!("/api/v1/protocols/{}/quality-reports", portal_tests::SLUG);
    assert_eq!(app.api_post(&token, &path, &report, None).await.0, 201);
    Migrator::down(&db.conn, Some(applied_after(10))).await.expect("down to m0010");
    assert!(Migrator::down(&db.conn, Some(1)).await.is_err(), "a quality report is not dropped");
    assert!(table_exists(db, "party_person_refs").await, "nothing changed");
}

/// How many migrations come after the `n`-th (so a test reaches one however many follow it).
fn applied_after(n: u32) -> u32 {
    Migrator::migrations().len() as u32 - n
}

/// One pending request per person and field is the database's rule (m0006, m0012): after every
/// migration, table rebuilds included, a second pending row for the same field is refused.
async fn the_pending_index_survives_every_rebuild(backend: Backend) {
    use app::domain::fields::Field;
    use app::domain::ids::PersonId;
    // No background jobs: they would write to the tables the migrations rebuild.
    let app = portal_tests::spawn_app_without_jobs(backend).await;
    app.seed_demo_for_old_schemas(3).await;
    let db = &app.ctx.db;
    let p = app.create_person("KBI-UQ-1", "Uma").await;
    let filed =
        app::services::rectification::file_own(db, PersonId(p.id), Field::Phone, "0470 99 88 77", "Nieuw", app.now())
            .await
            .unwrap();
    let columns = "person_id, field, current_value, proposed_value, statement, filed_by, received_at, due_at, status";
    for status in ["open", "acknowledged", "waiting"] {
        let copy = format!(
            "INSERT INTO rectification_requests (public_id, {columns}) SELECT 'copy-{status}', {} FROM rectification_requests \
             WHERE public_id = '{}'",
            columns.replace("status", &format!("'{status}'")),
            filed.public_id
        );
        assert!(db.conn.execute_unprepared(&copy).await.is_err(), "a second {status} request for the same field");
    }
}

on_both_databases!(
    the_pending_index_survives_every_rebuild,
    migrations_go_up_and_down,
    the_code_list_migration_keeps_every_row,
    the_outbox_migration_never_drops_a_delivery,
    the_api_migration_keeps_what_it_cannot_restore
);
