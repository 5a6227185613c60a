//! The register of disclosures the DPO keeps (GDPR 30, protocol art. 6; issue 13): every
//! disclosure event — to whom, which fields, when, why, through which channel, whose —
//! narrowed by recipient, field, period and dossier reference, newest first, fifty a page, or
//! all of it as CSV.
//! Read-only: the log itself is append-only and written only by the disclosure path.

use crate::domain::ids::PartyId;
use crate::domain::time::start_of_local_day;
use crate::services::ServiceError;
use crate::store::{Db, disclosure_event, disclosure_event_field, party, party_person_ref, person};
use crate::views::disclosure_register::{RegisterFilter, RegisterPage, RegisterRow};
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

/// Rows per page.
pub const PAGE: u64 = 50;

/// Rows a CSV export holds at most (the filter narrows a bigger register).
pub const EXPORT_MAX: u64 = 200_000;

/// Whose register: every party's (the agency), or one party's (a municipality's DPO): what it
/// received and what it passed on, its persons named by its own references.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    All,
    Party(PartyId),
}

impl Scope {
    pub fn of(own_party_only: Option<PartyId>) -> Scope {
        own_party_only.map_or(Scope::All, Scope::Party)
    }

    /// Where its page is.
    pub fn base(self) -> &'static str {
        match self {
            Scope::All => "/agency/dpo/disclosures",
            Scope::Party(_) => "/municipality/dpo/disclosures",
        }
    }
}

/// The parties a register's filter offers: all, or the party and its partners.
async fn parties_of(db: &Db, scope: Scope) -> Result<Vec<party::Model>, ServiceError> {
    let all = party::Entity::find().order_by_asc(party::Column::Name).all(&db.conn).await?;
    Ok(match scope {
        Scope::All => all,
        Scope::Party(id) => all.into_iter().filter(|p| p.id == id.0 || p.parent_party_id == Some(id.0)).collect(),
    })
}

/// One page of the register, with the parties to filter by.
pub async fn page(db: &Db, scope: Scope, filter: RegisterFilter) -> Result<RegisterPage, ServiceError> {
    let parties = parties_of(db, scope).await?;
    let (rows, more) = select(db, scope, &parties, &filter, filter.page as u64 * PAGE, PAGE).await?;
    let recipients = parties.into_iter().map(|p| (p.slug, p.name)).collect();
    let (base, own_party_only) = (scope.base().to_owned(), scope != Scope::All);
    Ok(RegisterPage { filter, rows, more, recipients, base, own_party_only })
}

/// The whole register under `filter` (page ignored) as CSV, newest first, at most
/// `EXPORT_MAX` rows: codes for fields and channels, instants in UTC (RFC 3339).
pub async fn csv(db: &Db, scope: Scope, filter: &RegisterFilter) -> Result<String, ServiceError> {
    let parties = parties_of(db, scope).await?;
    let mut out = String::from("occurred_at,recipient,via,channel,fields,purpose,dossier_ref\r\n");
    let mut offset = 0;
    loop {
        let (rows, more) = select(db, scope, &parties, filter, offset, 1000).await?;
        for r in &rows {
            let fields: Vec<&str> = r.fields.iter().map(|f| f.as_str()).collect();
            let cells = [
                r.at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                r.recipient.clone(),
                r.via.clone().unwrap_or_default(),
                r.channel.clone(),
                fields.join(" "),
                r.purpose.clone(),
                r.dossier_ref.clone(),
            ];
            out.push_str(&cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","));
            out.push_str("\r\n");
        }
        offset += rows.len() as u64;
        if !more || offset >= EXPORT_MAX {
            return Ok(out);
        }
    }
}

/// A CSV cell (RFC 4180), quoted; a text a spreadsheet would run as a formula starts with `'`.
fn csv_cell(value: &str) -> String {
    let guarded =
        if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_owned() };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

async fn select(
    db: &Db,
    scope: Scope,
    parties: &[party::Model],
    filter: &RegisterFilter,
    offset: u64,
    limit: u64,
) -> Result<(Vec<RegisterRow>, bool), ServiceError> {
    use disclosure_event::Column as C;
    let conn = &db.conn;
    let names: HashMap<i32, String> = parties.iter().map(|p| (p.id, p.name.clone())).collect();
    let mut query = disclosure_event::Entity::find();
    if let Scope::Party(own) = scope {
        query = query.filter(Condition::any().add(C::RecipientPartyId.eq(own.0)).add(C::ViaPartyId.eq(own.0)));
    }
    if let Some(slug) = &filter.recipient {
        let Some(p) = parties.iter().find(|p| &p.slug == slug) else { return Ok((Vec::new(), false)) };
        query = query.filter(C::RecipientPartyId.eq(p.id));
    }
    if let Some(reference) = &filter.dossier {
        let found = match scope {
            Scope::All => person::Entity::find()
                .filter(person::Column::DossierRef.eq(reference.as_str()))
                .one(conn)
                .await?
                .map(|p| p.id),
            Scope::Party(own) => crate::services::pseudonyms::resolve(conn, own, reference).await?.map(|p| p.0),
        };
        let Some(person_id) = found else { return Ok((Vec::new(), false)) };
        query = query.filter(C::PersonId.eq(person_id));
    }
    if let Some(field) = filter.field {
        let with_field = Query::select()
            .column(disclosure_event_field::Column::DisclosureEventId)
            .from(disclosure_event_field::Entity)
            .and_where(disclosure_event_field::Column::Field.eq(field.as_str()))
            .to_owned();
        query = query.filter(C::Id.in_subquery(with_field));
    }
    if let Some(from) = filter.from {
        query = query.filter(C::OccurredAt.gte(start_of_local_day(from)));
    }
    if let Some(to) = filter.to.and_then(|d| d.succ_opt()) {
        query = query.filter(C::OccurredAt.lt(start_of_local_day(to)));
    }
    let events = query.order_by_desc(C::Id).offset(offset).limit(limit + 1).all(conn).await?;
    let more = events.len() as u64 > limit;
    let events: Vec<disclosure_event::Model> = events.into_iter().take(limit as usize).collect();
    let ids: Vec<i64> = events.iter().map(|e| e.id).collect();
    let mut fields: HashMap<i64, Vec<crate::domain::fields::Field>> = HashMap::new();
    let pairs: Vec<(i64, String)> = disclosure_event_field::Entity::find()
        .select_only()
        .column(disclosure_event_field::Column::DisclosureEventId)
        .column(disclosure_event_field::Column::Field)
        .filter(disclosure_event_field::Column::DisclosureEventId.is_in(ids))
        .into_tuple()
        .all(conn)
        .await?;
    for (event, field) in pairs {
        if let Ok(f) = crate::domain::fields::Field::parse(&field) {
            fields.entry(event).or_default().push(f);
        }
    }
    let person_ids: Vec<i32> = events.iter().map(|e| e.person_id).collect();
    let dossiers: HashMap<i32, String> = match scope {
        Scope::All => person::Entity::find()
            .select_only()
            .column(person::Column::Id)
            .column(person::Column::DossierRef)
            .filter(person::Column::Id.is_in(person_ids))
            .into_tuple()
            .all(conn)
            .await?
            .into_iter()
            .collect(),
        // A municipality knows persons by its own references, never the agency's dossiers.
        Scope::Party(own) => party_person_ref::Entity::find()
            .filter(party_person_ref::Column::PartyId.eq(own.0))
            .filter(party_person_ref::Column::PersonId.is_in(person_ids))
            .all(conn)
            .await?
            .into_iter()
            .map(|r| (r.person_id, r.reference))
            .collect(),
    };
    let rows = events
        .into_iter()
        .map(|e| {
            let mut event_fields = fields.remove(&e.id).unwrap_or_default();
            event_fields.sort_by_key(|f| crate::domain::fields::Field::ALL.iter().position(|x| x == f));
            RegisterRow {
                at: e.occurred_at,
                recipient: names.get(&e.recipient_party_id).cloned().unwrap_or_default(),
                via: e.via_party_id.and_then(|v| names.get(&v).cloned()),
                channel: e.channel,
                fields: event_fields,
                purpose: e.purpose,
                dossier_ref: dossiers.get(&e.person_id).cloned().unwrap_or_default(),
            }
        })
        .collect();
    Ok((rows, more))
}

#[cfg(test)]
mod tests {
    use super::csv_cell;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(csv_cell("Buddy \"Leeuw\", vzw"), "\"Buddy \"\"Leeuw\"\", vzw\"");
        assert_eq!(csv_cell("=HYPERLINK(1)"), "\"'=HYPERLINK(1)\"");
        assert_eq!(csv_cell("KBI-1"), "\"KBI-1\"");
    }
}
