//! WebAssembly entry point: hydrates the islands that the server rendered.
//! Pages themselves stay server-rendered HTML; only `#[island]` components come alive here.

#[allow(unused_imports)]
use app::*;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
