//! A municipality reads a person's fields (art. 4, under consent and its function profile), or
//! records that it passes fields on to a partner or a notified recipient (art. 4, onward) — one
//! of its staff in the browser, or its system through the API: two doors, one operation. Both
//! resolve the party's own reference and go through the one path: batched with the reads that
//! arrive meanwhile ([`Disclosures`]), or, when the system sent an `Idempotency-Key`, in a
//! transaction of its own that also keeps the answer for a retry.

use super::{Actor, DisclosureRequest, Disclosures, disclose_in, reader};
use crate::domain::authz::MunicipalityCaller;
use crate::domain::disclosure::DisclosureChannel;
use crate::domain::fields::Field;
use crate::domain::ids::PartyId;
use crate::domain::text::Name;
use crate::services::ServiceError;
use crate::services::WriteTx;
use crate::services::idempotency::{self, Key, Once};
use crate::services::pseudonyms;
use crate::store::{Db, party};
use crate::views::api::{FieldValue, PersonFields};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::BTreeSet;

/// What the municipality asks to receive, or to pass on.
pub enum Wanted<'a> {
    /// These fields (every field when `None`) as consent and the profile allow, for the
    /// profile's purpose unless one is given.
    Read { purpose: Option<&'a str>, fields: Option<BTreeSet<Field>> },
    /// These fields, to this partner or notified recipient (its slug), for this purpose.
    Onward { partner: &'a str, fields: &'a [String], purpose: &'a str },
}

/// The request for the disclosure path: the person the party's `reference` names under its
/// protocol `protocol_slug`, what is wanted, and who acts (staff read in the UI, systems
/// through the API).
pub async fn request_for(
    db: &Db,
    caller: &MunicipalityCaller,
    target: (&str, &str),
    wanted: Wanted<'_>,
) -> Result<DisclosureRequest, ServiceError> {
    let (protocol_slug, reference) = target;
    let party = caller.party_id();
    let (protocol_id, person) =
        pseudonyms::in_protocol(&db.conn, party, protocol_slug, reference).await?.ok_or(ServiceError::NotFound)?;
    let (actor, read_channel) = match caller {
        MunicipalityCaller::Staff(s) => (Actor::Staff(s.staff_id), DisclosureChannel::Ui),
        MunicipalityCaller::Api(c) => (Actor::ApiClient(c.client_id), DisclosureChannel::Api),
    };
    let (channel, onward_to, purpose, requested) = match wanted {
        Wanted::Read { purpose, fields } => {
            let purpose = purpose.map(parse_purpose).transpose()?;
            (read_channel, None, purpose, fields.unwrap_or_else(|| Field::ALL.iter().copied().collect()))
        }
        Wanted::Onward { partner, fields, purpose } => {
            let purpose = parse_purpose(purpose)?;
            let mut requested = BTreeSet::new();
            for f in fields {
                requested.insert(Field::parse(f).map_err(ServiceError::invalid("fields"))?);
            }
            if requested.is_empty() {
                return Err(ServiceError::Invalid { field: "fields", message_id: "api-error-fields-required" });
            }
            // A registered partner or a notified recipient of the party's; the path decides
            // whether this one may receive these fields now.
            let partner = party::Entity::find()
                .filter(party::Column::Slug.eq(partner))
                .filter(party::Column::ParentPartyId.eq(party.0))
                .one(&db.conn)
                .await?
                .ok_or(ServiceError::Refused("disclosure-refused-not-a-partner"))?;
            (DisclosureChannel::Onward, Some(PartyId(partner.id)), Some(purpose), requested)
        }
    };
    Ok(DisclosureRequest { person_id: person, protocol_id, actor, channel, onward_to, purpose, requested })
}

/// Reads or passes on, and records it; with a `key`, a retry gets the first answer (`201`).
pub async fn fields(
    db: &Db,
    disclosures: &Disclosures,
    caller: &MunicipalityCaller,
    target: (&str, &str),
    wanted: Wanted<'_>,
    key: Option<&Key>,
    now: DateTime<Utc>,
) -> Result<Once<PersonFields>, ServiceError> {
    let reference = target.1;
    let req = request_for(db, caller, target, wanted).await?;
    let answer = |disclosed: super::Disclosed| PersonFields {
        person: reference.to_owned(),
        fields: disclosed
            .fields
            .into_iter()
            .map(|f| FieldValue { field: f.field.as_str().to_owned(), value: f.value, contested: f.contested })
            .collect(),
        disclosure: format!("d-{}", disclosed.event_id),
        at: disclosed.at,
    };
    let Some(key) = key else {
        return Ok(Once::Fresh(answer(disclosures.disclose(req, now).await?)));
    };
    let reader = reader(&db.conn, &req).await?;
    let tx = WriteTx::begin(db, now).await?;
    if let Some((status, body)) = idempotency::replay(&tx, Some(key)).await? {
        return Ok(Once::Replayed { status, body });
    }
    let answer = answer(disclose_in(&tx, &reader, &req).await?);
    idempotency::remember(&tx, Some(key), 201, &answer).await?;
    tx.commit().await?;
    Ok(Once::Fresh(answer))
}

fn parse_purpose(raw: &str) -> Result<String, ServiceError> {
    Name::parse(raw, 300, "api-error-purpose-required", "api-error-purpose-too-long")
        .map(|n| n.into_inner())
        .map_err(ServiceError::invalid("purpose"))
}
