//! Where a `next=` parameter may send the browser: only to a path on this site. One rule, used
//! by every redirect on the server (the language switch, sign-in) and in the islands.
//!
//! Browsers strip tab, CR and LF from a URL before parsing it, so `/\t/evil.example` becomes
//! `//evil.example` — another host. The target is therefore judged after percent-decoding and
//! with those characters taken out, and must then be one absolute path: it starts with a single
//! `/`, holds no backslash (browsers read it as `/`), no other control character and nothing
//! outside ASCII. What passes is returned percent-encoded where needed, so it is always a valid
//! `Location` header; what fails is `None`, and the caller falls back to its start page.

/// The local path `raw` names, or `None` if it could lead anywhere else.
pub fn local_path(raw: &str) -> Option<String> {
    let decoded = percent_decode(raw)?;
    let stripped: Vec<u8> = decoded.into_iter().filter(|b| !matches!(b, b'\t' | b'\r' | b'\n')).collect();
    let ok = stripped.first() == Some(&b'/')
        && stripped.get(1) != Some(&b'/')
        && stripped.iter().all(|b| b.is_ascii() && !b.is_ascii_control() && *b != b'\\');
    ok.then(|| encode(&stripped))
}

/// `%XX` decoded once; a `%` not followed by two hex digits makes the whole target refused.
fn percent_decode(raw: &str) -> Option<Vec<u8>> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

/// Percent-encodes what a path and query may not carry as is.
fn encode(path: &[u8]) -> String {
    path.iter()
        .map(|&b| match b {
            b' ' | b'"' | b'<' | b'>' | b'`' | b'%' | b'{' | b'}' | b'|' | b'^' => format!("%{b:02X}"),
            _ => (b as char).to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_paths_pass_and_keep_their_query() {
        assert_eq!(local_path("/protocols/x?version=1").as_deref(), Some("/protocols/x?version=1"));
        assert_eq!(
            local_path("/me/disclosures?from=2026-01-01&party=spl").as_deref(),
            Some("/me/disclosures?from=2026-01-01&party=spl")
        );
        assert_eq!(local_path("/").as_deref(), Some("/"));
        // Encoded characters stay encoded: the browser sees the same path.
        assert_eq!(local_path("/me?x=a%20b").as_deref(), Some("/me?x=a%20b"));
        assert_eq!(local_path("/a%2525b").as_deref(), Some("/a%2525b"));
    }

    // The result goes into a `Location` header: whatever passes must be one path on this site
    // as a browser reads it (after its own decoding and stripping), valid in the header, and
    // pass again unchanged — the language switch hands the same `next=` on more than once.
    mod properties {
        use super::*;
        use crate::domain::hostile_input::{config, hostile};
        use proptest::prelude::*;

        /// Targets of URL-ish characters: slashes either way, encodings, schemes, whitespace.
        fn targets() -> impl Strategy<Value = String> {
            let part = prop::sample::select(vec![
                "/",
                "\\",
                "%2F",
                "%2f",
                "%5C",
                "%09",
                "%0A",
                "%0d",
                "%00",
                "%25",
                "%",
                "%zz",
                "\t",
                "\n",
                "\r",
                " ",
                "a",
                "evil.example",
                "https:",
                ":",
                "?",
                "#",
                "&x=1",
                "..",
                "%E2%80%AE",
                "é",
                "%7F",
                "{}|^`\"<>",
            ]);
            prop::collection::vec(part, 1..8).prop_map(|parts| parts.concat())
        }

        proptest! {
            #![proptest_config(config(256))]

            #[test]
            fn what_passes_is_one_local_path_and_passes_again(input in prop_oneof![hostile(), targets()]) {
                if let Some(path) = local_path(&input) {
                    prop_assert_eq!(local_path(&path), Some(path.clone()));
                    prop_assert!(path.bytes().all(|b| b.is_ascii_graphic()), "{:?}", path);
                    let read = percent_decode(&path).expect("decodes");
                    prop_assert!(read.first() == Some(&b'/') && read.get(1) != Some(&b'/'), "{:?}", path);
                    prop_assert!(!read.iter().any(|b| *b == b'\\' || b.is_ascii_control()), "{:?}", path);
                }
            }

            #[test]
            fn a_plain_local_path_passes_unchanged(path in "(/[a-z0-9_.-]{1,12}){1,4}(\\?[a-z0-9]{1,8}=[a-z0-9-]{0,10})?") {
                prop_assert_eq!(local_path(&path), Some(path));
            }
        }
    }

    #[test]
    fn every_way_off_the_site_is_refused() {
        for off in [
            "/%09/evil.example",
            "/\t/evil.example",
            "/%0A/evil.example",
            "/%0D/evil.example",
            "%09//evil.example",
            "//evil.example",
            "/%2F/evil.example",
            "%2F%2Fevil.example",
            "/\\evil.example",
            "/%5Cevil.example",
            "https://evil.example",
            "https:%2F%2Fevil.example",
            "javascript:alert(1)",
            "evil.example",
            "/%E3%80%80/x",
            "/%00/x",
            "/%7F",
            "/%",
            "/%zz",
            "",
            " /x",
        ] {
            assert_eq!(local_path(off), None, "{off:?}");
        }
    }
}
