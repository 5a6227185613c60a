//! The municipality's own registers and daily work in the browser (issue 11):
//! - function profiles keep their history: each row is one revision of a profile
//!   (`lineage_id`: its first revision; `revision_no`; `superseded_at` once a newer one
//!   replaced it). Names are unique among a party's current revisions only. Disclosure events
//!   keep pointing at the revision they were made under;
//! - a staff invitation names whom it is for (`invitee_name`, `invitee_contact`);
//! - parties: a registered partner's purpose, agreement date and contact; and a new kind,
//!   `recipient`: an organisation a municipality notified the agency about before passing data
//!   on to it (art. 4, last paragraph). Like a partner it hangs under its municipality;
//! - `onward_disclosure_notices` gets the shape the notice needs (legal basis, fields, the
//!   recipient it names, the agency's acknowledgement). Nothing wrote the table before, so it
//!   is recreated — and the migration stops if it holds a row after all;
//! - `correction_notices_processed`: when a party that was told of a correction (GDPR 19)
//!   processed it, and who did. The notices themselves are append-only, so this is a table of
//!   its own, one row per notice at most;
//! - `rectification_requests`: a quality report filed by a municipality's staff member names
//!   them (`filed_by_staff_id`), as one filed by its system names the client. The rule becomes
//!   "a person's own request names no staff member and no client; every other names one".

use crate::helpers::*;
use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m0011_municipality_registers"
    }
}

const KIND_CHECK_BEFORE: &str = " CHECK (\"kind\" IN ('agency', 'municipality', 'partner'))";
const PARENT_CHECK_BEFORE: &str = "CHECK ((\"kind\" = 'partner') = (\"parent_party_id\" IS NOT NULL))";
/// Top-level parties (the agency, municipalities) have no parent; every other kind hangs under
/// a municipality. The kinds themselves are the domain's list (`PartyKind`), as in m0007.
const FILER_CHECK_BEFORE: &str = "CHECK ((\"filed_by\" = 'staff') = (\"filed_by_staff_id\" IS NOT NULL))";
const FILER_CHECK_AFTER: &str =
    "CHECK ((\"filed_by\" = 'person') = (COALESCE(\"filed_by_staff_id\", \"filed_by_api_client_id\") IS NULL))";
const PARENT_CHECK_AFTER: &str = "CHECK ((\"kind\" IN ('agency', 'municipality')) = (\"parent_party_id\" IS NULL))";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// One transaction on SQLite too: the rebuild is all or nothing.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        profile_revisions_up(m).await?;
        add(m, "invitations", ColumnDef::new(Alias::new("invitee_name")).string_len(200).null()).await?;
        add(m, "invitations", ColumnDef::new(Alias::new("invitee_contact")).string_len(200).null()).await?;
        parties_up(m).await?;
        refuse_if_any(m, "onward_disclosure_notices", "1 = 1").await?;
        drop_all(m, &["onward_disclosure_notices"]).await?;
        onward_notices(m).await?;
        notices_processed(m).await?;
        filer_check(m, FILER_CHECK_BEFORE, FILER_CHECK_AFTER).await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let by_municipal_staff = "\"filed_by\" = 'municipality' AND \"filed_by_staff_id\" IS NOT NULL";
        refuse_if_any(m, "rectification_requests", by_municipal_staff).await?;
        filer_check(m, FILER_CHECK_AFTER, FILER_CHECK_BEFORE).await?;
        drop_all(m, &["correction_notices_processed"]).await?;
        refuse_if_any(m, "onward_disclosure_notices", "1 = 1").await?;
        drop_all(m, &["onward_disclosure_notices"]).await?;
        onward_notices_before(m).await?;
        parties_down(m).await?;
        drop_column(m, "invitations", "invitee_contact").await?;
        drop_column(m, "invitations", "invitee_name").await?;
        profile_revisions_down(m).await
    }
}

async fn add(m: &SchemaManager<'_>, table: &str, column: &mut ColumnDef) -> Result<(), DbErr> {
    // One column per statement: SQLite adds one at a time.
    m.alter_table(Table::alter().table(Alias::new(table)).add_column(column.to_owned()).to_owned()).await
}

async fn drop_column(m: &SchemaManager<'_>, table: &str, column: &str) -> Result<(), DbErr> {
    m.alter_table(Table::alter().table(Alias::new(table)).drop_column(Alias::new(column)).to_owned()).await
}

async fn exec(m: &SchemaManager<'_>, sql: &str) -> Result<(), DbErr> {
    m.get_connection().execute_unprepared(sql).await.map(|_| ())
}

async fn profile_revisions_up(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    let profiles = "function_profiles";
    add(m, profiles, ColumnDef::new(Alias::new("lineage_id")).integer().null()).await?;
    add(m, profiles, ColumnDef::new(Alias::new("revision_no")).integer().not_null().default(1)).await?;
    add(m, profiles, ColumnDef::new(Alias::new("superseded_at")).timestamp_with_time_zone().null()).await?;
    add(m, profiles, ColumnDef::new(Alias::new("created_by_staff_id")).integer().null()).await?;
    // Every profile so far is the first revision of its own lineage.
    exec(m, "UPDATE \"function_profiles\" SET \"lineage_id\" = \"id\"").await?;
    exec(m, "DROP INDEX \"uq_function_profiles_party_id_name\"").await?;
    exec(
        m,
        "CREATE UNIQUE INDEX \"uq_function_profiles_current_name\" ON \"function_profiles\" (\"party_id\", \"name\") \
         WHERE \"superseded_at\" IS NULL",
    )
    .await?;
    exec(
        m,
        "CREATE UNIQUE INDEX \"uq_function_profiles_lineage_revision\" ON \"function_profiles\" \
         (\"lineage_id\", \"revision_no\")",
    )
    .await
}

async fn profile_revisions_down(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    let superseded = "SELECT 1 FROM \"function_profiles\" WHERE \"superseded_at\" IS NOT NULL LIMIT 1";
    let db = m.get_connection();
    if db.query_one_raw(Statement::from_string(m.get_database_backend(), superseded)).await?.is_some() {
        return Err(DbErr::Migration("function_profiles holds revisions m0010 cannot keep".into()));
    }
    exec(m, "DROP INDEX \"uq_function_profiles_lineage_revision\"").await?;
    exec(m, "DROP INDEX \"uq_function_profiles_current_name\"").await?;
    m.create_index(unique("function_profiles", &["party_id", "name"])).await?;
    for column in ["created_by_staff_id", "superseded_at", "revision_no", "lineage_id"] {
        drop_column(m, "function_profiles", column).await?;
    }
    Ok(())
}

/// Swaps the table-level rule on who filed a rectification request.
async fn filer_check(m: &SchemaManager<'_>, before: &str, after: &str) -> Result<(), DbErr> {
    replace_check(m, "rectification_requests", "rectification_requests_check", before, after).await
}

async fn parties_up(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    match m.get_database_backend() {
        DbBackend::Postgres => {
            exec(m, "ALTER TABLE \"parties\" DROP CONSTRAINT \"parties_kind_check\"").await?;
            exec(m, "ALTER TABLE \"parties\" DROP CONSTRAINT \"parties_check\"").await?;
            exec(m, &format!("ALTER TABLE \"parties\" ADD CONSTRAINT \"parties_check\" {PARENT_CHECK_AFTER}")).await?;
        }
        _ => {
            sqlite_rebuild(m, "parties", |sql| {
                if !sql.contains(KIND_CHECK_BEFORE) || !sql.contains(PARENT_CHECK_BEFORE) {
                    return Err(DbErr::Migration(format!("parties: unexpected {sql}")));
                }
                Ok(sql.replacen(KIND_CHECK_BEFORE, "", 1).replacen(PARENT_CHECK_BEFORE, PARENT_CHECK_AFTER, 1))
            })
            .await?;
        }
    }
    add(m, "parties", ColumnDef::new(Alias::new("purpose")).text().null()).await?;
    add(m, "parties", ColumnDef::new(Alias::new("agreement_signed_on")).date().null()).await?;
    add(m, "parties", ColumnDef::new(Alias::new("contact")).string_len(200).null()).await
}

async fn parties_down(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    let recipients = "SELECT 1 FROM \"parties\" WHERE \"kind\" NOT IN ('agency', 'municipality', 'partner') LIMIT 1";
    let db = m.get_connection();
    if db.query_one_raw(Statement::from_string(m.get_database_backend(), recipients)).await?.is_some() {
        return Err(DbErr::Migration("parties holds kinds m0010 cannot keep".into()));
    }
    for column in ["contact", "agreement_signed_on", "purpose"] {
        drop_column(m, "parties", column).await?;
    }
    match m.get_database_backend() {
        DbBackend::Postgres => {
            exec(m, "ALTER TABLE \"parties\" DROP CONSTRAINT \"parties_check\"").await?;
            exec(m, &format!("ALTER TABLE \"parties\" ADD CONSTRAINT \"parties_check\" {PARENT_CHECK_BEFORE}")).await?;
            exec(m, &format!("ALTER TABLE \"parties\" ADD CONSTRAINT \"parties_kind_check\"{KIND_CHECK_BEFORE}")).await
        }
        _ => {
            sqlite_rebuild(m, "parties", |sql| {
                let kind = "\"kind\" varchar(40) NOT NULL";
                if !sql.contains(kind) || !sql.contains(PARENT_CHECK_AFTER) {
                    return Err(DbErr::Migration(format!("parties: unexpected {sql}")));
                }
                Ok(sql.replacen(kind, &format!("{kind}{KIND_CHECK_BEFORE}"), 1).replacen(
                    PARENT_CHECK_AFTER,
                    PARENT_CHECK_BEFORE,
                    1,
                ))
            })
            .await
        }
    }
}

/// The notice of art. 4, last paragraph, in the shape this migration gives it.
async fn onward_notices(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    create(
        m,
        Table::create()
            .table("onward_disclosure_notices")
            .col(pk_auto("id"))
            .col(string_len_uniq("public_id", 36))
            .col(integer("municipality_party_id"))
            .col(integer("recipient_party_id"))
            .col(integer("created_by_staff_id"))
            .col(text("purpose"))
            .col(text("fields"))
            .col(text("legal_basis"))
            .col(date("planned_on"))
            .col(instant("notified_at"))
            .col(instant_null("acknowledged_at"))
            .col(integer_null("acknowledged_by_staff_id"))
            .check(Expr::cust("(\"acknowledged_at\" IS NULL) = (\"acknowledged_by_staff_id\" IS NULL)"))
            .foreign_key(&mut fk("onward_disclosure_notices", "municipality_party_id", "parties"))
            .foreign_key(&mut fk("onward_disclosure_notices", "recipient_party_id", "parties"))
            .foreign_key(&mut fk("onward_disclosure_notices", "created_by_staff_id", "staff"))
            .foreign_key(&mut fk("onward_disclosure_notices", "acknowledged_by_staff_id", "staff"))
            .to_owned(),
    )
    .await?;
    m.create_index(index("onward_disclosure_notices", &["recipient_party_id"])).await
}

async fn notices_processed(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    create(
        m,
        Table::create()
            .table("correction_notices_processed")
            .col(integer("request_id"))
            .col(integer("party_id"))
            .col(instant("processed_at"))
            .col(integer("processed_by_staff_id"))
            .primary_key(Index::create().col("request_id").col("party_id"))
            .foreign_key(
                ForeignKey::create()
                    .name("fk_correction_notices_processed_notice")
                    .from("correction_notices_processed", ("request_id", "party_id"))
                    .to("rectification_recipient_notices", ("request_id", "party_id"))
                    .on_delete(ForeignKeyAction::Restrict)
                    .on_update(ForeignKeyAction::Restrict),
            )
            .foreign_key(&mut fk("correction_notices_processed", "processed_by_staff_id", "staff"))
            .to_owned(),
    )
    .await
}

/// m0003's shape, for `down`.
async fn onward_notices_before(m: &SchemaManager<'_>) -> Result<(), DbErr> {
    create(
        m,
        Table::create()
            .table("onward_disclosure_notices")
            .col(pk_auto("id"))
            .col(integer("municipality_party_id"))
            .col(integer("created_by_staff_id"))
            .col(string_len("recipient_name", 200))
            .col(text("purpose"))
            .col(text("fields"))
            .col(date("planned_from"))
            .col(instant("notified_at"))
            .foreign_key(&mut fk("onward_disclosure_notices", "municipality_party_id", "parties"))
            .foreign_key(&mut fk("onward_disclosure_notices", "created_by_staff_id", "staff"))
            .to_owned(),
    )
    .await
}
