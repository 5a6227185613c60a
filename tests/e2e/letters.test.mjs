// Invitation letters (issue 16): three persons come in from the client-tracking system
// (`portal import persons`, Dutch, Arabic and Ukrainian); the protocol admin makes their letters
// on the admin page; Chromium prints the answer to PDF. One A4 page per person, in the order
// asked, each in the person's language and Dutch; the QR code on each page, read back from the
// printed page, is that person's invitation link, and the link opens the invitation.
// LETTERS_PDF=/some/file.pdf keeps the printed PDF to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { journeys, messages, plain, portalBin } from './harness.mjs';
import { accessible, enrol, staffInvitation } from './steps.mjs';

const env = journeys();
const SLUG = 'agii-sint-pieters-leeuw-amif-507';
const PERSONS = [
  ['KBI-LETTER-NL', 'Jan', 'Peeters', 'nl'],
  ['KBI-LETTER-AR', 'Amina', 'Haddad', 'ar'],
  ['KBI-LETTER-UK', 'Olena', 'Kovalenko', 'uk'],
];

/** The decoded QR code of each page of a PDF (pdftoppm renders the pages). */
function qrCodesOf(pdf) {
  const dir = mkdtempSync(join(tmpdir(), 'letters-'));
  const file = join(dir, 'letters.pdf');
  writeFileSync(file, pdf);
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  assert.equal(info.status, 0, info.stderr);
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info.stdout);
  const render = spawnSync('pdftoppm', ['-r', '150', '-png', file, join(dir, 'page')], { encoding: 'utf8' });
  assert.equal(render.status, 0, render.stderr);
  const codes = readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => {
      const png = PNG.sync.read(readFileSync(join(dir, f)));
      return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
    });
  return { pages, size: size && [Number(size[1]), Number(size[2])], codes };
}

test('the protocol admin prints letters for three imported persons: one A4 page each, the QR code scans back to the invitation', async () => {
  const portal = env.portal;
  const header = 'dossier_ref,given_name,family_name,address,phone,email,contact_language,dutch_level,mo_status,protocols';
  const rows = PERSONS.map(([d, g, f, lang]) => `${d},${g},${f},"Kerkstraat 2, 1600 Sint-Pieters-Leeuw",,,${lang},a2,in_progress,${SLUG}`);
  const csv = join(portal.dataDir, 'export.csv');
  writeFileSync(csv, [header, ...rows].join('\n') + '\n');
  const run = spawnSync(portalBin, ['import', 'persons', csv], {
    env: { ...process.env, PORTAL_DATA_DIR: portal.dataDir, PORTAL_DATABASE_URL: `sqlite://${join(portal.dataDir, 'portal.db')}?mode=rwc`, PORTAL_LOG: 'warn' },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);

  const nl = messages('nl');
  const admin = await enrol(env, staffInvitation(env, 'agency_protocol_admin').invitation_url, 'nl', '/agency/admin', 'Demo protocolbeheerder');
  const page = admin.page;
  assert.equal(plain(await page.textContent('#letters-heading')), nl['letters-form-heading']);
  await page.fill('#letters-dossiers', PERSONS.map(([d]) => d).join('\n'));
  await Promise.all([page.waitForURL((u) => u.pathname === '/agency/admin/letters'), page.click('form[action="/agency/admin/letters"] button[type=submit]')]);
  await page.waitForLoadState();
  await accessible(page, 'letters');
  const letters = await page.$$eval('section.letter', (ls) => ls.map((l) => ({
    lang: l.getAttribute('lang'),
    url: l.querySelector('.url').textContent.trim(),
    code: l.querySelector('.code').textContent.trim(),
    dutch: l.querySelector('[lang=nl]')?.textContent ?? l.textContent,
  })));
  assert.deepEqual(letters.map((l) => l.lang), PERSONS.map((p) => p[3]));
  for (const [i, letter] of letters.entries()) {
    assert.ok(letter.url.startsWith(`${portal.baseUrl}/invite/`), letter.url);
    assert.match(letter.code, /\S{6,}/);
    assert.ok(plain(letter.dutch).includes(plain(nl['letters-how-scan'])), `letter ${i} has its Dutch text`);
  }

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  if (process.env.LETTERS_PDF) writeFileSync(process.env.LETTERS_PDF, pdf);
  const { pages, size, codes } = qrCodesOf(pdf);
  assert.equal(pages, PERSONS.length, 'one page per person');
  assert.ok(size && Math.abs(size[0] - 595.28) < 2 && Math.abs(size[1] - 841.89) < 2, `A4: ${size}`);
  assert.deepEqual(codes, letters.map((l) => l.url), 'each page’s QR code is its person’s invitation link');

  // The link the QR code holds opens that person's invitation.
  const reader = await env.browser.newContext();
  const tab = await reader.newPage();
  await tab.goto(codes[1]);
  await accessible(tab, 'invitation page from a letter');
  assert.equal(new URL(tab.url()).pathname, new URL(codes[1]).pathname);
  assert.ok(await tab.$('form.ceremony'), 'the invitation can be redeemed');
  await reader.close();
  await admin.context.close();
});
