//! Creating the reference data: parties, protocols and versions, function profiles, staff,
//! persons. Each function works inside the caller's transaction and appends its audit entry.

use super::{ServiceError, WriteTx, audit};
use crate::domain::audit::sha256_hex;
use crate::domain::fields::{DutchLevel, Field, MoStatus};
use crate::domain::locale::Locale;
use crate::domain::protocol::VersionStatus;
use crate::domain::roles::{PartyKind, Role};
use crate::domain::text::{DossierRef, Email, Phone};
use crate::store::{
    function_profile, party, person, protocol, protocol_text, protocol_version, protocol_version_field, staff,
};
use crate::views::protocol::VersionFacts;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

/// Appends the audit entry for a newly created object; the payload is hashed, never stored.
async fn audited(
    tx: &WriteTx<'_>,
    actor: &str,
    action: &'static str,
    object_ref: String,
    payload: &str,
) -> Result<(), ServiceError> {
    audit::record(tx, actor, action, object_ref, payload).await?;
    Ok(())
}

pub struct NewParty<'a> {
    pub slug: &'a str,
    pub kind: PartyKind,
    pub name: &'a str,
    pub parent_party_id: Option<i32>,
    pub address: Option<&'a str>,
    pub enterprise_number: Option<&'a str>,
    pub dpo_contact: Option<&'a str>,
}

pub async fn create_party(tx: &WriteTx<'_>, actor: &str, p: NewParty<'_>) -> Result<party::Model, ServiceError> {
    let m = party::ActiveModel {
        slug: Set(p.slug.into()),
        kind: Set(p.kind.as_str().into()),
        name: Set(p.name.into()),
        parent_party_id: Set(p.parent_party_id),
        address: Set(p.address.map(Into::into)),
        enterprise_number: Set(p.enterprise_number.map(Into::into)),
        dpo_contact: Set(p.dpo_contact.map(Into::into)),
        created_at: Set(tx.now),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    audited(tx, actor, "party.create", format!("party:{}", m.id), &format!("{}|{}|{}", m.slug, m.kind, m.name)).await?;
    Ok(m)
}

pub async fn create_protocol(
    tx: &WriteTx<'_>,
    actor: &str,
    slug: &str,
    discloser: i32,
    recipient: i32,
) -> Result<protocol::Model, ServiceError> {
    let m = protocol::ActiveModel {
        slug: Set(slug.into()),
        discloser_party_id: Set(discloser),
        recipient_party_id: Set(recipient),
        created_at: Set(tx.now),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    audited(tx, actor, "protocol.create", format!("protocol:{}", m.id), &format!("{slug}|{discloser}|{recipient}"))
        .await?;
    Ok(m)
}

/// One language's published text and consent notice.
pub struct VersionText {
    pub language: Locale,
    pub title: String,
    pub body: String,
    pub consent_notice: String,
    /// The version's purposes in this language; none: the Dutch ones are shown, labelled.
    pub purposes: Option<String>,
}

pub struct NewVersion {
    pub protocol_id: i32,
    pub version_no: i32,
    pub facts: VersionFacts,
    pub published: bool,
    pub fields: Vec<Field>,
    pub texts: Vec<VersionText>,
    /// Who may receive the data (art. 4), as the version states it.
    pub recipient_categories: String,
}

pub async fn create_version(
    tx: &WriteTx<'_>,
    actor: &str,
    v: NewVersion,
) -> Result<protocol_version::Model, ServiceError> {
    if v.texts.iter().all(|t| t.language != Locale::Nl) {
        return Err(ServiceError::Invalid { field: "texts", message_id: "protocol-error-dutch-text-required" });
    }
    let status = if v.published { VersionStatus::Published } else { VersionStatus::Draft };
    let validity = crate::domain::protocol::Validity {
        status,
        valid_from: v.facts.valid_from,
        valid_until: v.facts.valid_until,
        terminated_effective_on: None,
    };
    let m = protocol_version::ActiveModel {
        protocol_id: Set(v.protocol_id),
        version_no: Set(v.version_no),
        legal_basis: Set(v.facts.legal_basis),
        purposes: Set(v.facts.purposes),
        retention_months: Set(v.facts.retention_months),
        signed_on: Set(v.facts.signed_on),
        valid_from: Set(v.facts.valid_from),
        valid_until: Set(v.facts.valid_until),
        notice_period_months: Set(v.facts.notice_period_months),
        dpo_advice_discloser_on: Set(v.facts.dpo_advice_discloser_on),
        dpo_advice_recipient_on: Set(v.facts.dpo_advice_recipient_on),
        status: Set(status.as_str().into()),
        published_at: Set(v.published.then_some(tx.now)),
        created_at: Set(tx.now),
        recipient_categories: Set(v.recipient_categories),
        // Made as it stands (seeded or imported): its start, and its end if that has passed, are
        // history, not news for anyone (`protocols::effects`).
        started_at: Set(v.published.then_some(tx.now)),
        ended_told_at: Set(v.published.then_some(tx.now).filter(|_| {
            matches!(
                validity.state_on(crate::domain::time::today(tx.now)),
                crate::domain::protocol::EffectiveState::Terminated | crate::domain::protocol::EffectiveState::Expired
            )
        })),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    let fields = v
        .fields
        .iter()
        .map(|f| protocol_version_field::ActiveModel { protocol_version_id: Set(m.id), field: Set(f.as_str().into()) });
    protocol_version_field::Entity::insert_many(fields).exec(&tx.tx).await?;
    let mut text_hashes = Vec::new();
    for t in v.texts {
        text_hashes.push(format!(
            "{}:{}:{}",
            t.language,
            sha256_hex(t.body.as_bytes()),
            sha256_hex(t.consent_notice.as_bytes())
        ));
        protocol_text::ActiveModel {
            protocol_version_id: Set(m.id),
            language: Set(t.language.as_str().into()),
            title: Set(t.title),
            body: Set(t.body),
            consent_notice: Set(t.consent_notice),
            purposes: Set(t.purposes),
            ..Default::default()
        }
        .insert(&tx.tx)
        .await?;
    }
    let field_list: Vec<&str> = v.fields.iter().map(|f| f.as_str()).collect();
    let payload =
        format!("{}|{}|{}|{}|{}", m.protocol_id, m.version_no, m.status, field_list.join(","), text_hashes.join(","));
    audited(tx, actor, "protocol.version.create", format!("protocol_version:{}", m.id), &payload).await?;
    Ok(m)
}

pub async fn create_function_profile(
    tx: &WriteTx<'_>,
    actor: &str,
    party_id: i32,
    name: &str,
    purpose: &str,
    fields: &[Field],
) -> Result<function_profile::Model, ServiceError> {
    let fields = fields.iter().copied().collect();
    let content = super::function_profiles::RevisionContent { name, purpose, fields: &fields, active: true };
    super::function_profiles::insert_revision(tx, actor, "function_profile.create", party_id, None, content, None).await
}

pub async fn create_staff(
    tx: &WriteTx<'_>,
    actor: &str,
    party: &party::Model,
    display_name: &str,
    role: Role,
    function_profile_id: Option<i32>,
) -> Result<staff::Model, ServiceError> {
    let public_id = uuid::Uuid::new_v4();
    let new = NewStaff { party, display_name, role, function_profile_id, public_id, email: None };
    create_staff_with_id(tx, actor, new).await
}

/// A staff account to create, with its public id (the passkey user handle when it enrols).
pub struct NewStaff<'a> {
    pub party: &'a party::Model,
    pub display_name: &'a str,
    pub role: Role,
    pub function_profile_id: Option<i32>,
    pub public_id: uuid::Uuid,
    /// Where reminders go by e-mail (the invitation's contact, when it is an address).
    pub email: Option<String>,
}

/// As [`create_staff`], with the account's public id chosen by the caller.
pub async fn create_staff_with_id(
    tx: &WriteTx<'_>,
    actor: &str,
    new: NewStaff<'_>,
) -> Result<staff::Model, ServiceError> {
    let NewStaff { party, display_name, role, function_profile_id, public_id, email } = new;
    if PartyKind::parse(&party.kind).ok() != Some(role.party_kind()) {
        return Err(ServiceError::Invalid { field: "role", message_id: "staff-error-role-not-for-party" });
    }
    check_profile(tx, party.id, role, function_profile_id).await?;
    let m = staff::ActiveModel {
        public_id: Set(public_id.to_string()),
        party_id: Set(party.id),
        display_name: Set(display_name.into()),
        role: Set(role.as_str().into()),
        function_profile_id: Set(function_profile_id),
        created_at: Set(tx.now),
        email: Set(email),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    audited(
        tx,
        actor,
        "staff.create",
        format!("staff:{}", m.public_id),
        &format!("{}|{}|{:?}", party.id, m.role, function_profile_id),
    )
    .await?;
    Ok(m)
}

/// Separation of duties (only municipality staff hold a profile) and tenancy (the profile is
/// their own party's).
pub async fn check_profile(
    tx: &WriteTx<'_>,
    party_id: i32,
    role: Role,
    function_profile_id: Option<i32>,
) -> Result<(), ServiceError> {
    if role.holds_function_profile() != function_profile_id.is_some() {
        return Err(ServiceError::Invalid {
            field: "function_profile",
            message_id: "staff-error-separation-of-duties",
        });
    }
    if let Some(id) = function_profile_id {
        let profile = function_profile::Entity::find_by_id(id).one(&tx.tx).await?;
        if profile.is_none_or(|p| p.party_id != party_id || !p.active) {
            return Err(ServiceError::Invalid {
                field: "function_profile",
                message_id: "staff-error-profile-not-of-party",
            });
        }
    }
    Ok(())
}

pub struct NewPerson {
    pub dossier_ref: DossierRef,
    pub given_name: String,
    pub family_name: String,
    pub address: String,
    pub phone: Option<Phone>,
    pub email: Option<Email>,
    pub contact_language: Locale,
    pub dutch_level: DutchLevel,
    pub mo_status: MoStatus,
}

/// A person record's audit payload: only its hash goes into the log, never personal values.
pub(crate) fn person_payload(m: &person::Model) -> String {
    format!(
        "{}|{}|{}|{}|{:?}|{:?}|{}|{}|{}|{:?}",
        m.dossier_ref,
        m.given_name,
        m.family_name,
        m.address,
        m.phone,
        m.email,
        m.contact_language,
        m.dutch_level,
        m.mo_status,
        m.relationship_ended_on,
    )
}

pub async fn create_person(tx: &WriteTx<'_>, actor: &str, p: NewPerson) -> Result<person::Model, ServiceError> {
    let at = tx.now;
    let m = person::ActiveModel {
        public_id: Set(uuid::Uuid::new_v4().to_string()),
        dossier_ref: Set(p.dossier_ref.into_inner()),
        given_name: Set(p.given_name),
        family_name: Set(p.family_name),
        address: Set(p.address),
        phone: Set(p.phone.map(Phone::into_inner)),
        email: Set(p.email.map(Email::into_inner)),
        contact_language: Set(p.contact_language.as_str().into()),
        dutch_level: Set(p.dutch_level.as_str().into()),
        mo_status: Set(p.mo_status.as_str().into()),
        created_at: Set(at),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    let payload = person_payload(&m);
    audited(tx, actor, "person.create", format!("person:{}", m.public_id), &payload).await?;
    Ok(m)
}
