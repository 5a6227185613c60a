//! The typed callers a guard hands to a handler, made from the principal the matrix let
//! through (`authz::Principal`): a person, a staff member, a municipality's system, the
//! agency's client-tracking system, anyone with an account, anyone at all — and
//! `MunicipalityCaller`, the two doors (browser and API) to one municipality operation.
//! Tenancy is checked on these values.

use super::authz::Principal;
use super::ids::{ApiClientId, PartyId, PersonId, ProfileId, SessionId, StaffId};
use super::roles::Role;

/// A signed-in person, as the guard hands them to a handler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonCaller {
    pub person_id: PersonId,
    pub public_id: String,
    pub session_id: SessionId,
}

/// A signed-in staff member. Tenancy is checked on this value: [`StaffCaller::own_party`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffCaller {
    pub staff_id: StaffId,
    pub public_id: String,
    pub party_id: PartyId,
    pub role: Role,
    pub function_profile_id: Option<ProfileId>,
    pub session_id: SessionId,
}

/// A municipality system with an API token, bound to one party and function profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiCaller {
    pub client_id: ApiClientId,
    pub public_id: String,
    pub party_id: PartyId,
    pub function_profile_id: ProfileId,
}

/// The agency's client-tracking system, with an API token of the agency party.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgencySystemCaller {
    pub client_id: ApiClientId,
    pub public_id: String,
    pub party_id: PartyId,
}

/// Whichever system holds the token: a municipality's or the agency's (for `GET /api/v1/me`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SystemCaller {
    Municipality(ApiCaller),
    Agency(AgencySystemCaller),
}

/// Anyone signed in with a session (a person or a staff member): for their own account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountCaller(pub Principal);

/// Whatever the caller is, possibly nobody: for operations open to all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnyCaller(pub Option<Principal>);

/// Why a typed caller cannot be made from who is asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallerMismatch {
    /// Nobody is signed in.
    Anonymous,
    /// Someone is, but not of the kind the handler serves.
    OtherKind,
}

/// What a handler needs to know of its caller, made from the principal the matrix let through.
pub trait Caller: Sized {
    fn from_principal(p: Option<Principal>) -> Result<Self, CallerMismatch>;
}

impl Caller for PersonCaller {
    fn from_principal(p: Option<Principal>) -> Result<Self, CallerMismatch> {
        match p {
            Some(Principal::Person { person_id, public_id, session_id, .. }) => {
                Ok(PersonCaller { person_id, public_id, session_id })
            }
            Some(_) => Err(CallerMismatch::OtherKind),
            None => Err(CallerMismatch::Anonymous),
        }
    }
}

impl Caller for StaffCaller {
    fn from_principal(p: Option<Principal>) -> Result<Self, CallerMismatch> {
        match p {
            Some(Principal::Staff { staff_id, public_id, party_id, role, function_profile_id, session_id }) => {
                Ok(StaffCaller { staff_id, public_id, party_id, role, function_profile_id, session_id })
            }
            Some(_) => Err(CallerMismatch::OtherKind),
            None => Err(CallerMismatch::Anonymous),
        }
    }
}

impl Caller for ApiCaller {
    fn from_principal(p: Option<Principal>) -> Result<Self, CallerMismatch> {
        match p {
            Some(Principal::ApiClient { client_id, public_id, party_id, function_profile_id }) => {
                Ok(ApiCaller { client_id, public_id, party_id, function_profile_id })
            }
            Some(_) => Err(CallerMismatch::OtherKind),
            None => Err(CallerMismatch::Anonymous),
        }
    }
}

impl Caller for AgencySystemCaller {
    fn from_principal(p: Option<Principal>) -> Result<Self, CallerMismatch> {
        match p {
            Some(Principal::AgencySystem { client_id, public_id, party_id }) => {
                Ok(AgencySystemCaller { client_id, public_id, party_id })
            }
            Some(_) => Err(CallerMismatch::OtherKind),
            None => Err(CallerMismatch::Anonymous),
        }
    }
}

impl Caller for SystemCaller {
    fn from_principal(p: Option<Principal>) -> Result<Self, CallerMismatch> {
        match p {
            Some(Principal::AgencySystem { .. }) => AgencySystemCaller::from_principal(p).map(SystemCaller::Agency),
            _ => ApiCaller::from_principal(p).map(SystemCaller::Municipality),
        }
    }
}

impl AgencySystemCaller {
    /// How the audit log names the client (pseudonymous: its public id).
    pub fn audit_actor(&self) -> String {
        format!("api:{}", self.public_id)
    }
}

impl Caller for AccountCaller {
    fn from_principal(p: Option<Principal>) -> Result<Self, CallerMismatch> {
        match p {
            Some(p) if p.session_id().is_some() => Ok(AccountCaller(p)),
            Some(_) => Err(CallerMismatch::OtherKind),
            None => Err(CallerMismatch::Anonymous),
        }
    }
}

impl Caller for AnyCaller {
    fn from_principal(p: Option<Principal>) -> Result<Self, CallerMismatch> {
        Ok(AnyCaller(p))
    }
}

impl PersonCaller {
    pub fn audit_id(&self) -> String {
        format!("person:{}", self.public_id)
    }
}

impl StaffCaller {
    /// Whose records a DPO's desk shows this caller: every party's (`None`) for the agency's
    /// staff, their own party's for a municipality's (its DPO).
    pub fn own_party_only(&self) -> Option<PartyId> {
        (self.role.party_kind() != super::roles::PartyKind::Agency).then_some(self.party_id)
    }

    pub fn audit_id(&self) -> String {
        format!("staff:{}", self.public_id)
    }

    /// Tenancy: an object of another party is, to this caller, an object that does not exist.
    pub fn own_party(&self, party_id: PartyId) -> Result<(), TenancyError> {
        if party_id == self.party_id { Ok(()) } else { Err(TenancyError) }
    }
}

impl ApiCaller {
    /// How the audit log names the client (pseudonymous: its public id).
    pub fn audit_actor(&self) -> String {
        format!("api:{}", self.public_id)
    }

    /// Tenancy, as for staff: another party's object does not exist for this client.
    pub fn own_party(&self, party_id: PartyId) -> Result<(), TenancyError> {
        if party_id == self.party_id { Ok(()) } else { Err(TenancyError) }
    }
}

/// Who acts for a municipality with a function profile: one of its staff in the browser, or its
/// system through the API. Two doors to one set of operations: the services take either.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MunicipalityCaller {
    Staff(StaffCaller),
    Api(ApiCaller),
}

impl MunicipalityCaller {
    pub fn party_id(&self) -> PartyId {
        match self {
            MunicipalityCaller::Staff(s) => s.party_id,
            MunicipalityCaller::Api(c) => c.party_id,
        }
    }

    /// The function profile it reads with (a staff member without one reads nothing).
    pub fn profile_id(&self) -> Option<ProfileId> {
        match self {
            MunicipalityCaller::Staff(s) => s.function_profile_id,
            MunicipalityCaller::Api(c) => Some(c.function_profile_id),
        }
    }

    pub fn audit_actor(&self) -> String {
        match self {
            MunicipalityCaller::Staff(s) => s.audit_id(),
            MunicipalityCaller::Api(c) => c.audit_actor(),
        }
    }

    pub fn staff_id(&self) -> Option<StaffId> {
        match self {
            MunicipalityCaller::Staff(s) => Some(s.staff_id),
            MunicipalityCaller::Api(_) => None,
        }
    }

    pub fn api_client_id(&self) -> Option<ApiClientId> {
        match self {
            MunicipalityCaller::Staff(_) => None,
            MunicipalityCaller::Api(c) => Some(c.client_id),
        }
    }
}

impl From<StaffCaller> for MunicipalityCaller {
    fn from(s: StaffCaller) -> Self {
        MunicipalityCaller::Staff(s)
    }
}

impl From<ApiCaller> for MunicipalityCaller {
    fn from(c: ApiCaller) -> Self {
        MunicipalityCaller::Api(c)
    }
}

/// Another tenant's object: answered as "not found", never as "forbidden".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TenancyError;
