//! The rectification officers are reminded of a deadline near (issue 12, GDPR 12(3)): five
//! Brussels days before the deadline in force, every active officer once — in the inbox, and
//! by e-mail to those with an address on file — and once more before an extended deadline.

use app::domain::fields::Field;
use app::domain::ids::PersonId;
use app::domain::roles::Role;
use app::services::rectification::file_own;
use app::services::rectification_reminders::remind_officers;
use app::store::{notification, notification_outbox, rectification_request, staff};
use chrono::Duration;
use portal_tests::{Backend, TestApp, spawn_app};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

/// The officer's reminders, each with its e-mail rows.
async fn reminders_of(app: &TestApp, staff_id: i32) -> Vec<(notification::Model, Vec<notification_outbox::Model>)> {
    let db = &app.ctx.db.conn;
    let notes = notification::Entity::find()
        .filter(notification::Column::StaffId.eq(staff_id))
        .filter(notification::Column::Kind.eq("correction-due-soon"))
        .all(db)
        .await
        .unwrap();
    let mut out = Vec::new();
    for n in notes {
        let rows = notification_outbox::Entity::find()
            .filter(notification_outbox::Column::NotificationId.eq(n.id))
            .all(db)
            .await
            .unwrap();
        out.push((n, rows));
    }
    out
}

async fn officers_are_reminded_once_of_a_deadline_three_days_away(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo_for_old_schemas(1).await;
    let db = &app.ctx.db;
    let first = app.staff_of(Role::AgencyRectificationOfficer).await;
    let agency = app.party(server::demo::AGENCY_SLUG).await;
    let tx = app.write().await;
    let role = Role::AgencyRectificationOfficer;
    let create = app::services::registry::create_staff;
    let second = create(&tx, "test", &agency, "Tweede officier", role, None).await.unwrap();
    let gone = create(&tx, "test", &agency, "Vertrokken officier", role, None).await.unwrap();
    let email = Some("officier.twee@agentschap.test".to_owned());
    staff::ActiveModel { id: Set(second.id), email: Set(email.clone()), ..Default::default() }
        .update(&tx.tx)
        .await
        .unwrap();
    let disabled = Some(app.now());
    staff::ActiveModel { id: Set(gone.id), disabled_at: Set(disabled), ..Default::default() }
        .update(&tx.tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let p = app.create_person("KBI-REM-1", "Sara").await;
    let filed = file_own(db, PersonId(p.id), Field::Phone, "0470 99 88 77", "Nieuw nummer", app.now()).await.unwrap();
    let request = rectification_request::Entity::find()
        .filter(rectification_request::Column::PublicId.eq(filed.public_id.as_str()))
        .one(&db.conn)
        .await
        .unwrap()
        .expect("the request");
    let three_days_before = request.due_at - Duration::days(3);

    assert_eq!(remind_officers(db, request.due_at - Duration::days(6)).await.unwrap(), 0, "six days left: not yet");
    assert_eq!(remind_officers(db, three_days_before).await.unwrap(), 2, "both active officers");
    for officer in [first.id, second.id] {
        let got = reminders_of(&app, officer).await;
        assert_eq!(got.len(), 1, "officer {officer}: one reminder");
        let params: serde_json::Value = serde_json::from_str(&got[0].0.params).unwrap();
        assert_eq!(params["field"], "phone");
        assert_eq!(params["due"], request.due_at.to_rfc3339());
    }
    assert!(reminders_of(&app, gone.id).await.is_empty(), "a disabled officer is not told");
    let mailed = &reminders_of(&app, second.id).await[0].1;
    assert_eq!(mailed.len(), 1, "by e-mail to the officer with an address");
    assert_eq!((mailed[0].destination.as_str(), mailed[0].language.as_str()), (email.as_deref().unwrap(), "nl"));
    assert!(reminders_of(&app, first.id).await[0].1.is_empty(), "the inbox only, without an address");

    assert_eq!(remind_officers(db, three_days_before + Duration::hours(1)).await.unwrap(), 0, "once");
    assert_eq!(remind_officers(db, request.due_at + Duration::days(1)).await.unwrap(), 0, "also once overdue");

    // Extended by a month: reminded again before the new deadline, not before.
    let extended = request.due_at + Duration::days(30);
    let update = rectification_request::ActiveModel {
        id: Set(request.id),
        extended_due_at: Set(Some(extended)),
        extension_reason: Set(Some("Wij wachten op een attest.".into())),
        ..Default::default()
    };
    update.update(&db.conn).await.unwrap();
    assert_eq!(remind_officers(db, three_days_before + Duration::hours(2)).await.unwrap(), 0);
    assert_eq!(remind_officers(db, extended - Duration::days(2)).await.unwrap(), 2, "the new deadline");
    assert_eq!(reminders_of(&app, first.id).await.len(), 2);
}

on_both_databases!(officers_are_reminded_once_of_a_deadline_three_days_away);
