//! Invitations (enrolment links) and API client tokens. Clear secrets are returned once.

use super::audit;
use super::secrets;
use super::{ServiceError, WriteTx, now};
use crate::domain::roles::Role;
use crate::store::{api_client, invitation};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, Set};

/// Invitations are valid for 14 days.
pub const INVITATION_VALIDITY_DAYS: i64 = 14;

/// What to show the invitee, once: the link secret and the short code.
#[derive(Debug, Clone)]
pub struct IssuedInvitation {
    pub id: i32,
    pub secret: String,
    pub short_code: String,
    pub expires_at: DateTime<Utc>,
}

impl IssuedInvitation {
    pub fn url(&self, public_url: &str) -> String {
        format!("{public_url}/invite/{}", self.secret)
    }
}

pub enum Invitee {
    Person { person_id: i32 },
    Staff { party_id: i32, role: Role, function_profile_id: Option<i32> },
}

pub async fn issue_invitation(
    tx: &WriteTx<'_>,
    actor: &str,
    created_by_staff_id: Option<i32>,
    invitee: Invitee,
) -> Result<IssuedInvitation, ServiceError> {
    let secret = secrets::new_secret();
    let short_code = secrets::new_short_code();
    let created_at = now();
    let expires_at = created_at + Duration::days(INVITATION_VALIDITY_DAYS);
    let (kind, person_id, party_id, role, profile) = match invitee {
        Invitee::Person { person_id } => ("person", Some(person_id), None, None, None),
        Invitee::Staff { party_id, role, function_profile_id } => {
            if role.holds_function_profile() != function_profile_id.is_some() {
                return Err(ServiceError::Invalid {
                    field: "function_profile",
                    message_id: "staff-error-separation-of-duties",
                });
            }
            ("staff", None, Some(party_id), Some(role.as_str().to_owned()), function_profile_id)
        }
    };
    let m = invitation::ActiveModel {
        secret_hash: Set(secrets::hash(&secret)),
        short_code_hash: Set(secrets::hash_short_code(&short_code)),
        kind: Set(kind.into()),
        person_id: Set(person_id),
        party_id: Set(party_id),
        role: Set(role),
        function_profile_id: Set(profile),
        created_by_staff_id: Set(created_by_staff_id),
        created_at: Set(created_at),
        expires_at: Set(expires_at),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    let payload = format!("{kind}|{person_id:?}|{party_id:?}|{}", m.secret_hash);
    audit::record(tx, actor, "invitation.issue", format!("invitation:{}", m.id), &payload).await?;
    Ok(IssuedInvitation { id: m.id, secret, short_code, expires_at })
}

/// Creates an API client for one party and function profile; returns it with its clear token.
pub async fn create_api_client(
    tx: &WriteTx<'_>,
    actor: &str,
    party_id: i32,
    function_profile_id: i32,
    name: &str,
    expires_at: Option<DateTime<Utc>>,
) -> Result<(api_client::Model, String), ServiceError> {
    let token = secrets::new_api_token();
    let m = api_client::ActiveModel {
        public_id: Set(uuid::Uuid::new_v4().to_string()),
        party_id: Set(party_id),
        function_profile_id: Set(function_profile_id),
        name: Set(name.into()),
        token_hash: Set(secrets::hash(&token)),
        created_at: Set(now()),
        expires_at: Set(expires_at),
        ..Default::default()
    }
    .insert(&tx.tx)
    .await?;
    let payload = format!("{party_id}|{function_profile_id}|{}", m.token_hash);
    audit::record(tx, actor, "api_client.create", format!("api:{}", m.public_id), &payload).await?;
    Ok((m, token))
}
