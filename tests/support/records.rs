//! What the portal wrote, as tests read it back: audit actions on an object, a person's
//! notifications and their outbox rows, how many invitations and API clients exist.

use crate::TestApp;
use app::store::{api_client, approval_request, audit_entry, invitation, notification, notification_outbox};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

/// A person's notification with the rows queued for it outside the portal.
pub struct Told {
    pub kind: String,
    pub params: serde_json::Value,
    pub outbox: Vec<notification_outbox::Model>,
}

impl TestApp {
    /// The audit actions on `object_ref` (e.g. `approval:3`), in chain order.
    pub async fn audit_actions_on(&self, object_ref: &str) -> Vec<String> {
        self.actions_of(audit_entry::Entity::find().filter(audit_entry::Column::ObjectRef.eq(object_ref))).await
    }

    /// Every audit action, in chain order.
    pub async fn audit_actions(&self) -> Vec<String> {
        self.actions_of(audit_entry::Entity::find()).await
    }

    async fn actions_of(&self, entries: sea_orm::Select<audit_entry::Entity>) -> Vec<String> {
        let entries = entries.order_by_asc(audit_entry::Column::Seq).all(&self.ctx.db.conn).await.expect("query");
        entries.into_iter().map(|e| e.action).collect()
    }

    /// A person's notifications, oldest first, each with its outbox rows.
    /// The kinds of notification a staff member got, oldest first.
    pub async fn told_staff(&self, staff_id: i32) -> Vec<String> {
        notification::Entity::find()
            .filter(notification::Column::StaffId.eq(staff_id))
            .order_by_asc(notification::Column::Id)
            .all(&self.ctx.db.conn)
            .await
            .expect("query")
            .into_iter()
            .map(|n| n.kind)
            .collect()
    }

    pub async fn told(&self, person_id: i32) -> Vec<Told> {
        let db = &self.ctx.db.conn;
        let notes = notification::Entity::find()
            .filter(notification::Column::PersonId.eq(person_id))
            .order_by_asc(notification::Column::Id)
            .all(db)
            .await
            .expect("query");
        let mut out = Vec::new();
        for n in notes {
            let outbox = notification_outbox::Entity::find()
                .filter(notification_outbox::Column::NotificationId.eq(n.id))
                .order_by_asc(notification_outbox::Column::Id)
                .all(db)
                .await
                .expect("query");
            out.push(Told { kind: n.kind, params: serde_json::from_str(&n.params).expect("params"), outbox });
        }
        out
    }

    pub async fn invitation_count(&self) -> u64 {
        invitation::Entity::find().count(&self.ctx.db.conn).await.expect("count")
    }

    pub async fn api_client_count(&self) -> u64 {
        api_client::Entity::find().count(&self.ctx.db.conn).await.expect("count")
    }

    /// The id of the latest approval request.
    pub async fn latest_request_id(&self) -> i32 {
        approval_request::Entity::find()
            .order_by_desc(approval_request::Column::Id)
            .one(&self.ctx.db.conn)
            .await
            .expect("query")
            .expect("a request")
            .id
    }

    /// The invitation row.
    pub async fn invitation(&self, id: i32) -> invitation::Model {
        invitation::Entity::find_by_id(id).one(&self.ctx.db.conn).await.expect("query").expect("the invitation")
    }
}

impl TestApp {
    /// A breach report by the demo municipality's staff member, found an hour ago, naming the
    /// persons the municipality knows by `references`; returns its public id.
    pub async fn breach_report(&self, references: &[String]) -> String {
        use app::domain::authz::MunicipalityCaller;
        use app::services::breaches::{Report, report};
        let staff = self.staff_of(app::domain::roles::Role::MunicipalityStaff).await;
        let caller = MunicipalityCaller::Staff(TestApp::caller_of(&staff));
        let categories = ["phone".to_owned(), "address".to_owned()];
        let r = Report {
            detected_at: self.now() - chrono::Duration::hours(1),
            description: "Een lijst met telefoonnummers lag in de trein.",
            categories: &categories,
            persons: references,
            measures: "De lijst is teruggevonden; de medewerkers zijn opnieuw gebriefd.",
        };
        match report(&self.ctx.db, &caller, r, None, self.now()).await.expect("a breach report") {
            app::services::idempotency::Once::Fresh(done) => done.id,
            app::services::idempotency::Once::Replayed { .. } => panic!("no key, no replay"),
        }
    }
}

impl TestApp {
    /// An erasure request of the demo municipality for a new person it received five years and
    /// more ago (as the retention job makes them); returns its id.
    pub async fn erasure_request(&self) -> i32 {
        use sea_orm::ActiveModelTrait;
        let p = self
            .create_person(&format!("KBI-E-{}", &uuid::Uuid::new_v4().simple().to_string()[..8].to_uppercase()), "Erik")
            .await;
        let municipality = self.party(crate::MUNICIPALITY_SLUG).await;
        let now = self.now();
        let row = app::store::erasure_request::ActiveModel {
            party_id: sea_orm::Set(municipality.id),
            person_id: sea_orm::Set(p.id),
            reference: sea_orm::Set("0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f".into()),
            last_disclosed_at: sea_orm::Set(now - chrono::Duration::days(5 * 366)),
            requested_at: sea_orm::Set(now),
            due_at: sea_orm::Set(now + chrono::Duration::days(30)),
            ..Default::default()
        };
        row.insert(&self.ctx.db.conn).await.expect("an erasure request").id
    }
}
