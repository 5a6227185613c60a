#!/usr/bin/env bash
# Developer entry points (see README). Scripts live in three places: this file (what you run),
# .ci/ (set-up and the CI entry) and frontend/build-site.sh (the WebAssembly bundle).
#   bash tasks.sh run          set up, build, seed the demo data, serve on http://localhost:3000
#   bash tasks.sh test         the whole suite: lint, Rust unit + integration (SQLite and PostgreSQL) + browser
#   bash tasks.sh check        the fast inner loop: format, clippy, unit tests (no database, no browser)
#   bash tasks.sh lint         cargo fmt --check and clippy -D warnings (server side and the wasm islands)
#   bash tasks.sh site         build the WebAssembly bundle and CSS into target/site, report the size
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
export PORTAL_BIN=$target_dir/debug/portal
# The fixed package set that is tested: one feature resolution, no rebuilds between steps.
packages=(-p app -p server -p migration -p portal-tests)

lint() {
  echo "== cargo fmt --check, clippy -D warnings"
  cargo fmt --all -- --check
  cargo clippy "${packages[@]}" --all-targets -- -D warnings
  cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings
}

case "${1:-}" in
  run)
    bash .ci/setup.sh
    bash frontend/build-site.sh
    cargo build -p server
    "$PORTAL_BIN" demo
    exec "$PORTAL_BIN" serve
    ;;
  test)
    bash .ci/setup.sh
    lint
    bash frontend/build-site.sh
    cargo build -p server
    echo "== Rust unit and integration tests (each integration scenario on sqlite:: and postgres::)"
    cargo test "${packages[@]}"
    echo "== Browser journeys (Chromium, phone viewport)"
    (cd tests/e2e && npm test)
    ;;
  check)
    lint
    cargo test -p app --features ssr --lib
    cargo test -p server --lib
    ;;
  lint)
    lint
    ;;
  site)
    bash frontend/build-site.sh
    ;;
  *)
    sed -n '2,8p' "$0"
    exit 2
    ;;
esac
