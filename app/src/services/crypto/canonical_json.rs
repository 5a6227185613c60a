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
