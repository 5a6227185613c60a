//! API v1: a municipality's system reads a person's fields (art. 4, under consent and its
//! function profile), or records that it passes fields on to a registered partner (art. 4,
//! onward). Both resolve the party's own reference and go through the one path: batched with
//! the reads that arrive meanwhile ([`Disclosures`]), or, when the client sent an
//! `Idempotency-Key`, in a transaction of its own that also keeps the answer for a retry.

use super::{Actor, DisclosureRequest, Disclosures, disclose_in, reader};
use crate::domain::authz::ApiCaller;
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

/// What the client asks to receive, or to pass on.
pub enum Wanted<'a> {
    /// Everything consent and the profile allow, for the profile's purpose unless one is given.
    Read { purpose: Option<&'a str> },
    /// These fields, to this partner (its slug), for this purpose.
    Onward { partner: &'a str, fields: &'a [String], purpose: &'a str },
}

/// Reads or passes on, and records it; with a `key`, a retry gets the first answer (`201`).
pub async fn fields(
    db: &Db,
    disclosures: &Disclosures,
    client: &ApiCaller,
    target: (&str, &str),
    wanted: Wanted<'_>,
    key: Option<&Key>,
    now: DateTime<Utc>,
) -> Result<Once<PersonFields>, ServiceError> {
    let (protocol_slug, reference) = target;
    let (protocol_id, person) = pseudonyms::in_protocol(&db.conn, client.party_id, protocol_slug, reference)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let (channel, onward_to, purpose, requested) = match wanted {
        Wanted::Read { purpose } => {
            let purpose = purpose.map(parse_purpose).transpose()?;
            (DisclosureChannel::Api, None, purpose, Field::ALL.iter().copied().collect())
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
            let partner = party::Entity::find()
                .filter(party::Column::Slug.eq(partner))
                .filter(party::Column::Kind.eq("partner"))
                .filter(party::Column::ParentPartyId.eq(client.party_id.0))
                .one(&db.conn)
                .await?
                .ok_or(ServiceError::Refused("disclosure-refused-not-a-partner"))?;
            (DisclosureChannel::Onward, Some(PartyId(partner.id)), Some(purpose), requested)
        }
    };
    let req = DisclosureRequest {
        person_id: person,
        protocol_id,
        actor: Actor::ApiClient(client.client_id),
        channel,
        onward_to,
        purpose,
        requested,
    };
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
