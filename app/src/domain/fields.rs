//! The field catalogue of the protocol (art. 3), in its two categories.

use super::coded_enum;

coded_enum!(
    /// A personal field the agency may disclose under a protocol.
    Field, "error-field-unknown" {
        GivenName => "given_name",
        FamilyName => "family_name",
        Address => "address",
        Phone => "phone",
        Email => "email",
        ContactLanguage => "contact_language",
        DutchLevel => "dutch_level",
        MoStatus => "mo_status",
    }
);

coded_enum!(
    /// Art. 3: 1° contact data, 2° information from the integration trajectory.
    FieldCategory, "error-field-category-unknown" {
        Contact => "contact",
        Trajectory => "trajectory",
    }
);

impl Field {
    pub fn category(self) -> FieldCategory {
        match self {
            Field::GivenName | Field::FamilyName | Field::Address | Field::Phone | Field::Email => {
                FieldCategory::Contact
            }
            Field::ContactLanguage | Field::DutchLevel | Field::MoStatus => FieldCategory::Trajectory,
        }
    }

    /// The column of the person record that holds the field: a field's code is its column's
    /// name (`persons.phone` holds `phone`). The store reads and writes fields through this,
    /// so the mapping exists once.
    pub fn column(self) -> &'static str {
        self.as_str()
    }

    /// Whether the record may hold no value for it (phone and e-mail are optional).
    pub fn optional(self) -> bool {
        matches!(self, Field::Phone | Field::Email)
    }

    /// Fluent message id of the field's name.
    pub fn label_id(self) -> String {
        format!("field-{}", self.as_str().replace('_', "-"))
    }
}

coded_enum!(
    /// Dutch level: the CEFR scale, or not yet A1.
    DutchLevel, "error-dutch-level" {
        BelowA1 => "below_a1",
        A1 => "a1",
        A2 => "a2",
        B1 => "b1",
        B2 => "b2",
        C1 => "c1",
        C2 => "c2",
    }
);

coded_enum!(
    /// Status of the social-orientation (MO) course.
    MoStatus, "error-mo-status" {
        NotStarted => "not_started",
        InProgress => "in_progress",
        Completed => "completed",
        Exempt => "exempt",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_round_trips_and_has_a_category() {
        for f in Field::ALL {
            assert_eq!(Field::parse(f.as_str()), Ok(*f));
        }
        let contact = Field::ALL.iter().filter(|f| f.category() == FieldCategory::Contact).count();
        assert_eq!(contact, 5);
        assert_eq!(Field::ALL.len() - contact, 3);
    }

    #[test]
    fn unknown_codes_are_refused_with_a_message() {
        assert_eq!(Field::parse("passport").unwrap_err().message_id, "error-field-unknown");
        assert_eq!(DutchLevel::parse("B1").unwrap_err().message_id, "error-dutch-level");
        assert_eq!(DutchLevel::parse("b1"), Ok(DutchLevel::B1));
        assert!(MoStatus::parse("").is_err());
    }

    #[test]
    fn label_ids_follow_the_fluent_naming() {
        assert_eq!(Field::MoStatus.label_id(), "field-mo-status");
    }
}
