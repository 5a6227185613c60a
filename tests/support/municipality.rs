//! Typed helpers for what a municipality's admin and staff do in the portal's services
//! (set-up for tests of the pages and of the API).

use crate::{MUNICIPALITY_SLUG, TestApp};
use app::domain::onward::NoticeDraft;
use app::domain::roles::Role;
use app::domain::time::today;
use app::services::onward_notices;

impl TestApp {
    /// A notice of an onward disclosure of phone numbers to `recipient`, filed by the demo
    /// municipality's admin and not yet acknowledged; returns its id.
    pub async fn onward_notice(&self, recipient: &str) -> String {
        let admin = self.staff_of_party(Role::MunicipalityAdmin, MUNICIPALITY_SLUG).await;
        let fields = vec!["phone".to_owned()];
        let draft = NoticeDraft::parse(
            recipient,
            "Ledenwerving",
            &fields,
            "Toestemming",
            &today(self.now()).to_string(),
            today(self.now()),
        )
        .expect("a valid notice");
        onward_notices::file(&self.ctx.db, &TestApp::caller_of(&admin), draft, self.now()).await.expect("notice").id
    }

    /// The first staff member of `role` at the party `slug`.
    pub async fn staff_of_party(&self, role: Role, slug: &str) -> app::store::staff::Model {
        use app::store::staff;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        let party = self.party(slug).await;
        staff::Entity::find()
            .filter(staff::Column::Role.eq(role.as_str()))
            .filter(staff::Column::PartyId.eq(party.id))
            .order_by_asc(staff::Column::Id)
            .one(&self.ctx.db.conn)
            .await
            .expect("query")
            .unwrap_or_else(|| panic!("{slug} has someone with the role {role:?}"))
    }
}

impl TestApp {
    /// A plain form of the municipality's pages, posted as the signed-in browser does.
    pub async fn post_page_form(&self, path: &str, cookie: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.post_admin_form(path, cookie, form).await
    }

    /// Disclosure events of a person, oldest first.
    pub async fn disclosure_events_of(&self, person_id: i32) -> Vec<app::store::disclosure_event::Model> {
        use app::store::disclosure_event;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        disclosure_event::Entity::find()
            .filter(disclosure_event::Column::PersonId.eq(person_id))
            .order_by_asc(disclosure_event::Column::Id)
            .all(&self.ctx.db.conn)
            .await
            .expect("query")
    }
}

impl TestApp {
    /// The slugs of the protocols a party receives data under, in slug order.
    pub async fn protocols_of(&self, party_id: i32) -> Vec<String> {
        use app::store::protocol;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        let found = protocol::Entity::find()
            .filter(protocol::Column::RecipientPartyId.eq(party_id))
            .order_by_asc(protocol::Column::Slug)
            .all(&self.ctx.db.conn)
            .await
            .expect("query");
        found.into_iter().map(|p| p.slug).collect()
    }
}
