// The rectification desk's journeys on a phone (390×844): a person writing in Arabic asks to
// correct a phone number a municipality had read; the officer acknowledges and extends with a
// reason (the person reads the new deadline and the reason in Arabic), then accepts; the
// municipality's staff member sees the correction notice with the new value, and the person
// sees which parties were told. A second journey: a rejection with its reason, and the route to
// complain. The officer rejects with JavaScript off: every action is a plain form. axe-core checks
// every page on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys, messages, fillMessage, plain, PHONE } from './harness.mjs';
import { accessible, follow, enrol, brussels, consentToAll, visit as visitIn, staffInvitation } from './steps.mjs';

const env = journeys();
const base = () => env.portal.baseUrl;
const RUN = Date.now().toString(36);
const M = { nl: messages('nl'), ar: messages('ar') };

const visit = (page, path, name) => visitIn(env, page, path, name);

const invitation = (role) => staffInvitation(env, role);

function person(lang) {
  const p = env.portal.credentials.persons.find((x) => x.contact_language === lang && !x.used);
  assert.ok(p, `the demo has an unused invitation for a person writing ${lang}`);
  p.used = true;
  return p;
}

/** The officer enrols once (the demo's invitation works once) and works on that phone. */
let officer;
function officerPage() {
  officer ??= enrol(env, invitation('agency_rectification_officer').invitation_url, 'nl', '/agency/rectifications', 'Demo rectificatie');
  return officer.then((o) => o.page);
}

/** The officer's session in a browser without JavaScript: every action of the desk is a
 * plain form. (axe-core needs a script, so these pages are checked in the other browser.) */
async function officerWithoutJavaScript() {
  const { context } = await officer;
  const plainContext = await env.browser.newContext({ ...PHONE, javaScriptEnabled: false, locale: 'nl-BE' });
  await plainContext.addCookies(await context.cookies());
  return plainContext.newPage();
}

/** A person files a correction of their phone number; returns the request's page. */
async function fileCorrection(page, value, statement) {
  await visit(page, '/me/corrections/new?field=phone', 'new correction form');
  await page.fill('#correction-value', value);
  await page.fill('#correction-statement', statement);
  await follow(page, 'form[action="/sf/corrections/file"] button[type=submit]', (u) => u.searchParams.has('filed'));
  await accessible(page, 'correction filed');
  return new URL(page.url()).pathname;
}

/** The officer posts one of the request's forms and lands back on it, told what happened. */
async function act(desk, action, done) {
  await follow(desk, `form[action$="/${action}"] button[type=submit]`, (u) => u.searchParams.has(`done_${action}`));
  await accessible(desk, `request after ${action}`);
  assert.equal(plain(await desk.textContent('main [role=status]')), M.nl[done]);
}

/** A day `days` from now in Brussels, as a date box takes it and as the portal writes it. */
function dayFromNow(days, lang) {
  const at = new Date(Date.now() + days * 86400000);
  const [y, mo, d] = brussels(lang, at).ymd;
  return { iso: `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`, text: brussels(lang, at).day };
}

test('a correction in Arabic: acknowledged, extended, accepted; the municipality and the person are told', async () => {
  const ar = M.ar;
  const who = person('ar');
  const me = await enrol(env, who.invitation_url, 'ar', '/me');
  assert.equal(await me.page.getAttribute('html', 'dir'), 'rtl');
  await consentToAll(me.page, ar);

  // The municipality's staff member reads the person's phone number (a disclosure).
  const staff = await enrol(env, invitation('municipality_staff').invitation_url, 'nl', '/municipality/persons', 'Demo medewerker');
  const party = invitation('municipality_staff').party;
  await visit(staff.page, '/municipality/persons', 'staff list');
  await staff.page.fill('#persons-search', who.name);
  await follow(staff.page, 'form[role=search] button[type=submit]', (u) => u.pathname === '/municipality/persons/search');
  await follow(staff.page, `main ul a:text-is("${who.name}")`, (u) => /^\/municipality\/persons\/[^/]+\/[0-9a-f]+$/.test(u.pathname));
  await accessible(staff.page, 'person page');
  const reference = new URL(staff.page.url()).pathname.split('/').pop();
  assert.ok((await staff.page.textContent('table.data-table')).includes(M.nl['field-phone']), 'the phone number was read');

  // The person asks for the correction, in Arabic.
  const request = await fileCorrection(me.page, '0470 98 76 54', `رقمي الجديد (${RUN})`);
  const id = request.split('/').pop();

  // The officer: the request with the party that holds the field; acknowledge; extend.
  const desk = await officerPage();
  await visit(desk, '/agency/rectifications', 'queue');
  assert.equal(await desk.locator(`main a[href="/agency/rectifications/${id}"]`).count(), 1, 'the request is in the queue');
  await visit(desk, `/agency/rectifications/${id}`, 'request');
  const holders = (await desk.locator('section[aria-labelledby="desk-holders-heading"] li').allTextContents()).map(plain);
  // The demo's history may have passed the number on before (a partner holds it too).
  assert.ok(holders.includes(party), `the municipality that read the phone number holds it: ${holders}`);
  await act(desk, 'acknowledge', 'desk-done-acknowledge');
  const until = dayFromNow(45, 'ar');
  const reason = `Wij wachten op een bevestiging van de operator (${RUN}).`;
  await desk.fill('#extend-until', until.iso);
  await desk.fill('#extend-reason', reason);
  await act(desk, 'extend', 'desk-done-extend');

  // The person reads the new deadline and the reason, in Arabic, on the request and in the inbox.
  await visit(me.page, request, 'request after the extension');
  const text = plain(await me.page.textContent('main'));
  assert.ok(text.includes(fillMessage(ar['correction-extended-until'], { due: until.text })), `new deadline ${until.text} in: ${text}`);
  assert.ok(text.includes(reason), 'the reason');
  assert.ok(text.includes(ar['correction-step-extended']), 'the history names the extension in Arabic');
  await visit(me.page, '/me/notifications', 'inbox');
  const inbox = plain(await me.page.textContent('main'));
  assert.ok(inbox.includes(until.text), `the inbox gives the new deadline: ${inbox}`);

  // The officer accepts the proposal as it stands.
  await visit(desk, `/agency/rectifications/${id}`, 'request before deciding');
  assert.equal(await desk.inputValue('#accept-value'), '0470987654', 'the proposal is filled in');
  await act(desk, 'accept', 'desk-done-accept');
  assert.equal(await desk.locator('form[action$="/reject"]').count(), 0, 'a decision is final');

  // The municipality sees the correction notice with the new value.
  await visit(staff.page, '/municipality/corrections', 'correction notices');
  const notice = staff.page.locator('main ul.cards > li', { hasText: reference.slice(0, 8) });
  assert.equal(await notice.count(), 1, 'one notice for this person');
  await follow(staff.page, `main ul.cards > li:has-text("${reference.slice(0, 8)}") a`, (u) => u.pathname.startsWith('/municipality/corrections/'));
  await accessible(staff.page, 'correction notice');
  assert.ok(plain(await staff.page.textContent('main')).includes('0470987654'), 'the new value');

  // The person sees the decision and the parties that were told.
  await visit(me.page, request, 'request after acceptance');
  const after = plain(await me.page.textContent('main'));
  assert.ok(after.includes(ar['correction-accepted']), after);
  assert.ok(after.includes(fillMessage(ar['correction-parties-told'], { parties: holders.join(', ') })), after);
  await me.context.close();
  await staff.context.close();
});

test('a rejection: the person reads the reason and how to complain', async () => {
  const nl = M.nl;
  const who = person('nl');
  const me = await enrol(env, who.invitation_url, 'nl', '/me');
  const request = await fileCorrection(me.page, '0470 11 22 33', `Nieuw nummer (${RUN}).`);
  const id = request.split('/').pop();
  const desk = await officerPage();
  await visit(desk, `/agency/rectifications/${id}`, 'request');
  // Without JavaScript: a blank reason is refused next to the box, what was typed kept; then
  // the rejection goes through.
  const bare = await officerWithoutJavaScript();
  await bare.goto(`${base()}/agency/rectifications/${id}`);
  await bare.fill('#reject-reason', '   ');
  await bare.click('form[action$="/reject"] button[type=submit]');
  await bare.waitForLoadState();
  assert.equal(plain(await bare.textContent('#reject-reason-error')), nl['correction-error-reason-required']);
  const reason = `Het nummer staat op naam van een andere persoon (${RUN}).`;
  await bare.fill('#reject-reason', reason);
  await Promise.all([bare.waitForURL((u) => u.searchParams.has('done_reject')), bare.click('form[action$="/reject"] button[type=submit]')]);
  assert.equal(plain(await bare.textContent('main [role=status]')), nl['desk-done-reject']);
  await bare.context().close();
  await visit(desk, `/agency/rectifications/${id}?done_reject=1`, 'request after rejection (officer)');

  await visit(me.page, request, 'request after rejection');
  const text = plain(await me.page.textContent('main'));
  assert.ok(text.includes(nl['correction-rejected']) && text.includes(reason), text);
  assert.ok(text.includes(nl['correction-complaint']), 'the complaint route');
  assert.equal(await me.page.locator('main address a[href="https://www.vlaamsetoezichtcommissie.be"]').count(), 1);
  assert.ok(plain(await me.page.textContent('main address')).includes('Koning Albert II-laan 15'));
  // The officer's page at 320 px: no sideways scrolling.
  await desk.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/agency/rectifications', `/agency/rectifications/${id}`]) {
    await visit(desk, path, `${path} at 320 px`);
    const width = await desk.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${path} is ${width}px wide at 320 px`);
  }
  await me.context.close();
});
