#!/usr/bin/env bash
# Contract test of the REST API: schemathesis (pinned in .ci/setup.sh, installed into .venv/)
# reads the live OpenAPI document and sends every operation in it generated requests, with
# every check on. Exit status 0 only when no check failed and no error occurred (schemathesis:
# 1 = failures, 2 = error or nothing tested, 130 = interrupted).
#   bash tests/contract/schemathesis.sh BASE_URL TOKEN [schemathesis run options...]
#   (BASE_URL like http://127.0.0.1:3000; TOKEN an API client's bearer token)
# Deterministic (fixed seed, no example database, one worker) and bounded (examples per
# operation, request timeout); SCHEMATHESIS_MAX_EXAMPLES and SCHEMATHESIS_SEED override.
# A token that is never accepted (every answer 401) or a server that answers mostly 429 fails
# the run too: either would leave the API untested. Serve with PORTAL_RATE_API_PER_MINUTE and
# PORTAL_RATE_WRITES_PER_MINUTE raised, or the defaults (300, 60 a minute) answer 429.
# SCHEMATHESIS_SLUG and SCHEMATHESIS_PERSON (a protocol and a person reference of the client's
# party) are used for every path, so that operations do their work instead of answering 404.
# Extra options pass through, e.g. `--output-sanitize false` to see the headers it sent, or
# `--include-tag agency` with the agency's client-tracking system's token (its operations are
# tagged `agency`; a municipality's token runs the rest with `--exclude-tag agency`).
set -euo pipefail
if [ $# -lt 2 ]; then
  sed -n '6,7p' "$0" >&2
  exit 2
fi
base_url=${1%/}
token=$2
slug=${SCHEMATHESIS_SLUG:-}
person=${SCHEMATHESIS_PERSON:-}
shift 2
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
st=$root/.venv/bin/schemathesis
if [ ! -x "$st" ]; then
  echo "$st missing: run bash .ci/setup.sh" >&2
  exit 2
fi
# A scratch directory: this run's own configuration, no stray schemathesis.toml picked up,
# nothing written into the work tree.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
cat > schemathesis.toml <<'EOF'
[warnings]
fail-on = ["missing_auth", "rate_limited", "base_url_mismatch"]

# Free text (purpose, statement, description, measures) follows the portal's one rule
# (app/src/domain/free_text.rs: NFC, bounded, no control, format, bidi, zero-width or
# private-use characters, not blank), which JSON Schema cannot state; such a text is refused
# 422 with its own problem type. Everything the schema can state (lengths, patterns, enums) it does.
# A person the agency's system puts is checked by the field rules of a correction (names,
# address, phone, e-mail, codes): 422 names each value refused.
[[operations]]
include-operation-id-regex = "^(read_person_fields|record_onward_disclosure|file_quality_report|report_breach|sync_persons)$"
checks.positive_data_acceptance.expected-statuses = ["2xx", "401", "403", "404", "409", "422", "429", "5xx"]
EOF
if [ -n "$slug" ]; then
  # Real identifiers, so that the operations do their work instead of answering 404.
  printf '\n[parameters]\n"path.slug" = "%s"\n"path.person" = "%s"\n' "$slug" "$person" >> schemathesis.toml
fi
"$st" --no-color --config-file schemathesis.toml run "$base_url/api/v1/openapi.json" \
  --url "$base_url" \
  --header "Authorization: Bearer $token" \
  --checks all \
  --continue-on-failure \
  --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-50}" \
  --seed "${SCHEMATHESIS_SEED:-20240601}" \
  --generation-database none \
  --workers 1 \
  --request-timeout 10 \
  --wait-for-schema 30 \
  "$@"
