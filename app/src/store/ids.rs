//! Typed ids (`domain::ids`) compare with id columns directly: `Column::PersonId.eq(person_id)`.

use crate::domain::ids::{ApiClientId, PartyId, PersonId, ProfileId, SessionId, StaffId};

macro_rules! column_value {
    ($($name:ident),+) => {
        $(impl From<$name> for sea_orm::Value {
            fn from(id: $name) -> sea_orm::Value {
                id.0.into()
            }
        })+
    };
}

column_value!(PersonId, StaffId, PartyId, ProfileId, ApiClientId, SessionId);
