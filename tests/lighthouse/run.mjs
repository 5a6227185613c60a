// Lighthouse on the phone (issue 15, deliverable 7): the home page, a signed-in person's pilot
// page and their disclosures page, with Lighthouse's default mobile form factor and simulated
// throttling (slow 4G, 4× CPU), on Debian's Chromium; and the WebAssembly bundle's brotli size.
//
//   node run.mjs [--check]
//
// Environment: PORTAL_BIN (default: the release `portal` if built, else the debug one),
// PORTAL_SITE_ROOT (default target/site, built by `bash frontend/build-site.sh`), CHROMIUM
// (default /usr/bin/chromium), LIGHTHOUSE_RUNS (runs per page, the median is reported; default 3),
// LIGHTHOUSE_OUT (where the median reports go; default <target>/bench/lighthouse).
// With --check the exit status is 1 when a goal is missed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import puppeteer from 'puppeteer-core';

const root = resolve(import.meta.dirname, '..', '..');
const targetDir = process.env.CARGO_TARGET_DIR || join(root, 'target');
const siteRoot = process.env.PORTAL_SITE_ROOT || join(root, 'target', 'site');
const runs = Number(process.env.LIGHTHOUSE_RUNS || 3);
const outDir = process.env.LIGHTHOUSE_OUT || join(targetDir, 'bench', 'lighthouse');
const check = process.argv.includes('--check');

/** The goals: performance score, accessibility score, largest contentful paint, bundle size. */
const GOALS = { performance: 0.95, accessibility: 1, lcpMs: 1500, bundleBrotli: 80 * 1024 };

function portalBin() {
  if (process.env.PORTAL_BIN) return process.env.PORTAL_BIN;
  const release = [join(targetDir, 'release', 'portal'), join(root, 'target', 'release', 'portal')].find(existsSync);
  return release || join(targetDir, 'debug', 'portal');
}

/** The bundle the pages load (wasm + its JavaScript), brotli-compressed as it is served. */
function bundleSize() {
  const pkg = join(siteRoot, 'pkg');
  if (!existsSync(join(pkg, 'manifest.json'))) throw new Error(`no bundle in ${pkg}: run bash frontend/build-site.sh`);
  const { output_name: name } = JSON.parse(readFileSync(join(pkg, 'manifest.json'), 'utf8'));
  const files = [`${name}_bg.wasm`, `${name}.js`];
  const size = (f) => statSync(join(pkg, f)).size;
  return { raw: files.reduce((s, f) => s + size(f), 0), brotli: files.reduce((s, f) => s + size(`${f}.br`), 0) };
}

async function freePort() {
  return new Promise((done) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => done(port));
    });
  });
}

/** `portal demo` then `portal serve` on a fresh SQLite database; resolves once it is ready. */
async function startPortal(bin) {
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-lighthouse-'));
  const port = await freePort();
  const env = {
    ...process.env,
    PORTAL_DATA_DIR: dataDir,
    PORTAL_DATABASE_URL: `sqlite://${join(dataDir, 'portal.db')}?mode=rwc`,
    PORTAL_BIND: `127.0.0.1:${port}`,
    // WebAuthn wants the host name `localhost`, not an address.
    PORTAL_PUBLIC_URL: `http://localhost:${port}`,
    PORTAL_SITE_ROOT: siteRoot,
    PORTAL_LOG: 'warn',
  };
  const demo = spawnSync(bin, ['demo'], { env, encoding: 'utf8' });
  if (demo.status !== 0) throw new Error(`portal demo failed: ${demo.stderr}`);
  const child = spawn(bin, ['serve'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const baseUrl = `http://localhost:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`portal exited: ${stderr}`);
    try { if ((await fetch(`${baseUrl}/health/ready`)).ok) break; } catch { /* not yet */ }
    if (i > 300) throw new Error(`portal did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const credentials = JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8'));
  return {
    baseUrl,
    credentials,
    async stop() {
      child.kill('SIGINT');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A demo person enrols with their invitation on a virtual passkey device (as the browser
 * journeys do); returns their session's Cookie header and their first pilot's path. */
async function signedInPerson(port, portal) {
  const person = portal.credentials.persons[0];
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true,
        isUserVerified: true, automaticPresenceSimulation: true,
      },
    });
    await page.goto(person.invitation_url);
    const submit = 'form.ceremony button[type=submit]:not([disabled])';
    await page.waitForSelector(submit, { timeout: 30000 });
    await Promise.all([page.waitForNavigation({ timeout: 30000 }), page.click(submit)]);
    const pilot = await page.$eval('main a[href^="/me/pilots/"]', (a) => a.getAttribute('href'));
    const cookies = await context.cookies();
    const session = cookies.filter((c) => c.name.includes('session'));
    if (session.length === 0) throw new Error(`no session cookie after enrolling (at ${page.url()})`);
    return { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '), pilot };
  } finally {
    await context.close();
    await browser.disconnect();
  }
}

/** `runs` Lighthouse runs of `url`; returns the median one (Lighthouse's own choice). */
async function measure(port, url, extraHeaders) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const { lhr } = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders,
    });
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    results.push(lhr);
  }
  return computeMedianRun(results);
}

function summary(lhr) {
  const a = lhr.audits;
  const failing = (cat) => lhr.categories[cat].auditRefs
    .filter((r) => r.weight > 0 && a[r.id].score !== null && a[r.id].score < 1)
    .map((r) => `${r.id}${a[r.id].displayValue ? ` (${a[r.id].displayValue})` : ''}`);
  return {
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    lcp: a['largest-contentful-paint'].numericValue,
    fcp: a['first-contentful-paint'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
    si: a['speed-index'].numericValue,
    a11yFailing: failing('accessibility'),
    perfFailing: failing('performance'),
  };
}

const bin = portalBin();
const build = bin.includes(`${join('release', 'portal')}`) ? 'release' : 'debug';
const bundle = bundleSize();
const portal = await startPortal(bin);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
});
let failed = false;
try {
  const { cookie, pilot } = await signedInPerson(chrome.port, portal);
  const pages = [
    { name: 'home', path: '/', headers: undefined },
    { name: 'pilot', path: pilot, headers: { Cookie: cookie } },
    { name: 'disclosures', path: '/me/disclosures', headers: { Cookie: cookie } },
  ];
  mkdirSync(outDir, { recursive: true });
  const rows = [];
  for (const p of pages) {
    const lhr = await measure(chrome.port, portal.baseUrl + p.path, p.headers);
    if (lhr.finalDisplayedUrl && new URL(lhr.finalDisplayedUrl).pathname !== new URL(portal.baseUrl + p.path).pathname) {
      throw new Error(`${p.name}: Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${p.path} (signed out?)`);
    }
    writeFileSync(join(outDir, `${p.name}.json`), JSON.stringify(lhr));
    rows.push({ ...p, ...summary(lhr) });
  }
  const ok = (v, goal, lower) => (lower ? v <= goal : v >= goal);
  const mark = (v, goal, lower) => (ok(v, goal, lower) ? ' ' : '✗');
  console.log(`== Lighthouse ${lhVersion()}, mobile, simulated throttling; median of ${runs} run(s); ${build} portal (${bin})`);
  console.log(`${'page'.padEnd(13)}${'perf'.padStart(7)}${'a11y'.padStart(7)}${'LCP ms'.padStart(9)}${'FCP ms'.padStart(9)}${'TBT ms'.padStart(9)}${'CLS'.padStart(7)}`);
  for (const r of rows) {
    const pass = ok(r.performance, GOALS.performance) && ok(r.accessibility, GOALS.accessibility) && ok(r.lcp, GOALS.lcpMs, true);
    failed ||= !pass;
    console.log(`${r.name.padEnd(13)}${r.performance.toFixed(2).padStart(6)}${mark(r.performance, GOALS.performance)}`
      + `${r.accessibility.toFixed(2).padStart(6)}${mark(r.accessibility, GOALS.accessibility)}`
      + `${Math.round(r.lcp).toString().padStart(8)}${mark(r.lcp, GOALS.lcpMs, true)}`
      + `${Math.round(r.fcp).toString().padStart(9)}${Math.round(r.tbt).toString().padStart(9)}${r.cls.toFixed(3).padStart(7)}`);
    if (r.a11yFailing.length) console.log(`  accessibility audits failing: ${r.a11yFailing.join(', ')}`);
    if (!pass && r.perfFailing.length) console.log(`  performance audits below 1: ${r.perfFailing.join(', ')}`);
  }
  console.log(`goals: performance ≥ ${GOALS.performance}, accessibility ${GOALS.accessibility.toFixed(2)}, LCP ≤ ${GOALS.lcpMs} ms; reports in ${outDir}`);
} finally {
  await chrome.kill();
  await portal.stop();
}
const bundleOk = bundle.brotli <= GOALS.bundleBrotli;
failed ||= !bundleOk;
console.log(`== WebAssembly bundle (wasm + js): raw ${bundle.raw} bytes, brotli ${bundle.brotli} bytes`
  + ` (${(bundle.brotli / 1024).toFixed(1)} KiB; goal ≤ ${GOALS.bundleBrotli / 1024} KiB)${bundleOk ? '' : ' ✗'}`);
if (check && failed) process.exit(1);

function lhVersion() {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
}
