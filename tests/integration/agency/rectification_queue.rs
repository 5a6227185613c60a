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
    app.seed_demo(3).await; // the demo's quality reports and its requests at every stage
    let db = &app.ctx.db;
    let now = app.now();
    let before = queue::overview(db, QueueFilter::default(), now).await.unwrap();
    let b = &before.counts;
    assert!(b.due_soon >= 1 && b.overdue >= 1, "the demo has work due soon and overdue: {b:?}");
    let demo_reports =
        queue::overview(db, QueueFilter { kind: Some(FiledBy::Municipality), ..QueueFilter::default() }, now)
            .await
            .unwrap()
            .items
            .len();
    let demo_persons = queue::overview(db, QueueFilter { kind: Some(FiledBy::Person), ..QueueFilter::default() }, now)
        .await
        .unwrap()
        .items
        .len();
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
    let counts = (o.counts.open, o.counts.due_soon, o.counts.overdue);
    assert_eq!(counts, (b.open + 3, b.due_soon + 1, b.overdue + 1), "{:?}", o.counts);
    assert!(o.counts.handled_this_month >= 1);
    if app::domain::time::today(now - Duration::days(10)).format("%m").to_string()
        == app::domain::time::today(now).format("%m").to_string()
    {
        assert_eq!(o.counts.median_days_to_decide, Some(10));
    }
    let ids: Vec<&str> = o.items.iter().map(|i| i.public_id.as_str()).collect();
    assert_eq!(ids[0], filed[1].public_id, "the most overdue first");
    let at = |id: &str| ids.iter().position(|i| *i == id).expect("listed");
    assert!(at(&filed[0].public_id) < at(&filed[2].public_id), "due soon before later");
    assert!(o.items.windows(2).all(|w| w[0].due_at <= w[1].due_at), "sorted by the deadline in force");
    assert_eq!(o.items[0].urgency, Some(Urgency::Overdue));
    assert!(o.items[0].days_left.unwrap() < 0);
    let due_soon = o.items.iter().find(|i| i.public_id == filed[0].public_id).unwrap();
    assert_eq!(due_soon.urgency, Some(Urgency::DueSoon));

    let reports = QueueFilter { kind: Some(FiledBy::Municipality), ..QueueFilter::default() };
    let o = queue::overview(db, reports, now).await.unwrap();
    assert_eq!(o.items.len(), demo_reports);
    assert!(o.items.iter().all(|i| i.filed_by == "municipality"));
    let spl = QueueFilter { municipality: Some(portal_tests::MUNICIPALITY_SLUG.into()), ..QueueFilter::default() };
    let o = queue::overview(db, spl, now).await.unwrap();
    assert_eq!(o.items.len(), demo_reports, "the demo's reports are Sint-Pieters-Leeuw's");
    assert!(o.items.iter().all(|i| i.reported_by.as_deref() == Some(portal_tests::MUNICIPALITY_SLUG)));
    let halle =
        QueueFilter { municipality: Some(server::demo::second_municipality::SLUG.into()), ..QueueFilter::default() };
    assert!(queue::overview(db, halle, now).await.unwrap().items.is_empty(), "Halle reported nothing");
    let phone = QueueFilter { field: Some(Field::Phone), ..QueueFilter::default() };
    let o = queue::overview(db, phone, now).await.unwrap();
    assert!(o.items.len() >= 3 && o.items.iter().all(|i| i.field == Field::Phone));
    let decided =
        QueueFilter { status: Some(app::domain::rectification::RequestStatus::Accepted), ..QueueFilter::default() };
    let o = queue::overview(db, decided, now).await.unwrap();
    let accepted: Vec<&str> = o.items.iter().map(|i| i.public_id.as_str()).collect();
    assert!(accepted.contains(&filed[3].public_id.as_str()), "{accepted:?}");
    assert!(o.items.iter().all(|i| i.status == app::domain::rectification::RequestStatus::Accepted));

    // The page: the counts, the flags, and the filter from the address.
    let cookie = app.signed_in(Account::Staff(StaffId(officer.id))).await;
    let page = app.page_text("/agency/rectifications", &cookie).await;
    assert!(page.contains("badge-alert") && page.contains("te laat"), "{page}");
    assert!(page.contains("bijna verlopen"), "{page}");
    let filtered = app.page_text("/agency/rectifications?kind=person", &cookie).await;
    let rows = filtered.matches("<td>de persoon<").count();
    assert_eq!(rows, demo_persons + 3, "the pending requests of persons: {filtered}");
    assert!(!filtered.contains("<td>een gemeente (kwaliteitsmelding)"), "{filtered}");
}

on_both_databases!(the_queue_counts_flags_and_filters);
