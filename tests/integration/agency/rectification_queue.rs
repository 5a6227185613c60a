//! The rectification officer's queue: counts on Brussels days, the most urgent deadline first,
//! the flags, and the filter — through the service and on the page.

use app::domain::deadline::Urgency;
use app::domain::fields::Field;
use app::domain::ids::{PersonId, StaffId};
use app::domain::rectification::FiledBy;
use app::domain::roles::Role;
use app::services::identity::sessions::Account;
use app::services::rectification::{Decision, decide, file_own, queue};
use app::views::rectification::QueueFilter;
use chrono::Duration;
use portal_tests::{Backend, spawn_app};

async fn the_queue_counts_flags_and_filters(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await; // the demo's quality reports, filed now
    let db = &app.ctx.db;
    let now = app.now();
    let before = queue::overview(db, QueueFilter::default(), now).await.unwrap();
    assert_eq!((before.counts.due_soon, before.counts.overdue), (0, 0), "{:?}", before.counts);
    let demo_reports = before.counts.open;
    let officer = app.staff_of(Role::AgencyRectificationOfficer).await;
    let mut filed = Vec::new();
    for (n, days_ago) in [25, 40, 5, 10].into_iter().enumerate() {
        let p = app.create_person(&format!("KBI-Q-{n}"), "Quinten").await;
        let at = now - Duration::days(days_ago);
        filed.push(file_own(db, PersonId(p.id), Field::Phone, "0470 10 20 30", "Nieuw nummer", at).await.unwrap());
    }
    // The one received ten days ago is decided now: handled this month, in ten days.
    decide(db, StaffId(officer.id), &filed[3].public_id, Decision::Accept { value: None }, now).await.unwrap();

    let o = queue::overview(db, QueueFilter::default(), now).await.unwrap();
    assert_eq!((o.counts.open, o.counts.due_soon, o.counts.overdue), (demo_reports + 3, 1, 1), "{:?}", o.counts);
    assert!(o.counts.handled_this_month >= 1);
    if app::domain::time::today(now - Duration::days(10)).format("%m").to_string()
        == app::domain::time::today(now).format("%m").to_string()
    {
        assert_eq!(o.counts.median_days_to_decide, Some(10));
    }
    let ids: Vec<&str> = o.items.iter().map(|i| i.public_id.as_str()).collect();
    assert_eq!(&ids[..2], [filed[1].public_id.as_str(), filed[0].public_id.as_str()], "the most urgent first");
    assert_eq!(o.items[0].urgency, Some(Urgency::Overdue));
    assert!(o.items[0].days_left.unwrap() < 0);
    assert_eq!(o.items[1].urgency, Some(Urgency::DueSoon));

    let reports = QueueFilter { kind: Some(FiledBy::Municipality), ..QueueFilter::default() };
    let o = queue::overview(db, reports, now).await.unwrap();
    assert_eq!(o.items.len(), demo_reports);
    assert!(o.items.iter().all(|i| i.filed_by == "municipality"));
    let phone = QueueFilter { field: Some(Field::Phone), ..QueueFilter::default() };
    let o = queue::overview(db, phone, now).await.unwrap();
    assert!(o.items.len() >= 3 && o.items.iter().all(|i| i.field == Field::Phone));
    let decided =
        QueueFilter { status: Some(app::domain::rectification::RequestStatus::Accepted), ..QueueFilter::default() };
    let o = queue::overview(db, decided, now).await.unwrap();
    assert_eq!(o.items.iter().map(|i| i.public_id.as_str()).collect::<Vec<_>>(), [filed[3].public_id.as_str()]);

    // The page: the counts, the flags, and the filter from the address.
    let cookie = app.signed_in(Account::Staff(StaffId(officer.id))).await;
    let page = app.page_text("/agency/rectifications", &cookie).await;
    assert!(page.contains("badge-alert") && page.contains("te laat"), "{page}");
    assert!(page.contains("bijna verlopen"), "{page}");
    let filtered = app.page_text("/agency/rectifications?kind=person", &cookie).await;
    let rows = filtered.matches("<td>de persoon</td>").count();
    assert_eq!(rows, 3, "the three pending requests of persons: {filtered}");
    assert!(!filtered.contains("<td>een gemeente (kwaliteitsmelding)</td>"), "{filtered}");
}

on_both_databases!(the_queue_counts_flags_and_filters);
