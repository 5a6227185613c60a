//! How an island gets from the server to the browser without serde in the bundle.
//!
//! Leptos's `#[island]` writes an island's props with serde_json and reads them back with
//! serde_json in the browser: the parser, the derived visitors and the error messages (with
//! the floating-point formatting they need) were a fifth of the bundle a phone downloads. Here
//! an island is a plain component wrapped by [`island`]: on the server its props are written as
//! JSON into the same `<leptos-island data-props>` element (serde_json, server side only); in
//! the browser the bundle's export for it ([`island!`](crate::island)) parses them with the
//! browser's own `JSON.parse` and reads each field ([`Props::read`]), then hydrates the
//! server's HTML exactly as `#[island]` would.

use leptos::prelude::*;
use std::collections::BTreeMap;

/// A parsed JSON value an island's props are read from: the browser's (`JsValue`), or
/// `serde_json::Value` in the tests that check each island reads what the server writes.
pub trait Json: Sized {
    fn field(&self, key: &str) -> Option<Self>;
    fn string(&self) -> Option<String>;
    fn boolean(&self) -> Option<bool>;
    fn number(&self) -> Option<f64>;
    fn is_null(&self) -> bool;
    /// An object's members, in order.
    fn members(&self) -> Option<Vec<(String, Self)>>;
}

/// What an island's props are read into (the inverse of their `Serialize`).
pub trait Props: Sized {
    fn read<J: Json>(json: &J) -> Option<Self>;
}

/// The field `key` of an object.
pub fn get<T: Props, J: Json>(json: &J, key: &str) -> Option<T> {
    T::read(&json.field(key)?)
}

impl Props for String {
    fn read<J: Json>(json: &J) -> Option<Self> {
        json.string()
    }
}

impl Props for bool {
    fn read<J: Json>(json: &J) -> Option<Self> {
        json.boolean()
    }
}

impl Props for u32 {
    fn read<J: Json>(json: &J) -> Option<Self> {
        json.number().filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n)).map(|n| n as u32)
    }
}

impl<T: Props> Props for Option<T> {
    fn read<J: Json>(json: &J) -> Option<Self> {
        if json.is_null() { Some(None) } else { T::read(json).map(Some) }
    }
}

impl<T: Props> Props for BTreeMap<String, T> {
    fn read<J: Json>(json: &J) -> Option<Self> {
        // Inserted one by one: `collect` would sort first, and bring a sort into the bundle.
        let mut map = BTreeMap::new();
        for (key, value) in json.members()? {
            map.insert(key, T::read(&value)?);
        }
        Some(map)
    }
}

/// An island's props: their name is the island's (`data-component` on the server, the
/// bundle's export in the browser; set by [`island!`](crate::island)).
pub trait IslandProps: Props + serde::Serialize + 'static {
    const NAME: &'static str;
}

/// The island `P::NAME` showing `view(props)`: what `#[island]` renders, with `props` in
/// `data-props` when rendered on the server.
pub fn island<P: IslandProps, V: IntoView + 'static>(props: P, view: fn(P) -> V) -> impl IntoView {
    #[cfg(not(feature = "hydrate"))]
    let json = serde_json::to_string(&props).expect("island props are plain data");
    let body = untrack(move || {
        leptos::reactive::owner::Owner::new().with(|| {
            leptos::reactive::owner::Owner::with_hydration(move || {
                leptos::tachys::reactive_graph::OwnedView::new(view(props))
            })
        })
    });
    let island = leptos::tachys::html::islands::Island::new(P::NAME, body);
    #[cfg(not(feature = "hydrate"))]
    let island = island.with_props(json);
    island
}

/// In the browser: hydrates the island element `el` (what the bundle's export for `P::NAME`
/// does). Props that do not read leave the server's HTML as it is, without behaviour.
#[cfg(feature = "hydrate")]
pub fn hydrate<P: IslandProps, V: IntoView + 'static>(el: web_sys::HtmlElement, view: fn(P) -> V) {
    use leptos::tachys::view::{Position, RenderHtml};
    let Some(props) =
        el.dataset().get("props").and_then(|text| js_sys::JSON::parse(&text).ok()).and_then(|json| P::read(&json))
    else {
        leptos::logging::warn!("island {}: unreadable props", P::NAME);
        return;
    };
    let state = island(props, view).hydrate_from_position::<true>(&el, Position::Current);
    // As `#[island]` does: the island lives as long as the page.
    std::mem::forget(state);
}

#[cfg(feature = "hydrate")]
impl Json for wasm_bindgen::JsValue {
    fn field(&self, key: &str) -> Option<Self> {
        if !self.is_object() {
            return None;
        }
        let value = js_sys::Reflect::get(self, &key.into()).ok()?;
        (!value.is_undefined()).then_some(value)
    }
    fn string(&self) -> Option<String> {
        self.as_string()
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn is_null(&self) -> bool {
        wasm_bindgen::JsValue::is_null(self)
    }
    fn members(&self) -> Option<Vec<(String, Self)>> {
        use wasm_bindgen::JsCast;
        let object = self.dyn_ref::<js_sys::Object>()?;
        js_sys::Object::entries(object)
            .iter()
            .map(|entry| {
                let pair = entry.dyn_into::<js_sys::Array>().ok()?;
                Some((pair.get(0).as_string()?, pair.get(1)))
            })
            .collect()
    }
}

/// Names an island's props type and, in the browser, exports the island's hydration under that
/// name — the name the server writes in `data-component` and the loader looks up
/// (`ui/island_loader.js`): `island!(Name, PropsType, view_function, export_function);`.
#[macro_export]
macro_rules! island {
    ($name:ident, $props:ty, $view:ident, $export:ident) => {
        impl $crate::ui::islands::props::IslandProps for $props {
            const NAME: &'static str = stringify!($name);
        }
        #[cfg(feature = "hydrate")]
        #[wasm_bindgen::prelude::wasm_bindgen(js_name = $name)]
        pub fn $export(el: web_sys::HtmlElement) {
            $crate::ui::islands::props::hydrate::<$props, _>(el, $view);
        }
    };
}

#[cfg(test)]
pub mod tests {
    use super::*;

    impl Json for serde_json::Value {
        fn field(&self, key: &str) -> Option<Self> {
            self.as_object()?.get(key).cloned()
        }
        fn string(&self) -> Option<String> {
            self.as_str().map(str::to_owned)
        }
        fn boolean(&self) -> Option<bool> {
            self.as_bool()
        }
        fn number(&self) -> Option<f64> {
            self.as_f64()
        }
        fn is_null(&self) -> bool {
            serde_json::Value::is_null(self)
        }
        fn members(&self) -> Option<Vec<(String, Self)>> {
            Some(self.as_object()?.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        }
    }

    /// What the server writes for `props` reads back in the browser as the same props.
    pub fn round_trips<P: IslandProps + PartialEq + std::fmt::Debug>(props: P) {
        let json = serde_json::to_value(&props).unwrap();
        assert_eq!(P::read(&json).as_ref(), Some(&props), "{}: {json}", P::NAME);
    }

    #[test]
    fn values_read_as_written() {
        let json = serde_json::json!({"s": "x", "b": true, "n": 7, "f": 1.5, "neg": -1, "none": null, "m": {"a": "1"}});
        assert_eq!(get::<String, _>(&json, "s").as_deref(), Some("x"));
        assert_eq!(get::<bool, _>(&json, "b"), Some(true));
        assert_eq!(get::<u32, _>(&json, "n"), Some(7));
        assert_eq!(get::<u32, _>(&json, "f"), None);
        assert_eq!(get::<u32, _>(&json, "neg"), None);
        assert_eq!(get::<Option<String>, _>(&json, "none"), Some(None));
        assert_eq!(get::<Option<String>, _>(&json, "s"), Some(Some("x".into())));
        assert_eq!(get::<String, _>(&json, "missing"), None);
        assert_eq!(get::<String, _>(&json, "b"), None);
        let map: BTreeMap<String, String> = get(&json, "m").unwrap();
        assert_eq!(map.get("a").map(String::as_str), Some("1"));
    }
}
