//! The municipality admin's forms (art. 4, art. 6): profiles, staff, partners, processors and
//! notices of other onward disclosures. Each POST authorizes, parses, calls one service; done,
//! it sends the browser on; refused, it answers with the form's page, what was typed and why.

use super::{Caller, Fields, invalid, settle, settle_row, value, values};
use crate::startup::AppState;
use app::api::guard::decide;
use app::domain::authz::{Operation, StaffCaller};
use app::domain::function_profile::ProfileDraft;
use app::domain::invitation::StaffInvitee;
use app::domain::locale::Locale;
use app::domain::onward::NoticeDraft;
use app::domain::registers::{PartnerDraft, ProcessorDraft};
use app::domain::time::today;
use app::error::AppError;
use app::services::{function_profiles, onward_notices, partners, processors, staff};
use app::views::admin::IssuedInvitationView;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use leptos::prelude::provide_context;

fn admin(caller: &Caller, op: Operation) -> Result<StaffCaller, AppError> {
    decide::<StaffCaller>(caller.principal.clone(), op)
}

fn number(raw: &str) -> Result<i32, AppError> {
    raw.trim().parse::<i32>().map_err(|_| AppError::NotFound)
}

fn profile_draft(fields: &Fields) -> Result<ProfileDraft, AppError> {
    ProfileDraft::parse(&value(fields, "name"), &value(fields, "purpose"), &values(fields, "fields")).map_err(invalid)
}

/// `POST /municipality/admin/profiles/new`
pub async fn create_profile(State(state): State<AppState>, caller: Caller, Form(fields): Form<Fields>) -> Response {
    let result = async {
        let me = admin(&caller, Operation::ManageFunctionProfiles)?;
        let row = function_profiles::create(&state.ctx.db, &me, profile_draft(&fields)?, state.ctx.now()).await?;
        Ok(format!("/municipality/admin/profiles/{}?created=1", row.id))
    }
    .await;
    settle(state, caller, "/municipality/admin/profiles/new", fields, result).await
}

/// `POST /municipality/admin/profiles/{id}`: a new revision.
pub async fn revise_profile(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Response {
    let page = format!("/municipality/admin/profiles/{id}");
    let result = async {
        let me = admin(&caller, Operation::ManageFunctionProfiles)?;
        let id = number(&id)?;
        let row = function_profiles::revise(&state.ctx.db, &me, id, profile_draft(&fields)?, state.ctx.now()).await?;
        Ok(format!("/municipality/admin/profiles/{}?revised=1", row.id))
    }
    .await;
    settle(state, caller, &page, fields, result).await
}

/// `POST /municipality/admin/profiles/{id}/translations`: `purpose_<language>` per language.
pub async fn translate_profile(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Response {
    let back = format!("/municipality/admin/profiles/{id}");
    let result = async {
        let me = admin(&caller, Operation::ManageFunctionProfiles)?;
        let texts = Locale::ALL.iter().map(|l| (*l, value(&fields, &format!("purpose_{l}")))).collect();
        function_profiles::translations::translate(&state.ctx.db, &me, number(&id)?, texts, state.ctx.now()).await?;
        Ok(())
    }
    .await;
    settle_row(state, caller, &back, "translated=1", result).await
}

/// `POST /municipality/admin/profiles/{id}/active`: `active` is `true` or `false`.
pub async fn set_profile_active(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Form(fields): Form<Fields>,
) -> Response {
    let active = value(&fields, "active") == "true";
    let back = format!("/municipality/admin/profiles/{id}");
    let result = async {
        let me = admin(&caller, Operation::ManageFunctionProfiles)?;
        Ok(function_profiles::set_active(&state.ctx.db, &me, number(&id)?, active, state.ctx.now()).await?)
    }
    .await;
    settle_row(state, caller, &back, if active { "reactivated=1" } else { "deactivated=1" }, result).await
}

/// `POST /municipality/admin/staff`: an invitation, shown once on the page this answers with.
pub async fn invite_staff(State(state): State<AppState>, caller: Caller, Form(fields): Form<Fields>) -> Response {
    let result = async {
        let me = admin(&caller, Operation::ManageMunicipalityStaff)?;
        let invitee = StaffInvitee::parse(&value(&fields, "name"), &value(&fields, "contact")).map_err(invalid)?;
        let profile = value(&fields, "profile").trim().parse::<i32>().map_err(|_| AppError::Invalid {
            field: "profile".into(),
            message_id: "staff-error-profile-not-of-party".into(),
        })?;
        let issued = staff::invite(&state.ctx.db, &me, invitee, profile, state.ctx.now()).await?;
        let url = issued.url(&state.ctx.public_url);
        Ok(IssuedInvitationView {
            id: issued.id,
            qr_svg: app::services::identity::credentials::qr_svg(&url),
            url,
            short_code: issued.short_code,
            expires_at: issued.expires_at,
        })
    }
    .await;
    match result {
        Ok(issued) => {
            super::render_page(state, caller, "/municipality/admin/staff", move || provide_context(issued.clone()))
                .await
        }
        Err(e) => settle(state, caller, "/municipality/admin/staff", fields, Err(e)).await,
    }
}

/// `POST /municipality/admin/staff/{member}/profile`
pub async fn change_staff_profile(
    State(state): State<AppState>,
    caller: Caller,
    Path(member): Path<String>,
    Form(fields): Form<Fields>,
) -> Response {
    let result = async {
        let me = admin(&caller, Operation::ManageMunicipalityStaff)?;
        let profile = value(&fields, "profile").trim().parse::<i32>().unwrap_or(0);
        Ok(staff::change_profile(&state.ctx.db, &me, &member, profile, state.ctx.now()).await?)
    }
    .await;
    settle_row(state, caller, "/municipality/admin/staff", "changed=1", result).await
}

/// `POST /municipality/admin/staff/{member}/disable`
pub async fn disable_staff(State(state): State<AppState>, caller: Caller, Path(member): Path<String>) -> Response {
    let result = async {
        let me = admin(&caller, Operation::ManageMunicipalityStaff)?;
        Ok(staff::disable(&state.ctx.db, &me, &member, state.ctx.now()).await?)
    }
    .await;
    settle_row(state, caller, "/municipality/admin/staff", "disabled=1", result).await
}

/// `POST /municipality/admin/partners`
pub async fn register_partner(State(state): State<AppState>, caller: Caller, Form(fields): Form<Fields>) -> Response {
    let result = async {
        let me = admin(&caller, Operation::ManagePartners)?;
        let draft = PartnerDraft::parse(
            &value(&fields, "name"),
            &value(&fields, "enterprise_number"),
            &value(&fields, "purpose"),
            &value(&fields, "agreement_signed_on"),
            &value(&fields, "contact"),
        )
        .map_err(invalid)?;
        partners::register(&state.ctx.db, &me, draft, state.ctx.now()).await?;
        Ok("/municipality/admin/partners?registered=1".to_owned())
    }
    .await;
    settle(state, caller, "/municipality/admin/partners", fields, result).await
}

/// `POST /municipality/admin/partners/{slug}/translations`: `purpose_<language>` per language.
pub async fn translate_partner(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
    Form(fields): Form<Fields>,
) -> Response {
    let back = format!("/municipality/admin/partners/{slug}");
    let result = async {
        let me = admin(&caller, Operation::ManagePartners)?;
        let texts = Locale::ALL.iter().map(|l| (*l, value(&fields, &format!("purpose_{l}")))).collect();
        partners::translations::translate(&state.ctx.db, &me, &slug, texts, state.ctx.now()).await?;
        Ok(())
    }
    .await;
    settle_row(state, caller, &back, "translated=1", result).await
}

/// `POST /municipality/admin/processors`
pub async fn add_processor(State(state): State<AppState>, caller: Caller, Form(fields): Form<Fields>) -> Response {
    let result = async {
        let me = admin(&caller, Operation::ManageProcessors)?;
        let now = state.ctx.now();
        let draft = ProcessorDraft::parse(
            &value(&fields, "name"),
            &value(&fields, "service"),
            &value(&fields, "agreement_signed_on"),
            &value(&fields, "agreement_ref"),
            today(now),
        )
        .map_err(invalid)?;
        processors::add(&state.ctx.db, &me, draft, now).await?;
        Ok("/municipality/admin/processors?added=1".to_owned())
    }
    .await;
    settle(state, caller, "/municipality/admin/processors", fields, result).await
}

/// `POST /municipality/admin/processors/{id}/end`
pub async fn end_processor(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> Response {
    let result = async {
        let me = admin(&caller, Operation::ManageProcessors)?;
        Ok(processors::end(&state.ctx.db, &me, number(&id)?, state.ctx.now()).await?)
    }
    .await;
    settle_row(state, caller, "/municipality/admin/processors", "ended=1", result).await
}

/// `POST /municipality/admin/notices`
pub async fn file_notice(State(state): State<AppState>, caller: Caller, Form(fields): Form<Fields>) -> Response {
    let result = async {
        let me = admin(&caller, Operation::NotifyOnwardDisclosure)?;
        let now = state.ctx.now();
        let draft = NoticeDraft::parse(
            &value(&fields, "recipient_name"),
            &value(&fields, "purpose"),
            &values(&fields, "fields"),
            &value(&fields, "legal_basis"),
            &value(&fields, "planned_on"),
            today(now),
        )
        .map_err(invalid)?;
        onward_notices::file(&state.ctx.db, &me, draft, now).await?;
        Ok("/municipality/admin/notices?filed=1".to_owned())
    }
    .await;
    settle(state, caller, "/municipality/admin/notices", fields, result).await
}

/// `POST /municipality/admin/erasure/{id}/attest`: the admin attests the erasure the agency asked for.
pub async fn attest_erasure(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> Response {
    let result = async {
        let admin = decide::<StaffCaller>(caller.principal.clone(), Operation::AttestErasure)?;
        let id = id.parse::<i32>().map_err(|_| AppError::NotFound)?;
        Ok(app::services::erasure::attest(&state.ctx.db, &admin, id, state.ctx.now()).await?)
    }
    .await;
    settle_row(state, caller, "/municipality/admin/erasure", "attested=1", result).await
}
