//! Static assets built by `frontend/build-site.sh`: content-hashed names, precompressed copies
//! (`.br`, `.gz`) chosen by `Accept-Encoding`, cached for a year.

use axum::http::{HeaderValue, header};
use leptos::prelude::LeptosOptions;
use std::path::Path;
use tower::Layer;
use tower_http::services::ServeDir;
use tower_http::set_header::{SetResponseHeader, SetResponseHeaderLayer};

/// Reads `pkg/manifest.json`. Without one (no bundle built) pages still render, without islands.
pub fn manifest(site_root: &Path) -> app::AssetManifest {
    let path = site_root.join("pkg").join("manifest.json");
    match std::fs::read_to_string(&path).map(|t| serde_json::from_str::<app::AssetManifest>(&t)) {
        Ok(Ok(m)) => m,
        Ok(Err(e)) => {
            tracing::warn!(path = %path.display(), error = %e, "asset manifest unreadable; serving without islands");
            app::AssetManifest::default()
        }
        Err(_) => {
            tracing::warn!(path = %path.display(), "no asset manifest; run bash tasks.sh site; serving without islands");
            app::AssetManifest::default()
        }
    }
}

pub fn service(options: &LeptosOptions) -> SetResponseHeader<SetResponseHeader<ServeDir, HeaderValue>, HeaderValue> {
    let dir = Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
    // Which copy is sent depends on `Accept-Encoding`: a shared cache must know (`Vary`).
    let vary = SetResponseHeaderLayer::overriding(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    SetResponseHeaderLayer::overriding(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    )
    .layer(vary.layer(ServeDir::new(dir).precompressed_br().precompressed_gzip()))
}
