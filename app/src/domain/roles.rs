//! Staff roles (DESIGN.md, "Parties and people").

use super::coded_enum;

coded_enum!(
    Role, "error-role-unknown" {
        AgencyRectificationOfficer => "agency_rectification_officer",
        AgencyProtocolAdmin => "agency_protocol_admin",
        AgencyDpo => "agency_dpo",
        MunicipalityAdmin => "municipality_admin",
        MunicipalityStaff => "municipality_staff",
        /// A municipality's data protection officer: reads its own party's registers (read-only).
        MunicipalityDpo => "municipality_dpo",
    }
);

coded_enum!(
    PartyKind, "error-party-kind-unknown" {
        Agency => "agency",
        Municipality => "municipality",
        Partner => "partner",
        /// Another recipient a municipality notified the agency about (art. 4).
        Recipient => "recipient",
    }
);

impl Role {
    /// The kind of party whose staff can hold this role.
    pub fn party_kind(self) -> PartyKind {
        match self {
            Role::AgencyRectificationOfficer | Role::AgencyProtocolAdmin | Role::AgencyDpo => PartyKind::Agency,
            Role::MunicipalityAdmin | Role::MunicipalityStaff | Role::MunicipalityDpo => PartyKind::Municipality,
        }
    }

    /// Separation of duties (art. 6): only municipality staff hold a function profile that
    /// reads personal data; admins of the register never do.
    pub fn holds_function_profile(self) -> bool {
        matches!(self, Role::MunicipalityStaff)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_municipality_staff_read_personal_data() {
        let readers: Vec<_> = Role::ALL.iter().filter(|r| r.holds_function_profile()).collect();
        assert_eq!(readers, vec![&Role::MunicipalityStaff]);
        assert_eq!(Role::MunicipalityAdmin.party_kind(), PartyKind::Municipality);
    }
}
