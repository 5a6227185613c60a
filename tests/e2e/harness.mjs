// Browser-test harness: starts a real `portal` on a fresh SQLite database with demo data,
// and a headless Debian Chromium with a phone viewport. Later journeys reuse both.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';

/** A free port on loopback (WebAuthn needs the host name `localhost`, not an IP address). */
async function freePort() {
  return new Promise((resolvePort) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

const root = resolve(import.meta.dirname, '..', '..');
const targetDir = process.env.CARGO_TARGET_DIR || join(root, 'target');
export const portalBin = process.env.PORTAL_BIN || join(targetDir, 'debug', 'portal');
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Starts `portal serve` after `portal demo`; resolves when /health/ready answers. */
export async function startPortal() {
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-e2e-'));
  const port = await freePort();
  const env = {
    ...process.env,
    PORTAL_DATA_DIR: dataDir,
    PORTAL_DATABASE_URL: `sqlite://${join(dataDir, 'portal.db')}?mode=rwc`,
    PORTAL_BIND: `127.0.0.1:${port}`,
    PORTAL_PUBLIC_URL: `http://localhost:${port}`,
    // One browser runs every journey from one address: the per-address limits would trip.
    PORTAL_RATE_CEREMONIES_PER_MINUTE: '1000',
    PORTAL_RATE_INVITATIONS_PER_MINUTE: '1000',
    PORTAL_SITE_ROOT: process.env.PORTAL_SITE_ROOT || join(root, 'target', 'site'),
    PORTAL_LOG: 'warn',
  };
  const demo = spawnSync(portalBin, ['demo'], { env, encoding: 'utf8' });
  if (demo.status !== 0) throw new Error(`portal demo failed: ${demo.stderr}`);
  const child = spawn(portalBin, ['serve'], { env: { ...env, PORTAL_LOG: 'info,sea_orm_migration=warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
  // The server's log, for finding out why a journey failed (printed by `serverLog()`).
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  await new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`portal did not start: ${stderr}`)), 30000);
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('listening on')) { clearTimeout(timer); resolveStart(); }
    });
    child.on('exit', (code) => reject(new Error(`portal exited with ${code}: ${stderr}`)));
  });
  const baseUrl = `http://localhost:${port}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`${baseUrl}/health/ready`)).ok) break; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  const credentials = JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8'));
  return {
    baseUrl,
    credentials,
    dataDir,
    serverLog: () => stderr,
    async stop() {
      child.kill('SIGINT');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WebAuthn in the browser through one DevTools session (virtual authenticators live in it). */
export async function webauthnDevices(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  return {
    cdp,
    /** A passkey device with user verification: the phone's own (`internal`, one per browser)
     * or another device such as a security key (`usb`). */
    async add(transport = 'internal') {
      const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: {
          protocol: 'ctap2', transport, hasResidentKey: true, hasUserVerification: true,
          isUserVerified: true, automaticPresenceSimulation: true,
        },
      });
      return authenticatorId;
    },
    async remove(authenticatorId) {
      await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
    },
  };
}

/** Runs axe-core (WCAG 2.1 A and AA) on the page; returns the violations. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** For a test file: one portal and one browser for all its journeys, stopped afterwards.
 * Returns an object whose `portal` and `browser` are set once the file's tests start. */
export function journeys() {
  const env = { portal: undefined, browser: undefined };
  before(async () => {
    env.portal = await startPortal();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.portal?.stop();
  });
  return env;
}

/** Starts a passkey ceremony and waits for `done(url)`; a failure names the page and the
 * ceremony's status line. */
export async function runCeremony(page, selector, done) {
  await page.click(selector);
  try {
    await page.waitForURL(done, { waitUntil: 'commit', timeout: 20000 });
  } catch (e) {
    const status = (await page.locator('.ceremony-status').first().textContent().catch(() => '')) || '';
    throw new Error(`ceremony at ${page.url()} (status: ${status})`, { cause: e });
  }
}

/** The portal's one-line messages in `lang` (locales/<lang>/**.ftl), terms filled in, so a
 * journey can say what a page must show in its own language without copying the text. A
 * placeable (`{ $name }`) stays as written: fill it with `fillMessage`. A term is either one
 * line or a select on `$form` (`core.ftl`); `{ -term(form: "short") }` takes that variant,
 * `{ -term }` the default one (marked `*`). */
export function messages(lang) {
  const dir = join(root, 'locales', lang);
  const out = {};
  const terms = {};
  for (const file of readdirSync(dir, { recursive: true })) {
    if (!String(file).endsWith('.ftl')) continue;
    let term = null;
    for (const line of readFileSync(join(dir, String(file)), 'utf8').split('\n')) {
      const m = /^(-?[a-z][\w-]*) = (.+)$/.exec(line);
      if (m && m[1].startsWith('-') && m[2].includes('->')) {
        term = terms[m[1]] = { variants: {}, fallback: null };
      } else if (term) {
        const v = /^\s*(\*)?\[([\w-]+)\] (.+)$/.exec(line);
        if (v) {
          term.variants[v[2]] = v[3];
          if (v[1]) term.fallback = v[3];
        } else if (/^\s*\}/.test(line)) term = null;
      } else if (m && !m[2].includes('->')) out[m[1]] = m[2];
    }
  }
  for (const [id, value] of Object.entries(out)) if (id.startsWith('-')) terms[id] = { variants: {}, fallback: value };
  const term = (name, form) => {
    const t = terms[name];
    return t ? (form && t.variants[form]) || t.fallback : undefined;
  };
  for (const id of Object.keys(out)) {
    out[id] = out[id].replace(/\{ (-[\w-]+)(?:\(form: "([\w-]+)"\))? \}/g, (t, name, form) => term(name, form) ?? t);
  }
  return out;
}

/** A message with its placeables filled in, as Fluent renders it minus the isolation marks
 * (compare with `plain()` text). */
export function fillMessage(message, args) {
  return message.replace(/\{ \$(\w+) \}/g, (_, name) => String(args[name]));
}

/** Text without Fluent's directional isolation marks (U+2068, U+2069), whitespace collapsed. */
export function plain(text) {
  return (text ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
}
