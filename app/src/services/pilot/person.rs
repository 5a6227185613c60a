//! One person of the pilot, as a staff member may see them: exactly the fields the consent and
//! the function profile allow, read through the one disclosure path (recorded for the person),
//! a contested field marked, and what is not shown with the reason why.

use crate::domain::authz::{MunicipalityCaller, StaffCaller};
use crate::domain::consent::ConsentScopes;
use crate::domain::locale::Locale;
use crate::domain::time::today;
use crate::services::ServiceError;
use crate::services::disclosure::Disclosures;
use crate::services::disclosure::for_municipality::{Wanted, request_for};
use crate::services::partners::onward_choices;
use crate::store::Db;
use crate::store::queries::{consent_now, protocol as protocols};
use crate::views::pilot::{PilotPerson, PilotProtocol, ShownField};
use chrono::{DateTime, Utc};

pub async fn person(
    db: &Db,
    disclosures: &Disclosures,
    staff: &StaffCaller,
    protocol: &str,
    reference: &str,
    locale: Locale,
    now: DateTime<Utc>,
) -> Result<PilotPerson, ServiceError> {
    let caller = MunicipalityCaller::Staff(staff.clone());
    let req = request_for(db, &caller, (protocol, reference), Wanted::Read { purpose: None, fields: None }).await?;
    let disclosed = disclosures.disclose(req, now).await?;
    // What the person allowed, for the page (a status read: no personal value).
    let versions = consent_now::by_reference(&db.conn, staff.party_id, protocol, reference).await?;
    let in_force = consent_now::in_force_on(&versions, today(now)).ok();
    let consent = in_force.and_then(|v| v.consent.as_ref());
    let scopes = consent.map_or(ConsentScopes::NONE, |c| c.scopes);
    let title = match in_force {
        Some(v) => protocols::text_for(&db.conn, v.version_id, locale).await?.map(|(_, t)| t.title),
        None => None,
    };
    Ok(PilotPerson {
        protocol: PilotProtocol { slug: protocol.to_owned(), title: title.unwrap_or_else(|| protocol.to_owned()) },
        reference: reference.to_owned(),
        since: consent.map(|c| c.occurred_at),
        fields: disclosed
            .fields
            .into_iter()
            .map(|f| ShownField { field: f.field, value: f.value, contested: f.contested })
            .collect(),
        withheld: disclosed.withheld,
        onward: if scopes.onward { onward_choices(db, staff.party_id).await? } else { Vec::new() },
        profile_fields: super::profile_fields(db, staff).await?,
        scopes,
    })
}
