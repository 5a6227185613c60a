//! The printable document of an invitation-letter run (issue 16): one A4 page per person, in
//! their contact language and then in Dutch (the binding language), with the QR code of the
//! invitation link, the link and the short code. The same document for the admin desk's
//! `POST /agency/admin/letters` and `portal invite letters --out FILE.html`. The print
//! stylesheet is in the page itself: A4, no margins for the browser's headers and footers, a
//! page break after each letter; the note above the letters is for the screen only. The portal
//! serves it as `/letters.css` (its pages allow no inline style); the command line's file,
//! opened from disk, carries it inline.

use crate::html::escape;
use app::domain::locale::Locale;
use app::i18n::I18n;
use app::services::identity::credentials::qr_svg;
use app::ui::components::format::day_of;
use app::views::letters::{Letter, LetterRun};

const STYLE: &str = "\
@page{size:A4;margin:0}\
*{box-sizing:border-box}\
body{margin:0;font-family:'Noto Sans','Noto Sans Arabic','Noto Naskh Arabic',sans-serif;color:#000;background:#fff}\
.screen{max-width:60rem;margin:1rem auto;padding:1rem;border:1px solid #888;font-size:1rem}\
.letter{width:210mm;height:297mm;padding:18mm 20mm;overflow:hidden;page-break-after:always;break-after:page;font-size:10.5pt;line-height:1.35}\
.letter:last-child{page-break-after:auto;break-after:auto}\
.to{margin:0 0 8mm;min-height:22mm}\
.to p{margin:0}\
h1{font-size:15pt;margin:0 0 3mm}\
h2{font-size:12pt;margin:5mm 0 2mm;border-top:1px solid #000;padding-top:3mm}\
.key{display:flex;gap:8mm;align-items:center;margin:3mm 0}\
.key svg{width:42mm;height:42mm;flex:none}\
.code{font-family:'Noto Sans Mono',monospace;font-size:16pt;letter-spacing:.12em}\
.url{font-family:'Noto Sans Mono',monospace;font-size:8.5pt;word-break:break-all}\
.warning{border:2px solid #000;padding:2mm 3mm}\
p{margin:0 0 2mm}\
ul{margin:0 0 2mm;padding-inline-start:6mm}\
@media print{.screen{display:none}}";

/// Where the document's stylesheet is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `<link>` to `/letters.css` (served by the portal).
    Linked,
    /// In the document (a file opened from disk).
    Inline,
}

/// `GET /letters.css`: the letters' print stylesheet.
pub async fn stylesheet() -> impl axum::response::IntoResponse {
    (
        [
            (axum::http::header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (axum::http::header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLE,
    )
}

/// The whole document; `reader` is the language of the note on screen (the admin's).
pub fn document(run: &LetterRun, reader: Locale, style: Style) -> String {
    let i = I18n::new(reader);
    let mut body = String::from("<main>");
    body.push_str("<div class=\"screen\" role=\"note\">");
    body.push_str(&format!(
        "<p>{}</p>",
        escape(&i.t_args("letters-screen-note", [("count", (run.letters.len() as i64).into())]))
    ));
    if !run.delivered.is_empty() {
        body.push_str(&format!("<p>{}</p><ul>", escape(&i.t("letters-delivered-instead"))));
        for d in &run.delivered {
            let args = [("channel", d.channel.as_str().into()), ("to", d.masked_to.clone().into())];
            body.push_str(&format!(
                "<li><bdi>{}</bdi>: {}</li>",
                escape(&d.dossier_ref),
                escape(&i.t_args("admin-delivered", args))
            ));
        }
        body.push_str("</ul>");
    }
    body.push_str("</div>");
    for letter in &run.letters {
        body.push_str(&page(letter));
    }
    body.push_str("</main>");
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title>{css}</head><body>{body}</body></html>",
        css = match style {
            Style::Linked => "<link rel=\"stylesheet\" href=\"/letters.css\">".to_owned(),
            Style::Inline => format!("<style>{STYLE}</style>"),
        },
        lang = reader.as_str(),
        dir = reader.dir(),
        title = escape(&i.t("letters-document-title")),
    )
}

/// One person's page: the address block, the letter in their language, then in Dutch.
fn page(letter: &Letter) -> String {
    let qr = qr_svg(&letter.url).unwrap_or_default();
    let mut out = format!(
        "<section class=\"letter\" lang=\"{lang}\" dir=\"{dir}\" aria-label=\"{name}\">\
         <div class=\"to\" dir=\"auto\"><p><bdi>{name}</bdi></p><p><bdi>{address}</bdi></p></div>",
        lang = letter.language.as_str(),
        dir = letter.language.dir(),
        name = escape(&letter.name),
        address = escape(&letter.address),
    );
    out.push_str(&text(letter, letter.language, &qr, true));
    if letter.language != Locale::Nl {
        out.push_str(&format!("<div lang=\"nl\" dir=\"ltr\">{}</div>", text(letter, Locale::Nl, &qr, false)));
    }
    out.push_str("</section>");
    out
}

/// The letter's text in one language; the QR code and the link with the first language only.
fn text(letter: &Letter, language: Locale, qr: &str, first: bool) -> String {
    let i = I18n::new(language);
    let t = |id: &str| escape(&i.t(id));
    let heading = if letter.recovery { t("letters-recovery-heading") } else { t("letters-heading") };
    let tag = if first { "h1" } else { "h2" };
    let mut out = format!("<{tag}>{heading}</{tag}>");
    out.push_str(&format!("<p>{}</p>", escape(&i.t_args("letters-greeting", [("name", letter.name.clone().into())]))));
    out.push_str(&format!("<p>{}</p>", t("letters-what")));
    if !letter.protocols.is_empty() {
        out.push_str(&format!("<p>{}</p><ul>", t("letters-protocols")));
        for p in &letter.protocols {
            let title = if language == Locale::Nl { &p.title_nl } else { &p.title };
            out.push_str(&format!("<li><bdi>{}</bdi> — <bdi>{}</bdi></li>", escape(&p.recipient), escape(title)));
        }
        out.push_str("</ul>");
    }
    if letter.recovery {
        out.push_str(&format!("<p class=\"warning\">{}</p>", t("letters-recovery-warning")));
    }
    if first {
        out.push_str(&format!(
            "<div class=\"key\"><div role=\"img\" aria-label=\"{qr_label}\">{qr}</div><div>\
             <p>{scan}</p><p>{type_it}</p><p class=\"url\" dir=\"ltr\">{url}</p>\
             <p>{code_label}: <span class=\"code\" dir=\"ltr\">{code}</span></p></div></div>",
            qr_label = t("letters-qr-label"),
            scan = t("letters-how-scan"),
            type_it = t("letters-how-type"),
            url = escape(&letter.url),
            code_label = t("letters-code"),
            code = escape(&letter.short_code),
        ));
    } else {
        out.push_str(&format!("<p>{}</p>", t("letters-how-scan")));
    }
    let until = day_of(&i, letter.expires_at);
    out.push_str(&format!("<p>{}</p>", escape(&i.t_args("letters-valid-until", [("date", until.into())]))));
    out.push_str(&format!("<p>{}</p>", t("letters-help")));
    out.push_str(&format!("<p>{}: <bdi>{}</bdi></p>", t("letters-dossier"), escape(&letter.dossier_ref)));
    out
}
