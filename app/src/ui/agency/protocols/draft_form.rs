//! A draft's form: the terms of the version (art. 2, 3, 4, 5, 11, 12, the DPO advice) and, per
//! supported language, its published text and consent notice. One plain form posting to
//! `…/save`; a refusal comes back with everything typed and the message by its box.

use crate::domain::fields::Field;
use crate::i18n::I18n;
use crate::ui::components::form::{BoxSpec, field_boxes, form_error, text_area, text_box};
use crate::views::form::FormEcho;
use crate::views::protocol_desk::VersionPage;
use leptos::prelude::*;

const FORM: &str = "draft";

fn day(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

pub(super) fn draft_form(i: &I18n, page: &VersionPage, sent: &FormEcho) -> impl IntoView + use<> {
    let t = &page.terms;
    let action = format!("/agency/protocols/{}/{}/save", page.slug, page.version_no);
    let spec = |name: &'static str, label_id: &'static str, hint_id: Option<&'static str>, required: bool| BoxSpec {
        form: FORM,
        name,
        label_id,
        hint_id,
        required,
        max: 0,
    };
    let texts = crate::domain::locale::Locale::ALL
        .iter()
        .map(|&l| {
            let stored = page.texts.iter().find(|x| x.language == l);
            let (title, body, notice, purposes) = stored
                .map(|x| {
                    (x.title.clone(), x.body.clone(), x.consent_notice.clone(), x.purposes.clone().unwrap_or_default())
                })
                .unwrap_or_default();
            let names = [format!("title_{l}"), format!("body_{l}"), format!("notice_{l}"), format!("purposes_{l}")];
            let boxed = |n: usize, label_id: &'static str| BoxSpec {
                form: FORM,
                name: names[n].as_str(),
                label_id,
                hint_id: None,
                required: false,
                max: 0,
            };
            view! {
                <fieldset>
                    <legend><span lang=l.as_str() dir=l.dir()>{l.endonym()}</span></legend>
                    {text_box(i, sent, boxed(0, "protocols-text-title"), "text", &title)}
                    {text_area(i, sent, boxed(1, "protocols-text-body"), &body)}
                    {text_area(i, sent, boxed(2, "protocols-text-notice"), &notice)}
                    {text_area(i, sent, boxed(3, "protocols-text-purposes"), &purposes)}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="draft-heading">
            <h2 id="draft-heading">{i.t("protocols-draft-heading")}</h2>
            {form_error(i, sent, FORM)}
            <form method="post" action=action class="stacked">
                {text_area(i, sent, spec("legal_basis", "protocols-term-legal-basis", None, false), &t.legal_basis)}
                {text_area(i, sent, spec("purposes", "protocols-term-purposes", Some("protocols-purposes-hint"), false), &t.purposes)}
                {text_area(i, sent, spec("recipient_categories", "protocols-term-recipients", Some("protocols-recipients-hint"), false), &t.recipient_categories)}
                {field_boxes(i, sent, spec("fields", "protocols-term-fields", Some("protocols-fields-hint"), false), Field::ALL, &t.fields.iter().copied().collect::<Vec<_>>())}
                {text_box(i, sent, spec("retention_months", "protocols-retention-months", Some("protocols-retention-hint"), true), "number", &t.retention_months.to_string())}
                {text_box(i, sent, spec("notice_period_months", "protocols-notice-months", None, true), "number", &t.notice_period_months.to_string())}
                {text_box(i, sent, spec("signed_on", "protocols-term-signed-on", None, true), "date", &t.signed_on.to_string())}
                {text_box(i, sent, spec("valid_from", "protocols-valid-from", Some("protocols-valid-from-hint"), true), "date", &t.valid_from.to_string())}
                {text_box(i, sent, spec("valid_until", "protocols-valid-until", Some("protocols-valid-until-hint"), false), "date", &day(t.valid_until))}
                {text_box(i, sent, spec("dpo_advice_discloser_on", "protocols-advice-discloser", None, false), "date", &day(t.dpo_advice_discloser_on))}
                {text_box(i, sent, spec("dpo_advice_recipient_on", "protocols-advice-recipient", None, false), "date", &day(t.dpo_advice_recipient_on))}
                <h3>{i.t("protocols-texts-heading")}</h3>
                <p class="hint">{i.t("protocols-texts-hint")}</p>
                {texts}
                <button type="submit" class="button primary">{i.t("protocols-save")}</button>
            </form>
        </section>
    }
}
