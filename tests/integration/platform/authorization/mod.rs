//! The role × operation matrix (app/src/domain/authorization.md), exercised for real: every
//! operation (`matrix`) and every registered server function, page and route (`endpoints`),
//! as every role and as anonymous — only the cells marked `x` may succeed. Then the objects
//! of others (`tenancy`): tenants never meet, people reach only their own account.

mod endpoint_table;
mod endpoints;
mod matrix;
mod tenancy;

use app::domain::authz::Actor;
use app::domain::ids::{PersonId, StaffId};
use app::domain::roles::Role;
use app::services::identity::sessions::Account;
use portal_tests::{MUNICIPALITY_SLUG, TestApp};

/// How to call as one actor: a session cookie, a bearer token, or nothing.
enum Credential {
    None,
    Cookie(String),
    Bearer(String),
}

/// One column of the matrix, signed in.
struct Caller {
    actor: Actor,
    credential: Credential,
}

impl Caller {
    /// The request, made as this caller.
    fn on(&self, req: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match &self.credential {
            Credential::None => req,
            Credential::Cookie(c) => req.header("cookie", c),
            Credential::Bearer(t) => req.header("authorization", format!("Bearer {t}")),
        }
    }
}

/// Every column: anonymous, a person, one staff member of each role, a municipality's API
/// client, the agency's client-tracking system.
async fn callers(app: &TestApp) -> Vec<Caller> {
    let mut out = vec![Caller { actor: Actor::Anonymous, credential: Credential::None }];
    let person = app.first_person().await;
    out.push(Caller {
        actor: Actor::Person,
        credential: Credential::Cookie(app.signed_in(Account::Person(PersonId(person.id))).await),
    });
    for role in Role::ALL {
        let s = app.staff_of(*role).await;
        out.push(Caller {
            actor: Actor::Staff(*role),
            credential: Credential::Cookie(app.signed_in(Account::Staff(StaffId(s.id))).await),
        });
    }
    let spl = app.party(MUNICIPALITY_SLUG).await;
    let profile = app.profile_of(spl.id).await;
    let (_, token) = app.api_client(spl.id, profile.id, "matrix").await;
    out.push(Caller { actor: Actor::ApiClient, credential: Credential::Bearer(token) });
    let (_, token) = app.agency_system_client("matrix source").await;
    out.push(Caller { actor: Actor::AgencySystem, credential: Credential::Bearer(token) });
    out
}
