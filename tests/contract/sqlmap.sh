#!/usr/bin/env bash
# SQL injection scan of a running portal with sqlmap. RUN BY HAND: not part of `tasks.sh test`
# or CI (it writes thousands of rows — consents, disclosures, reports, requests — into the
# database it is pointed at: use a scratch instance, never one with real data).
#   bash tests/contract/sqlmap.sh BASE_URL TOKEN [DEMO_CREDENTIALS_JSON]
#   (BASE_URL like http://localhost:3100, exactly the portal's PORTAL_PUBLIC_URL: forms must send
#   it as their Origin; TOKEN a municipality API client's bearer token)
# sqlmap (PyPI, pinned below) and `cryptography` go into .venv/ beside schemathesis.
# What it scans, one sqlmap run per target, a `*` marker on every parameter:
#  - every /api/v1 operation with the token: path segments (slug, person), query parameters
#    (since, limit, purpose), every JSON body member, Idempotency-Key, Accept-Language and the
#    bearer token itself;
#  - the public pages' query and path parameters, the short-code form (POST /invite), enrolment
#    (link secret and short code), sign-in's handle, the public server functions;
#  - with DEMO_CREDENTIALS_JSON (`portal demo` writes it; run `portal demo` again first, it
#    re-issues the links): each demo role — a person, municipality staff, DPO and admin, the
#    agency's rectification officer, DPO and both protocol admins — enrols with a software
#    passkey (WebAuthn attestation "none", user verified; it consumes those invitations), then
#    the pages each role reaches by links are crawled and every query parameter, path parameter
#    and form field they carry (plain forms: x-www-form-urlencoded, with the Origin header and
#    the session cookie) is scanned, plus the server functions no page has a form for, the
#    session cookie and the User-Agent/Referer/Accept-Language/X-Forwarded-For headers; finally
#    every form again without a session (it must refuse). Sign-out is left out (it would end
#    the scan's session); the roles that revoke, end or disable things go last.
# Settings (environment): SQLMAP_DBMS SQLite (default) or PostgreSQL; SQLMAP_LEVEL (3),
# SQLMAP_RISK (2), SQLMAP_THREADS (2), --time-sec 2, every technique (BEUSTQ). SQLMAP_SERVER_LOG:
# the portal's log file, to count the panics and ERROR lines that appear during each target.
# SQLMAP_ONLY: a regex, only the targets whose name matches. SQLMAP_KEEP: a directory to keep
# sqlmap's output per target in (else a scratch directory, removed at the end).
# Serve with the rate limits raised, or most answers are 429: PORTAL_RATE_API_PER_MINUTE,
# PORTAL_RATE_WRITES_PER_MINUTE, PORTAL_RATE_INVITATIONS_PER_MINUTE and
# PORTAL_RATE_CEREMONIES_PER_MINUTE=1000000.
# It takes about 1 to 1½ hours per backend with the demo credentials (about 145 targets; debug
# build, 2 cores, both backends at once; pages that list what was added grow with every
# accepted POST), about 2 minutes without them (API and public targets only). Prints a verdict
# per target and a summary; exit status 1 when a target was found injectable or answered 5xx,
# 0 otherwise. Results of the last run: docs/security-scan.md.
set -euo pipefail
if [ $# -lt 2 ]; then
  sed -n '5,7p' "$0" >&2
  exit 2
fi
base_url=${1%/}
token=$2
credentials=${3:-}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
sqlmap_version=1.10.10
cryptography_version=51.0.1
py=$root/.venv/bin/python
[ -x "$py" ] || python3 -m venv "$root/.venv"
if [ "$("$root/.venv/bin/sqlmap" --version 2>/dev/null | sed 's/#.*//')" != "$sqlmap_version" ] \
  || [ "$("$py" -c 'import cryptography; print(cryptography.__version__)' 2>/dev/null)" != "$cryptography_version" ]; then
  echo "[sqlmap] installing sqlmap $sqlmap_version and cryptography $cryptography_version into .venv" >&2
  "$py" -m pip install --quiet --disable-pip-version-check "sqlmap==$sqlmap_version" "cryptography==$cryptography_version"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
out=${SQLMAP_KEEP:-$scratch/runs}
mkdir -p "$out"
args=("$base_url" "$token" --sqlmap "$root/.venv/bin/sqlmap" --scratch "$out"
  --dbms "${SQLMAP_DBMS:-SQLite}" --level "${SQLMAP_LEVEL:-3}" --risk "${SQLMAP_RISK:-2}"
  --threads "${SQLMAP_THREADS:-2}" --time-sec 2)
[ -n "$credentials" ] && args+=(--credentials "$credentials")
[ -n "${SQLMAP_SERVER_LOG:-}" ] && args+=(--server-log "$SQLMAP_SERVER_LOG")
[ -n "${SQLMAP_ONLY:-}" ] && args+=(--only "$SQLMAP_ONLY")
cat > "$scratch/driver.py" <<'PY'
"""Drives sqlmap over the portal: discovers the real identifiers (API feed, pages crawled as each
demo role signed in with a software passkey), builds one sqlmap target per endpoint with a `*`
marker on every parameter (path segment, query value, form field, JSON member, chosen headers
and cookie), runs them one after another and prints a verdict per target.
Only the standard library, plus `cryptography` for the passkey."""

import argparse
import base64
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

SESSION_COOKIE = "__Host-portal_session"

# The routes with path parameters (server/src/startup.rs `other_routes`, app/src/ui/*/mod.rs):
# their `{…}` segments are injection points. A crawled path that matches none has none.
ROUTES = [
    # Literal paths that would otherwise match a pattern below.
    "/me/corrections/new",
    "/municipality/admin/profiles/new",
    "/municipality/persons/search",
    "/municipality/breaches/new",
    "/agency/protocols/create",
    "/agency/admin/issued",
    "/agency/assisted-consent/review",
    "/protocols/{slug}",
    "/invite/{secret}",
    "/lang/{code}",
    "/me/pilots/{slug}",
    "/me/pilots/{slug}/review",
    "/me/corrections/{id}",
    "/me/corrections/{id}/answer",
    "/me/receipts/{id}",
    "/municipality/admin/profiles/{id}",
    "/municipality/admin/profiles/{id}/active",
    "/municipality/admin/profiles/{id}/translations",
    "/municipality/admin/partners/{slug}",
    "/municipality/admin/partners/{slug}/translations",
    "/municipality/admin/staff/{member}/profile",
    "/municipality/admin/staff/{member}/disable",
    "/municipality/admin/processors/{id}/end",
    "/municipality/admin/erasure/{id}/attest",
    "/municipality/persons/{protocol}/{reference}",
    "/municipality/persons/{protocol}/{reference}/onward",
    "/municipality/persons/{protocol}/{reference}/quality-report",
    "/municipality/corrections/{id}",
    "/municipality/corrections/{id}/processed",
    "/agency/rectifications/{id}",
    "/agency/rectifications/{id}/{action}",
    "/agency/protocols/{slug}/new-version",
    "/agency/protocols/{slug}/{version}",
    "/agency/protocols/{slug}/{version}/{action}",
    "/agency/dpo/notices/{id}/acknowledge",
    "/agency/dpo/breaches/{id}/{action}",
]
# Query parameters the pages read (app/src/ui, app/src/views: the filters), added to what the
# crawl finds, with a plausible value each, so that every one is scanned even when no link
# carries it.
KNOWN_QUERY = {
    "/": {"error": "error-internal"},
    "/signin": {"next": "/me", "signed_out": "1", "expired": "1"},
    "/lang/{code}": {"next": "/me"},
    "/protocols/{slug}": {"version": "1"},
    "/me/disclosures": {"party": "x", "field": "phone", "from": "2024-01-01", "to": "2030-12-31", "page": "1"},
    "/me/pilots/{slug}/review": {"contact": "on", "trajectory": "on", "onward": "on"},
    "/me/corrections/new": {"field": "phone", "error": "x"},
    "/me/corrections/{id}": {"filed": "1"},
    "/municipality/persons": {"protocol": "{slug}", "page": "1"},
    "/municipality/persons/search": {"protocol": "{slug}"},
    "/municipality/dpo/disclosures": {"recipient": "x", "field": "phone", "from": "2024-01-01", "to": "2030-12-31",
                                      "dossier": "x", "page": "0"},
    "/municipality/dpo/disclosures.csv": {"recipient": "x", "field": "phone", "from": "2024-01-01",
                                          "to": "2030-12-31", "dossier": "x", "page": "0"},
    "/agency/dpo/disclosures": {"recipient": "x", "field": "phone", "from": "2024-01-01", "to": "2030-12-31",
                                "dossier": "x", "page": "0"},
    "/agency/dpo/disclosures.csv": {"recipient": "x", "field": "phone", "from": "2024-01-01", "to": "2030-12-31",
                                    "dossier": "x", "page": "0"},
    "/agency/dpo/audit": {"actor": "staff:", "action": "consent.give", "page": "0"},
    "/agency/rectifications": {"status": "open", "kind": "person", "field": "phone", "municipality": "x",
                               "page": "0"},
}
# Extra pages to start the crawl from (reached only through forms or redirects).
SEEDS = {
    "person": ["/me", "/account", "/me/disclosures", "/me/corrections/new"],
    "municipality_staff": ["/municipality/persons", "/municipality/breaches/new", "/municipality/corrections"],
    "municipality_dpo": ["/municipality/dpo", "/municipality/dpo/disclosures"],
    "municipality_admin": ["/municipality/admin", "/municipality/admin/profiles/new", "/municipality/admin/staff",
                           "/municipality/admin/partners", "/municipality/admin/processors",
                           "/municipality/admin/notices", "/municipality/admin/erasure"],
    "agency_rectification_officer": ["/agency/rectifications"],
    "agency_dpo": ["/agency/dpo", "/agency/dpo/audit", "/agency/dpo/breaches", "/agency/dpo/notices",
                   "/agency/dpo/disclosures", "/agency/dpo/erasure", "/agency/registers"],
    "agency_protocol_admin": ["/agency/admin", "/agency/admin/issued", "/agency/assisted-consent",
                              "/agency/protocols"],
}
# Forms not scanned: signing out would end the scan's own session.
SKIP_ACTIONS = {"/sf/auth/sign-out"}
MAX_PAGES_PER_ROLE = 200
SLUG = ["x"]  # the client's protocol, once the API has named it


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# --- a software passkey, for enrolment with a demo invitation ---------------------------------

def _b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def _cbor(v):
    def head(major, n):
        if n < 24:
            return bytes([major << 5 | n])
        if n < 256:
            return bytes([major << 5 | 24, n])
        if n < 65536:
            return bytes([major << 5 | 25]) + n.to_bytes(2, "big")
        return bytes([major << 5 | 26]) + n.to_bytes(4, "big")
    if isinstance(v, int):
        return head(0, v) if v >= 0 else head(1, -1 - v)
    if isinstance(v, bytes):
        return head(2, len(v)) + v
    if isinstance(v, str):
        b = v.encode()
        return head(3, len(b)) + b
    if isinstance(v, dict):
        return head(5, len(v)) + b"".join(_cbor(k) + _cbor(x) for k, x in v.items())
    raise TypeError(v)


def enrol(base, invitation_url, display_name):
    """Redeems a one-time invitation link with a new software passkey (attestation "none", user
    verified); returns (session cookie value, start page)."""
    from cryptography.hazmat.primitives.asymmetric import ec
    secret = urllib.parse.urlsplit(invitation_url).path.rsplit("/", 1)[1]
    status, body, _ = http(base, "POST", "/sf/auth/enrol/start", json.dumps({"invitation": secret, "by_code": False}),
                           ctype="application/json", accept="application/json")
    if status != 200:
        raise RuntimeError(f"enrol/start answered {status}: {body[:200]!r}")
    reg = json.loads(body)
    pk = reg["options"]["publicKey"]
    key = ec.generate_private_key(ec.SECP256R1()).public_key().public_numbers()
    cose = _cbor({1: 2, 3: -7, -1: 1, -2: key.x.to_bytes(32, "big"), -3: key.y.to_bytes(32, "big")})
    cred_id = os.urandom(32)
    flags = 0x01 | 0x04 | 0x40  # user present, user verified, attested credential data
    auth_data = (hashlib.sha256(pk["rp"]["id"].encode()).digest() + bytes([flags]) + bytes(4) + bytes(16)
                 + len(cred_id).to_bytes(2, "big") + cred_id + cose)
    client_data = json.dumps({"type": "webauthn.create", "challenge": pk["challenge"], "origin": base,
                              "crossOrigin": False}).encode()
    credential = {"id": _b64u(cred_id), "rawId": _b64u(cred_id), "type": "public-key", "extensions": {},
                  "response": {"attestationObject": _b64u(_cbor({"fmt": "none", "attStmt": {}, "authData": auth_data})),
                               "clientDataJSON": _b64u(client_data), "transports": ["internal"]}}
    finish = {"handle": reg["handle"], "credential": credential, "passkey_name": "sqlmap scan",
              "display_name": display_name}
    status, body, headers = http(base, "POST", "/sf/auth/enrol/finish", json.dumps(finish),
                                 ctype="application/json", accept="application/json")
    if status != 200:
        raise RuntimeError(f"enrol/finish answered {status}: {body[:200]!r}")
    for c in headers.get_all("Set-Cookie") or []:
        name, _, value = c.split(";", 1)[0].partition("=")
        if name == SESSION_COOKIE and value:
            return value, json.loads(body).get("start_page", "/")
    raise RuntimeError("no session cookie after enrolment")


# --- HTTP and crawling -------------------------------------------------------------------------

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def http(base, method, path, data=None, cookie=None, ctype=None, accept="text/html", token=None):
    headers = {"Accept": accept, "Origin": base}
    if cookie:
        headers["Cookie"] = f"{SESSION_COOKIE}={cookie}"
    if ctype:
        headers["Content-Type"] = ctype
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(base + path, data=data.encode() if data is not None else None, method=method,
                                 headers=headers)
    try:
        with OPENER.open(req, timeout=30) as res:
            return res.status, res.read().decode("utf-8", "replace"), res.headers
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace"), e.headers


class PageParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links, self.forms = [], []
        self.form = None
        self.select = None
        self.textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self.form = {"method": (a.get("method") or "get").lower(), "action": a.get("action") or "", "fields": [],
                         "radios": set(), "button": None}
            self.forms.append(self.form)
        elif self.form is None:
            return
        elif tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                if kind == "submit" and self.form["button"] is None:
                    self.form["button"] = (a["name"], a.get("value") or "")
                return
            if kind == "radio":
                if a["name"] in self.form["radios"]:
                    return
                self.form["radios"].add(a["name"])
            value = a.get("value")
            if value is None:
                value = {"checkbox": "on", "date": "2026-01-15", "number": "1", "email": "scan@example.org",
                         "tel": "+32470000000"}.get(kind, "scan")
            if value == "" and kind not in ("hidden",):
                value = {"date": "2026-01-15", "datetime-local": "2026-01-15T10:00", "email": "scan@example.org",
                         "tel": "+32470000000", "number": "1"}.get(kind, "scan")
            self.form["fields"].append([a["name"], value])
        elif tag == "button" and a.get("name") and self.form["button"] is None:
            self.form["button"] = (a["name"], a.get("value") or "")
        elif tag == "select" and a.get("name"):
            self.select = [a["name"], None]
            self.form["fields"].append(self.select)
        elif tag == "option" and self.select is not None:
            value = a.get("value", "")
            if (self.select[1] in (None, "")) or "selected" in a:
                self.select[1] = value
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.form["fields"].append(self.textarea)

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.form = None
        elif tag == "select":
            if self.select is not None and not self.select[1]:
                self.select[1] = "scan"
            self.select = None
        elif tag == "textarea":
            if self.textarea is not None and not self.textarea[1].strip():
                self.textarea[1] = "Scan text."
            self.textarea = None


def route_of(path):
    """The route pattern a path matches (its `{…}` segments), or None."""
    segs = path.strip("/").split("/")
    best = None
    for r in ROUTES:
        rs = r.strip("/").split("/")
        if len(rs) != len(segs):
            continue
        if all(x.startswith("{") or x == s for x, s in zip(rs, segs)):
            score = sum(not x.startswith("{") for x in rs)
            if best is None or score > best[0]:
                best = (score, r)
    return best[1] if best else None


def shape(path):
    r = route_of(path)
    return r or path


def crawl(base, cookie, seeds):
    """Visits the pages a role reaches by links (one per route shape and query keys); returns
    [(url path with query)], [(page path, form)]."""
    seen_shapes, queue, pages, forms = set(), list(seeds), [], []
    while queue and len(pages) < MAX_PAGES_PER_ROLE:
        url = queue.pop(0)
        parts = urllib.parse.urlsplit(url)
        path = parts.path
        if (path.startswith("/pkg") or path.startswith("/lang/") or path.startswith("/api/")
                or path.endswith((".csv", ".json", ".jsonl")) or path.startswith("/me/receipts/")):
            key = (shape(path), tuple(sorted(urllib.parse.parse_qs(parts.query, keep_blank_values=True))))
            if key not in seen_shapes:
                seen_shapes.add(key)
                pages.append(url)
            continue
        key = (shape(path), tuple(sorted(urllib.parse.parse_qs(parts.query, keep_blank_values=True))))
        if key in seen_shapes:
            continue
        seen_shapes.add(key)
        status, body, _ = http(base, "GET", url, cookie=cookie)
        if status != 200:
            continue
        pages.append(url)
        p = PageParser()
        p.feed(body)
        for href in p.links:
            u = urllib.parse.urlsplit(urllib.parse.urljoin(base + path, href))
            if u.netloc != urllib.parse.urlsplit(base).netloc:
                continue
            queue.append(u.path + (("?" + u.query) if u.query else ""))
        for f in p.forms:
            action = urllib.parse.urlsplit(urllib.parse.urljoin(base + path, f["action"] or path))
            f["action"] = action.path
            f["action_query"] = action.query
            # A checkbox list sends one pair per ticked box: one of them is enough to scan.
            names, fields = set(), []
            for k, v in f["fields"]:
                if k and k not in names:
                    names.add(k)
                    # A long text (a protocol's body) is cut: sqlmap takes the form on its
                    # command line, and one argument may not pass 128 KiB.
                    fields.append([k, v if len(v) <= 2000 else v[:2000]])
            f["fields"] = fields
            forms.append((path, f))
            if f["method"] == "get":
                queue.append(action.path + "?" + urllib.parse.urlencode([tuple(x) for x in fields]))
    return pages, forms


# --- targets -----------------------------------------------------------------------------------

def quote(v):
    return urllib.parse.quote(v, safe="")


def marked_path(path):
    """The path with a `*` after each path parameter."""
    r = route_of(path)
    if not r:
        return path, []
    segs, rs = path.split("/"), r.split("/")
    names = []
    for i, x in enumerate(rs):
        if x.startswith("{"):
            segs[i] = segs[i] + "*"
            names.append(x)
    return "/".join(segs), names


def get_target(name, base, url, cookie=None, extra_query=None):
    parts = urllib.parse.urlsplit(url)
    path, names = marked_path(parts.path)
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    keys = {k for k, _ in query}
    route = route_of(parts.path) or parts.path
    for k, v in (extra_query or KNOWN_QUERY.get(route, {})).items():
        if k not in keys:
            query.append((k, v.replace("{slug}", SLUG[0])))
    qs = "&".join(f"{quote(k)}={quote(v)}*" for k, v in query)
    params = names + [k for k, _ in query]
    if not params:
        return None
    return {"name": name, "url": base + path + (("?" + qs) if qs else ""), "cookie": cookie, "params": params}


def form_target(name, base, form, cookie):
    if form["action"] in SKIP_ACTIONS:
        return None
    fields = [tuple(f) for f in form["fields"] if f[0]]
    if form["button"]:
        fields.append(form["button"])
    path, names = marked_path(form["action"])
    if form["method"] == "get":
        url = form["action"] + "?" + "&".join(f"{quote(k)}={quote(v)}" for k, v in fields)
        return get_target(name, base, url, cookie)
    query = ("?" + form["action_query"]) if form["action_query"] else ""
    plain = "&".join(f"{quote(k)}={quote(v)}" for k, v in fields)
    marked = "&".join(f"{quote(k)}={quote(v)}*" for k, v in fields)
    # A server function answers a plain form with a 302 that sqlmap 1.10 cannot follow ("unable
    # to connect"); asked for JSON, as the islands ask, it parses the same form body and answers
    # its outcome (problem, status) directly.
    how = ({"headers": {"Accept": "application/json"}} if form["action"].startswith("/sf/") else {"form": True})
    out = []
    # The path parameters and the form's fields are two targets: a path segment that breaks the
    # handler (no answer at all) must not stop the fields from being scanned.
    if names:
        out.append({"name": name + " [path]", "url": base + path + query, "data": plain, "cookie": cookie,
                    "params": names, **how})
    if fields:
        out.append({"name": name + (" [fields]" if names else ""), "url": base + form["action"] + query,
                    "data": marked, "cookie": cookie, "params": [k for k, _ in fields], **how})
    return out


def form_key(form):
    return (form["method"], shape(form["action"]), tuple(sorted({f[0] for f in form["fields"]})),
            form["button"][0] if form["button"] else None,
            form["button"][1] if form["button"] and route_of(form["action"]) is None else None)


def api_targets(base, token, partner):
    h = {"Authorization": f"Bearer {token}"}
    status, body, _ = http(base, "GET", "/api/v1/protocols", token=token, accept="application/json")
    if status != 200:
        raise SystemExit(f"GET /api/v1/protocols answered {status}: is the token right?")
    # The first protocol whose feed has consents (an earlier scan may have added empty ones).
    items = []
    for p in json.loads(body)["items"]:
        slug = p["slug"]
        _, feed, _ = http(base, "GET", f"/api/v1/protocols/{slug}/consents?limit=500", token=token,
                          accept="application/json")
        items = json.loads(feed).get("items", [])
        if items:
            break
    SLUG[0] = slug
    last = {}
    for i in items:
        last[i["person"]] = i
    given = [p for p, i in last.items() if i["state"] == "given" and i["scopes"]["onward"]] or list(last)
    person = given[0] if given else "0" * 32
    cursor = items[0]["cursor"] if items else "c1.1"
    api = f"{base}/api/v1"
    j = lambda d: json.dumps(d)
    t = [
        {"name": "API GET /api/v1/me (bearer token)", "url": f"{api}/me", "headers": {"Authorization": f"Bearer {token}*"},
         "params": ["Authorization"]},
        {"name": "API GET /api/v1/protocols (Accept-Language)", "url": f"{api}/protocols",
         "headers": {**h, "Accept-Language": "nl*"}, "params": ["Accept-Language"]},
        {"name": "API GET …/consents (feed)", "url": f"{api}/protocols/{slug}*/consents?since={cursor}*&limit=3*",
         "headers": h, "params": ["slug", "since", "limit"]},
        {"name": "API GET …/consents/{person}", "url": f"{api}/protocols/{slug}*/consents/{person}*", "headers": h,
         "params": ["slug", "person"]},
        {"name": "API GET …/persons/{person}", "url": f"{api}/protocols/{slug}*/persons/{person}*?purpose=Begeleiding*",
         "headers": h, "params": ["slug", "person", "purpose"]},
        {"name": "API POST …/onward-disclosures",
         "url": f"{api}/protocols/{slug}*/persons/{person}*/onward-disclosures",
         "headers": {**h, "Idempotency-Key": "scan-onward-1*"},
         "data": j({"partner": partner + "*", "fields": ["given_name*"], "purpose": "Begeleiding*"}),
         "params": ["slug", "person", "Idempotency-Key", "partner", "fields[0]", "purpose"]},
        {"name": "API POST …/quality-reports", "url": f"{api}/protocols/{slug}*/quality-reports",
         "headers": {**h, "Idempotency-Key": "scan-quality-1*"},
         "data": j({"person": person + "*", "field": "phone*", "proposed_value": "+32470000000*",
                    "statement": "Scan statement.*"}),
         "params": ["slug", "Idempotency-Key", "person", "field", "proposed_value", "statement"]},
        {"name": "API POST /api/v1/breaches", "url": f"{api}/breaches",
         "headers": {**h, "Idempotency-Key": "scan-breach-1*"},
         "data": j({"detected_at": "2026-01-15T08:15:00Z*", "description": "Scan description.*",
                    "categories": ["phone*"], "measures": "Scan measures.*", "persons": [person + "*"]}),
         "params": ["Idempotency-Key", "detected_at", "description", "categories[0]", "measures", "persons[0]"]},
    ]
    for x in t:
        if "data" in x:
            x["headers"] = {**x["headers"], "Content-Type": "application/json"}
    return t, slug, person


def public_targets(base, slug, spare_invitation):
    secret = urllib.parse.urlsplit(spare_invitation).path.rsplit("/", 1)[1] if spare_invitation else "x" * 43
    t = [
        get_target("page GET /protocols/{slug}", base, f"/protocols/{slug}"),
        get_target("page GET /signin", base, "/signin"),
        get_target("page GET / (notice)", base, "/"),
        get_target("route GET /lang/{code}", base, "/lang/nl"),
        get_target("page GET /invite/{secret}", base, f"/invite/{secret}"),
        {"name": "form POST /invite (short code)", "url": f"{base}/invite", "data": "code=ABCD-EFGH*",
         "params": ["code"], "form": True},
        {"name": "sf POST /sf/auth/enrol/start (link secret)", "url": f"{base}/sf/auth/enrol/start",
         "data": json.dumps({"invitation": secret + "*", "by_code": False}),
         "headers": {"Content-Type": "application/json", "Accept": "application/json"}, "params": ["invitation"]},
        {"name": "sf POST /sf/auth/enrol/start (short code)", "url": f"{base}/sf/auth/enrol/start",
         "data": json.dumps({"invitation": "ABCD-EFGH*", "by_code": True}),
         "headers": {"Content-Type": "application/json", "Accept": "application/json"}, "params": ["invitation"]},
        {"name": "sf POST /sf/auth/sign-in/finish (handle)", "url": f"{base}/sf/auth/sign-in/finish",
         "data": json.dumps({"handle": "scan-handle*", "credential": {
             "id": "AAAA", "rawId": "AAAA", "type": "public-key", "extensions": {},
             "response": {"authenticatorData": "AAAA", "clientDataJSON": "AAAA", "signature": "AAAA",
                          "userHandle": "AAAA*"}}}),
         "headers": {"Content-Type": "application/json", "Accept": "application/json"},
         "params": ["handle", "userHandle"]},
    ]
    return [x for x in t if x]


# Server functions that no crawled page carries a form for (JSON ones are the islands'; the
# others answer a form that only a POST's answer shows, or need a row the demo may lack).
SF_TARGETS = {
    "agency_protocol_admin_1": [
        {"path": "/sf/consent/assisted", "data": {"dossier_ref": "KBI-2020-000100", "protocol": "agii-sint-pieters-leeuw-amif-507",
                                                  "language": "nl", "contact": "on", "trajectory": "on", "onward": "on"}},
        {"path": "/sf/admin/invitations/person", "json": {"dossier_ref": "KBI-2020-000100", "handover": "deliver"}},
        {"path": "/sf/admin/invitations/staff", "json": {"party_id": 1, "role": "agency_dpo", "function_profile_id": None}},
        {"path": "/sf/admin/api-clients/create", "json": {"function_profile_id": 1, "name": "Scan client",
                                                          "expires_days": 30}},
        {"path": "/sf/admin/approvals/issue", "json": {"request_id": "1"}},
    ],
    "agency_protocol_admin_2": [
        {"path": "/sf/admin/approvals/decide", "data": {"request_id": "1", "decision": "approve"}},
    ],
}
SF_ANONYMOUS = [
    {"path": "/sf/protocols/page", "data": {"slug": "agii-sint-pieters-leeuw-amif-507", "version": "1", "lang": "nl"}},
    {"path": "/sf/protocols/list", "data": {"lang": "nl"}},
]


def sf_target(name, base, t, cookie):
    """A server function: form-encoded (what a plain form posts) or JSON (what islands send)."""
    if "json" in t:
        body = {k: (v if v is None else (f"{v}*" if isinstance(v, str) else v)) for k, v in t["json"].items()}
        data = json.dumps(body)
        # Numbers are marked too: sqlmap replaces the marked value, so `1*` tests the number.
        data = re.sub(r'(": )(\d+)([,}])', r'\1\2*\3', data)
        return {"name": name, "url": base + t["path"], "data": data, "cookie": cookie,
                "headers": {"Content-Type": "application/json", "Accept": "application/json"},
                "params": [k for k, v in t["json"].items() if v is not None]}
    data = "&".join(f"{quote(k)}={quote(v)}*" for k, v in t["data"].items())
    return {"name": name, "url": base + t["path"], "data": data, "cookie": cookie, "params": list(t["data"]),
            "headers": {"Accept": "application/json"}}


# --- running sqlmap -----------------------------------------------------------------------------

def run_sqlmap(args, target, n, scratch):
    base_headers = {"Origin": args.base}
    if target.get("form"):
        base_headers["Accept"] = "text/html"
    headers = {**base_headers, **target.get("headers", {})}
    traffic = os.path.join(scratch, f"traffic-{n}.txt")
    cmd = [args.sqlmap, "-u", target["url"], "--batch", "--flush-session", "--disable-coloring",
           f"--level={args.level}", f"--risk={args.risk}", f"--dbms={args.dbms}", "--technique=BEUSTQ",
           f"--time-sec={args.time_sec}", f"--threads={args.threads}", "--timeout=15", "--retries=1",
           "--ignore-code=401,404", "--skip-waf", "--answers=resend=N", "--output-dir", os.path.join(scratch, "out"), "-t", traffic,
           "--headers", "\n".join(f"{k}: {v}" for k, v in headers.items())]
    if "/api/v1/" not in target["url"] and "json" not in headers.get("Accept", ""):
        # Pages repeat their own address (with the payload) in every language link: compare their
        # text only, or that reflection alone reads as a boolean-based difference.
        cmd += ["--text-only"]
    if target.get("tamper"):
        cmd += ["--tamper", target["tamper"]]
    if "data" in target:
        cmd += ["--data", target["data"]]
    if target.get("cookie_marked"):
        cmd += ["--cookie", target["cookie_marked"]]
    elif target.get("cookie"):
        cmd += ["--cookie", f"{SESSION_COOKIE}={target['cookie']}"]
    started = time.time()
    log_before = os.path.getsize(args.server_log) if args.server_log and os.path.exists(args.server_log) else 0
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=args.target_timeout).stdout
        timed_out = False
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
        timed_out = True
    took = time.time() - started
    with open(os.path.join(scratch, f"sqlmap-{n}.log"), "w") as f:
        f.write(" ".join(cmd) + "\n\n" + out)
    injectable = "sqlmap identified the following injection point" in out or "is vulnerable" in out
    if injectable:
        verdict = "INJECTABLE"
    elif timed_out:
        verdict = "TIMED OUT"
    elif "all tested parameters do not appear to be injectable" in out:
        verdict = "not injectable"
    else:
        crit = [l for l in out.splitlines() if "[CRITICAL]" in l]
        verdict = "ABORTED: " + (crit[-1].split("[CRITICAL]", 1)[1].strip() if crit else "see log")
        if "unable to connect" in verdict or "connection reset" in verdict.lower():
            verdict = "ABORTED: no answer (connection closed)"
    heuristic = sorted(set(re.findall(r"heuristic \(basic\) test shows that (.*?) might be injectable", out)))
    codes = re.search(r"HTTP error codes detected during run:\n(.*)", out)
    codes = codes.group(1).strip() if codes else ""
    fivexx = fivexx_requests(traffic)
    server_errors = []
    if args.server_log and os.path.exists(args.server_log):
        with open(args.server_log, "rb") as f:
            f.seek(log_before)
            for line in f.read().decode("utf-8", "replace").splitlines():
                plain = re.sub(r"\x1b\[[0-9;]*m", "", line)
                if " ERROR " in plain or "panicked" in plain:
                    server_errors.append(plain)
    try:
        os.remove(traffic)
    except OSError:
        pass
    return {"name": target["name"], "params": target["params"], "verdict": verdict, "heuristic": heuristic,
            "codes": codes, "fivexx": fivexx, "server_errors": server_errors, "seconds": round(took, 1),
            "requests": out.count("\n") and _requests(out), "log": f"sqlmap-{n}.log"}


def _requests(out):
    m = re.search(r"(\d+) HTTP\(s\) requests", out)
    return int(m.group(1)) if m else None


def fivexx_requests(traffic):
    """The requests in sqlmap's traffic file whose answer was 5xx (at most 5)."""
    if not os.path.exists(traffic):
        return []
    found = []
    with open(traffic, encoding="utf-8", errors="replace") as f:
        text = f.read()
    for block in re.split(r"\n#{20,}\n", text):
        m = re.search(r"^HTTP response \[#\d+\] \((\d{3})", block, re.M)
        if m and m.group(1).startswith("5"):
            req = re.search(r"HTTP request \[#\d+\]:\n(.*?)\nHTTP response", block, re.S)
            found.append((m.group(1), (req.group(1) if req else block)[:800].strip()))
            if len(found) >= 5:
                break
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("token")
    ap.add_argument("--credentials")
    ap.add_argument("--dbms", default="SQLite")
    ap.add_argument("--sqlmap", required=True)
    ap.add_argument("--scratch", required=True)
    ap.add_argument("--level", default="3")
    ap.add_argument("--risk", default="2")
    ap.add_argument("--time-sec", default="2")
    ap.add_argument("--threads", default="2")
    ap.add_argument("--target-timeout", type=int, default=600)
    ap.add_argument("--server-log")
    ap.add_argument("--only", help="regex: run only targets whose name matches")
    ap.add_argument("--list", action="store_true", help="print the targets and stop")
    args = ap.parse_args()
    args.base = args.base.rstrip("/")
    base = args.base

    # Sessions: one per demo role, enrolled with a software passkey (consumes the invitations).
    sessions = {}
    spare_invitation = None
    if args.credentials:
        creds = json.load(open(args.credentials))
        wanted = [("person", creds["persons"][0]["invitation_url"])]
        spare_invitation = creds["persons"][-1]["invitation_url"]
        municipality = next((s["party"] for s in creds["staff"] if s["role"].startswith("municipality")), None)
        admins = 0
        for s in creds["staff"]:
            role = s["role"]
            if role.startswith("municipality") and s["party"] != municipality:
                continue
            if role == "agency_protocol_admin":
                admins += 1
                role = f"agency_protocol_admin_{admins}"
            if role not in dict(wanted):
                wanted.append((role, s["invitation_url"]))
        for role, url in wanted:
            try:
                cookie, start = enrol(base, url, f"Scan {role}")
                sessions[role] = {"cookie": cookie, "start": start}
                log(f"[scan] enrolled {role} (start page {start})")
            except Exception as e:  # noqa: BLE001 - reported, the role is then not scanned
                log(f"[scan] could not enrol {role}: {e}")

    partner = "partner-vzw-welkom"
    if "municipality_staff" in sessions:
        _, forms = crawl(base, sessions["municipality_staff"]["cookie"], SEEDS["municipality_staff"])
        for _, f in forms:
            for k, v in f["fields"]:
                if k == "partner" and v and v != "scan":
                    partner = v
                    break

    targets = []
    api, slug, person = api_targets(base, args.token, partner)
    targets += api
    targets += public_targets(base, slug, spare_invitation)
    for t in SF_ANONYMOUS:
        targets.append(sf_target(f"sf POST {t['path']}", base, t, None))

    seen_get = {(shape(urllib.parse.urlsplit(t["url"]).path.replace("*", "")), tuple(sorted(t["params"])))
                for t in targets if "data" not in t and not t.get("headers") and not t.get("cookie_marked")}

    def role_targets(role):
        s = sessions[role]
        seeds = SEEDS[re.sub(r"_\d+$", "", role)] + [s["start"]]
        pages, forms = crawl(base, s["cookie"], seeds)
        out, seen = [], set()

        def add_get(name, url):
            t = get_target(name, base, url, s["cookie"])
            key = t and (shape(urllib.parse.urlsplit(url).path), tuple(sorted(t["params"])))
            if t and key not in seen_get:
                seen_get.add(key)
                out.append(t)

        for url in pages:
            add_get(f"{role}: GET {shape(urllib.parse.urlsplit(url).path)}", url)
        for page, f in forms:
            key = form_key(f)
            if key in seen:
                continue
            seen.add(key)
            label = f"{role}: form {f['method'].upper()} {shape(f['action'])}"
            if f["button"]:
                label += f" [{f['button'][0]}={f['button'][1]}]"
            label += f" (on {shape(page)})"
            if f["method"] == "get":
                add_get(label, f["action"] + "?" + urllib.parse.urlencode([tuple(x) for x in f["fields"]]))
                continue
            out += form_target(label, base, f, s["cookie"]) or []
        for t in SF_TARGETS.get(role, []):
            if not any(f["action"] == t["path"] for _, f in forms):
                out.append(sf_target(f"{role}: sf POST {t['path']}", base, t, s["cookie"]))
        return out

    # The session cookie itself, and headers a page reads, on one signed-in page.
    if "person" in sessions:
        c = sessions["person"]["cookie"]
        targets.append({"name": "person: GET /me (session cookie)", "url": f"{base}/me",
                        "cookie_marked": f"{SESSION_COOKIE}={c}*", "params": [SESSION_COOKIE]})
        targets.append({"name": "person: GET /me (User-Agent, Referer, Accept-Language, X-Forwarded-For)",
                        "url": f"{base}/me", "cookie": c,
                        "headers": {"User-Agent": "Mozilla/5.0*", "Referer": f"{base}/*",
                                    "Accept-Language": "nl*", "X-Forwarded-For": "127.0.0.1*"},
                        "params": ["User-Agent", "Referer", "Accept-Language", "X-Forwarded-For"]})

    # Order: the roles whose forms revoke or disable things (an API client, a protocol, a staff
    # member) come last, so that the earlier targets still have a working token and sessions.
    order = ["person", "municipality_staff", "municipality_dpo", "agency_rectification_officer", "agency_dpo",
             "agency_protocol_admin_1", "agency_protocol_admin_2", "municipality_admin"]
    pending_roles = [r for r in order if r in sessions] + [r for r in sessions if r not in order]
    anonymous_forms = []

    results = []
    scratch = args.scratch
    n = 0

    touched = [time.time()]

    def keep_sessions_alive():
        # Sessions end after 30 idle minutes: while one role is scanned, the others wait.
        if time.time() - touched[0] < 300:
            return
        touched[0] = time.time()
        for s in sessions.values():
            http(base, "POST", "/sf/account/keep-alive", "", cookie=s["cookie"],
                 ctype="application/x-www-form-urlencoded", accept="application/json")

    def safe_run(t, n):
        try:
            return run_sqlmap(args, t, n, scratch)
        except Exception as e:  # noqa: BLE001 - one target's failure is reported, the scan goes on
            return {"name": t["name"], "params": t["params"], "verdict": f"NOT RUN: {e}", "heuristic": [],
                    "codes": "", "fivexx": [], "server_errors": [], "seconds": 0, "requests": None, "log": None}

    def run(t):
        nonlocal n
        keep_sessions_alive()
        if args.only and not re.search(args.only, t["name"]):
            return
        n += 1
        if args.list:
            print(f"{n:3} {t['name']}: {', '.join(t['params'])}")
            return
        r = safe_run(t, n)
        if r["verdict"].startswith("ABORTED: no answer") and not t.get("tamper"):
            # The server closed the connection (a panic): payloads without spaces and `>` may
            # still get answers, so that the parameters are scanned after all.
            again = safe_run({**t, "tamper": "space2comment,between"}, f"{n}b")
            r["verdict"] += f"; again with --tamper=space2comment,between: {again['verdict']}"
            r["server_errors"] += again["server_errors"]
            r["fivexx"] += again["fivexx"]
            r["heuristic"] += again["heuristic"]
            r["seconds"] = round(r["seconds"] + again["seconds"], 1)
        results.append(r)
        with open(os.path.join(scratch, "results.json"), "w") as f:
            json.dump(results, f, indent=1)
        extra = f" 5xx={len(r['fivexx'])}" if r["fivexx"] else ""
        extra += f" server-errors={len(r['server_errors'])}" if r["server_errors"] else ""
        log(f"[scan] {n:3} {r['verdict']:<15} {r['seconds']:6.1f}s {t['name']} ({', '.join(t['params'])}){extra}")

    for t in targets:
        run(t)
    for role in pending_roles:
        for t in role_targets(role):
            run(t)
            if "data" in t and t.get("cookie"):
                anon = {k: v for k, v in t.items() if k != "cookie"}
                anon["name"] = "anonymous: " + t["name"].split(": ", 1)[1]
                if anon["name"] not in {a["name"] for a in anonymous_forms}:
                    anonymous_forms.append(anon)
    for t in anonymous_forms:
        run(t)

    if args.list:
        return
    with open(os.path.join(scratch, "results.json"), "w") as f:
        json.dump(results, f, indent=1)
    print(f"\n{'verdict':<16} {'secs':>6}  target (parameters)")
    for r in results:
        print(f"{r['verdict']:<16} {r['seconds']:6.1f}  {r['name']} ({', '.join(r['params'])})")
        for h in r["heuristic"]:
            print(f"{'':24}heuristic: {h} might be injectable")
        if r["codes"]:
            print(f"{'':24}HTTP errors: {r['codes']}")
        for code, req in r["fivexx"]:
            print(f"{'':24}{code} for:\n" + "\n".join(f"{'':26}{l}" for l in req.splitlines()))
        for line in r["server_errors"][:5]:
            print(f"{'':24}server log: {line[:400]}")
    bad = [r for r in results if r["verdict"] != "not injectable" or r["fivexx"] or r["server_errors"]]
    print(f"\n{len(results)} targets, {sum(len(r['params']) for r in results)} parameters; "
          f"{sum('INJECTABLE' in r['verdict'] for r in results)} injectable, "
          f"{sum(bool(r['fivexx']) for r in results)} with 5xx answers, {len(bad)} worth a look")
    sys.exit(1 if any("INJECTABLE" in r["verdict"] or r["fivexx"] for r in results) else 0)


if __name__ == "__main__":
    main()
PY
started=$(date +%s)
status=0
"$py" "$scratch/driver.py" "${args[@]}" || status=$?
echo "[sqlmap] done in $(( $(date +%s) - started )) s" >&2
exit "$status"
