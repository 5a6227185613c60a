// The protocol admin's journey on a phone (390×844): a new version of the demo protocol is
// drafted from the one in force; publishing is refused while the Arabic consent notice is
// missing (the refusal names the language); completed, it is published and the public page
// (art. 10) lists it beside the older versions; notice is given (art. 12) and the public page
// shows the last day. Every step is a plain form; axe-core checks every page on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys, messages, fillMessage, plain } from './harness.mjs';
import { accessible, follow, enrol, brussels, visit as visitIn, staffInvitation } from './steps.mjs';

const env = journeys();
const M = { nl: messages('nl') };
const visit = (page, path, name) => visitIn(env, page, path, name);

/** Today in Brussels as a date box takes it. */
function todayIso() {
  const [y, m, d] = brussels('nl', new Date()).ymd;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The last day in force after notice given today: today plus `months` months (the day clamped
 * to the month's end, as the domain does), minus one day; as the portal writes it. */
function lastDayAfterNotice(months) {
  const [y, m, d] = brussels('nl', new Date()).ymd;
  const target = new Date(Date.UTC(y, m - 1 + months, 1, 12));
  const daysIn = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0, 12)).getUTCDate();
  target.setUTCDate(Math.min(d, daysIn));
  return brussels('nl', new Date(target.getTime() - 86400000)).day;
}

test('the protocol admin drafts, is refused while Arabic is missing, publishes, and gives notice', async () => {
  const nl = M.nl;
  const admin = await enrol(env, staffInvitation(env, 'agency_protocol_admin').invitation_url, 'nl', '/agency/admin', 'Demo protocolbeheerder');
  const page = admin.page;
  await follow(page, 'a[href="/agency/protocols"]', (u) => u.pathname === '/agency/protocols');
  await accessible(page, 'protocol desk');
  // The demo's first municipality's protocol (its current version is number 2).
  const form = 'form[action*="sint-pieters-leeuw"][action$="/new-version"]';
  const slug = await page.getAttribute(form, 'action').then((a) => a.split('/')[3]);

  // A new version, drafted from the one in force: what is missing is listed.
  await follow(page, `${form} button[type=submit]`, (u) => u.pathname === `/agency/protocols/${slug}/3`);
  await accessible(page, 'draft version 3');
  const versionPath = new URL(page.url()).pathname;
  const problems = plain(await page.textContent('#publish-problems'));
  assert.ok(problems.includes(nl['protocols-missing-advice-discloser']), problems);
  assert.ok(plain(await page.textContent('main')).includes(fillMessage(nl['protocols-diff-heading'], { number: 2 })));

  // The DPO advice given; the Arabic consent notice left out: publishing is refused, naming it.
  const today = todayIso();
  await page.fill('#draft-dpo_advice_discloser_on', today);
  await page.fill('#draft-dpo_advice_recipient_on', today);
  await page.fill('#draft-signed_on', today);
  await page.fill('#draft-valid_from', today);
  const arabicNotice = await page.inputValue('#draft-notice_ar');
  assert.ok(arabicNotice.length > 20, 'the Arabic notice was copied from the version in force');
  await page.fill('#draft-notice_ar', '');
  await follow(page, `form[action="${versionPath}/save"] button[type=submit]`, (u) => u.searchParams.has('saved'));
  await accessible(page, 'draft saved');
  await Promise.all([page.waitForLoadState(), page.click(`form[action="${versionPath}/publish"] button[type=submit]`)]);
  await accessible(page, 'publication refused');
  assert.equal(plain(await page.textContent('#publish-error')), nl['protocols-publish-refused']);
  const missing = plain(await page.textContent('#publish-problems'));
  assert.deepEqual(missing, fillMessage(nl['protocols-missing-notice'], { language: 'العربية' }), 'only the Arabic notice is missing');

  // Completed and published: the public page lists it with the older versions.
  await page.fill('#draft-notice_ar', arabicNotice);
  await follow(page, `form[action="${versionPath}/save"] button[type=submit]`, (u) => u.searchParams.has('saved'));
  assert.equal(plain(await page.textContent('main')).includes(nl['protocols-ready']), true);
  await follow(page, `form[action="${versionPath}/publish"] button[type=submit]`, (u) => u.searchParams.has('published'));
  await accessible(page, 'version published');
  await visit(page, `/protocols/${slug}`, 'public protocol page');
  const versions = plain(await page.textContent('#versions-heading + ul'));
  for (const n of [3, 2, 1]) assert.ok(versions.includes(fillMessage(nl['protocol-version-label'], { number: n })), versions);
  assert.equal(plain(await page.textContent('a[aria-current=page]')), fillMessage(nl['protocol-version-label'], { number: 3 }));

  // Notice given: the public page and the admin's start page show the last day.
  await visit(page, versionPath, 'published version 3');
  await page.fill('#notice-reason', 'De proeftuin wordt stopgezet.');
  await follow(page, `form[action="${versionPath}/notice"] button[type=submit]`, (u) => u.searchParams.has('noticed'));
  await accessible(page, 'notice given');
  const last = lastDayAfterNotice(3);
  await visit(page, `/protocols/${slug}`, 'public page after notice');
  assert.equal(plain(await page.textContent('main p.notice')), fillMessage(nl['protocol-ends-on'], { day: last }));
  await visit(page, '/', 'public home after notice');
  assert.ok(plain(await page.textContent('main')).includes(fillMessage(nl['protocol-ends-on'], { day: last })));
  await visit(page, '/agency/admin', 'admin start page after notice');
  assert.ok(plain(await page.textContent('main [role=status]')).includes(last));
});
