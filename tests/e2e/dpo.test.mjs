// The DPO's desk on a phone (390×844): a municipality's staff member reports a breach (art. 6/9)
// naming a person who reads the portal in Arabic; the agency's DPO acknowledges the report,
// then tells the persons it names (GDPR 34); the person reads the notice in Arabic — the place,
// the day, the kinds of data and whom to ask, never the reporter's words. The DPO then reads
// the audit log and runs the verifier. axe-core checks every page on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys, messages, fillMessage, plain } from './harness.mjs';
import { accessible, follow, enrol, brussels, consentToAll, visit as visitIn, staffInvitation } from './steps.mjs';

const env = journeys();
const RUN = Date.now().toString(36);
const M = { nl: messages('nl'), ar: messages('ar') };
const visit = (page, path, name) => visitIn(env, page, path, name);

test('a breach report is acknowledged, the person is told in Arabic, the audit log checks out', async () => {
  const { nl, ar } = M;
  const who = env.portal.credentials.persons.find((x) => x.contact_language === 'ar');
  assert.ok(who, 'the demo has an invitation for a person writing Arabic');
  const me = await enrol(env, who.invitation_url, 'ar', '/me');
  await consentToAll(me.page, ar);

  // The municipality's staff member finds the person and reports a breach naming them.
  const staff = await enrol(env, staffInvitation(env, 'municipality_staff').invitation_url, 'nl', '/municipality/persons', 'Demo medewerker');
  const party = staffInvitation(env, 'municipality_staff').party;
  await staff.page.fill('#persons-search', who.name);
  await follow(staff.page, 'form[role=search] button[type=submit]', (u) => u.pathname === '/municipality/persons/search');
  await follow(staff.page, `main ul a:text-is("${who.name}")`, (u) => /^\/municipality\/persons\/[^/]+\/[0-9a-f]+$/.test(u.pathname));
  const reference = new URL(staff.page.url()).pathname.split('/').pop();
  const detected = new Date(Math.floor((Date.now() - 2 * 3600000) / 60000) * 60000);
  const description = `Een map met adressen is op de trein blijven liggen (${RUN}).`;
  await visit(staff.page, '/municipality/breaches/new', 'new breach form');
  await staff.page.fill('#breach-detected_at', brussels('nl', detected).local);
  await staff.page.fill('#breach-description', description);
  await staff.page.check('#breach-categories-address');
  await staff.page.check('#breach-categories-phone');
  await staff.page.check(`#breach-person-${reference}`);
  await staff.page.fill('#breach-measures', 'De map is teruggevonden en vernietigd.');
  await follow(staff.page, 'form[action="/municipality/breaches/new"] button[type=submit]', (u) => u.searchParams.has('reported'));
  await accessible(staff.page, 'breaches after reporting');

  // The agency's DPO acknowledges it, then tells the person.
  const dpo = await enrol(env, staffInvitation(env, 'agency_dpo').invitation_url, 'nl', '/agency/dpo', 'Demo DPO');
  await follow(dpo.page, 'main a[href="/agency/dpo/breaches"]', (u) => u.pathname === '/agency/dpo/breaches');
  await accessible(dpo.page, 'breach register');
  const card = () => dpo.page.locator('main ul.cards > li', { hasText: description });
  assert.equal(await card().locator('form[action$="/notify"]').count(), 0, 'acknowledged first');
  await follow(dpo.page, `main ul.cards > li:has-text("${description}") form[action$="/acknowledge"] button`, (u) => u.searchParams.has('acknowledged'));
  await accessible(dpo.page, 'breach acknowledged');
  assert.equal(plain(await dpo.page.textContent('main [role=status]')), nl['dpo-breach-acknowledged']);
  assert.ok(plain(await card().textContent()).includes(nl['breach-step-acknowledged']));
  await follow(dpo.page, `main ul.cards > li:has-text("${description}") form[action$="/notify"] button`, (u) => u.searchParams.has('notified'));
  await accessible(dpo.page, 'persons notified');
  assert.equal(plain(await dpo.page.textContent('main [role=status]')), nl['dpo-breach-notified']);
  assert.ok(plain(await card().textContent()).includes(nl['breach-step-persons-notified']));
  assert.equal(await card().locator('form').count(), 0, 'nothing left to do');

  // The person reads the notice in Arabic, without the reporter's words.
  await visit(me.page, '/me/notifications', 'inbox with the breach notice');
  assert.equal(await me.page.getAttribute('html', 'dir'), 'rtl');
  const inbox = plain(await me.page.textContent('main'));
  const notice = fillMessage(ar['notification-breach-notice'], {
    recipient: party,
    detected: brussels('ar', detected).day,
    fields: [ar['field-address'], ar['field-phone']].join(', '),
    contact: 'dpo@integratie-inburgering.be',
  });
  assert.ok(inbox.includes(notice), `the notice in Arabic: ${notice} in ${inbox}`);
  assert.ok(!inbox.includes(RUN), 'never the reporter\'s description');

  // The audit log: browsed, narrowed to the breach's steps, and verified from the page.
  await follow(dpo.page, 'main a[href="/agency/dpo/audit"]', (u) => u.pathname === '/agency/dpo/audit');
  await accessible(dpo.page, 'audit log');
  await dpo.page.selectOption('#log-action', 'breach.notify_persons');
  await follow(dpo.page, 'form.filters button[type=submit]', (u) => u.searchParams.get('action') === 'breach.notify_persons');
  await accessible(dpo.page, 'audit log, one action');
  assert.equal(await dpo.page.locator('main table tbody tr').count(), 1);
  await visit(dpo.page, '/agency/dpo', 'DPO home');
  await follow(dpo.page, 'form[action="/agency/dpo/audit/verify"] button', (u) => u.searchParams.has('verified'));
  await accessible(dpo.page, 'audit verified');
  assert.ok(plain(await dpo.page.textContent('main')).includes(nl['dpo-verified']));
  await visit(dpo.page, '/agency/dpo/erasure', 'erasure at the recipients');
});

test('the municipality DPO reads their own party\'s desk; the admin confirms erasures', async () => {
  const nl = M.nl;
  const party = staffInvitation(env, 'municipality_dpo').party;
  const mdpo = await enrol(env, staffInvitation(env, 'municipality_dpo').invitation_url, 'nl', '/municipality/dpo', 'Demo DPO gemeente');
  assert.ok(plain(await mdpo.page.textContent('main')).includes(nl['mdpo-breaches-heading']));
  for (const [path, name] of [
    ['/municipality/dpo/disclosures', 'own register of disclosures'],
    ['/municipality/dpo/registers', 'own registers'],
    ['/municipality/dpo/erasure', 'own erasure requests'],
  ]) {
    await follow(mdpo.page, `main nav a[href="${path}"]`, (u) => u.pathname === path);
    await accessible(mdpo.page, name);
  }
  await visit(mdpo.page, '/municipality/dpo/registers', 'own registers again');
  const heads = (await mdpo.page.locator('main h2').allTextContents()).map(plain);
  assert.ok(heads.includes(party), `its own registers: ${heads}`);
  assert.equal(heads.length, 1, 'no other party\'s');
  const admin = await enrol(env, staffInvitation(env, 'municipality_admin').invitation_url, 'nl', '/municipality/admin', 'Demo beheerder');
  await follow(admin.page, 'main nav a[href="/municipality/admin/erasure"]', (u) => u.pathname === '/municipality/admin/erasure');
  await accessible(admin.page, 'erasure to confirm');
});
