//! The layers point one way: domain ← views ← store ← services ← api / ui (and the server on
//! top). This test reads the sources and fails when a lower layer names a higher one, and
//! when code outside the clock reads the time or takes a UTC day (`domain::time::today` is
//! the only way to get a date).

use std::path::{Path, PathBuf};

/// For each layer (a folder under `src/`), the paths it must never name.
const RULES: &[(&str, &[&str])] = &[
    ("domain", &["crate::views", "crate::store", "crate::services", "crate::api", "crate::ui", "sea_orm"]),
    ("views", &["crate::store", "crate::services", "crate::api", "crate::ui", "sea_orm"]),
    ("store", &["crate::services", "crate::api", "crate::ui"]),
    ("services", &["crate::api", "crate::ui"]),
    ("api", &["crate::ui"]),
];

/// Reading the clock is the clock's job; a UTC day is never the portal's day.
const TIME_RULES: &[(&str, &[&str])] =
    &[("Utc::now()", &["services/context.rs"]), ("date_naive()", &["domain/time.rs"])];

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

/// Code lines only: comments say what they like.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter(|(_, l)| !l.trim_start().starts_with("//")).map(|(n, l)| (n + 1, l))
}

/// Every line of `src` that breaks a rule, as `file:line: what`.
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
        let text = std::fs::read_to_string(&file).expect("readable source");
        let layer = rel.split('/').next().unwrap_or_default();
        let forbidden = RULES.iter().find(|(l, _)| *l == layer).map(|(_, f)| *f).unwrap_or(&[]);
        for (n, line) in code_lines(&text) {
            for name in forbidden {
                if line.contains(name) {
                    out.push(format!("{rel}:{n}: the {layer} layer names {name}"));
                }
            }
            for (call, allowed) in TIME_RULES {
                if line.contains(call) && !allowed.contains(&rel.as_str()) && !text_is_test_code(&text, n) {
                    out.push(format!("{rel}:{n}: {call} outside {}", allowed.join(", ")));
                }
            }
        }
    }
    out
}

/// Unit tests may build instants as they like: lines after the file's `#[cfg(test)]`.
fn text_is_test_code(text: &str, line: usize) -> bool {
    text.lines().take(line).any(|l| l.trim() == "#[cfg(test)]")
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
        std::fs::write(dir.join("services/late.rs"), "let d = now.date_naive();\n").unwrap();
        let found = violations(&dir);
        std::fs::remove_dir_all(&dir).ok();
        assert_eq!(
            found,
            vec![
                "services/bad.rs:1: the services layer names crate::api".to_owned(),
                "services/late.rs:1: date_naive() outside domain/time.rs".to_owned(),
            ]
        );
    }
}
