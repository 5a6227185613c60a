// Passkey journeys on a phone (390×844) with a DevTools virtual authenticator:
// a person enrols, signs out, signs in, adds a second passkey and removes the first;
// a staff member of every role enrols and reaches their own start page and no other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys, webauthnDevices, axeViolations, runCeremony, PHONE } from './harness.mjs';
import { START } from './steps.mjs';

/** Start pages another role may open too: the agency's DPO reads every party's breach
 * register, so the municipality DPO's page (their own party's) shows the agency's DPO all. */
const SHARED = { agency_dpo: ['/municipality/dpo'] };

const env = journeys();

function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

test('a person enrols, signs out, signs in, adds a second passkey and removes the first', async () => {
  const person = env.portal.credentials.persons.find((p) => p.contact_language === 'nl');
  const context = await env.browser.newContext({ ...PHONE, locale: 'nl-BE' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  const devices = await webauthnDevices(context, page);
  const phone = await devices.add('internal');

  await page.goto(person.invitation_url);
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.deepEqual(await axeViolations(page), [], 'enrolment page');
  await page.fill('#passkey-name', 'Mijn telefoon');
  await page.click('form.ceremony button[type=submit]:not([disabled])');
  await page.waitForURL((u) => u.pathname === '/me');
  assert.match(await page.textContent('h1'), /Mijn overzicht/);

  await page.click('.account-nav button');
  await page.waitForURL((u) => u.pathname === '/signin' && u.searchParams.has('signed_out'));
  assert.equal((await page.goto(env.portal.baseUrl + '/me')).url().includes('/signin'), true, 'signed out on the server');

  await page.click('.ceremony button:not([disabled])');
  await page.waitForURL((u) => u.pathname === '/me');

  await page.goto(env.portal.baseUrl + '/account');
  assert.equal(await page.locator('.rows li').first().locator('strong').textContent(), 'Mijn telefoon');
  assert.deepEqual(await axeViolations(page), [], 'account page');
  // A second phone. Chrome lets a test hold one phone authenticator at a time, so the swap
  // happens between the two steps: the old phone proves it is you, the new one is registered.
  let newPhone;
  await page.route('**/sf/account/passkeys/register', async (route) => {
    const response = await route.fetch();
    await devices.remove(phone);
    newPhone = await devices.add('internal');
    await route.fulfill({ response });
  });
  await page.fill('#new-passkey-name', 'Nieuwe telefoon');
  await page.click('form.ceremony button[type=submit]:not([disabled])');
  await page.waitForFunction(() => document.querySelectorAll('#passkeys-heading + ul.rows li').length === 2, null, { timeout: 15000 });
  await page.unroute('**/sf/account/passkeys/register');

  // Remove the first (a plain form post).
  await page.locator('#passkeys-heading + ul.rows li', { hasText: 'Mijn telefoon' }).locator('button').click();
  await page.waitForURL((u) => u.pathname === '/account' && u.searchParams.has('removed'));
  const names = await page.locator('#passkeys-heading + ul.rows li strong').allTextContents();
  assert.deepEqual(names, ['Nieuwe telefoon']);

  // The new phone signs in.
  await page.click('.account-nav button');
  await page.waitForURL((u) => u.pathname === '/signin' && u.searchParams.has('signed_out'));
  await page.click('.ceremony button:not([disabled])');
  await page.waitForURL((u) => u.pathname === '/me');
  assert.ok(newPhone);
  assert.deepEqual(errors.filter((e) => !e.includes('status of 4')), []);
  await context.close();
});

for (const [role, start] of Object.entries(START)) {
  test(`staff: ${role} enrols and reaches ${start} and no other start page`, async () => {
    const invitation = env.portal.credentials.staff.find((s) => s.role === role);
    assert.ok(invitation, `the demo has an invitation for ${role}`);
    const context = await env.browser.newContext({ ...PHONE, locale: 'nl-BE' });
    const page = await context.newPage();
    await (await webauthnDevices(context, page)).add();
    // A slow phone: the WebAssembly arrives after the person has typed. What was typed stays.
    let release;
    const wasmHeld = new Promise((r) => { release = r; });
    await page.route('**/*.wasm', async (route) => { await wasmHeld; await route.continue(); });
    await page.goto(invitation.invitation_url, { waitUntil: 'domcontentloaded' });
    await page.fill('#display-name', `Demo ${role}`);
    await page.fill('#passkey-name', 'Werktelefoon');
    release();
    await page.waitForSelector('form.ceremony button[type=submit]:not([disabled])');
    assert.equal(await page.inputValue('#display-name'), `Demo ${role}`, 'typed before hydration, kept after');
    assert.equal(await page.inputValue('#passkey-name'), 'Werktelefoon');
    try {
      // 'commit': the URL is what counts here; the page itself is loaded and checked below.
      await runCeremony(page, 'form.ceremony button[type=submit]:not([disabled])', (u) => u.pathname === start);
    } catch (e) {
      const status = await page.locator('.ceremony-status').textContent().catch(() => '(no status)');
      throw new Error(`${role} did not reach ${start} (at ${page.url()}, status: ${status})\n${env.portal.serverLog().slice(-3000)}`, { cause: e });
    }
    assert.equal((await page.goto(env.portal.baseUrl + start)).status(), 200);
    for (const [other, path] of Object.entries(START)) {
      if (other === role) continue;
      const res = await page.goto(env.portal.baseUrl + path);
      const expected = (SHARED[role] ?? []).includes(path) ? 200 : 403;
      assert.equal(res.status(), expected, `${role} opening ${path}`);
    }
    assert.equal((await page.goto(env.portal.baseUrl + '/me')).status(), 403, 'nor the person page');
    if (role === 'agency_protocol_admin') {
      // Invites a person: the link, the short code and the QR code are shown once.
      await page.goto(env.portal.baseUrl + start);
      await page.fill('#dossier-ref', 'KBI-2020-000100');
      await page.click('#invite-person-heading + form button[type=submit]');
      await page.waitForSelector('.issued .qr svg'); // the response to the plain form post
      const link = await page.locator('.issued code').first().textContent();
      assert.match(link, new RegExp(`^${env.portal.baseUrl}/invite/[A-Za-z0-9_-]{43}$`));
      assert.match(await page.locator('.issued code').nth(1).textContent(), /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      assert.deepEqual(await axeViolations(page), [], 'admin page');

      // Records a consent given on paper: the review step names the dossier's person first.
      await page.goto(env.portal.baseUrl + start);
      await Promise.all([page.waitForURL((u) => u.pathname === '/agency/assisted-consent'), page.click('a[href="/agency/assisted-consent"]')]);
      assert.deepEqual(await axeViolations(page), [], 'assisted consent form');
      await page.fill('#assisted-dossier', 'KBI-2020-000100');
      await page.selectOption('#assisted-language', 'ar');
      await page.check('#assisted-contact');
      await page.check('#assisted-trajectory');
      await Promise.all([page.waitForURL((u) => u.pathname.endsWith('/review')), page.click('main form button[type=submit]')]);
      assert.deepEqual(await axeViolations(page), [], 'assisted consent review');
      assert.match(await page.textContent('main .lead'), /KBI-2020-000100/);
      assert.equal(await page.locator('ul.review li').count(), 2);
      await Promise.all([page.waitForURL((u) => u.searchParams.has('saved')), page.click('main form button[type=submit]')]);
      assert.equal(await page.locator('[role=status]').count(), 1, 'recorded');
      assert.deepEqual(await axeViolations(page), [], 'assisted consent recorded');
    }
    await context.close();
  });
}
