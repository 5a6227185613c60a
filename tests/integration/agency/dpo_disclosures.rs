//! The DPO's register of disclosures (GDPR 30): every disclosure event of every recipient,
//! narrowed by recipient, field, period and dossier reference; only the agency's DPO reads it.

use app::domain::fields::Field;
use app::domain::ids::StaffId;
use app::domain::roles::Role;
use app::services::disclosure::register;
use app::services::identity::sessions::Account;
use app::store::{disclosure_event, disclosure_event_field, party};
use app::views::disclosure_register::RegisterFilter;
use portal_tests::{Backend, MUNICIPALITY_SLUG, spawn_app};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

async fn the_dpo_reads_every_disclosure_narrowed_as_asked(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let db = &app.ctx.db;
    let all = disclosure_event::Entity::find().count(&db.conn).await.unwrap() as usize;
    assert!(all > 0, "the demo made disclosures");

    let first = register::page(db, register::Scope::All, RegisterFilter::default()).await.unwrap();
    assert_eq!(first.rows.len(), all.min(register::PAGE as usize));
    assert_eq!(first.more, all > register::PAGE as usize);
    assert!(first.rows.windows(2).all(|w| w[0].at >= w[1].at), "newest first");

    // By recipient: exactly that party's events.
    let spl = app.party(MUNICIPALITY_SLUG).await;
    let of_spl = disclosure_event::Entity::find()
        .filter(disclosure_event::Column::RecipientPartyId.eq(spl.id))
        .count(&db.conn)
        .await
        .unwrap() as usize;
    let mut seen = 0;
    let mut filter = RegisterFilter { recipient: Some(MUNICIPALITY_SLUG.into()), ..RegisterFilter::default() };
    loop {
        let p = register::page(db, register::Scope::All, filter.clone()).await.unwrap();
        assert!(p.rows.iter().all(|r| r.recipient == spl.name));
        seen += p.rows.len();
        if !p.more {
            break;
        }
        filter.page += 1;
    }
    assert_eq!(seen, of_spl, "every page walked, every event of the party seen once");

    // By field: every row carries it; the count matches the index.
    let phone = RegisterFilter { field: Some(Field::Phone), page: 0, ..RegisterFilter::default() };
    let p = register::page(db, register::Scope::All, phone).await.unwrap();
    assert!(!p.rows.is_empty() && p.rows.iter().all(|r| r.fields.contains(&Field::Phone)));
    let with_phone = disclosure_event_field::Entity::find()
        .filter(disclosure_event_field::Column::Field.eq("phone"))
        .count(&db.conn)
        .await
        .unwrap() as usize;
    assert_eq!(p.rows.len(), with_phone.min(register::PAGE as usize));

    // By dossier reference: that person only; an unknown one or party finds nothing.
    let dossier = first.rows[0].dossier_ref.clone();
    let mine = RegisterFilter { dossier: Some(dossier.clone()), ..RegisterFilter::default() };
    assert!(
        register::page(db, register::Scope::All, mine).await.unwrap().rows.iter().all(|r| r.dossier_ref == dossier)
    );
    let nobody = RegisterFilter { dossier: Some("KBI-NOBODY".into()), ..RegisterFilter::default() };
    assert!(register::page(db, register::Scope::All, nobody).await.unwrap().rows.is_empty());
    let no_party = RegisterFilter { recipient: Some("nowhere".into()), ..RegisterFilter::default() };
    assert!(register::page(db, register::Scope::All, no_party).await.unwrap().rows.is_empty());

    // By period (Brussels days, both included): a period before the demo is empty, today's is not.
    let today = app::domain::time::today(app.now());
    let long_ago = RegisterFilter {
        from: Some(today - chrono::Days::new(4000)),
        to: Some(today - chrono::Days::new(3000)),
        ..RegisterFilter::default()
    };
    assert!(register::page(db, register::Scope::All, long_ago).await.unwrap().rows.is_empty());
    let recent =
        RegisterFilter { from: Some(today - chrono::Days::new(3)), to: Some(today), ..RegisterFilter::default() };
    assert!(!register::page(db, register::Scope::All, recent).await.unwrap().rows.is_empty());

    // The page: the DPO reads it; a municipality's staff member and the officer do not.
    let dpo = app.signed_in(Account::Staff(StaffId(app.staff_of(Role::AgencyDpo).await.id))).await;
    let (status, html) = app.get_page(&format!("/agency/dpo/disclosures?recipient={MUNICIPALITY_SLUG}"), &dpo).await;
    assert_eq!(status, 200);
    let spl_first = register::page(
        db,
        register::Scope::All,
        RegisterFilter { recipient: Some(MUNICIPALITY_SLUG.into()), ..RegisterFilter::default() },
    )
    .await
    .unwrap();
    assert!(spl_first.rows.iter().all(|r| html.contains(&r.dossier_ref)), "the page shows the rows");
    let halle = party::Entity::find()
        .filter(party::Column::Slug.eq(server::demo::second_municipality::SLUG))
        .one(&db.conn)
        .await
        .unwrap()
        .unwrap();
    assert!(html.contains(&format!("<option value=\"{}\"", halle.slug)), "every party can be chosen");
    // The same choice as CSV: a header and one line per event, every one of the party's.
    let csv_path = format!("/agency/dpo/disclosures.csv?recipient={MUNICIPALITY_SLUG}");
    let res = app.get_with(&csv_path, &[("cookie", dpo.as_str())]).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
    let csv = res.text().await.unwrap();
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines[0], "occurred_at,recipient,via,channel,fields,purpose,dossier_ref");
    assert_eq!(lines.len(), of_spl + 1, "every event of the party");
    assert!(lines[1..].iter().all(|l| l.contains(&format!("\"{}\"", spl.name))));
    for role in [Role::MunicipalityStaff, Role::AgencyRectificationOfficer] {
        let other = app.signed_in(Account::Staff(StaffId(app.staff_of(role).await.id))).await;
        assert_eq!(app.get_page("/agency/dpo/disclosures", &other).await.0, 403, "{role:?}");
        let res = app.get_with(&csv_path, &[("cookie", other.as_str())]).await;
        assert_eq!(res.status(), 403, "{role:?}: no CSV");
    }
}

on_both_databases!(the_dpo_reads_every_disclosure_narrowed_as_asked);
