//! The municipality admin's desk (art. 4, art. 6): the function-profile register, the staff,
//! the partners and processors registers, and notices of other onward disclosures. The admin
//! keeps these registers and reads no personal data.

pub mod erasure;
pub mod notices;
pub mod partners;
pub mod processors;
pub mod profile;
pub mod register;
pub mod staff;

use crate::i18n::I18n;
use leptos::prelude::*;

/// The admin's sections, on every page of the desk.
pub fn admin_nav(i: &I18n) -> impl IntoView + use<> {
    let links = [
        ("/municipality/admin", "madmin-nav-profiles"),
        ("/municipality/admin/staff", "madmin-nav-staff"),
        ("/municipality/admin/partners", "madmin-nav-partners"),
        ("/municipality/admin/processors", "madmin-nav-processors"),
        ("/municipality/admin/notices", "madmin-nav-notices"),
        ("/municipality/admin/erasure", "madmin-nav-erasure"),
    ];
    let items = links.into_iter().map(|(href, label)| view! { <li><a href=href>{i.t(label)}</a></li> }).collect_view();
    view! { <nav aria-label=i.t("madmin-nav")><ul class="link-list">{items}</ul></nav> }
}
