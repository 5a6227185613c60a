// Every page of every role in every language, on a 320 px phone: axe-core (WCAG 2.1 A and AA)
// finds nothing, the page does not scroll sideways, every control is at least 44×44 px, the
// page has its language and direction, and no message fell back to Dutch (the server logs
// each miss). The pages are found, not listed: each role's start page and every page its
// links reach (one address per route shape), so a new page is checked the day it lands.
// Error states: each page that shows a form's outcome is checked again with `?error=…`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { journeys, axeViolations, PHONE } from './harness.mjs';
import { START, RTL, enrol, staffInvitation } from './steps.mjs';

const env = journeys();
const NARROW = { ...PHONE, viewport: { width: 320, height: 640 } };
/** Links a crawl must not follow: they change state, leave the site or are not pages. */
const SKIP = [/^\/lang\//, /^\/sf\//, /^\/api\/v1\/(?!docs$)/, /^\/invite\//, /\.(csv|json|jsonl|wasm|js|css)$/, /^\/receipts\//, /^\/health/];
const PER_ROLE = 40;
const checked = [];
/** The public pages, checked once by the `public` role: a signed-in role's crawl skips them
 * (their only difference is the header, which every page of the role shows anyway). */
const publicPages = new Set();

/** A route's shape: path segments with a digit (ids, references, slugs) become `#`; the
 * query is dropped. */
function shape(path) {
  const u = new URL(path, 'http://x');
  return u.pathname.split('/').map((s) => (/\d/.test(s) ? '#' : s)).join('/');
}

/** The pages a signed-in (or anonymous) browser reaches from `start`, one per route shape. */
async function crawl(page, start) {
  const seen = new Map([[shape(start), start]]);
  const queue = [start];
  while (queue.length && seen.size < PER_ROLE) {
    const path = queue.shift();
    const res = await page.goto(env.portal.baseUrl + path);
    if (!res || !(res.headers()['content-type'] ?? '').includes('text/html')) continue;
    const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href^="/"]:not([download])')]
      .map((a) => a.getAttribute('href')));
    for (const href of hrefs) {
      const u = new URL(href, 'http://x');
      const p = u.pathname + u.search;
      if (SKIP.some((r) => r.test(u.pathname)) || u.pathname === '/signin' && start !== '/') continue;
      const key = shape(p);
      if (!seen.has(key)) { seen.set(key, p); queue.push(p); }
    }
  }
  return [...seen.values()];
}

/** The languages the portal offers, read off its own switcher. */
async function languages(page) {
  await page.goto(env.portal.baseUrl + '/');
  return page.evaluate(() => [...document.querySelectorAll('.language-switcher a[hreflang]')].map((a) => a.getAttribute('hreflang')));
}

/** Controls smaller than 44×44 px: every visible link, button, box and summary, except a
 * link inside a sentence (WCAG 2.5.5's inline exception: its size is the text's). */
async function smallTargets(page) {
  return page.evaluate(() => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]')]
    .filter((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') return false;
      if (el.closest('.visually-hidden, .skip-link')) return false;
      if (el.tagName === 'A' && el.parentElement && [...el.parentElement.childNodes]
        .some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim().length > 1)) return false;
      if (el.type === 'checkbox' || el.type === 'radio') {
        const box = (el.closest('.choice') ?? el.parentElement).getBoundingClientRect();
        return box.height < 44;
      }
      return r.width < 44 || r.height < 44;
    })
    .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent || el.value || '').trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`));
}

/** Checks `path` in `lang` (the language switched as a person does, through `/lang/…`). */
async function check(page, role, path, lang, problems) {
  const res = await page.goto(`${env.portal.baseUrl}/lang/${lang}?next=${encodeURIComponent(path)}`);
  const where = `${role} ${lang} ${path}`;
  if (!res || res.status() >= 500) { problems.push(`${where}: status ${res?.status()}`); return; }
  if (await page.getAttribute('html', 'lang') !== lang) problems.push(`${where}: html lang`);
  if (await page.getAttribute('html', 'dir') !== (RTL.has(lang) ? 'rtl' : 'ltr')) problems.push(`${where}: html dir`);
  for (const v of await axeViolations(page)) problems.push(`${where}: axe ${v.id} at ${v.nodes.slice(0, 3).join(', ')}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 320) problems.push(`${where}: ${width}px wide at 320`);
  for (const s of await smallTargets(page)) problems.push(`${where}: target ${s}`);
  checked.push(where);
}

/** A role's own browser at 320 px, signed in with a fresh passkey through the demo's invitation. */
async function signedIn(role) {
  if (role === 'public') {
    const context = await env.browser.newContext({ ...NARROW });
    return { context, page: await context.newPage(), start: '/' };
  }
  if (role === 'person') {
    const invitation = env.portal.credentials.persons.find((p) => p.contact_language === 'nl');
    return { ...(await enrol(env, invitation.invitation_url, 'nl', '/me', undefined, NARROW.viewport)), start: '/me' };
  }
  const start = START[role];
  const link = staffInvitation(env, role).invitation_url;
  return { ...(await enrol(env, link, 'nl', start, `Sweep ${role}`, NARROW.viewport)), start };
}

for (const role of ['public', 'person', ...Object.keys(START)]) {
  test(`every page of ${role}, in every language, at 320 px`, async () => {
    const { context, page, start } = await signedIn(role);
    const langs = await languages(page);
    assert.ok(langs.length >= 14, `the switcher offers ${langs.length} languages`);
    let pages = await crawl(page, start);
    if (role === 'public') {
      pages.push('/no-such-page', '/signin?expired=1');
      pages.forEach((p) => publicPages.add(p));
    } else {
      pages = pages.filter((p) => !publicPages.has(p));
    }
    const problems = [];
    for (const path of pages) {
      // The page's error state, where the page shows a form's outcome.
      await page.goto(`${env.portal.baseUrl}${path}${path.includes('?') ? '&' : '?'}error=error-bad-request`);
      const showsErrors = await page.locator('main [role=alert]').count() > 0;
      for (const lang of langs) {
        await check(page, role, path, lang, problems);
        if (showsErrors) await check(page, role, `${path}${path.includes('?') ? '&' : '?'}error=error-bad-request`, lang, problems);
      }
    }
    // Every problem, for reading when the list below is cut short.
    if (process.env.PORTAL_SWEEP_PROBLEMS) appendFileSync(process.env.PORTAL_SWEEP_PROBLEMS, problems.map((p) => p + '\n').join(''));
    const missing = env.portal.serverLog().split('\n').filter((l) => l.includes('message missing'));
    assert.deepEqual(missing, [], 'no message fell back to Dutch');
    assert.deepEqual(problems, [], `${role}: ${pages.length} pages × ${langs.length} languages`);
    await context.close();
  });
}

test('the count of pages × languages checked', () => {
  const out = process.env.PORTAL_SWEEP_REPORT;
  if (out) writeFileSync(out, checked.join('\n') + '\n');
  assert.ok(checked.length > 0);
  console.log(`# checked ${checked.length} page × language combinations`);
});
