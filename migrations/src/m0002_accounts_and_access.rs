//! Staff, passkeys, sessions, ceremony state, invitations and API clients.
//! Secrets (session tokens, invitation secrets, API tokens) are stored only as SHA-256 hashes.

use crate::helpers::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0002_accounts_and_access"
    }
}

const TABLES: &[&str] = &["staff", "passkeys", "sessions", "webauthn_ceremonies", "invitations", "api_clients"];

const ROLES: &[&str] = &[
    "agency_rectification_officer",
    "agency_protocol_admin",
    "agency_dpo",
    "municipality_admin",
    "municipality_staff",
];

/// Exactly one owner: a person or a staff member.
const ONE_OWNER: &str = "(\"person_id\" IS NULL) <> (\"staff_id\" IS NULL)";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        create(
            m,
            Table::create()
                .table("staff")
                .col(pk_auto("id"))
                .col(string_len_uniq("public_id", 36))
                .col(integer("party_id"))
                .col(string_len("display_name", 200))
                .col(one_of("role", ROLES))
                .col(integer_null("function_profile_id"))
                .col(instant("created_at"))
                .col(instant_null("disabled_at"))
                // Separation of duties (art. 6): only municipality staff hold a data-reading profile.
                .check(Expr::cust("(\"role\" = 'municipality_staff') = (\"function_profile_id\" IS NOT NULL)"))
                .foreign_key(&mut fk("staff", "party_id", "parties"))
                .foreign_key(&mut fk("staff", "function_profile_id", "function_profiles"))
                .to_owned(),
        )
        .await?;
        create(
            m,
            Table::create()
                .table("passkeys")
                .col(pk_auto("id"))
                .col(integer_null("person_id"))
                .col(integer_null("staff_id"))
                .col(string_len_uniq("credential_id", 1400))
                .col(text("passkey"))
                .col(string_len("name", 100))
                .col(instant("created_at"))
                .col(instant_null("last_used_at"))
                .check(Expr::cust(ONE_OWNER))
                .foreign_key(&mut fk("passkeys", "person_id", "persons"))
                .foreign_key(&mut fk("passkeys", "staff_id", "staff"))
                .to_owned(),
        )
        .await?;
        create(
            m,
            Table::create()
                .table("sessions")
                .col(pk_auto("id"))
                .col(string_len_uniq("token_hash", 64))
                .col(integer_null("person_id"))
                .col(integer_null("staff_id"))
                .col(instant("created_at"))
                .col(instant("last_seen_at"))
                .col(instant("expires_at"))
                .col(instant_null("ended_at"))
                .col(string_len_null("user_agent", 300))
                .check(Expr::cust(ONE_OWNER))
                .foreign_key(&mut fk("sessions", "person_id", "persons"))
                .foreign_key(&mut fk("sessions", "staff_id", "staff"))
                .to_owned(),
        )
        .await?;
        create(
            m,
            Table::create()
                .table("webauthn_ceremonies")
                .col(pk_auto("id"))
                .col(string_len_uniq("handle_hash", 64))
                .col(one_of("kind", &["registration", "authentication"]))
                .col(text("state"))
                .col(integer_null("person_id"))
                .col(integer_null("staff_id"))
                .col(integer_null("invitation_id"))
                .col(instant("created_at"))
                .col(instant("expires_at"))
                .to_owned(),
        )
        .await?;
        create(
            m,
            Table::create()
                .table("invitations")
                .col(pk_auto("id"))
                .col(string_len_uniq("secret_hash", 64))
                .col(string_len_uniq("short_code_hash", 64))
                .col(one_of("kind", &["person", "staff"]))
                .col(integer_null("person_id"))
                .col(integer_null("party_id"))
                .col(one_of_null("role", ROLES))
                .col(integer_null("function_profile_id"))
                .col(integer_null("created_by_staff_id"))
                .col(instant("created_at"))
                .col(instant("expires_at"))
                .col(instant_null("redeemed_at"))
                .col(instant_null("revoked_at"))
                .check(Expr::cust(
                    "(\"kind\" = 'person' AND \"person_id\" IS NOT NULL AND \"party_id\" IS NULL AND \"role\" IS NULL) \
                     OR (\"kind\" = 'staff' AND \"person_id\" IS NULL AND \"party_id\" IS NOT NULL AND \"role\" IS NOT NULL)",
                ))
                .check(Expr::cust("\"expires_at\" > \"created_at\""))
                .foreign_key(&mut fk("invitations", "person_id", "persons"))
                .foreign_key(&mut fk("invitations", "party_id", "parties"))
                .foreign_key(&mut fk("invitations", "function_profile_id", "function_profiles"))
                .foreign_key(&mut fk("invitations", "created_by_staff_id", "staff"))
                .to_owned(),
        )
        .await?;
        create(
            m,
            Table::create()
                .table("api_clients")
                .col(pk_auto("id"))
                .col(string_len_uniq("public_id", 36))
                .col(integer("party_id"))
                .col(integer("function_profile_id"))
                .col(string_len("name", 120))
                .col(string_len_uniq("token_hash", 64))
                .col(instant("created_at"))
                .col(instant_null("expires_at"))
                .col(instant_null("revoked_at"))
                .foreign_key(&mut fk("api_clients", "party_id", "parties"))
                .foreign_key(&mut fk("api_clients", "function_profile_id", "function_profiles"))
                .to_owned(),
        )
        .await?;
        m.create_index(index("sessions", &["expires_at"])).await?;
        m.create_index(index("webauthn_ceremonies", &["expires_at"])).await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let mut tables = TABLES.to_vec();
        tables.reverse();
        drop_all(m, &tables).await
    }
}
