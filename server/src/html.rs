//! The few pages written outside Leptos (a refusal before any handler, the API's docs): one
//! escaping rule and one document frame, with the language and direction of the reader.

use app::domain::locale::Locale;

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A whole page: `title` (plain text, escaped here) and `body` (HTML, already escaped).
pub fn document(locale: Locale, title: &str, stylesheet: Option<&str>, body: &str) -> String {
    let css =
        stylesheet.map(|href| format!("<link rel=\"stylesheet\" href=\"/pkg/{}\">", escape(href))).unwrap_or_default();
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>{css}</head>\
         <body><main><h1>{title}</h1>{body}</main></body></html>",
        lang = locale.as_str(),
        dir = locale.dir(),
        title = escape(title),
    )
}
