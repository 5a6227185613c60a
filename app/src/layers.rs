//! The layers point one way: domain ← views ← store ← services ← api / ui (and the server on
//! top). This test reads the sources and fails when a lower layer names a higher one, and
//! when code outside the clock reads the time or takes a UTC day (`domain::time::today` is
//! the only way to get a date).

use std::path::{Path, PathBuf};

/// For each layer (a folder under `src/`), the layers and crates it must never name.
const RULES: &[(&str, &[&str])] = &[
    ("domain", &["views", "store", "services", "api", "ui", "sea_orm"]),
    ("views", &["store", "services", "api", "ui", "sea_orm"]),
    ("store", &["services", "api", "ui"]),
    ("services", &["api", "ui"]),
    ("api", &["ui"]),
];

/// Reading the clock is the clock's job; a UTC day is never the portal's day.
const TIME_RULES: &[(&str, &[&str])] = &[
    ("Utc::now", &["services/context.rs"]),
    ("date_naive", &["domain/time.rs"]),
    ("naive_utc().date()", &["domain/time.rs"]),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without comments and without its unit tests (from `#[cfg(test)]` followed
/// by `mod`), lines kept so that positions still give line numbers.
fn code(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let t = line.trim_start();
        if t == "#[cfg(test)]" && lines.peek().is_some_and(|next| next.trim_start().starts_with("mod ")) {
            break;
        }
        out.push_str(if t.starts_with("//") { "" } else { line.split(" //").next().unwrap_or(line) });
        out.push('\n');
    }
    out
}

/// Where `text` names layer (or crate) `name`: `crate::name`, `crate::{…, name…}` (also across
/// lines), `super::…::name` reaching up, or the crate `name` itself.
fn names(text: &str, name: &str) -> Vec<usize> {
    let squeezed = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut at = 0;
    while let Some(pos) = text[at..].find(name) {
        let start = at + pos;
        let end = start + name.len();
        at = end;
        if (start > 0 && is_ident(bytes[start - 1])) || (end < bytes.len() && is_ident(bytes[end])) {
            continue;
        }
        if name == "sea_orm" {
            found.push(start);
            continue;
        }
        // What comes before the name, up to the start of its path.
        let before = squeezed(&text[text[..start].rfind([';', '\n', '(', '=', ',']).map_or(0, |p| p + 1)..start]);
        let group = text[..start].rfind("crate").map(|c| squeezed(&text[c..start]));
        let in_group = group.is_some_and(|g| g.starts_with("crate::{") && !g.contains('}') && !g.contains(';'));
        if before.ends_with("crate::") || before.ends_with("super::") || in_group {
            found.push(start);
        }
    }
    found
}

/// Every place in `src` that breaks a rule, as `file:line: what`.
pub fn violations(src: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    for file in files {
        let rel = file.strip_prefix(src).expect("under src").to_string_lossy().replace('\\', "/");
        if rel == "layers.rs" {
            continue; // the rules themselves
        }
        let text = code(&std::fs::read_to_string(&file).expect("readable source"));
        let line_of = |pos: usize| text[..pos].matches('\n').count() + 1;
        let layer = rel.split('/').next().unwrap_or_default();
        let forbidden = RULES.iter().find(|(l, _)| *l == layer).map(|(_, f)| *f).unwrap_or(&[]);
        for name in forbidden {
            for pos in names(&text, name) {
                out.push(format!("{rel}:{}: the {layer} layer names {name}", line_of(pos)));
            }
        }
        for (call, allowed) in TIME_RULES {
            if allowed.contains(&rel.as_str()) {
                continue;
            }
            for (pos, _) in text.match_indices(call) {
                out.push(format!("{rel}:{}: {call} outside {}", line_of(pos), allowed.join(", ")));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layers_point_one_way_and_only_the_clock_reads_the_time() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut found = violations(&root.join("src"));
        // The server has no layer folders of these names: only the time rules apply there.
        found.extend(violations(&root.join("../server/src")).into_iter().map(|v| format!("server/src/{v}")));
        assert!(found.is_empty(), "layering violations:\n{}", found.join("\n"));
    }

    #[test]
    fn a_service_that_imports_from_the_api_is_caught() {
        let dir = std::env::temp_dir().join(format!("layers-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("services")).unwrap();
        std::fs::write(dir.join("services/bad.rs"), "use crate::api::guard::require;\n// crate::ui in a comment\n")
            .unwrap();
        std::fs::write(dir.join("services/grouped.rs"), "use crate::{\n    domain::x,\n    ui::y,\n};\nfn api() {}\n")
            .unwrap();
        std::fs::write(dir.join("services/up.rs"), "use super::super::api::guard;\n").unwrap();
        std::fs::write(dir.join("services/late.rs"), "let t = x.unwrap_or_else(Utc::now);\nlet d = t.date_naive();\n")
            .unwrap();
        std::fs::write(dir.join("services/tested.rs"), "#[cfg(test)]\nmod tests {\n    let t = Utc::now();\n}\n")
            .unwrap();
        let found = violations(&dir);
        std::fs::remove_dir_all(&dir).ok();
        assert_eq!(
            found,
            vec![
                "services/bad.rs:1: the services layer names api".to_owned(),
                "services/grouped.rs:3: the services layer names ui".to_owned(),
                "services/late.rs:1: Utc::now outside services/context.rs".to_owned(),
                "services/late.rs:2: date_naive outside domain/time.rs".to_owned(),
                "services/up.rs:1: the services layer names api".to_owned(),
            ]
        );
    }
}
