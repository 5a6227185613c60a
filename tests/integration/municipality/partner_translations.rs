//! A partner's purpose in the newcomers' languages (issue 14): the municipality admin
//! translates it on the partner's page; a person asked whether their data may be passed on reads
//! to whom and why in their own language (on the pilot page and in "my data"), or the Dutch
//! marked as Dutch and labelled; another municipality cannot translate it.

use app::domain::ids::{PersonId, StaffId};
use app::domain::locale::Locale;
use app::domain::roles::Role;
use app::i18n::I18n;
use app::services::identity::sessions::Account;
use app::store::party;
use portal_tests::{Backend, MUNICIPALITY_SLUG, form_done, plain, spawn_app};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

const PARTNER: &str = "buddywerking-zennevallei";
const UKRAINIAN: &str = "Знайти вам бадді, який разом з вами практикує нідерландську.";

async fn a_partners_purpose_reaches_the_person_in_their_language(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let partner =
        party::Entity::find().filter(party::Column::Slug.eq(PARTNER)).one(&app.ctx.db.conn).await.unwrap().unwrap();
    let dutch = partner.purpose.clone().expect("the demo partner has a purpose");
    let person = app.create_person("KBI-PT-1", "Olena").await.id;
    let me = app.signed_in(Account::Person(PersonId(person))).await;
    let slug = app.protocol().await.slug;
    let page = |path: String, lang: &'static str| {
        let (app, cookie) = (&app, format!("{me}; __Host-portal_lang={lang}"));
        async move { plain(app.get_with(&path, &[("cookie", cookie.as_str())]).await.text().await.unwrap()) }
    };

    // The admin keeps Ukrainian only (the demo had every language): Tigrinya falls back.
    let admin = app.staff_of_party(Role::MunicipalityAdmin, MUNICIPALITY_SLUG).await;
    let cookie = app.signed_in(Account::Staff(StaffId(admin.id))).await;
    let action = format!("/municipality/admin/partners/{PARTNER}/translations");
    let res = app.post_page_form(&action, &cookie, &[("purpose_uk", UKRAINIAN), ("purpose_ti", "  ")]).await;
    assert!(form_done(&res), "{:?}", res.headers().get("location"));
    let admin_page = app.get_with(&format!("/municipality/admin/partners/{PARTNER}"), &[("cookie", &cookie)]).await;
    let admin_page = admin_page.text().await.unwrap();
    assert!(admin_page.contains(UKRAINIAN) && admin_page.contains(&plain(dutch.clone())), "the admin sees both");
    assert!(app.audit_actions().await.contains(&"party.translate".to_owned()));

    // The person reads it before choosing to let data be passed on, and in "my data".
    let ukrainian = format!("<span lang=\"uk\" dir=\"auto\">{UKRAINIAN}</span>");
    for path in [format!("/me/pilots/{slug}"), "/me/data".to_owned()] {
        assert!(page(path.clone(), "uk").await.contains(&ukrainian), "{path}: the Ukrainian purpose");
        let ti = page(path.clone(), "ti").await;
        assert!(
            ti.contains(&format!("<span lang=\"nl\" dir=\"auto\">{}</span>", plain(dutch.clone()))),
            "{path}: the Dutch"
        );
        assert!(ti.contains(&plain(I18n::new(Locale::Ti).t("layout-untranslated"))), "{path}: labelled in Tigrinya");
    }

    // Another municipality's admin finds no such partner; a too long text is refused whole.
    let halle = app.other_municipality().await;
    let theirs = app.signed_in(Account::Staff(StaffId(halle.admin.id))).await;
    assert!(!form_done(&app.post_page_form(&action, &theirs, &[("purpose_uk", "Інше")]).await), "not theirs");
    let res = app.get_with(&format!("/municipality/admin/partners/{PARTNER}"), &[("cookie", &theirs)]).await;
    assert_eq!(res.status(), 404, "another municipality's partner is not found");
    let long = "д".repeat(1001);
    let res = app.post_page_form(&action, &cookie, &[("purpose_uk", long.as_str()), ("purpose_ar", "غرض")]).await;
    assert!(!form_done(&res), "longer than a purpose may be");
    assert!(page(format!("/me/pilots/{slug}"), "uk").await.contains(&ukrainian), "nothing changed by the refusals");
    assert!(!page(format!("/me/pilots/{slug}"), "ar").await.contains("غرض"), "not half-saved");
}

on_both_databases!(a_partners_purpose_reaches_the_person_in_their_language);
