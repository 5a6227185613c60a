//! A function profile's purpose in the newcomers' languages (issue 14): the municipality admin
//! translates the current revision; a person reads what their data were read for in their own
//! language, or the Dutch marked as Dutch and labelled; another municipality cannot translate it.

use app::domain::consent::ConsentScopes;
use app::domain::ids::{PersonId, StaffId};
use app::domain::locale::Locale;
use app::domain::roles::Role;
use app::i18n::I18n;
use app::services::identity::sessions::Account;
use app::store::function_profile;
use portal_tests::{Backend, MUNICIPALITY_SLUG, form_done, plain, spawn_app, staff_read};
use sea_orm::EntityTrait;
use server::demo::protocol::PROFILE_TRAJECTORY;

const ALL: ConsentScopes = ConsentScopes { contact: true, trajectory: true, onward: true };
const UKRAINIAN: &str = "Супровід учасників у пілотному проєкті.";

async fn a_profiles_purpose_reaches_the_person_in_their_language(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (person_id, _) = app.consenting("KBI-TR-1", ALL).await;
    let reader = app.staff_with_profile(PROFILE_TRAJECTORY).await;
    let revision = function_profile::Entity::find_by_id(reader.function_profile_id.expect("a profile"))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    // Read for the profile's own purpose (none typed for the occasion).
    let protocol = app.protocol().await;
    let read =
        app::services::disclosure::DisclosureRequest { purpose: None, ..staff_read(person_id, protocol.id, reader.id) };
    app.disclose(read).await.expect("read");

    // The admin translates the purpose into Ukrainian (and leaves Tigrinya empty).
    let admin = app.staff_of_party(Role::MunicipalityAdmin, MUNICIPALITY_SLUG).await;
    let cookie = app.signed_in(Account::Staff(StaffId(admin.id))).await;
    let action = format!("/municipality/admin/profiles/{}/translations", revision.lineage_id);
    let res = app.post_page_form(&action, &cookie, &[("purpose_uk", UKRAINIAN), ("purpose_ti", "  ")]).await;
    assert!(form_done(&res), "{:?}", res.headers().get("location"));
    let page =
        app.get_with(&format!("/municipality/admin/profiles/{}", revision.lineage_id), &[("cookie", &cookie)]).await;
    assert!(page.text().await.unwrap().contains(UKRAINIAN), "the admin sees what is stored");
    assert!(app.audit_actions().await.contains(&"function_profile.translate".to_owned()));

    // The person reads it in Ukrainian; in Tigrinya, the Dutch, marked and labelled.
    let me = app.signed_in(Account::Person(PersonId(person_id))).await;
    let disclosures = |lang: &'static str| {
        let app = &app;
        let cookie = format!("{me}; __Host-portal_lang={lang}");
        async move { plain(app.get_with("/me/disclosures", &[("cookie", cookie.as_str())]).await.text().await.unwrap()) }
    };
    let uk = disclosures("uk").await;
    assert!(uk.contains(&format!("<span lang=\"uk\" dir=\"auto\">{UKRAINIAN}</span>")), "the Ukrainian purpose");
    let ti = disclosures("ti").await;
    assert!(ti.contains(&format!("<span lang=\"nl\" dir=\"auto\">{}</span>", revision.purpose)), "the Dutch, marked");
    assert!(ti.contains(&plain(I18n::new(Locale::Ti).t("layout-untranslated"))), "labelled in Tigrinya");

    // Another municipality's admin cannot touch it; a too long text is refused whole.
    let halle = app.other_municipality().await;
    let theirs = app.signed_in(Account::Staff(StaffId(halle.admin.id))).await;
    let res = app.post_page_form(&action, &theirs, &[("purpose_uk", "Інше")]).await;
    assert!(!form_done(&res), "another party's profile");
    let long = "д".repeat(301);
    let res = app.post_page_form(&action, &cookie, &[("purpose_uk", long.as_str())]).await;
    assert!(!form_done(&res), "longer than a purpose may be");
    assert!(disclosures("uk").await.contains(UKRAINIAN), "nothing was changed by the refusals");
}

on_both_databases!(a_profiles_purpose_reaches_the_person_in_their_language);
