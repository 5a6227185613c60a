//! The protocol admin's forms (art. 8, 10, 12): a new protocol, a new version drafted from the
//! one in force, and on a version's page: save the draft, publish it, give notice, terminate at
//! once. Each POST authorizes, parses, calls one service; done, the browser goes to the version's
//! page with what happened; refused, the page answers again with what was typed and why.

use super::{Caller, Fields, invalid, settle, value, values};
use crate::startup::AppState;
use app::api::guard::decide;
use app::domain::authz::{Operation, StaffCaller};
use app::domain::locale::Locale;
use app::domain::text::Reason;
use app::error::AppError;
use app::services::protocols::drafts::{self, DraftInput, NewProtocol, RawText};
use app::services::protocols::ending::{self, Ending};
use app::services::protocols::publish;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;

fn admin(caller: &Caller) -> Result<StaffCaller, AppError> {
    decide::<StaffCaller>(caller.principal.clone(), Operation::ManageProtocols)
}

fn actor(me: &StaffCaller) -> String {
    format!("staff:{}", me.public_id)
}

/// `POST /agency/protocols/create`: `title` (Dutch), `slug`, `recipient` (a municipality's id).
pub async fn create(State(state): State<AppState>, caller: Caller, Form(fields): Form<Fields>) -> Response {
    let result = async {
        let me = admin(&caller)?;
        let (title, slug, recipient) = (value(&fields, "title"), value(&fields, "slug"), value(&fields, "recipient"));
        let new = NewProtocol { slug: &slug, recipient_party_id: &recipient, title_nl: &title };
        let slug = drafts::create(&state.ctx.db, &actor(&me), me.party_id.0, new, state.ctx.now()).await?;
        Ok(format!("/agency/protocols/{slug}/1"))
    }
    .await;
    settle(state, caller, "/agency/protocols", fields, result).await
}

/// `POST /agency/protocols/{slug}/new-version`: a draft copied from the version in force.
pub async fn new_version(State(state): State<AppState>, caller: Caller, Path(slug): Path<String>) -> Response {
    let result = async {
        let me = admin(&caller)?;
        let n = drafts::new_version(&state.ctx.db, &actor(&me), &slug, state.ctx.now()).await?;
        Ok(format!("/agency/protocols/{slug}/{n}"))
    }
    .await;
    settle(state, caller, "/agency/protocols", Vec::new(), result).await
}

fn draft_input(fields: &Fields) -> DraftInput {
    let text = |name: &str| value(fields, name);
    DraftInput {
        legal_basis: text("legal_basis"),
        purposes: text("purposes"),
        recipient_categories: text("recipient_categories"),
        fields: values(fields, "fields"),
        retention_months: text("retention_months"),
        notice_period_months: text("notice_period_months"),
        signed_on: text("signed_on"),
        valid_from: text("valid_from"),
        valid_until: text("valid_until"),
        dpo_advice_discloser_on: text("dpo_advice_discloser_on"),
        dpo_advice_recipient_on: text("dpo_advice_recipient_on"),
        texts: Locale::ALL
            .iter()
            .map(|l| RawText {
                language: *l,
                title: text(&format!("title_{l}")),
                body: text(&format!("body_{l}")),
                consent_notice: text(&format!("notice_{l}")),
                purposes: text(&format!("purposes_{l}")),
            })
            .collect(),
    }
}

/// `POST /agency/protocols/{slug}/{version}/{action}`: `save` (the draft's form), `publish`,
/// `notice` (`reason` optional) or `terminate` (`reason` required).
pub async fn act(
    State(state): State<AppState>,
    caller: Caller,
    Path((slug, version, action)): Path<(String, String, String)>,
    Form(fields): Form<Fields>,
) -> Response {
    let page = format!("/agency/protocols/{slug}/{version}");
    let result = async {
        let me = admin(&caller)?;
        let n = version.parse::<i32>().map_err(|_| AppError::NotFound)?;
        let (db, now, actor) = (&state.ctx.db, state.ctx.now(), actor(&me));
        let done = match action.as_str() {
            "save" => {
                drafts::save(db, &actor, &slug, n, &draft_input(&fields), now).await?;
                "saved"
            }
            "publish" => {
                publish::publish(db, &actor, &slug, n, now).await?;
                "published"
            }
            "notice" => {
                let raw = value(&fields, "reason");
                let reason = if raw.trim().is_empty() {
                    None
                } else {
                    Some(Reason::parse(&raw).map_err(|e| invalid(("reason", e)))?)
                };
                ending::end(db, &actor, &slug, n, Ending::Notice { reason }, now).await?;
                "noticed"
            }
            "terminate" => {
                let reason = Reason::parse(&value(&fields, "reason")).map_err(|e| invalid(("reason", e)))?;
                ending::end(db, &actor, &slug, n, Ending::Immediate { reason }, now).await?;
                "terminated"
            }
            _ => return Err(AppError::NotFound),
        };
        Ok(format!("{page}?{done}=1"))
    }
    .await;
    settle(state, caller, &page, fields, result).await
}
