//! Who may do what: the role × operation matrix in `authorization.md`, and the principal
//! (who is asking) that every server function and API handler checks first.

use super::coded_enum;
use super::ids::{ApiClientId, PartyId, PersonId, ProfileId, SessionId, StaffId};
use super::roles::Role;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::sync::OnceLock;

pub use super::callers::{
    AccountCaller, AgencySystemCaller, AnyCaller, ApiCaller, Caller, CallerMismatch, MunicipalityCaller, PersonCaller,
    StaffCaller, SystemCaller, TenancyError,
};

coded_enum!(
    /// An operation as named in the matrix: a capability (what the caller may do), not a page.
    Operation, "error-operation-unknown" {
        /// What the portal publishes without login: protocols (art. 10), the receipt key, and
        /// the pages to sign in or enter an invitation code.
        ReadPublicPages => "read_public_pages",
        RedeemInvitation => "redeem_invitation",
        SignIn => "sign_in",
        SignOut => "sign_out",
        OwnAccount => "own_account",
        OwnOverview => "own_overview",
        OwnConsent => "own_consent",
        OwnData => "own_data",
        OwnCorrections => "own_corrections",
        AssistedConsent => "assisted_consent",
        ReadRectificationQueue => "read_rectification_queue",
        /// Acknowledge, ask, extend, accept or reject a rectification request.
        HandleRectificationRequests => "handle_rectification_requests",
        ReadAccessOverview => "read_access_overview",
        ManageInvitations => "manage_invitations",
        ManageApiClients => "manage_api_clients",
        /// Ask for a credential that needs a second admin (`domain::approval::route`).
        RequestCredentials => "request_credentials",
        /// Approve or refuse another admin's request (never one's own: the service checks).
        DecideCredentialRequests => "decide_credential_requests",
        /// Issue one's own approved request, once: its secret is shown to the requester.
        IssueApprovedCredentials => "issue_approved_credentials",
        /// Draft, edit, publish and end protocol versions (art. 8, 10, 12).
        ManageProtocols => "manage_protocols",
        /// Acknowledge a breach report and tell the persons it names (GDPR 34).
        HandleBreachReports => "handle_breach_reports",
        /// A municipality's admin attests the erasure the agency asked for (art. 2).
        AttestErasure => "attest_erasure",
        ReadAuditStatus => "read_audit_status",
        /// A municipality's own function-profile register (art. 4), read.
        ReadProfileRegister => "read_profile_register",
        /// Add, revise, deactivate a function profile of one's own municipality.
        ManageFunctionProfiles => "manage_function_profiles",
        /// Invite one's municipality's staff, change their profile, disable them.
        ManageMunicipalityStaff => "manage_municipality_staff",
        /// Keep the register of partner organisations (art. 4).
        ManagePartners => "manage_partners",
        /// Keep the register of processors (art. 6, GDPR 28).
        ManageProcessors => "manage_processors",
        /// Notify the agency of an onward disclosure to a recipient that is not a partner (art. 4).
        NotifyOnwardDisclosure => "notify_onward_disclosure",
        /// The agency reads every municipality's registers: profiles, partners, processors, notices.
        ReadMunicipalRegisters => "read_municipal_registers",
        /// The agency acknowledges a notice of an onward disclosure.
        AcknowledgeOnwardNotices => "acknowledge_onward_notices",
        /// The agency's breach register: every report with its 48-hour deadline.
        ReadBreachRegister => "read_breach_register",
        /// The register of disclosures: every disclosure event, filtered (GDPR 30).
        ReadDisclosureRegister => "read_disclosure_register",
        /// Persons of the pilot with consent in force (who, which scopes, since when).
        ReadConsentStatus => "read_consent_status",
        IdentifyApiClient => "identify_api_client",
        /// API v1: the protocols the client's party is a party to.
        ListPartyProtocols => "list_party_protocols",
        /// API v1: the consent changes feed of one of the party's protocols.
        ReadConsentChanges => "read_consent_changes",
        /// API v1: one person's consent in force now.
        ReadConsentOfPerson => "read_consent_of_person",
        /// A person's fields, through the disclosure path (recorded for the person).
        ReadPersonFields => "read_person_fields",
        /// Record passing fields on to a partner or a notified recipient (art. 4).
        RecordOnwardDisclosure => "record_onward_disclosure",
        /// A municipality's quality report on a value it received (art. 7).
        FileQualityReport => "file_quality_report",
        /// Report a personal-data breach to the agency (art. 6/9).
        ReportBreach => "report_breach",
        /// See the corrections the agency made to fields the party received (GDPR 19), and
        /// mark them processed.
        ProcessCorrectionNotices => "process_correction_notices",
        /// The agency's client-tracking system puts a person as it holds them (by dossier).
        SyncPersons => "sync_persons",
        /// The agency's client-tracking system reads the corrections the portal accepted, so
        /// that it applies them too (one truth).
        ReadCorrectionsFeed => "read_corrections_feed",
    }
);

/// A column of the matrix: what kind of caller this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Actor {
    Anonymous,
    Person,
    Staff(Role),
    ApiClient,
    /// The agency's client-tracking system, with an API token of the agency party.
    AgencySystem,
}

impl Actor {
    pub fn column(self) -> &'static str {
        match self {
            Actor::Anonymous => "anonymous",
            Actor::Person => "person",
            Actor::Staff(role) => role.as_str(),
            Actor::ApiClient => "api_client",
            Actor::AgencySystem => "agency_system",
        }
    }

    pub fn all() -> Vec<Actor> {
        let mut all = vec![Actor::Anonymous, Actor::Person];
        all.extend(Role::ALL.iter().map(|r| Actor::Staff(*r)));
        all.push(Actor::ApiClient);
        all.push(Actor::AgencySystem);
        all
    }
}

/// The matrix as written in `authorization.md`.
pub const MATRIX_SOURCE: &str = include_str!("authorization.md");

/// Parses the markdown table into the set of allowed (operation, column) cells.
pub fn parse_matrix(source: &str) -> Result<BTreeSet<(Operation, String)>, String> {
    let mut rows = source.lines().filter(|l| l.starts_with('|'));
    let header: Vec<String> = rows.next().ok_or("no table")?.split('|').map(|c| c.trim().to_owned()).collect();
    let columns = header.get(2..header.len().saturating_sub(1)).ok_or("no columns")?;
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
        person_id: PersonId,
        public_id: String,
        session_id: SessionId,
        /// The portal speaks it until the person picks another language.
        contact_language: super::locale::Locale,
    },
    Staff {
        staff_id: StaffId,
        public_id: String,
        party_id: PartyId,
        role: Role,
        function_profile_id: Option<ProfileId>,
        session_id: SessionId,
    },
    ApiClient {
        client_id: ApiClientId,
        public_id: String,
        party_id: PartyId,
        function_profile_id: ProfileId,
    },
    /// An API token of the agency party (no function profile): its client-tracking system.
    AgencySystem {
        client_id: ApiClientId,
        public_id: String,
        party_id: PartyId,
    },
}

impl Principal {
    pub fn actor(&self) -> Actor {
        match self {
            Principal::Person { .. } => Actor::Person,
            Principal::Staff { role, .. } => Actor::Staff(*role),
            Principal::ApiClient { .. } => Actor::ApiClient,
            Principal::AgencySystem { .. } => Actor::AgencySystem,
        }
    }

    /// Pseudonymous id for the audit log.
    pub fn audit_id(&self) -> String {
        match self {
            Principal::Person { public_id, .. } => format!("person:{public_id}"),
            Principal::Staff { public_id, .. } => format!("staff:{public_id}"),
            Principal::ApiClient { public_id, .. } | Principal::AgencySystem { public_id, .. } => {
                format!("api:{public_id}")
            }
        }
    }

    pub fn session_id(&self) -> Option<SessionId> {
        match self {
            Principal::Person { session_id, .. } | Principal::Staff { session_id, .. } => Some(*session_id),
            Principal::ApiClient { .. } | Principal::AgencySystem { .. } => None,
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
        Actor::Staff(Role::MunicipalityDpo) => "/municipality/dpo",
        Actor::ApiClient | Actor::AgencySystem => "/api/v1/me",
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
        assert!(!allows(Actor::Staff(Role::MunicipalityAdmin), Operation::ReadConsentStatus));
        assert!(allows(Actor::Staff(Role::MunicipalityAdmin), Operation::ReadProfileRegister));
        assert!(!allows(Actor::Anonymous, Operation::OwnAccount));
        assert!(allows(Actor::Anonymous, Operation::ReadPublicPages));
    }

    #[test]
    fn typed_callers_take_only_their_kind_and_check_tenancy() {
        let person = Principal::Person {
            person_id: PersonId(1),
            public_id: "p".into(),
            session_id: SessionId(2),
            contact_language: super::super::locale::Locale::Nl,
        };
        let staff = Principal::Staff {
            staff_id: StaffId(3),
            public_id: "s".into(),
            party_id: PartyId(7),
            role: Role::MunicipalityStaff,
            function_profile_id: Some(ProfileId(4)),
            session_id: SessionId(5),
        };
        assert_eq!(PersonCaller::from_principal(Some(person.clone())).unwrap().person_id, PersonId(1));
        assert_eq!(PersonCaller::from_principal(Some(staff.clone())), Err(CallerMismatch::OtherKind));
        assert_eq!(StaffCaller::from_principal(None), Err(CallerMismatch::Anonymous));
        let s = StaffCaller::from_principal(Some(staff)).unwrap();
        assert_eq!(s.own_party(PartyId(7)), Ok(()));
        assert_eq!(s.own_party(PartyId(8)), Err(TenancyError));
        assert!(AccountCaller::from_principal(Some(person)).is_ok());
        let api = Principal::ApiClient {
            client_id: ApiClientId(1),
            public_id: "a".into(),
            party_id: PartyId(7),
            function_profile_id: ProfileId(4),
        };
        assert_eq!(AccountCaller::from_principal(Some(api)), Err(CallerMismatch::OtherKind));
        assert_eq!(AnyCaller::from_principal(None), Ok(AnyCaller(None)));
    }

    // The matrix decides every request; it is read once at start-up and a change to the file
    // is reviewed as text. What the file says must be exactly what is allowed (cells written
    // read back as the same set), and a malformed file must be refused with a reason, never
    // read half or panic.
    mod properties {
        use super::*;
        use crate::domain::hostile_input::{config, hostile};
        use proptest::prelude::*;

        fn table(columns: &[&str], allowed: &BTreeSet<(Operation, String)>) -> String {
            let mut lines = vec![format!("| operation | {} |", columns.join(" | ")), "|---|".to_owned()];
            for op in Operation::ALL {
                let cells: Vec<&str> =
                    columns.iter().map(|c| if allowed.contains(&(*op, c.to_string())) { "x" } else { "" }).collect();
                lines.push(format!("| {op} | {} |", cells.join(" | ")));
            }
            lines.join("\n")
        }

        fn line() -> impl Strategy<Value = String> {
            let cell = prop_oneof![
                prop::sample::select(vec!["x", "", " ", "sign_in", "operation", "person", "---"])
                    .prop_map(String::from),
                hostile(),
            ];
            prop::collection::vec(cell, 0..5).prop_map(|cells| format!("|{}", cells.join("|")))
        }

        proptest! {
            #![proptest_config(config(256))]

            #[test]
            fn a_written_matrix_reads_back_as_its_cells(
                chosen in prop::collection::btree_set((prop::sample::select(Operation::ALL), 0usize..4), 0..40),
            ) {
                let columns = ["anonymous", "person", "agency_dpo", "api_client"];
                let allowed: BTreeSet<(Operation, String)> =
                    chosen.into_iter().map(|(op, c)| (op, columns[c].to_owned())).collect();
                prop_assert_eq!(parse_matrix(&table(&columns, &allowed)), Ok(allowed));
            }

            #[test]
            fn any_table_is_read_or_refused_never_a_panic(lines in prop::collection::vec(prop_oneof![line(), hostile()], 0..5)) {
                let _ = parse_matrix(&lines.join("\n"));
            }
        }
    }

    #[test]
    fn bad_cells_are_refused() {
        let bad = "| operation | anonymous |\n|---|---|\n| sign_in | yes |\n";
        assert!(parse_matrix(bad).is_err());
    }
}
