//! `/municipality/admin/erasure`: the agency asks the municipality to attest that it erased the
//! data of persons it last received more than five years ago (art. 2); the admin attests each
//! request here (a plain form), once. Persons by the municipality's own reference.

use super::admin_nav;
use crate::domain::authz::{Operation, StaffCaller};
use crate::ui::agency::dpo_erasure::erasure_table;
use crate::ui::components::{form_notice, guarded_page};
use leptos::prelude::*;

#[component]
pub fn ErasurePage() -> impl IntoView {
    guarded_page(
        Operation::AttestErasure,
        "erasure-title",
        |me: StaffCaller| async move {
            let (ctx, now) = crate::api::http::context()?;
            Ok(crate::services::erasure::list(&ctx.db, Some(me.party_id), now).await?)
        },
        |i, rows| {
            view! {
                {admin_nav(i)}
                {form_notice(i, &[("attested", "erasure-done")])}
                <p>{i.t("erasure-admin-intro")}</p>
                {erasure_table(i, &rows, true)}
            }
        },
    )
}
