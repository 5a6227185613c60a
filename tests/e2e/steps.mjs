// Steps shared by the journeys: every page checked with axe, a click that loads a page, a
// phone of its own that enrols with an invitation, consent to everything in a pilot, and an
// instant written as the portal writes it (Brussels time, the locale's month names).
import assert from 'node:assert/strict';
import { webauthnDevices, axeViolations, runCeremony, PHONE, messages, fillMessage, plain } from './harness.mjs';

/** Each staff role's start page. */
export const START = {
  agency_rectification_officer: '/agency/rectifications',
  agency_protocol_admin: '/agency/admin',
  agency_dpo: '/agency/dpo',
  municipality_admin: '/municipality/admin',
  municipality_staff: '/municipality/persons',
  municipality_dpo: '/municipality/dpo',
};

/** The languages written right to left. */
export const RTL = new Set(['ar', 'fa', 'ps']);

export const LOCALE = {
  nl: 'nl-BE', en: 'en-GB', fr: 'fr-BE', ar: 'ar', fa: 'fa', ps: 'ps', ti: 'ti', so: 'so',
  uk: 'uk', ru: 'ru', tr: 'tr', ro: 'ro', pl: 'pl', es: 'es',
};
const M = {};
const m = (lang) => (M[lang] ??= messages(lang));

/** The page passes axe-core (WCAG 2.1 A and AA). */
export async function accessible(page, name) {
  assert.deepEqual(await axeViolations(page), [], `${name} (${page.url()})`);
}

/** Clicks a link or button that loads a new page, and waits for that page. */
export async function follow(page, selector, urlTest) {
  await Promise.all([page.waitForURL(urlTest), page.click(selector)]);
}

/** Goes to `path` of the journey's portal and checks the page; returns the response. */
export async function visit(env, page, path, name) {
  const res = await page.goto(env.portal.baseUrl + path);
  await accessible(page, name);
  return res;
}

/** The demo's one-time invitation for a staff member of `role` (the first municipality's). */
export function staffInvitation(env, role) {
  const staff = env.portal.credentials.staff.find((s) => s.role === role);
  assert.ok(staff, `the demo has an invitation for ${role}`);
  return staff;
}

/** A phone of its own (a browser context with its own passkey device) enrols with an
 * invitation link in `lang` and lands on `start`. Staff give their name; persons do not. A
 * `viewport` other than the phone's (390×844) may be asked for. */
export async function enrol(env, link, lang, start, displayName, viewport = PHONE.viewport) {
  const context = await env.browser.newContext({ ...PHONE, viewport, locale: LOCALE[lang] });
  const page = await context.newPage();
  await (await webauthnDevices(context, page)).add();
  await page.goto(`${env.portal.baseUrl}/lang/${lang}?next=${new URL(link).pathname}`);
  await accessible(page, 'invitation page');
  if (displayName) await page.fill('#display-name', displayName);
  await runCeremony(page, 'form.ceremony button[type=submit]:not([disabled])', (u) => u.pathname === start);
  await page.waitForLoadState();
  assert.equal(await page.getAttribute('html', 'lang'), lang);
  await accessible(page, `start page ${start}`);
  return { context, page };
}

/** An instant as the portal writes it (`date_time`): the Brussels day in words, then HH:MM;
 * `local` is the same moment as a `datetime-local` box takes it. */
export function brussels(lang, instant) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(instant);
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  const day = fillMessage(m(lang)['date-long'], { day: Number(p.day), month: m(lang)[`month-${Number(p.month)}`], year: p.year });
  return { day, time: `${p.hour}:${p.minute}`, text: `${day} ${p.hour}:${p.minute}`, local: `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`, ymd: [+p.year, +p.month, +p.day] };
}

/** The person's pilot (their start page's first pilot link) with all three scopes given. */
export async function consentToAll(page, m) {
  await follow(page, 'main a[href^="/me/pilots/"]', (u) => u.pathname.startsWith('/me/pilots/'));
  await accessible(page, 'pilot page');
  const pilot = new URL(page.url()).pathname;
  const scopes = ['#scope-contact', '#scope-trajectory', '#scope-onward'];
  const given = await page.locator('form[action="/sf/consent/change"]').count() > 0;
  const all = (await Promise.all(scopes.map((s) => page.isChecked(s)))).every(Boolean);
  if (!given || !all) {
    for (const s of scopes) await page.check(s);
    await follow(page, 'form.choices button[type=submit]', (u) => u.pathname.endsWith('/review'));
    await accessible(page, 'review page');
    await follow(page, 'main form button[type=submit]', (u) => u.searchParams.has('saved'));
    assert.equal(plain(await page.textContent('main [role=status]')), m['pilot-saved']);
    await accessible(page, 'pilot page after giving');
  }
  for (const s of scopes) assert.equal(await page.isChecked(s), true, `${s} given`);
  return pilot;
}

