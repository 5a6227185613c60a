// The person's journey on a phone, in Dutch, Arabic, Persian, Tigrinya and Ukrainian: sign in with a passkey, give
// consent with two scopes after reviewing, download the receipt and verify it offline, withdraw
// in one action, file a correction request (a bad value first) and see it listed with its
// deadline, then look at "my data", "who received my data" and the inbox. axe-core checks
// every page on the way. Give and withdraw are also done with JavaScript disabled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { journeys, webauthnDevices, portalBin, runCeremony, PHONE } from './harness.mjs';
import { accessible, follow, RTL } from './steps.mjs';

const SLUG = 'agii-sint-pieters-leeuw-amif-507';
const env = journeys();

function unusedPerson(lang) {
  const person = env.portal.credentials.persons.find((p) => p.contact_language === lang && !p.used);
  person.used = true;
  return person;
}

/** Enrols with the invitation, signs out, and signs in again with the passkey. */
async function signedIn(lang) {
  const person = unusedPerson(lang);
  const context = await env.browser.newContext({ ...PHONE, acceptDownloads: true });
  const page = await context.newPage();
  await (await webauthnDevices(context, page)).add();
  await page.goto(`${env.portal.baseUrl}/lang/${lang}?next=${new URL(person.invitation_url).pathname}`);
  await accessible(page, 'invitation page');
  await runCeremony(page, 'form.ceremony button[type=submit]:not([disabled])', (u) => u.pathname === '/me');
  await page.click('.account-nav button');
  await page.waitForURL((u) => u.pathname === '/signin' && u.searchParams.has('signed_out'));
  await accessible(page, 'sign-in page');
  await runCeremony(page, '.ceremony button:not([disabled])', (u) => u.pathname === '/me');
  return { context, page };
}

/** Enrolment needs JavaScript (WebAuthn); the session then goes to a context without it. */
async function withoutJavaScript(lang) {
  const person = unusedPerson(lang);
  const setup = await env.browser.newContext({ ...PHONE });
  const page = await setup.newPage();
  await (await webauthnDevices(setup, page)).add();
  await page.goto(person.invitation_url);
  await runCeremony(page, 'form.ceremony button[type=submit]:not([disabled])', (u) => u.pathname === '/me');
  const cookies = await setup.cookies();
  await setup.close();
  const context = await env.browser.newContext({ ...PHONE, javaScriptEnabled: false });
  await context.addCookies(cookies);
  const journey = await context.newPage();
  await journey.goto(`${env.portal.baseUrl}/lang/${lang}?next=/me`);
  return { context, page: journey };
}


async function giveTwoScopes(page, check) {
  await follow(page, `a[href="/me/pilots/${SLUG}"]`, (u) => u.pathname === `/me/pilots/${SLUG}`);
  await check('pilot page');
  // Demo persons may have consented before: start from nothing shared.
  if (await page.locator('form[action="/sf/consent/change"]').count() > 0) await withdraw(page, check);
  await page.check('#scope-contact');
  await page.check('#scope-trajectory');
  await page.uncheck('#scope-onward');
  await follow(page, 'form.choices button[type=submit]', (u) => u.pathname.endsWith('/review'));
  await check('review page');
  assert.equal(await page.locator('ul.review li').count(), 2, 'the review lists the two scopes');
  await follow(page, 'main form button[type=submit]', (u) => u.searchParams.has('saved'));
  await check('pilot page after saving');
  assert.equal(await page.isChecked('#scope-contact'), true);
  assert.equal(await page.isChecked('#scope-trajectory'), true);
  assert.equal(await page.isChecked('#scope-onward'), false);
}

async function withdraw(page, check = async () => {}) {
  const events = await page.locator('#history-heading + ul li').count();
  await follow(page, 'form[action="/sf/consent/change"] button[type=submit]', (u) => u.searchParams.has('saved'));
  assert.equal(await page.locator('#history-heading + ul li').count(), events + 1);
  assert.equal(await page.locator('form[action="/sf/consent/change"]').count(), 0, 'nothing left to withdraw');
  await check('pilot page after withdrawing');
}

/** A person's own words for the correction request, in their language. */
const STATEMENT = {
  nl: 'Ik heb een nieuw nummer.',
  ar: 'لدي رقم هاتف جديد.',
  fa: 'شمارهٔ تلفن جدیدی دارم.',
  ti: 'ሓድሽ ቁጽሪ ተሌፎን ኣለኒ።',
  uk: 'У мене новий номер телефону.',
};

for (const lang of ['nl', 'ar', 'fa', 'ti', 'uk']) {
  test(`sign in, consent, receipt, withdraw, correction, my records (${lang})`, async () => {
    const { context, page } = await signedIn(lang);
    const check = (name) => accessible(page, name);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal(await page.getAttribute('html', 'dir'), RTL.has(lang) ? 'rtl' : 'ltr');
    await check('start page');
    await giveTwoScopes(page, check);

    // The receipt of the event just recorded, downloaded and verified offline by the CLI.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#history-heading + ul a').first().click(),
    ]);
    const file = join(env.portal.dataDir, `receipt-${lang}.json`);
    await download.saveAs(file);
    const { public_key: key } = await (await context.request.get(`${env.portal.baseUrl}/receipts/public-key`)).json();
    const verify = spawnSync(portalBin, ['receipt', 'verify', file, '--public-key', key], { encoding: 'utf8' });
    assert.equal(verify.status, 0, verify.stdout + verify.stderr);
    assert.match(verify.stdout, /^OK/);

    await withdraw(page, check);

    // A correction request: a bad phone number first (a specific message, what was typed kept).
    await page.goto(`${env.portal.baseUrl}/me`);
    await check('start page after withdrawing');
    await follow(page, 'a[href="/me/corrections"]', (u) => u.pathname === '/me/corrections');
    await check('corrections list (empty)');
    await follow(page, 'a[href="/me/corrections/new"]', (u) => u.pathname === '/me/corrections/new');
    await check('new correction form');
    // Values keep their own direction on an Arabic page (a phone number is not reversed).
    assert.equal(await page.locator('main table bdi').count(), 8, 'each value is isolated');
    assert.equal(await page.getAttribute('#correction-value', 'dir'), 'auto');
    await page.selectOption('#correction-field', 'phone');
    await page.fill('#correction-value', '0470 12 34 5x');
    const statement = STATEMENT[lang];
    await page.fill('#correction-statement', statement);
    await follow(page, 'form[action="/sf/corrections/file"] button[type=submit]', (u) => u.searchParams.get('error') === 'correction-error-phone');
    await check('correction form with an error');
    assert.ok((await page.textContent('[role=alert]')).length > 10);
    assert.equal(await page.inputValue('#correction-statement'), statement, 'the statement is kept');
    assert.equal(await page.inputValue('#correction-value'), '0470 12 34 5x', 'the value is given back to fix');
    await page.fill('#correction-value', '0470 12 34 56');
    await follow(page, 'form[action="/sf/corrections/file"] button[type=submit]', (u) => u.searchParams.has('filed'));
    await check('correction filed');
    await follow(page, 'main a[href="/me/corrections"]', (u) => u.pathname === '/me/corrections');
    await check('corrections list');
    const due = new Date();
    due.setUTCMonth(due.getUTCMonth() + 1);
    const items = page.locator('main ul.rows li');
    assert.equal(await items.count(), 1);
    const datetime = await items.first().locator('time').getAttribute('datetime');
    const days = Math.abs(new Date(datetime) - new Date(due.toISOString().slice(0, 10))) / 86400000;
    assert.ok(days <= 3, `deadline one month ahead: ${datetime}`);

    // My data, who received it, and the inbox (consent changes and the request are there).
    for (const [path, name] of [['/me/data', 'my data'], ['/me/disclosures', 'who received my data'], ['/me/notifications', 'inbox']]) {
      await page.goto(env.portal.baseUrl + path);
      await check(name);
    }
    assert.ok(await page.locator('main ul.rows li').count() >= 3, 'give, withdraw and the request are in the inbox');
    await follow(page, 'form[action="/sf/notifications/read"] button', (u) => u.searchParams.has('read'));
    await check('inbox after marking read');
    const exported = await (await context.request.get(`${env.portal.baseUrl}/me/data/export.json`)).json();
    assert.equal(exported.rectification_requests.length, 1);
    const [given, withdrawn] = exported.consent_history.slice(-2);
    assert.deepEqual(given.scopes, { contact: true, trajectory: true, onward: false });
    assert.equal(withdrawn.action, 'withdraw');
    await context.close();
  });
}

for (const lang of ['nl', 'ar']) {
  test(`give, withdraw and ask for a correction with JavaScript disabled (${lang})`, async () => {
    const { context, page } = await withoutJavaScript(lang);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    await giveTwoScopes(page, async () => {});
    await withdraw(page);
    // The correction form is a plain form too: refused with the reason, then filed and listed.
    await page.goto(`${env.portal.baseUrl}/me/corrections/new?field=email`);
    await page.fill('#correction-value', 'not-an-address');
    await page.fill('#correction-statement', 'Nieuw adres.');
    await follow(page, 'form[action="/sf/corrections/file"] button[type=submit]', (u) => u.searchParams.get('error') === 'correction-error-email');
    assert.equal(await page.inputValue('#correction-statement'), 'Nieuw adres.');
    await page.fill('#correction-value', 'nieuw@example.org');
    await follow(page, 'form[action="/sf/corrections/file"] button[type=submit]', (u) => u.searchParams.has('filed'));
    await page.goto(`${env.portal.baseUrl}/me/corrections`);
    assert.equal(await page.locator('main ul.rows li time').count(), 1, 'listed with its deadline');
    await context.close();
  });
}
