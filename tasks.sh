#!/usr/bin/env bash
# Developer entry points (see README):
#   bash tasks.sh run          set up, build, seed the demo data, serve on http://localhost:3000
#   bash tasks.sh test         the whole suite: Rust unit + integration (SQLite and PostgreSQL) + browser
#   bash tasks.sh site         build the WebAssembly bundle and CSS into target/site, report the size
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
export PORTAL_BIN=$target_dir/debug/portal
# The fixed package set that is tested: one feature resolution, no rebuilds between steps.
packages=(-p app -p server -p migration -p portal-tests)

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
    bash frontend/build-site.sh
    cargo build -p server
    echo "== Rust unit and integration tests (each integration scenario on sqlite:: and postgres::)"
    cargo test "${packages[@]}"
    echo "== Browser journeys (Chromium, phone viewport)"
    (cd tests/e2e && npm test)
    ;;
  site)
    bash frontend/build-site.sh
    ;;
  *)
    sed -n '2,5p' "$0"
    exit 2
    ;;
esac
