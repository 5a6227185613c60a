#!/usr/bin/env bash
# Builds the static site into target/site/pkg: the WebAssembly islands bundle (size profile,
# wasm-bindgen at the Cargo.lock version, wasm-opt from npm binaryen), the CSS, content-hashed
# names, brotli and gzip copies, and manifest.json for the server. Reports the bundle size.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
site=${PORTAL_SITE_ROOT:-$root/target/site}
pkg=$site/pkg

cargo build -p frontend --target wasm32-unknown-unknown --profile wasm-release
wasm=$target_dir/wasm32-unknown-unknown/wasm-release/frontend.wasm

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
  --out-dir "$tmp" --out-name portal "$wasm"

wasm_opt=$root/frontend/node_modules/.bin/wasm-opt
if [ -x "$wasm_opt" ]; then
  # The features rustc enables by default for wasm32-unknown-unknown.
  "$wasm_opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$tmp/portal_bg.wasm" -o "$tmp/portal_bg.opt.wasm"
  mv "$tmp/portal_bg.opt.wasm" "$tmp/portal_bg.wasm"
else
  echo "note: $wasm_opt not installed (bash .ci/setup.sh installs it); bundle not optimised" >&2
fi

hash=$(cat "$tmp/portal_bg.wasm" "$tmp/portal.js" | sha256sum | cut -c1-16)
css_hash=$(sha256sum app/style/main.css | cut -c1-16)
rm -rf "$pkg"
mkdir -p "$pkg"
cp "$tmp/portal.js" "$pkg/portal-$hash.js"
cp "$tmp/portal_bg.wasm" "$pkg/portal-${hash}_bg.wasm"
cp app/style/main.css "$pkg/main-$css_hash.css"
for f in "$pkg"/*; do
  brotli -q 11 -k -f "$f"
  gzip -9 -k -f -n "$f"
done
printf '{"output_name":"portal-%s","css":"main-%s.css"}\n' "$hash" "$css_hash" > "$pkg/manifest.json"

size() { stat -c %s "$1"; }
raw=$(( $(size "$pkg/portal-${hash}_bg.wasm") + $(size "$pkg/portal-$hash.js") ))
br=$(( $(size "$pkg/portal-${hash}_bg.wasm.br") + $(size "$pkg/portal-$hash.js.br") ))
echo "wasm bundle (wasm + js): raw $raw bytes, brotli $br bytes ($(( br / 1024 )) KiB)"
echo "site written to $pkg"
