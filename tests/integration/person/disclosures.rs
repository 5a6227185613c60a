//! "Who received my data": the overview (party × field) and the timeline say exactly what the
//! disclosure events say, and the page says the same.

use app::domain::fields::Field;
use app::domain::ids::PersonId;
use app::services::disclosure::log as disclosure_log;
use app::services::identity::sessions::Account;
use app::store::{disclosure_event_field, party, person};
use app::views::disclosures::TimelineFilter;
use portal_tests::{Backend, spawn_app};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::BTreeMap;

async fn overview_matches_the_disclosure_events_exactly(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (p, expected) = app.person_with_history("KBI-TEST-A", "Amal").await;

    let overview = disclosure_log::overview(&app.ctx.db, PersonId(p.id)).await.unwrap();
    let names: BTreeMap<String, i32> =
        party::Entity::find().all(&app.ctx.db.conn).await.unwrap().into_iter().map(|x| (x.slug, x.id)).collect();
    let mut got = BTreeMap::new();
    for row in &overview {
        for c in &row.cells {
            got.insert((names[&row.recipient.slug], c.field), c.count);
        }
    }
    assert_eq!(got, expected, "party × field counts are exactly what went out");
    assert!(overview.iter().any(|r| r.recipient.partner_of.is_some()), "the partner has its own row");

    // Every demo person's overview agrees with a tally of their raw event rows too.
    for other in person::Entity::find().all(&app.ctx.db.conn).await.unwrap() {
        let mut tally: BTreeMap<(String, String), u64> = BTreeMap::new();
        let slugs: BTreeMap<i32, String> = names.iter().map(|(s, id)| (*id, s.clone())).collect();
        for f in disclosure_event_field::Entity::find()
            .filter(disclosure_event_field::Column::PersonId.eq(other.id))
            .all(&app.ctx.db.conn)
            .await
            .unwrap()
        {
            *tally.entry((slugs[&f.recipient_party_id].clone(), f.field)).or_insert(0) += 1;
        }
        let mut shown = BTreeMap::new();
        for row in disclosure_log::overview(&app.ctx.db, PersonId(other.id)).await.unwrap() {
            for c in row.cells {
                shown.insert((row.recipient.slug.clone(), c.field.as_str().to_owned()), c.count);
            }
        }
        assert_eq!(shown, tally, "person {}", other.dossier_ref);
    }

    // Timeline: five entries, newest first; filters narrow it.
    let all = disclosure_log::timeline(&app.ctx.db, PersonId(p.id), &TimelineFilter { page: 1, ..Default::default() })
        .await
        .unwrap();
    assert_eq!(all.total, 5);
    assert!(all.entries.windows(2).all(|w| w[0].occurred_at >= w[1].occurred_at));
    assert!(all.entries.iter().all(|e| e.consent_id.is_some() && e.consent_scopes.contact), "consent in force shown");
    let onward = all.entries.iter().find(|e| e.channel == "onward").expect("the onward entry");
    let partner_only = TimelineFilter { party: Some(onward.recipient.slug.clone()), page: 1, ..Default::default() };
    assert_eq!(disclosure_log::timeline(&app.ctx.db, PersonId(p.id), &partner_only).await.unwrap().total, 1);
    let mo = TimelineFilter { field: Some(Field::MoStatus), page: 1, ..Default::default() };
    let with_mo = expected.iter().filter(|((_, f), _)| *f == Field::MoStatus).map(|(_, n)| n).sum::<u64>();
    assert_eq!(disclosure_log::timeline(&app.ctx.db, PersonId(p.id), &mo).await.unwrap().total, with_mo);
    let yesterday = app::domain::time::today(app.now()).pred_opt().unwrap();
    let past = TimelineFilter { to: Some(yesterday), page: 1, ..Default::default() };
    assert_eq!(disclosure_log::timeline(&app.ctx.db, PersonId(p.id), &past).await.unwrap().total, 0);
    let today = TimelineFilter { from: Some(app::domain::time::today(app.now())), page: 1, ..Default::default() };
    assert_eq!(disclosure_log::timeline(&app.ctx.db, PersonId(p.id), &today).await.unwrap().total, 5);

    // The page says the same, and a bad date in the filter is named, not guessed.
    // The person chose Dutch (their contact language is Arabic).
    let cookie = format!("{}; __Host-portal_lang=nl", app.signed_in(Account::Person(PersonId(p.id))).await);
    let page = app.page_text("/me/disclosures", &cookie).await;
    assert!(page.contains("5 keer gevonden"), "{page}");
    assert!(page.contains("partner van"), "onward recipients are named as partners");
    let page = app.page_text("/me/disclosures?from=31-12-2025", &cookie).await;
    assert!(page.contains("Schrijf een datum als jjjj-mm-dd"), "{page}");
}

on_both_databases!(overview_matches_the_disclosure_events_exactly);
