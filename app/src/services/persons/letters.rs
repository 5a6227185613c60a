//! Invitation letters in bulk (issue 16): for the persons the client-tracking system brought in
//! (everyone not yet invited) or a chosen list, one invitation each, printed on a page in the
//! person's contact language and Dutch with the QR code and the short code.
//!
//! The recovery rules hold (`domain::approval::route`, review M3): a person without an account
//! gets an enrolment letter, shown to whoever prints it. A person who already has an account
//! gets a recovery: printed as a recovery letter, which says so, only on the server's command
//! line (`portal invite letters`, the operator's bootstrap path, like `portal invite person`);
//! from the admin desk it is delivered to the contact data on file instead, and the page says
//! only where it went. Either way the person is told in the app and on every channel.

use crate::domain::authz::StaffCaller;
use crate::domain::ids::{PersonId, StaffId};
use crate::domain::locale::Locale;
use crate::domain::notification::Notice;
use crate::domain::outbox::RecoveryVia;
use crate::domain::retention::has_ended;
use crate::domain::time::today;
use crate::services::identity::credentials::{Invitee, issue_invitation, recovery};
use crate::services::notifications::outbox;
use crate::services::{ServiceError, WriteTx};
use crate::store::{Db, invitation, person, person_protocol, protocol, protocol_version, queries};
use crate::views::letters::{DeliveredInstead, Letter, LetterProtocol, LetterRun};
use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use std::collections::HashMap;

/// At most this many letters in one print run.
pub const MAX_LETTERS: usize = 500;

/// Whose letters.
#[derive(Debug, Clone)]
pub enum Selection {
    /// Everyone with no invitation yet (newly imported), still in the pilot: the first
    /// `MAX_LETTERS` of them; the next run takes the rest, since these are then invited.
    NotYetInvited,
    /// These dossiers (one per line on the admin's form).
    Dossiers(Vec<String>),
}

/// Who prints.
#[derive(Debug, Clone, Copy)]
pub enum Printer<'a> {
    /// The server's operator (`portal invite letters`).
    Operator,
    /// An agency protocol admin at the desk.
    Admin(&'a StaffCaller),
}

/// Issues the selection's invitations, in one transaction; `public_url` makes their links.
pub async fn issue(
    db: &Db,
    printer: Printer<'_>,
    selection: Selection,
    public_url: &str,
    now: DateTime<Utc>,
) -> Result<LetterRun, ServiceError> {
    let tx = WriteTx::begin(db, now).await?;
    let persons = selected(&tx, &selection).await?;
    let (actor, staff) = match printer {
        Printer::Operator => ("system:letters".to_owned(), None::<StaffId>),
        Printer::Admin(admin) => (admin.audit_id(), Some(admin.staff_id)),
    };
    let protocols = protocols_of(&tx, &persons).await?;
    let mut run = LetterRun { letters: Vec::new(), delivered: Vec::new() };
    for p in persons {
        let person_id = PersonId(p.id);
        let has_account = recovery::has_account(&tx, person_id).await?;
        let issued = issue_invitation(&tx, &actor, staff, Invitee::Person { person_id }).await?;
        if has_account {
            if let Printer::Admin(_) = printer {
                let delivery = recovery::deliver(&tx, &actor, person_id, issued).await?;
                run.delivered.push(DeliveredInstead {
                    dossier_ref: p.dossier_ref,
                    channel: delivery.channel,
                    masked_to: delivery.masked_to,
                });
                continue;
            }
            let notice = |_| Notice::RecoveryIssued { via: RecoveryVia::Letter };
            outbox::notify_everywhere(&tx, person_id, notice, None).await?;
        }
        let language = Locale::parse(&p.contact_language).unwrap_or_default();
        run.letters.push(Letter {
            name: format!("{} {}", p.given_name, p.family_name),
            address: p.address,
            dossier_ref: p.dossier_ref,
            language,
            url: issued.url(public_url),
            short_code: issued.short_code,
            expires_at: issued.expires_at,
            recovery: has_account,
            protocols: protocols.get(&p.id).cloned().unwrap_or_default(),
        });
    }
    tx.commit().await?;
    Ok(run)
}

async fn selected(tx: &WriteTx<'_>, selection: &Selection) -> Result<Vec<person::Model>, ServiceError> {
    let invalid = |message_id| ServiceError::Invalid { field: "dossiers", message_id };
    // `domain::retention::has_ended` as a filter: not pseudonymised, no end or one after today.
    let still_in = Condition::all().add(person::Column::PseudonymisedAt.is_null()).add(
        Condition::any()
            .add(person::Column::RelationshipEndedOn.is_null())
            .add(person::Column::RelationshipEndedOn.gt(today(tx.now))),
    );
    let persons = match selection {
        Selection::NotYetInvited => {
            let invited = Query::select()
                .expr(Expr::val(1))
                .from(invitation::Entity)
                .and_where(
                    Expr::col((invitation::Entity, invitation::Column::PersonId))
                        .equals((person::Entity, person::Column::Id)),
                )
                .to_owned();
            person::Entity::find()
                .filter(still_in)
                .filter(Expr::exists(invited).not())
                .order_by_asc(person::Column::Id)
                .limit(MAX_LETTERS as u64)
                .all(&tx.tx)
                .await?
        }
        Selection::Dossiers(list) => {
            let mut seen = std::collections::HashSet::new();
            let wanted: Vec<&str> =
                list.iter().map(|d| d.trim()).filter(|d| !d.is_empty() && seen.insert(*d)).collect();
            if wanted.len() > MAX_LETTERS {
                return Err(invalid("letters-error-too-many"));
            }
            let found =
                person::Entity::find().filter(person::Column::DossierRef.is_in(wanted.clone())).all(&tx.tx).await?;
            if found.len() != wanted.len() {
                return Err(invalid("letters-error-unknown-dossier"));
            }
            let today = today(tx.now);
            if found
                .iter()
                .any(|p| p.pseudonymised_at.is_some() || p.relationship_ended_on.is_some_and(|d| has_ended(d, today)))
            {
                return Err(invalid("letters-error-left-the-pilot"));
            }
            // In the order the admin listed them.
            let mut by_ref: HashMap<String, person::Model> =
                found.into_iter().map(|p| (p.dossier_ref.clone(), p)).collect();
            wanted.iter().filter_map(|d| by_ref.remove(*d)).collect()
        }
    };
    if persons.is_empty() {
        return Err(invalid("letters-error-none"));
    }
    Ok(persons)
}

/// Per person, the protocols that concern them, titled in their language (the title of the
/// version in force, else the Dutch one, else the protocol's slug); read once for the run.
async fn protocols_of(
    tx: &WriteTx<'_>,
    persons: &[person::Model],
) -> Result<HashMap<i32, Vec<LetterProtocol>>, ServiceError> {
    let links = person_protocol::Entity::find()
        .filter(person_protocol::Column::PersonId.is_in(persons.iter().map(|p| p.id)))
        .all(&tx.tx)
        .await?;
    let protocols: HashMap<i32, protocol::Model> =
        protocol::Entity::find().all(&tx.tx).await?.into_iter().map(|p| (p.id, p)).collect();
    let parties = queries::party::names(&tx.tx).await?;
    let versions = queries::protocol_many::published_versions(&tx.tx, protocols.keys().copied().collect()).await?;
    let in_force: HashMap<i32, i32> = versions
        .iter()
        .filter_map(|(protocol_id, of)| {
            let v = crate::domain::protocol::in_force(of, today(tx.now), protocol_version::Model::validity).ok()?;
            Some((*protocol_id, v.id))
        })
        .collect();
    let language_of: HashMap<i32, Locale> =
        persons.iter().map(|p| (p.id, Locale::parse(&p.contact_language).unwrap_or_default())).collect();
    let mut titles: HashMap<(i32, Locale), String> = HashMap::new();
    let languages: std::collections::BTreeSet<Locale> = language_of.values().copied().chain([Locale::Nl]).collect();
    let version_ids: Vec<i32> = in_force.values().copied().collect();
    for language in languages {
        for (version, (_, text)) in queries::protocol_many::texts_for(&tx.tx, version_ids.clone(), language).await? {
            titles.insert((version, language), text.title);
        }
    }
    let mut out: HashMap<i32, Vec<LetterProtocol>> = HashMap::new();
    for link in links {
        let Some(p) = protocols.get(&link.protocol_id) else { continue };
        let version = in_force.get(&p.id).copied();
        let title = |l: Locale| version.and_then(|v| titles.get(&(v, l)).cloned()).unwrap_or_else(|| p.slug.clone());
        let language = language_of.get(&link.person_id).copied().unwrap_or_default();
        out.entry(link.person_id).or_default().push(LetterProtocol {
            recipient: parties.get(&p.recipient_party_id).cloned().unwrap_or_default(),
            title: title(language),
            title_nl: title(Locale::Nl),
        });
    }
    Ok(out)
}
