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

on_both_databases!(migrations_go_up_and_down);
