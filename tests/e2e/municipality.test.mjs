// The municipality's journeys on a phone (390×844), in Dutch and in English: the admin makes a
// function profile with contact fields only and invites a staff member with it; the staff
// member finds a consenting person and sees exactly their contact fields, and why the rest is
// not shown; the person sees that read under "who received my data", withdraws, and the staff
// member is refused from then on. Then a quality report (art. 7) reaches the agency's
// rectification officer with its deadline, and a breach report (art. 6/9) reaches the DPO with
// its 48-hour deadline. axe-core checks every page on the way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys, messages, fillMessage, plain } from './harness.mjs';
import { accessible, follow, enrol as enrolIn, brussels, consentToAll, visit as visitIn, staffInvitation } from './steps.mjs';

const env = journeys();
const base = () => env.portal.baseUrl;
const RUN = Date.now().toString(36);
const M = { nl: messages('nl'), en: messages('en') };

/** A phone of its own enrols with an invitation link in `lang` and lands on `start`. */
const enrol = (link, lang, start, displayName) => enrolIn(env, link, lang, start, displayName);

const visit = (page, path, name) => visitIn(env, page, path, name);

const invitation = (role) => staffInvitation(env, role);

// The demo admin's invitation works once per portal: both language journeys use this phone.
let admin;
function adminPage() {
  admin ??= enrol(invitation('municipality_admin').invitation_url, 'nl', '/municipality/admin', 'Demo beheerder');
  return admin.then((a) => a.page);
}

/** Every way `date_time` may have written a moment between `from` and `to` (minute steps). */
function momentsBetween(lang, from, to) {
  const out = new Set();
  for (let t = from - 60000; t <= to + 60000; t += 30000) out.add(brussels(lang, new Date(t)).text);
  return out;
}

/** The rows of a data table: header cell → the value as shown (its `<bdi>`, without the
 * "under review" badge a contested value carries). */
async function tableRows(page, table) {
  const rows = await page.locator(`${table} tbody tr`).all();
  return Object.fromEntries(await Promise.all(rows.map(async (r) => [plain(await r.locator('th').textContent()), plain(await r.locator('td bdi').first().textContent())])));
}

/** The staff list's total ("N persons have given consent"). */
async function listed(page) {
  return Number(/\d+/.exec(await page.textContent('main .lead'))[0]);
}

/** Every reference on every page of the staff list, each page checked. */
async function allReferences(page, m) {
  await visit(page, '/municipality/persons', 'staff list');
  const refs = [];
  for (;;) {
    refs.push(...await page.locator('main table tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    const next = page.locator('nav.pager a', { hasText: m['persons-next'] });
    if (await next.count() === 0) return refs;
    await Promise.all([page.waitForURL((u) => u.searchParams.has('page')), next.click()]);
    await accessible(page, `staff list ${page.url()}`);
  }
}

/** Searches the pilot by name on the staff list; the results page is checked. */
async function search(page, name) {
  await visit(page, '/municipality/persons', 'staff list');
  await page.fill('#persons-search', name);
  await follow(page, 'form[role=search] button[type=submit]', (u) => u.pathname === '/municipality/persons/search');
  await accessible(page, 'search results');
}

for (const lang of ['nl', 'en']) {
  test(`a profile with contact fields only: what staff see, what the person sees, withdrawal (${lang})`, async () => {
    const m = M[lang];
    const label = (f) => m[`field-${f.replaceAll('_', '-')}`];
    const party = invitation('municipality_admin').party;

    // The person (of this contact language) signs up and consents to everything.
    const who = env.portal.credentials.persons.find((p) => p.contact_language === lang);
    const person = await enrol(who.invitation_url, lang, '/me');
    await visit(person.page, '/me/data', 'my data');
    const mine = await tableRows(person.page, 'table.data-table');
    assert.match(mine[label('phone')], /\d{6}/, 'the demo person has a phone number');
    await visit(person.page, '/me', 'start page');
    const pilot = await consentToAll(person.page, m);

    // The admin switches language with the switcher, adds the profile, invites a member.
    const desk = await adminPage();
    await visit(desk, '/municipality/admin/profiles/new', 'new profile form');
    await desk.click('.language-picker summary');
    await follow(desk, `.language-switcher a[hreflang="${lang}"]`, (u) => u.pathname === '/municipality/admin/profiles/new');
    assert.equal(await desk.getAttribute('html', 'lang'), lang);
    await accessible(desk, 'new profile form after switching language');
    const profile = `Contact ${lang} ${RUN}`;
    const purpose = `Inburgeraars opbellen voor een afspraak (${lang} ${RUN}).`;
    const contact = ['given_name', 'family_name', 'phone', 'email'];
    await desk.fill('#profile-name', profile);
    await desk.fill('#profile-purpose', purpose);
    for (const f of contact) await desk.check(`#profile-fields-${f}`);
    await follow(desk, 'form[action="/municipality/admin/profiles/new"] button[type=submit]', (u) => u.searchParams.has('created'));
    await accessible(desk, 'profile page');
    assert.equal(plain(await desk.textContent('main [role=status]')), m['register-created']);
    assert.equal(plain(await desk.textContent('main h2')), profile);
    assert.equal(plain(await desk.locator('main table tbody tr td').nth(3).textContent()), contact.map(label).join(', '));

    await visit(desk, '/municipality/admin/staff', 'staff page');
    const member = `Medewerker ${lang} ${RUN}`;
    await desk.fill('#invite-name', member);
    await desk.fill('#invite-contact', `medewerker.${lang}.${RUN}@example.org`);
    await desk.selectOption('#invite-profile', { label: profile });
    await desk.click('form[action="/municipality/admin/staff"] button[type=submit]');
    await desk.waitForSelector('.issued .qr svg'); // the page the POST answers with, shown once
    await accessible(desk, 'invitation issued');
    const link = plain(await desk.locator('.issued code').first().textContent());
    assert.match(link, new RegExp(`^${base()}/invite/[A-Za-z0-9_-]{43}$`));
    assert.match(plain(await desk.locator('.issued code').nth(1).textContent()), /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const open = desk.locator('main table tbody tr', { hasText: member });
    assert.equal(plain(await open.locator('td').nth(2).textContent()), profile, 'listed as open, with its profile');

    // The member enrols on their own phone and finds the person by name.
    const staff = await enrol(link, lang, '/municipality/persons', member);
    const before = await listed(staff.page);
    assert.ok(before >= 1);
    await search(staff.page, who.name);
    assert.match(plain(await staff.page.textContent('main [role=status]')), /^1\D/, 'one person found');
    const readAt = Date.now();
    await follow(staff.page, `main ul a:text-is("${who.name}")`, (u) => /^\/municipality\/persons\/[^/]+\/[0-9a-f]+$/.test(u.pathname));
    await accessible(staff.page, 'person page');
    const personPath = new URL(staff.page.url()).pathname;
    const reference = personPath.split('/').pop();

    // Exactly the profile's fields, with the person's own values; the rest withheld, saying why.
    const shown = await tableRows(staff.page, 'table.data-table');
    assert.deepEqual(Object.keys(shown), contact.map(label));
    assert.equal(shown[label('phone')], mine[label('phone')]);
    assert.equal(`${shown[label('given_name')]} ${shown[label('family_name')]}`, who.name);
    const withheld = (await staff.page.locator(`main h2:text-is("${m['persons-withheld-heading']}") + ul > li`).allTextContents()).map(plain);
    for (const f of ['dutch_level', 'mo_status']) {
      assert.ok(withheld.includes(`${label(f)}: ${m['persons-withheld-not-in-profile']}`), `${f} withheld by the profile: ${withheld}`);
    }
    const tableText = plain(await staff.page.textContent('table.data-table'));
    for (const f of ['dutch_level', 'mo_status']) assert.ok(!tableText.includes(mine[label(f)]), `no ${f} value`);
    const readDone = Date.now();

    // The person sees the read: the municipality, the fields, when, and for what.
    await visit(person.page, '/me/disclosures', 'who received my data');
    const overview = person.page.locator('main table.data-table', { has: person.page.locator(`caption:text-is("${party}")`) });
    assert.equal(await overview.count(), 1, 'the municipality is in the overview');
    const today = brussels(lang, new Date(readDone)).day;
    assert.equal(plain(await overview.locator('tbody tr', { hasText: label('phone') }).locator('td').nth(1).textContent()), today);
    const read = person.page.locator('ol.timeline > li', { hasText: purpose }).first();
    const lines = (await read.locator('p').allTextContents()).map(plain);
    assert.equal(lines[0].split(' · ')[0], party);
    assert.ok(momentsBetween(lang, readAt, readDone).has(lines[0].split(' · ')[1]), `read at ${lines[0]}`);
    assert.equal(lines[1], fillMessage(m['disclosures-fields'], { fields: contact.map(label).join(', ') }));
    assert.ok(lines[2].startsWith(m['disclosures-channel-ui']), lines[2]);

    // The person withdraws in one action.
    await visit(person.page, pilot, 'pilot page');
    await follow(person.page, 'form[action="/sf/consent/change"] button[type=submit]', (u) => u.searchParams.has('saved'));
    await accessible(person.page, 'pilot page after withdrawing');
    assert.equal(await person.page.locator('form[action="/sf/consent/change"]').count(), 0, 'nothing left to withdraw');

    // The member's next look is refused, without a value; the person is off the list.
    const res = await visit(staff.page, personPath, 'person page after withdrawal');
    assert.equal(res.status(), 409, 'refused as the API refuses it (a rule, not a missing page)');
    assert.equal(plain(await staff.page.textContent('main [role=alert]')), m['disclosure-refused-withdrawn']);
    assert.equal(await staff.page.locator('table.data-table').count(), 0);
    assert.ok(!(await staff.page.textContent('body')).includes(mine[label('phone')]), 'no phone number');
    const refs = await allReferences(staff.page, m);
    assert.equal(await listed(staff.page), before - 1, 'one fewer with consent');
    assert.equal(refs.length, before - 1, 'the walk saw everyone listed');
    assert.equal(refs.filter((r) => r.endsWith(`/${reference}`)).length, 0, 'not on any page of the list');
    await search(staff.page, who.name);
    assert.equal(plain(await staff.page.textContent('main [role=status]')), m['persons-search-none']);
    await person.context.close();
    await staff.context.close();
  });
}

/** The agency's rectification queue, each row as its cells' text (the page is checked). */
async function queue(page) {
  await visit(page, '/agency/rectifications', 'rectification queue');
  const rows = await page.locator('main table tbody tr').all();
  return Promise.all(rows.map(async (r) => (await r.locator('td').allTextContents()).map(plain).join(' | ')));
}

test('a quality report reaches the rectification queue, a breach report the DPO (nl)', async () => {
  const m = M.nl;
  const party = invitation('municipality_staff').party;
  // The queue names no person and the demo fills it in the same minute: what counts is the
  // one row that appears after the report.
  const officer = await enrol(invitation('agency_rectification_officer').invitation_url, 'nl', '/agency/rectifications', 'Demo rectificatie');
  const queued = await queue(officer.page);
  const staff = await enrol(invitation('municipality_staff').invitation_url, 'nl', '/municipality/persons', 'Demo medewerker');
  const page = staff.page;

  // A wrong phone number, reported from a person's page (art. 7). One already under review
  // cannot be reported again, so the first person whose number is not is taken.
  const people = await page.locator('main table tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  let reference;
  for (const href of people.slice(0, 10)) {
    await visit(page, href, 'person page');
    if (await page.locator('table.data-table tr', { hasText: m['field-phone'] }).locator('.badge').count() === 0) {
      reference = href.split('/').pop();
      break;
    }
  }
  assert.ok(reference, 'a person whose phone number is not under review');
  await page.selectOption('#quality-field', 'phone');
  await page.fill('#quality-statement', `De inburgeraar gaf aan de balie een nieuw nummer (${RUN}).`);
  await page.fill('#quality-proposed_value', '0470 12 34 56');
  const filedAt = Date.now();
  await follow(page, 'form[action$="/quality-report"] button[type=submit]', (u) => u.searchParams.has('reported'));
  const filedDone = Date.now();
  await accessible(page, 'staff list after reporting');
  assert.equal(plain(await page.textContent('main [role=status]')), m['persons-quality-reported']);

  // A breach found three hours ago (art. 6/9): its deadline is 48 hours after that.
  const detected = new Date(Math.floor((Date.now() - 3 * 3600000) / 60000) * 60000);
  const deadline = brussels('nl', new Date(detected.getTime() + 48 * 3600000)).text;
  const description = `Een lijst met telefoonnummers is naar een verkeerd adres gemaild (${RUN}).`;
  await visit(page, '/municipality/breaches', 'breaches');
  await follow(page, 'main a[href="/municipality/breaches/new"]', (u) => u.pathname === '/municipality/breaches/new');
  await accessible(page, 'new breach form');
  await page.fill('#breach-detected_at', brussels('nl', detected).local);
  await page.fill('#breach-description', description);
  await page.check('#breach-categories-phone');
  await page.check('#breach-categories-given_name');
  await page.check(`#breach-person-${reference}`);
  await page.fill('#breach-measures', 'De ontvanger heeft de e-mail gewist; de verzendlijst is aangepast.');
  await accessible(page, 'new breach form, filled in');
  await follow(page, 'form[action="/municipality/breaches/new"] button[type=submit]', (u) => u.searchParams.has('reported'));
  await accessible(page, 'breaches after reporting');
  assert.equal(plain(await page.textContent('main [role=status]')), m['breach-reported']);
  const own = page.locator('main ul.cards > li', { hasText: description });
  assert.equal(await own.count(), 1);
  assert.equal(plain(await own.locator(`dt:text-is("${m['breach-deadline']}") + dd`).textContent()), deadline);
  await staff.context.close();

  // The officer's queue has the report, received now and due one month later at the end of
  // that Brussels day (GDPR 12(3)).
  const due = new Set([filedAt, filedDone].map((t) => {
    const [y, mo, d] = brussels('nl', new Date(t)).ymd;
    const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate(); // days in the next month
    return `${fillMessage(m['date-long'], { day: Math.min(d, last), month: m[`month-${mo % 12 + 1}`], year: mo === 12 ? y + 1 : y })} 23:59`;
  }));
  const added = await queue(officer.page);
  for (const row of queued) if (added.includes(row)) added.splice(added.indexOf(row), 1);
  assert.equal(added.length, 1, `one new row: ${added}`);
  const [field, received, dueAt, status] = added[0].split(' | ');
  assert.equal(field, m['field-phone']);
  assert.ok(momentsBetween('nl', filedAt, filedDone).has(received), `received ${received}`);
  assert.ok(due.has(dueAt), `due ${dueAt}, expected one of ${[...due]}`);
  assert.equal(status, m['correction-status-open']);
  await officer.context.close();

  // The DPO: the breach is in the register, with the municipality and the same deadline.
  const dpo = await enrol(invitation('agency_dpo').invitation_url, 'nl', '/agency/dpo', 'Demo DPO');
  await follow(dpo.page, 'main a[href="/agency/dpo/breaches"]', (u) => u.pathname === '/agency/dpo/breaches');
  await accessible(dpo.page, 'breach register');
  const card = dpo.page.locator('main ul.cards > li', { hasText: description });
  assert.equal(await card.count(), 1, 'the report is in the register');
  const dd = (term) => card.locator(`dt:text-is("${m[term]}") + dd`).textContent().then(plain);
  assert.equal(await dd('breach-municipality'), party);
  assert.equal(await dd('breach-deadline'), deadline);
  assert.equal(await dd('breach-persons'), '1');
  assert.equal(await dd('breach-categories'), [m['field-given-name'], m['field-phone']].join(', '));
  assert.equal(plain(await card.locator('h3 .badge').textContent()), m['breach-in-time']);
  // The register of disclosures: every read, narrowed by recipient and field.
  await follow(dpo.page, 'main a[href="/agency/dpo/disclosures"]', (u) => u.pathname === '/agency/dpo/disclosures');
  await accessible(dpo.page, 'register of disclosures');
  assert.ok(await dpo.page.locator('main table tbody tr').count() > 0, 'the demo\'s disclosures are listed');
  await dpo.page.selectOption('#register-field', 'phone');
  await follow(dpo.page, 'form.filters button[type=submit]', (u) => u.searchParams.get('field') === 'phone');
  await accessible(dpo.page, 'register of disclosures, phone only');
  const fields = (await dpo.page.locator('main table tbody tr td:nth-child(3)').allTextContents()).map(plain);
  assert.ok(fields.length > 0 && fields.every((f) => f.includes(m['field-phone'])), `phone in every row: ${fields}`);
  await dpo.context.close();
});

/** Every page at `paths` fits a 320 px screen: no sideways scrolling (wide tables scroll in
 * their own box), and it passes axe there too. */
async function fits320(page, paths) {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of paths) {
    await visit(page, path, `${path} at 320 px`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${path} is ${width}px wide at 320 px`);
  }
}

test('usable at 320 px: the admin\'s registers and the staff member\'s work, in the second municipality too', async () => {
  const desk = await adminPage();
  await fits320(desk, ['/municipality/admin', '/municipality/admin/profiles/new', '/municipality/admin/staff',
    '/municipality/admin/partners', '/municipality/admin/processors', '/municipality/admin/notices']);
  // Halle's staff member: their own pilot, none of Sint-Pieters-Leeuw's people.
  const halle = env.portal.credentials.staff.find((s) => s.role === 'municipality_staff' && s.party !== invitation('municipality_staff').party);
  assert.ok(halle, 'the demo has a second municipality with its own staff');
  const staff = await enrol(halle.invitation_url, 'nl', '/municipality/persons', 'Demo Halle');
  const first = await staff.page.locator('main table tbody a').first().getAttribute('href');
  assert.ok(first, 'the second municipality has its own pilot');
  await fits320(staff.page, ['/municipality/persons', first, '/municipality/breaches', '/municipality/breaches/new',
    '/municipality/corrections']);
  await staff.context.close();
});
