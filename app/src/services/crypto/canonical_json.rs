//! The one byte form of a signed JSON document, and a reader that refuses anything else.
//!
//! Canonical form: objects with their keys in sorted order, no whitespace, strings escaped as
//! serde_json writes them (`"`, `\` and control characters only), integers only. For such
//! documents (ASCII keys, no fractions) this is exactly RFC 8785 (JCS), so a verifier in any
//! language can rebuild the signed bytes. The writer sorts by itself: it does not depend on
//! whether some dependency switched serde_json's `preserve_order` on.
//!
//! The reader refuses duplicate keys (serde_json would keep the last one silently, so an
//! edited document could show one value and verify with another).

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Why a document is not acceptable as signed JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum JsonError {
    #[error("not JSON")]
    NotJson,
    #[error("a key appears twice in one object")]
    DuplicateKey,
    #[error("a number is not a whole number")]
    Fraction,
    #[error("not in canonical form (re-formatted or edited)")]
    NotCanonical,
}

/// The canonical bytes of `value`.
pub fn canonical(value: &Value) -> Result<Vec<u8>, JsonError> {
    let mut out = Vec::new();
    write(value, &mut out)?;
    Ok(out)
}

fn write(value: &Value, out: &mut Vec<u8>) -> Result<(), JsonError> {
    match value {
        Value::Null | Value::Bool(_) | Value::String(_) => {
            out.extend(serde_json::to_vec(value).map_err(|_| JsonError::NotJson)?);
        }
        Value::Number(n) => {
            if !(n.is_i64() || n.is_u64()) {
                return Err(JsonError::Fraction);
            }
            out.extend(n.to_string().into_bytes());
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write(item, out)?;
            }
            out.push(b']');
        }
        Value::Object(map) => {
            let sorted: BTreeMap<&String, &Value> = map.iter().collect();
            out.push(b'{');
            for (i, (key, item)) in sorted.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                out.extend(serde_json::to_vec(key).map_err(|_| JsonError::NotJson)?);
                out.push(b':');
                write(item, out)?;
            }
            out.push(b'}');
        }
    }
    Ok(())
}

/// Reads a document that must be in canonical form (one trailing newline allowed).
pub fn read_canonical(text: &str) -> Result<Value, JsonError> {
    let value = read_strict(text)?;
    let body = text.strip_suffix('\n').unwrap_or(text);
    if canonical(&value)? != body.as_bytes() {
        return Err(JsonError::NotCanonical);
    }
    Ok(value)
}

/// Parses JSON, refusing duplicate keys at any depth.
pub fn read_strict(text: &str) -> Result<Value, JsonError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Strict::deserialize(&mut de)
        .map_err(|e| if e.to_string().starts_with(DUPLICATE) { JsonError::DuplicateKey } else { JsonError::NotJson })?;
    de.end().map_err(|_| JsonError::NotJson)?;
    Ok(value.0)
}

const DUPLICATE: &str = "duplicate key";

struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map(Value::Number).unwrap_or(Value::Null))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Strict(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let Strict(item) = map.next_value()?;
            if object.insert(key, item).is_some() {
                return Err(de::Error::custom(DUPLICATE));
            }
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_canonical_form_sorts_keys_and_has_no_whitespace() {
        let v = json!({"b": [1, {"d": null, "c": "é\n\"x\""}], "a": true, "A": -3});
        let bytes = canonical(&v).unwrap();
        assert_eq!(String::from_utf8(bytes).unwrap(), r#"{"A":-3,"a":true,"b":[1,{"c":"é\n\"x\"","d":null}]}"#);
        assert_eq!(canonical(&json!({"n": 1.5})), Err(JsonError::Fraction));
    }

    #[test]
    fn duplicate_keys_are_refused_at_any_depth() {
        assert_eq!(read_strict(r#"{"a":1,"a":2}"#), Err(JsonError::DuplicateKey));
        assert_eq!(read_strict(r#"{"x":[{"k":"give","k":"withdraw"}]}"#), Err(JsonError::DuplicateKey));
        assert_eq!(read_strict(r#"{"a":1} trailing"#), Err(JsonError::NotJson));
        assert_eq!(read_strict(r#"{"a":1,"b":{"a":1}}"#).unwrap(), json!({"a": 1, "b": {"a": 1}}));
    }

    // Receipts and checkpoints are signed over these bytes and checked, offline and later, by
    // rebuilding them: the form must be a function of the value alone (key order included),
    // read back to the same value and be written again byte for byte; the reader must refuse
    // every other text and never panic on whatever file it is handed.
    mod properties {
        use super::*;
        use crate::domain::hostile_input::{config, hostile};
        use proptest::prelude::*;

        fn text() -> impl Strategy<Value = String> {
            prop_oneof![hostile(), "[a-zA-Z_]{0,8}"]
        }

        /// Any JSON value a signed document can hold: whole numbers, any text, nested.
        fn json() -> impl Strategy<Value = Value> {
            let leaf = prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::from),
                any::<i64>().prop_map(Value::from),
                any::<u64>().prop_map(Value::from),
                text().prop_map(Value::from),
            ];
            leaf.prop_recursive(4, 40, 6, |inner| {
                prop_oneof![
                    prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                    prop::collection::vec((text(), inner), 0..6).prop_map(|kv| Value::Object(kv.into_iter().collect())),
                ]
            })
        }

        /// Text near JSON: its punctuation, numbers, escapes and whitespace, or nesting deeper
        /// than the reader goes.
        fn near_json() -> impl Strategy<Value = String> {
            let token = prop::sample::select(vec![
                "{",
                "}",
                "[",
                "]",
                ":",
                ",",
                "\"a\"",
                "\"\\u00e9\"",
                "\"\\ud800\"",
                "1",
                "-0",
                "1.5",
                "1e3",
                "18446744073709551616",
                "null",
                "true",
                " ",
                "\n",
                "\"",
                "\\",
            ]);
            prop_oneof![
                prop::collection::vec(token, 0..24).prop_map(|t| t.concat()),
                (1usize..3000).prop_map(|n| format!("{}{}", "[".repeat(n), "]".repeat(n))),
            ]
        }

        fn canonical_text(v: &Value) -> String {
            String::from_utf8(canonical(v).expect("whole numbers only")).expect("UTF-8")
        }

        proptest! {
            #![proptest_config(config(256))]

            #[test]
            fn the_canonical_text_reads_back_and_is_written_again_identically(v in json()) {
                let text = canonical_text(&v);
                let read = read_canonical(&text).expect("canonical");
                prop_assert_eq!(&read, &v);
                prop_assert_eq!(canonical_text(&read), text.clone());
                prop_assert_eq!(read_canonical(&format!("{text}\n")), Ok(v.clone()));
                prop_assert_eq!(read_strict(&text), Ok(v));
            }

            #[test]
            fn keys_are_in_one_order_whatever_order_they_came_in(
                entries in prop::collection::btree_map(text(), json(), 0..8),
            ) {
                let forward: Map<String, Value> = entries.clone().into_iter().collect();
                let backward: Map<String, Value> = entries.clone().into_iter().rev().collect();
                let members: Vec<String> = entries
                    .iter()
                    .map(|(k, v)| format!("{}:{}", serde_json::to_string(k).expect("a key"), canonical_text(v)))
                    .collect();
                let expected = format!("{{{}}}", members.join(","));
                prop_assert_eq!(canonical_text(&Value::Object(forward)), expected.clone());
                prop_assert_eq!(canonical_text(&Value::Object(backward)), expected);
            }

            #[test]
            fn any_other_text_of_the_same_value_is_refused(v in json()) {
                let pretty = serde_json::to_string_pretty(&v).expect("JSON");
                prop_assert_eq!(read_canonical(&pretty).is_ok(), pretty == canonical_text(&v));
            }

            #[test]
            fn a_key_twice_is_refused_at_any_depth(key in text(), a in json(), b in json(), wrap in 0usize..3) {
                let (k, a, b) = (serde_json::to_string(&key).expect("a key"), canonical_text(&a), canonical_text(&b));
                let twice = format!("{{{k}:{a},{k}:{b}}}");
                let doc = match wrap {
                    0 => twice,
                    1 => format!("[1,{twice}]"),
                    _ => format!("{{\"x\":{twice}}}"),
                };
                prop_assert_eq!(read_strict(&doc), Err(JsonError::DuplicateKey));
                prop_assert!(read_canonical(&doc).is_err());
            }

            #[test]
            fn a_fraction_is_never_canonical(f in any::<f64>()) {
                if let Some(n) = serde_json::Number::from_f64(f) {
                    prop_assert_eq!(canonical(&Value::Number(n)), Err(JsonError::Fraction));
                }
            }

            #[test]
            fn whatever_is_read_is_exactly_its_canonical_text(input in prop_oneof![hostile(), near_json()]) {
                let _ = read_strict(&input);
                if let Ok(v) = read_canonical(&input) {
                    prop_assert_eq!(canonical_text(&v), input.strip_suffix('\n').unwrap_or(&input));
                }
            }

            #[test]
            fn one_character_changed_is_another_value_or_refused(v in json(), at in any::<prop::sample::Index>(), c in any::<char>(), how in 0usize..3) {
                let text = canonical_text(&v);
                let mut chars: Vec<char> = text.chars().collect();
                let i = at.index(chars.len());
                match how {
                    0 => chars[i] = c,
                    1 => chars.insert(i, c),
                    _ => drop(chars.remove(i)),
                }
                let edited: String = chars.into_iter().collect();
                // One trailing newline is the file's own (a receipt file ends with one).
                let body = edited.strip_suffix('\n').unwrap_or(&edited);
                if body != text
                    && let Ok(read) = read_canonical(&edited)
                {
                    prop_assert_ne!(&read, &v);
                    prop_assert_eq!(canonical_text(&read), body);
                }
            }
        }
    }

    #[test]
    fn only_the_canonical_bytes_are_read() {
        let doc = json!({"z": "é", "a": [1, 2]});
        let text = String::from_utf8(canonical(&doc).unwrap()).unwrap();
        assert_eq!(read_canonical(&text).unwrap(), doc);
        assert_eq!(read_canonical(&format!("{text}\n")).unwrap(), doc, "one trailing newline");
        for variant in [
            serde_json::to_string_pretty(&doc).unwrap(),
            text.replace('é', "\\u00e9"),
            text.replace("[1,2]", "[1, 2]"),
            text.replace("1,2", "1.0,2"),
            r#"{"a":[1,2],"z":"é","z":"é"}"#.to_owned(),
        ] {
            assert!(read_canonical(&variant).is_err(), "{variant}");
        }
    }
}
