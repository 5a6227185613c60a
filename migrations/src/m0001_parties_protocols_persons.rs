//! Parties, protocols with their versions and published texts, persons and function profiles.

use crate::helpers::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0001_parties_protocols_persons"
    }
}

const TABLES: &[&str] = &[
    "parties",
    "protocols",
    "protocol_versions",
    "protocol_version_fields",
    "protocol_texts",
    "persons",
    "function_profiles",
    "function_profile_fields",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            Table::create()
                .table("parties")
                .col(pk_auto("id"))
                .col(string_len_uniq("slug", 60))
                .col(one_of("kind", &["agency", "municipality", "partner"]))
                .col(string_len("name", 200))
                .col(integer_null("parent_party_id"))
                .col(string_len_null("address", 300))
                .col(string_len_null("enterprise_number", 20))
                .col(string_len_null("dpo_contact", 200))
                .col(instant("created_at"))
                .check(Expr::cust("(\"kind\" = 'partner') = (\"parent_party_id\" IS NOT NULL)"))
                .foreign_key(&mut fk("parties", "parent_party_id", "parties"))
                .to_owned(),
        )
        .await?;
        create(
            m,
            Table::create()
                .table("protocols")
                .col(pk_auto("id"))
                .col(string_len_uniq("slug", 80))
                .col(integer("discloser_party_id"))
                .col(integer("recipient_party_id"))
                .col(instant("created_at"))
                .check(Expr::cust("\"discloser_party_id\" <> \"recipient_party_id\""))
                .foreign_key(&mut fk("protocols", "discloser_party_id", "parties"))
                .foreign_key(&mut fk("protocols", "recipient_party_id", "parties"))
                .to_owned(),
        )
        .await?;
        create(
            m,
            Table::create()
                .table("protocol_versions")
                .col(pk_auto("id"))
                .col(integer("protocol_id"))
                .col(integer("version_no").check(Expr::cust("\"version_no\" >= 1")))
                .col(text("legal_basis"))
                .col(text("purposes"))
                .col(integer("retention_months").check(Expr::cust("\"retention_months\" > 0")))
                .col(date("signed_on"))
                .col(date("valid_from"))
                .col(date_null("valid_until"))
                .col(integer("notice_period_months").check(Expr::cust("\"notice_period_months\" >= 0")))
                .col(date_null("dpo_advice_discloser_on"))
                .col(date_null("dpo_advice_recipient_on"))
                .col(one_of("status", &["draft", "published", "terminated"]))
                .col(instant_null("published_at"))
                .col(one_of_null("termination_kind", &["immediate", "notice"]))
                .col(instant_null("termination_notified_at"))
                .col(date_null("terminated_effective_on"))
                .col(text_null("termination_reason"))
                .col(instant("created_at"))
                .check(Expr::cust("\"valid_until\" IS NULL OR \"valid_until\" >= \"valid_from\""))
                .check(Expr::cust(
                    "(\"status\" = 'terminated') = (\"termination_kind\" IS NOT NULL AND \"terminated_effective_on\" IS NOT NULL)",
                ))
                .foreign_key(&mut fk("protocol_versions", "protocol_id", "protocols"))
                .to_owned(),
        )
        .await?;
        m.create_index(unique("protocol_versions", &["protocol_id", "version_no"])).await?;
        create(
            m,
            Table::create()
                .table("protocol_version_fields")
                .col(integer("protocol_version_id"))
                .col(one_of("field", FIELDS))
                .primary_key(Index::create().col("protocol_version_id").col("field"))
                .foreign_key(&mut fk("protocol_version_fields", "protocol_version_id", "protocol_versions"))
                .to_owned(),
        )
        .await?;
        create(
            m,
            Table::create()
                .table("protocol_texts")
                .col(pk_auto("id"))
                .col(integer("protocol_version_id"))
                .col(one_of("language", LANGUAGES))
                .col(string_len("title", 400))
                .col(text("body"))
                .col(text("consent_notice"))
                .foreign_key(&mut fk("protocol_texts", "protocol_version_id", "protocol_versions"))
                .to_owned(),
        )
        .await?;
        m.create_index(unique("protocol_texts", &["protocol_version_id", "language"])).await?;
        create(
            m,
            Table::create()
                .table("persons")
                .col(pk_auto("id"))
                .col(string_len_uniq("public_id", 36))
                .col(string_len_uniq("dossier_ref", 40))
                .col(string_len("given_name", 100))
                .col(string_len("family_name", 100))
                .col(string_len("address", 300))
                .col(string_len_null("phone", 30))
                .col(string_len_null("email", 254))
                .col(one_of("contact_language", LANGUAGES))
                .col(one_of("dutch_level", &["below_a1", "a1", "a2", "b1", "b2", "c1", "c2"]))
                .col(one_of("mo_status", &["not_started", "in_progress", "completed", "exempt"]))
                .col(instant("created_at"))
                .col(instant("updated_at"))
                .col(instant_null("pseudonymised_at"))
                .to_owned(),
        )
        .await?;
        create(
            m,
            Table::create()
                .table("function_profiles")
                .col(pk_auto("id"))
                .col(integer("party_id"))
                .col(string_len("name", 120))
                .col(text("purpose"))
                .col(boolean("active").default(true))
                .col(instant("created_at"))
                .foreign_key(&mut fk("function_profiles", "party_id", "parties"))
                .to_owned(),
        )
        .await?;
        m.create_index(unique("function_profiles", &["party_id", "name"])).await?;
        create(
            m,
            Table::create()
                .table("function_profile_fields")
                .col(integer("function_profile_id"))
                .col(one_of("field", FIELDS))
                .primary_key(Index::create().col("function_profile_id").col("field"))
                .foreign_key(&mut fk("function_profile_fields", "function_profile_id", "function_profiles"))
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let mut tables = TABLES.to_vec();
        tables.reverse();
        drop_all(m, &tables).await
    }
}
