//! The form for a text from data in the newcomers' languages (a function profile's purpose, a
//! partner's purpose): one box per language, each named in its own language and script; a
//! blank box leaves the Dutch, labelled, on the person's page.

use crate::domain::locale::Locale;
use crate::i18n::I18n;
use leptos::prelude::*;

/// What the form is about: where it posts, what is stored, and its own messages.
pub struct TranslationsForm<'a> {
    pub action: String,
    pub stored: &'a [(Locale, String)],
    pub max: usize,
    /// Message ids of the heading, the hint under it and the button.
    pub heading_id: &'static str,
    pub hint_id: &'static str,
    pub save_id: &'static str,
}

pub fn translations_form(i: &I18n, form: TranslationsForm<'_>) -> impl IntoView + use<> {
    let boxes = Locale::ALL
        .iter()
        .filter(|l| **l != Locale::Nl)
        .map(|l| {
            let box_id = format!("translation-{l}");
            let value = form.stored.iter().find(|(s, _)| s == l).map(|(_, t)| t.clone()).unwrap_or_default();
            view! {
                <div class="field">
                    <label for=box_id.clone() lang=l.as_str() dir=l.dir()>{l.endonym()}</label>
                    <textarea id=box_id name=format!("purpose_{l}") rows="2" lang=l.as_str() dir="auto"
                        maxlength=form.max.to_string()>{value}</textarea>
                </div>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="translations-heading">
            <h3 id="translations-heading">{i.t(form.heading_id)}</h3>
            <p class="hint">{i.t(form.hint_id)}</p>
            <form method="post" action=form.action>
                {boxes}
                <button type="submit" class="button">{i.t(form.save_id)}</button>
            </form>
        </section>
    }
}
