//! Formatting helpers for pages: dates, states, and the published protocol text.

use crate::domain::protocol::EffectiveState;
use crate::i18n::I18n;
use chrono::{Datelike, NaiveDate};
use fluent_templates::fluent_bundle::FluentValue;
use leptos::prelude::*;

pub fn date(i: &I18n, d: NaiveDate) -> String {
    i.t_args(
        "date-long",
        [
            ("day", FluentValue::from(d.day())),
            ("month", FluentValue::from(i.t(&format!("month-{}", d.month())))),
            // A year is a name, not a quantity: never grouped ("2026", not "2.026").
            ("year", FluentValue::from(d.year().to_string())),
        ],
    )
}

/// Date and time in Brussels local time (the portal's users are all there).
pub fn date_time(i: &I18n, t: chrono::DateTime<chrono::Utc>) -> String {
    let local = crate::domain::time::local(t);
    format!("{} {}", date(i, local.date()), local.format("%H:%M"))
}

/// The Brussels calendar day of an instant.
pub fn day_of(i: &I18n, t: chrono::DateTime<chrono::Utc>) -> String {
    date(i, crate::domain::time::day_of(t))
}

pub fn state_badge(i: &I18n, state: EffectiveState) -> impl IntoView + use<> {
    let class = match state {
        EffectiveState::InForce => "badge badge-ok",
        EffectiveState::Scheduled | EffectiveState::Draft => "badge badge-info",
        EffectiveState::Terminated | EffectiveState::Expired => "badge badge-muted",
    };
    view! { <span class=class>{i.t(state.message_id())}</span> }
}

/// One article of a published text: a heading and its blocks.
struct Section {
    heading: Option<String>,
    blocks: Vec<Block>,
}

enum Block {
    Paragraph(String),
    List(Vec<String>),
}

/// Parses the small format protocol texts are stored in: `## ` headings, blank-line
/// paragraphs, `- ` list items. The `# ` title line is shown elsewhere and skipped.
fn sections(body: &str) -> Vec<Section> {
    let mut out = vec![Section { heading: None, blocks: vec![] }];
    let mut para: Vec<&str> = vec![];
    let flush = |out: &mut Vec<Section>, para: &mut Vec<&str>| {
        if !para.is_empty() {
            let text = para.join(" ");
            out.last_mut().expect("one section").blocks.push(Block::Paragraph(text));
            para.clear();
        }
    };
    for line in body.lines().map(str::trim) {
        if let Some(h) = line.strip_prefix("## ") {
            flush(&mut out, &mut para);
            out.push(Section { heading: Some(h.to_owned()), blocks: vec![] });
        } else if line.starts_with("# ") {
            continue;
        } else if let Some(item) = line.strip_prefix("- ") {
            flush(&mut out, &mut para);
            let section = out.last_mut().expect("one section");
            match section.blocks.last_mut() {
                Some(Block::List(items)) => items.push(item.to_owned()),
                _ => section.blocks.push(Block::List(vec![item.to_owned()])),
            }
        } else if line.is_empty() {
            flush(&mut out, &mut para);
        } else {
            para.push(line);
        }
    }
    flush(&mut out, &mut para);
    out.retain(|s| s.heading.is_some() || !s.blocks.is_empty());
    out
}

/// The published text as articles; each carries `data-article` for the filter island.
pub fn published_text(body: &str) -> impl IntoView + use<> {
    sections(body)
        .into_iter()
        .enumerate()
        .map(|(n, s)| {
            let id = format!("article-{n}");
            let heading = s.heading.map(|h| view! { <h3>{h}</h3> });
            let blocks = s
                .blocks
                .into_iter()
                .map(|b| match b {
                    Block::Paragraph(p) => view! { <p>{p}</p> }.into_any(),
                    Block::List(items) => {
                        view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
                    }
                })
                .collect_view();
            view! { <section class="article" id=id data-article="">{heading}{blocks}</section> }
        })
        .collect_view()
}

/// A field's value in a page of any direction: isolated (`<bdi>`), so a phone number or an
/// address keeps its own order on an Arabic page, and in its own language where that differs.
pub fn value_view(i: &I18n, field: crate::domain::fields::Field, value: Option<&str>) -> impl IntoView + use<> {
    view! { <bdi lang=value_lang(field, value)>{field_value(i, field, value)}</bdi> }
}

/// The language a shown value is written in, when it is not the page's: a contact language
/// is shown by its own name (العربية on a Dutch page), which screen readers should pronounce as such.
fn value_lang(field: crate::domain::fields::Field, value: Option<&str>) -> Option<String> {
    use crate::domain::fields::Field;
    (field == Field::ContactLanguage)
        .then(|| value.and_then(|v| crate::domain::locale::Locale::parse(v).ok()).map(|l| l.as_str().to_owned()))
        .flatten()
}

/// A field's value as a person reads it: codes become words, empty becomes "not known".
pub fn field_value(i: &I18n, field: crate::domain::fields::Field, value: Option<&str>) -> String {
    use crate::domain::fields::Field;
    let Some(v) = value.filter(|v| !v.is_empty()) else { return i.t("field-value-none") };
    match field {
        Field::DutchLevel if v == "below_a1" => i.t("dutch-level-below-a1"),
        Field::DutchLevel => v.to_uppercase(),
        Field::MoStatus => i.t(&format!("mo-status-{}", v.replace('_', "-"))),
        Field::ContactLanguage => {
            crate::domain::locale::Locale::parse(v).map(|l| l.endonym().to_owned()).unwrap_or_else(|_| v.to_owned())
        }
        _ => v.to_owned(),
    }
}

/// A protocol's state as a party sees it, "notice given" included.
pub fn protocol_state_badge(i: &I18n, state: crate::domain::protocol::ProtocolState) -> impl IntoView + use<> {
    use crate::domain::protocol::ProtocolState as S;
    let class = match state {
        S::InForce => "badge badge-ok",
        S::NoticeGiven => "badge badge-alert",
        S::Scheduled | S::Draft => "badge badge-info",
        S::Terminated | S::Expired => "badge badge-muted",
    };
    view! { <span class=class>{i.t(&format!("protocol-state-{}", state.as_str().replace('_', "-")))}</span> }
}

/// A text from data (`views::local_text`) in its own language; when it is the Dutch instead of
/// the reader's, a label says so in the reader's language.
pub fn local_text(i: &I18n, t: &crate::views::local_text::LocalText) -> impl IntoView + use<> {
    let label = t
        .is_fallback_for(i.locale)
        .then(|| view! { <span class="untranslated">" (" {i.t("layout-untranslated")} ")"</span> });
    view! { <span lang=t.language.as_str() dir="auto">{t.text.clone()}</span>{label} }
}

/// Whom data may be passed on to, and why: one line per organisation, its name isolated (a
/// Latin name in a right-to-left sentence) and its purpose in the reader's language or the
/// labelled Dutch.
pub fn partner_list(i: &I18n, partners: &[crate::views::consent::PartnerPurpose]) -> impl IntoView + use<> {
    let items = partners
        .iter()
        .map(|p| {
            let purpose = p.purpose.as_ref().map(|t| view! { ": " {local_text(i, t)} });
            view! { <li><bdi>{p.name.clone()}</bdi>{purpose}</li> }
        })
        .collect_view();
    view! { <ul class="partners">{items}</ul> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_format_is_split_into_articles() {
        let s =
            sections("# Title\n\nIntro line one\nline two\n\n## Artikel 1\n\nText.\n- a\n- b\n\n## Artikel 2\nMore.");
        assert_eq!(s.len(), 3);
        assert_eq!(s[1].heading.as_deref(), Some("Artikel 1"));
        assert!(matches!(&s[0].blocks[0], Block::Paragraph(p) if p == "Intro line one line two"));
        assert!(matches!(&s[1].blocks[1], Block::List(items) if items.len() == 2));
    }
}
