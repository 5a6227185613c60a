//! `/accessibility`: the accessibility statement (toegankelijkheidsverklaring) Flemish public
//! bodies publish (decree of 7 December 2018, directive (EU) 2016/2102, WCAG 2.1 AA as
//! EN 301 549): how far the portal conforms, what is known not to be accessible yet, how it
//! was assessed and when, whom to tell, and where to complain. Linked from every page's footer.

use crate::domain::authz::{AnyCaller, Operation};
use crate::i18n::I18n;
use crate::ui::components::guarded_page;
use leptos::prelude::*;

/// The day the statement was drawn up (and last reviewed).
pub const STATEMENT_DATE: (i32, u32, u32) = (2026, 12, 6);

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    guarded_page(Operation::ReadPublicPages, "a11y-title", |_: AnyCaller| async move { Ok(()) }, statement)
}

fn statement(i: &I18n, _: ()) -> impl IntoView + use<> {
    let (y, m, d) = STATEMENT_DATE;
    let day =
        chrono::NaiveDate::from_ymd_opt(y, m, d).map(|d| crate::ui::components::format::date(i, d)).unwrap_or_default();
    let limits = ["a11y-limit-languages", "a11y-limit-translations", "a11y-limit-passkeys", "a11y-limit-documents"]
        .into_iter()
        .map(|id| view! { <li>{i.t(id)}</li> })
        .collect_view();
    view! {
        <p>{i.t("a11y-intro")}</p>
        <section aria-labelledby="a11y-status-heading">
            <h2 id="a11y-status-heading">{i.t("a11y-status-heading")}</h2>
            <p>{i.t("a11y-status")}</p>
        </section>
        <section aria-labelledby="a11y-limits-heading">
            <h2 id="a11y-limits-heading">{i.t("a11y-limits-heading")}</h2>
            <ul>{limits}</ul>
        </section>
        <section aria-labelledby="a11y-method-heading">
            <h2 id="a11y-method-heading">{i.t("a11y-method-heading")}</h2>
            <p>{i.t_args("a11y-method", [("day", day.into())])}</p>
        </section>
        <section aria-labelledby="a11y-contact-heading">
            <h2 id="a11y-contact-heading">{i.t("a11y-contact-heading")}</h2>
            <p>{i.t("a11y-contact")}</p>
            <p><a href="https://www.integratie-inburgering.be/contact">"www.integratie-inburgering.be/contact"</a></p>
        </section>
        <section aria-labelledby="a11y-complaint-heading">
            <h2 id="a11y-complaint-heading">{i.t("a11y-complaint-heading")}</h2>
            <p>{i.t("a11y-complaint")}</p>
            <p><a href="https://www.vlaamseombudsdienst.be">"www.vlaamseombudsdienst.be"</a></p>
        </section>
    }
}
