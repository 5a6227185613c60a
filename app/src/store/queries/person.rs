//! Persons: by dossier reference, and their fields read and written by [`Field`] (the field ↔
//! column mapping is the domain's: `Field::column`).

use crate::domain::fields::Field;
use crate::store::person;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IdenStatic, Iterable, ModelTrait, QueryFilter,
    Value,
};

/// The person with this dossier reference (surrounding spaces ignored), if any.
pub async fn by_dossier<C: ConnectionTrait>(conn: &C, dossier_ref: &str) -> Result<Option<person::Model>, DbErr> {
    person::Entity::find().filter(person::Column::DossierRef.eq(dossier_ref.trim())).one(conn).await
}

fn column(field: Field) -> person::Column {
    person::Column::iter()
        .find(|c| c.as_str() == field.column())
        .expect("every field of the catalogue is a column of persons (tested)")
}

/// The value the record holds for `field` (`None`: an optional field left empty).
pub fn field_value(p: &person::Model, field: Field) -> Option<String> {
    match p.get(column(field)) {
        Value::String(Some(s)) => Some(s.to_string()),
        _ => None,
    }
}

/// Sets `field` on the record to `value`.
pub fn set_field(p: &mut person::ActiveModel, field: Field, value: String) {
    let value = if field.optional() { Value::String(Some(value)) } else { Value::from(value) };
    p.set(column(field), value);
}

/// For the rest of the transaction, PostgreSQL plans each statement for its values. A bulk
/// import grows the tables it reads: a cached generic plan made while `persons` held a few rows
/// (a sequential scan) would be kept for every batch after, and 100,000 rows took minutes
/// instead of seconds. SQLite plans each statement for its values already.
pub async fn plan_for_growing_tables<C: ConnectionTrait>(conn: &C) -> Result<(), DbErr> {
    if conn.get_database_backend() == sea_orm::DbBackend::Postgres {
        conn.execute_unprepared("SET LOCAL plan_cache_mode = force_custom_plan").await?;
    }
    Ok(())
}

/// Sets `field` on the record to `value`; `None` empties an optional field.
pub fn set_optional_field(p: &mut person::ActiveModel, field: Field, value: Option<String>) {
    match value {
        Some(v) => set_field(p, field, v),
        None => p.set(column(field), Value::String(None)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::{IntoActiveModel, TryIntoModel};

    fn someone() -> person::Model {
        let t = chrono::DateTime::UNIX_EPOCH;
        person::Model {
            id: 1,
            public_id: "p".into(),
            dossier_ref: "D-1".into(),
            given_name: "Amina".into(),
            family_name: "Haddad".into(),
            address: "Pastorijstraat 1".into(),
            phone: None,
            email: Some("a@example.org".into()),
            contact_language: "ar".into(),
            dutch_level: "a2".into(),
            mo_status: "in_progress".into(),
            created_at: t,
            updated_at: t,
            pseudonymised_at: None,
            relationship_ended_on: None,
        }
    }

    #[test]
    fn every_field_reads_and_writes_its_own_column() {
        let p = someone();
        assert_eq!(field_value(&p, Field::GivenName).as_deref(), Some("Amina"));
        assert_eq!(field_value(&p, Field::Phone), None);
        assert_eq!(field_value(&p, Field::ContactLanguage).as_deref(), Some("ar"));
        for f in Field::ALL {
            let mut am = p.clone().into_active_model();
            set_field(&mut am, *f, format!("new {f}"));
            let changed = am.try_into_model().expect("a whole model");
            for other in Field::ALL {
                let expected = if other == f { Some(format!("new {f}")) } else { field_value(&p, *other) };
                assert_eq!(field_value(&changed, *other), expected, "{f} set, {other} read");
            }
        }
    }
}
