//! Who may do what: the role × operation matrix in `authorization.md`, and the principal
//! (who is asking) that every server function and API handler checks first.

use super::coded_enum;
use super::roles::Role;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::sync::OnceLock;

coded_enum!(
    /// An operation as named in the matrix.
    Operation, "error-operation-unknown" {
        PublicPages => "public_pages",
        RedeemInvitation => "redeem_invitation",
        SignIn => "sign_in",
        SignOut => "sign_out",
        OwnAccount => "own_account",
        PersonHome => "person_home",
        OwnConsent => "own_consent",
        OwnData => "own_data",
        OwnCorrections => "own_corrections",
        AssistedConsent => "assisted_consent",
        RectificationQueue => "rectification_queue",
        ProtocolAdminHome => "protocol_admin_home",
        ManageInvitations => "manage_invitations",
        ManageApiClients => "manage_api_clients",
        DpoHome => "dpo_home",
        MunicipalityAdminHome => "municipality_admin_home",
        MunicipalityStaffHome => "municipality_staff_home",
        ApiWhoami => "api_whoami",
    }
);

/// A column of the matrix: what kind of caller this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Actor {
    Anonymous,
    Person,
    Staff(Role),
    ApiClient,
}

impl Actor {
    pub fn column(self) -> &'static str {
        match self {
            Actor::Anonymous => "anonymous",
            Actor::Person => "person",
            Actor::Staff(role) => role.as_str(),
            Actor::ApiClient => "api_client",
        }
    }

    pub fn all() -> Vec<Actor> {
        let mut all = vec![Actor::Anonymous, Actor::Person];
        all.extend(Role::ALL.iter().map(|r| Actor::Staff(*r)));
        all.push(Actor::ApiClient);
        all
    }
}

/// The matrix as written in `authorization.md`.
pub const MATRIX_SOURCE: &str = include_str!("authorization.md");

/// Parses the markdown table into the set of allowed (operation, column) cells.
pub fn parse_matrix(source: &str) -> Result<BTreeSet<(Operation, String)>, String> {
    let mut rows = source.lines().filter(|l| l.starts_with('|'));
    let header: Vec<String> = rows.next().ok_or("no table")?.split('|').map(|c| c.trim().to_owned()).collect();
    let columns = &header[2..header.len() - 1];
    let mut allowed = BTreeSet::new();
    for row in rows.skip(1) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let op = Operation::parse(cells[1]).map_err(|_| format!("unknown operation {}", cells[1]))?;
        for (col, cell) in columns.iter().zip(&cells[2..]) {
            match *cell {
                "x" => {
                    allowed.insert((op, col.clone()));
                }
                "" => {}
                other => return Err(format!("cell {other:?} for {op} / {col}: use x or leave empty")),
            }
        }
    }
    Ok(allowed)
}

fn matrix() -> &'static BTreeSet<(Operation, String)> {
    static MATRIX: OnceLock<BTreeSet<(Operation, String)>> = OnceLock::new();
    MATRIX.get_or_init(|| parse_matrix(MATRIX_SOURCE).expect("authorization.md is a valid matrix"))
}

pub fn allows(actor: Actor, op: Operation) -> bool {
    matrix().contains(&(op, actor.column().to_owned()))
}

/// The signed-in caller, resolved from the session cookie or the API token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Principal {
    Person {
        person_id: i32,
        public_id: String,
        session_id: i32,
        /// The portal speaks it until the person picks another language.
        contact_language: super::locale::Locale,
    },
    Staff {
        staff_id: i32,
        public_id: String,
        party_id: i32,
        role: Role,
        function_profile_id: Option<i32>,
        session_id: i32,
    },
    ApiClient {
        client_id: i32,
        public_id: String,
        party_id: i32,
        function_profile_id: i32,
    },
}

impl Principal {
    pub fn actor(&self) -> Actor {
        match self {
            Principal::Person { .. } => Actor::Person,
            Principal::Staff { role, .. } => Actor::Staff(*role),
            Principal::ApiClient { .. } => Actor::ApiClient,
        }
    }

    /// Pseudonymous id for the audit log.
    pub fn audit_id(&self) -> String {
        match self {
            Principal::Person { public_id, .. } => format!("person:{public_id}"),
            Principal::Staff { public_id, .. } => format!("staff:{public_id}"),
            Principal::ApiClient { public_id, .. } => format!("api:{public_id}"),
        }
    }

    pub fn session_id(&self) -> Option<i32> {
        match self {
            Principal::Person { session_id, .. } | Principal::Staff { session_id, .. } => Some(*session_id),
            Principal::ApiClient { .. } => None,
        }
    }
}

pub fn actor_of(principal: Option<&Principal>) -> Actor {
    principal.map(Principal::actor).unwrap_or(Actor::Anonymous)
}

/// Where each kind of account lands after signing in.
pub fn start_page(actor: Actor) -> &'static str {
    match actor {
        Actor::Anonymous => "/",
        Actor::Person => "/me",
        Actor::Staff(Role::AgencyRectificationOfficer) => "/agency/rectifications",
        Actor::Staff(Role::AgencyProtocolAdmin) => "/agency/admin",
        Actor::Staff(Role::AgencyDpo) => "/agency/dpo",
        Actor::Staff(Role::MunicipalityAdmin) => "/municipality/admin",
        Actor::Staff(Role::MunicipalityStaff) => "/municipality/persons",
        Actor::ApiClient => "/api/v1/me",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_written_matrix_parses_and_covers_every_operation() {
        let m = parse_matrix(MATRIX_SOURCE).unwrap();
        for op in Operation::ALL {
            assert!(m.iter().any(|(o, _)| o == op), "{op} has no allowed cell");
        }
        let columns: BTreeSet<_> = m.iter().map(|(_, c)| c.as_str()).collect();
        for actor in Actor::all() {
            assert!(columns.contains(actor.column()), "{} has no allowed cell", actor.column());
        }
    }

    #[test]
    fn separation_of_duties_holds_in_the_matrix() {
        // Municipality admins keep the register but never read personal data.
        assert!(!allows(Actor::Staff(Role::MunicipalityAdmin), Operation::MunicipalityStaffHome));
        assert!(allows(Actor::Staff(Role::MunicipalityAdmin), Operation::MunicipalityAdminHome));
        assert!(!allows(Actor::Anonymous, Operation::OwnAccount));
        assert!(allows(Actor::Anonymous, Operation::PublicPages));
    }

    #[test]
    fn bad_cells_are_refused() {
        let bad = "| operation | anonymous |\n|---|---|\n| sign_in | yes |\n";
        assert!(parse_matrix(bad).is_err());
    }
}
