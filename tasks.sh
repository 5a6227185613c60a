#!/usr/bin/env bash
# Developer entry points (see README). Scripts live in three places: this file (what you run),
# .ci/ (set-up and the CI entry) and frontend/build-site.sh (the WebAssembly bundle).
#   bash tasks.sh run          set up, build, seed the demo data, serve on http://localhost:3000
#   bash tasks.sh test         the whole suite: lint, Rust unit + integration (SQLite and PostgreSQL) + browser
#   bash tasks.sh check        the fast inner loop: format, clippy, unit tests (no database, no browser)
#   bash tasks.sh lint         cargo fmt --check and clippy -D warnings (server side and the wasm islands)
#   bash tasks.sh site         build the WebAssembly bundle and CSS into target/site, report the size
#   bash tasks.sh bench        release build; the benchmarks on SQLite and PostgreSQL (socket and TCP), as ratios
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
  bench)
    bash .ci/setup.sh
    out=$target_dir/bench
    mkdir -p "$out"
    socket='postgres://postgres@%2Fvar%2Frun%2Fpostgresql/postgres'
    tcp='postgres://postgres@127.0.0.1:5432/postgres'
    cargo build --release -p server
    cargo bench -p portal-tests --no-run
    bench() { # name, label, PostgreSQL URL (empty: SQLite)
      echo "== $1 ($2)"
      if [ -n "$3" ]; then
        PORTAL_TEST_PG=$3 cargo bench -q -p portal-tests --bench "$1" -- postgres | tee "$out/$1.$2.txt"
      else
        cargo bench -q -p portal-tests --bench "$1" | tee "$out/$1.$2.txt"
      fi
    }
    for name in disclosure_page rectification_queue api_v1 consent_saves; do
      bench "$name" sqlite ""
      bench "$name" pg-socket "$socket"
      bench "$name" pg-tcp "$tcp"
    done
    # The portal binary as a process of its own: public pages at 32 connections, memory.
    export PORTAL_BIN=$target_dir/release/portal
    bench site sqlite ""
    bench site pg-socket "$socket"
    median() { awk -v p="$2" '$1 == p { print $2; exit }' "$out/$1.txt"; }
    ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
    echo
    echo "== the person's disclosures page (10,000 events), median ms, one run"
    s=$(median disclosure_page.sqlite /me/disclosures)
    u=$(median disclosure_page.pg-socket /me/disclosures)
    t=$(median disclosure_page.pg-tcp /me/disclosures)
    printf '%-28s %10s %10s\n' "" "median ms" "ratio"
    printf '%-28s %10s %10s\n' "SQLite" "$s" "1"
    printf '%-28s %10s %10s\n' "PostgreSQL, Unix socket" "$u" "$(ratio "$u" "$s")"
    printf '%-28s %10s %10s\n' "PostgreSQL, TCP" "$t" "$(ratio "$t" "$s")"
    printf '%-28s %10s %10s   (goal ≤ 1.5)\n' "TCP ÷ socket" "" "$(ratio "$t" "$u")"
    # A row's first number after its label (the label may have spaces: match it whole).
    first() { awk -v p="$2" 'index($0, p) == 1 { split(substr($0, length(p) + 1), f, " "); print f[1]; exit }' "$out/$1.txt"; }
    echo
    echo "== consent saves (event + audit + notice, group commit), saves/s, one run"
    printf '%-28s %10s %10s %10s %12s\n' "" "1 conn" "8 conn" "32 conn" "8 ÷ 1"
    for label in sqlite pg-socket pg-tcp; do
      one=$(first "consent_saves.$label" "consent saves, 1 connection(s)")
      eight=$(first "consent_saves.$label" "consent saves, 8 connection(s)")
      many=$(first "consent_saves.$label" "consent saves, 32 connection(s)")
      printf '%-28s %10s %10s %10s %12s\n' "$label" "$one" "$eight" "$many" "$(ratio "$eight" "$one")"
    done
    echo "(goal: ≥ 1,500 saves/s at 8 connections)"
    echo
    echo "== API and public pages at 32 connections, req/s (ratios in the rows above)"
    # The status read against three bare handlers: one touching no database, one point read,
    # and its own service call (the same query and JSON without the portal's middleware).
    printf '%-28s %10s %11s %11s %11s %11s %13s\n' "" "status" "÷ constant" "÷ point" "÷ own call" "field read" "shared count"
    for label in sqlite pg-socket pg-tcp; do
      f=$out/api_v1.$label.txt
      st=$(awk '/^GET …\/consents/ { print $(NF-4); exit }' "$f")
      sr=$(awk '/^GET …\/consents/ { print $(NF-1); exit }' "$f")
      sp=$(awk '/^GET …\/consents/ { print $NF; exit }' "$f")
      oc=$(awk '/^bare handler: the status read/ { print $(NF-4); exit }' "$f")
      fr=$(awk '/^GET …\/persons/ { print $(NF-4); exit }' "$f")
      sc=$(awk '/^bare handler: one shared rate count/ { print $(NF-4); exit }' "$f")
      printf '%-28s %10s %11s %11s %11s %11s %13s\n' "$label" "$st" "$sr" "$sp" "$(ratio "$st" "$oc")" "$fr" "$sc"
    done
    printf '%-28s %12s %12s %12s\n' "" "home" "protocol" "RSS idle/load MiB"
    for label in sqlite pg-socket; do
      f=$out/site.$label.txt
      home=$(first "site.$label" "GET / (public home)")
      proto=$(first "site.$label" "GET /protocols/{slug}")
      rss=$(awk '/^server RSS/ { print $4 "/" $9; exit }' "$f")
      printf '%-28s %12s %12s %12s\n' "$label" "$home" "$proto" "$rss"
    done
    echo
    # The phone: Lighthouse mobile (default throttling) on the home, pilot and disclosures pages
    # of the release portal, and the WebAssembly bundle's brotli size. Reported.
    echo "== the phone"
    bash frontend/build-site.sh | grep "wasm bundle" | tee "$out/bundle.txt"
    (cd tests/lighthouse && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; })
    PORTAL_BIN=$target_dir/release/portal node tests/lighthouse/run.mjs | tee "$out/lighthouse.txt"
    ;;
  *)
    sed -n '2,9p' "$0"
    exit 2
    ;;
esac
