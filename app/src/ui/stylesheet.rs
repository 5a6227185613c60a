//! Checks of the stylesheet (`app/style/main.css`): right-to-left pages mirror by themselves only
//! if no rule names a physical side, and every script has fonts a phone already has.

const CSS: &str = include_str!("../../style/main.css");

/// The stylesheet without its comments.
fn rules() -> String {
    let mut out = String::new();
    let mut rest = CSS;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// Each `property: value` declaration of the stylesheet, as (property, value).
fn declarations(css: &str) -> Vec<(String, String)> {
    css.split(['{', '}', ';'])
        .filter_map(|d| d.split_once(':'))
        .filter(|(p, _)| {
            let p = p.trim();
            !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        })
        .map(|(p, v)| (p.trim().to_owned(), v.trim().to_owned()))
        .collect()
}

/// The physical (left/right) declarations: properties naming a side, and `float`, `clear`,
/// `text-align` with a side as value.
fn physical(css: &str) -> Vec<String> {
    declarations(css)
        .into_iter()
        .filter(|(p, v)| {
            let names_side = p.split('-').any(|part| part == "left" || part == "right");
            let side_value = matches!(p.as_str(), "float" | "clear" | "text-align" | "caption-side" | "resize")
                && v.split_whitespace().any(|w| w == "left" || w == "right");
            names_side || side_value
        })
        .map(|(p, v)| format!("{p}: {v}"))
        .collect()
}

#[test]
fn the_check_sees_physical_properties() {
    let bad = ".a { margin-left: 1rem; padding-right: 0 } .b{left:0;text-align: right} .c { float: left; }";
    assert_eq!(physical(bad), ["margin-left: 1rem", "padding-right: 0", "left: 0", "text-align: right", "float: left"]);
    let good = ".a { margin-inline-start: 1rem; inset-inline-end: 0; text-align: start } a:hover { color: red }";
    assert!(physical(good).is_empty(), "{:?}", physical(good));
}

#[test]
fn the_stylesheet_uses_logical_properties_only() {
    let css = rules();
    assert!(declarations(&css).len() > 100, "the stylesheet was read");
    assert_eq!(physical(&css), Vec::<String>::new(), "physical left/right in app/style/main.css");
}

#[test]
fn every_script_names_fonts_a_phone_has_and_none_is_downloaded() {
    let css = rules();
    assert!(!css.contains("@font-face") && !css.contains("url("), "no web fonts");
    for (selector, font) in [
        (":lang(ar), :lang(fa), :lang(ps)", "Noto Naskh Arabic"),
        (":lang(ti)", "Noto Sans Ethiopic"),
        (":lang(uk), :lang(ru)", "Roboto"),
    ] {
        let rule = css.split(selector).nth(1).unwrap_or_else(|| panic!("no rule for {selector}"));
        let block = rule.split('}').next().unwrap_or_default();
        assert!(block.contains("--script-fonts") && block.contains(font), "{selector}: {block}");
    }
    let root = css.split(":root").nth(1).and_then(|r| r.split('}').next()).unwrap_or_default();
    assert!(root.contains("font-family: var(--script-fonts"), "the stack starts with the script's fonts");
}
