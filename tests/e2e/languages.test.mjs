// Every newcomer's language, and the parts of WCAG a scan cannot see: the pilot page at 320 px
// in each right-to-left language (and in Tigrinya and Ukrainian) mirrors as it should, with a
// screenshot kept for people to look at; the consent notice's first layer fits one phone
// screen in every language; a person does consent and a correction with the keyboard alone,
// always seeing where the focus is; the idle-session warning takes the focus and is announced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { journeys, PHONE, axeViolations } from './harness.mjs';
import { RTL, enrol } from './steps.mjs';

const SLUG = 'agii-sint-pieters-leeuw-amif-507';
const PILOT = `/me/pilots/${SLUG}`;
const env = journeys();

/** A signed-in person on a phone of `viewport`: the demo's `index`th person with contact
 * language `lang` (the demo has two per language, each invitation works once). */
async function person(viewport = PHONE.viewport, lang = 'nl', index = 0) {
  const p = env.portal.credentials.persons.filter((x) => x.contact_language === lang)[index];
  return enrol(env, p.invitation_url, lang, '/me', undefined, viewport);
}

/** The page's box geometry that tells the reading direction. */
function geometry(page) {
  return page.evaluate(() => {
    const box = (sel) => document.querySelector(sel)?.getBoundingClientRect();
    const brand = box('.brand'); const h1 = box('main h1'); const dt = box('.key-facts dt');
    return { width: innerWidth, scroll: document.documentElement.scrollWidth, brand: [brand.left, brand.right], h1: [h1.left, h1.right], dt: [dt.left, dt.right] };
  });
}

test('the pilot page at 320 px mirrors in ar, fa and ps and reads left to right in ti and uk', async () => {
  const { context, page } = await person({ width: 320, height: 640 });
  const dir = process.env.PORTAL_SCREENSHOTS;
  if (dir) mkdirSync(dir, { recursive: true });
  for (const lang of ['ar', 'fa', 'ps', 'ti', 'uk']) {
    await page.goto(`${env.portal.baseUrl}/lang/${lang}?next=${PILOT}`);
    const rtl = RTL.has(lang);
    assert.equal(await page.getAttribute('html', 'dir'), rtl ? 'rtl' : 'ltr', lang);
    const g = await geometry(page);
    assert.ok(g.scroll <= 320, `${lang}: ${g.scroll}px wide`);
    // The start side: right in right-to-left, left otherwise (within the 16 px padding).
    const nearStart = ([left, right]) => (rtl ? g.width - right <= 24 : left <= 24);
    assert.ok(nearStart(g.brand), `${lang}: the portal's name starts the header ${JSON.stringify(g)}`);
    assert.ok(nearStart(g.h1) && nearStart(g.dt), `${lang}: headings and terms start on the ${rtl ? 'right' : 'left'}`);
    assert.deepEqual(await axeViolations(page), [], `${lang}: axe`);
    if (dir) await page.screenshot({ path: join(dir, `pilot-${lang}-320.png`), fullPage: false });
  }
  await context.close();
});

test('the consent notice\'s first layer fits one phone screen in every language', async () => {
  const { context, page } = await person({ width: 360, height: 740 }, 'nl', 1);
  await page.goto(env.portal.baseUrl + '/');
  const langs = await page.evaluate(() => [...document.querySelectorAll('.language-switcher a[hreflang]')].map((a) => a.getAttribute('hreflang')));
  assert.equal(langs.length, 14);
  const tall = [];
  for (const lang of langs) {
    await page.goto(`${env.portal.baseUrl}/lang/${lang}?next=${PILOT}`);
    // The first layer: the short facts, from their heading to the link to the full notice.
    const height = await page.evaluate(() => {
      const section = document.querySelector('#short-heading').closest('section');
      const top = section.getBoundingClientRect().top;
      const bottom = section.querySelector('details summary').getBoundingClientRect().bottom;
      return bottom - top;
    });
    if (height > 740) tall.push(`${lang}: ${Math.round(height)}px`);
  }
  assert.deepEqual(tall, [], 'first layers taller than a 360×740 screen');
  await context.close();
});

test('text at 200 % still fits a 320 px phone and every control stays in reach', async () => {
  const { context, page } = await person({ width: 320, height: 640 }, 'en', 1);
  const wide = [];
  for (const lang of ['nl', 'ar', 'ti', 'uk']) {
    for (const path of ['/me', PILOT, '/me/corrections/new', '/me/disclosures']) {
      await page.goto(`${env.portal.baseUrl}/lang/${lang}?next=${encodeURIComponent(path)}`);
      // As a browser's text size setting does: the root font size doubles, everything in rem follows.
      await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
      const { scroll, hidden } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        hidden: [...document.querySelectorAll('main button, main input, main select, main textarea, main a')]
          .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1); })
          .map((el) => el.id || el.textContent.trim().slice(0, 20)),
      }));
      if (scroll > 320 || hidden.length) wide.push(`${lang} ${path}: ${scroll}px, cut off: ${hidden.join(', ')}`);
    }
  }
  assert.deepEqual(wide, []);
  await context.close();
});

/** Presses Tab until the focused element matches `selector` (at most 60 times); the focus
 * must be visible on each element passed (an outline or a box shadow). */
async function tabTo(page, selector) {
  for (let n = 0; n < 60; n++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate((sel) => {
      const el = document.activeElement;
      if (!el || el === document.body) return { match: false, visible: true, what: 'body' };
      const style = getComputedStyle(el);
      const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return { match: el.matches(sel), visible, what: `${el.tagName} ${el.id || el.className || el.textContent.trim().slice(0, 20)}` };
    }, selector);
    assert.ok(state.visible, `the focus is visible on ${state.what}`);
    if (state.match) return;
  }
  throw new Error(`Tab never reached ${selector} on ${page.url()}`);
}

test('consent and a correction request with the keyboard alone', async () => {
  const { context, page } = await person(PHONE.viewport, 'en', 0);
  await tabTo(page, `main a[href="${PILOT}"]`);
  await Promise.all([page.waitForURL((u) => u.pathname === PILOT), page.keyboard.press('Enter')]);
  // Start from nothing shared (demo persons may have consented before).
  if (await page.locator('form[action="/sf/consent/change"]').count() > 0) {
    await tabTo(page, 'form[action="/sf/consent/change"] button[type=submit]');
    await Promise.all([page.waitForURL((u) => u.searchParams.has('saved')), page.keyboard.press('Enter')]);
  }
  for (const scope of ['#scope-contact', '#scope-trajectory']) {
    await tabTo(page, scope);
    await page.keyboard.press('Space');
    assert.equal(await page.isChecked(scope), true, `${scope} ticked with Space`);
  }
  await tabTo(page, 'form.choices button[type=submit]');
  await Promise.all([page.waitForURL((u) => u.pathname.endsWith('/review')), page.keyboard.press('Enter')]);
  await tabTo(page, 'main form button[type=submit]');
  await Promise.all([page.waitForURL((u) => u.searchParams.has('saved')), page.keyboard.press('Enter')]);
  assert.equal(await page.isChecked('#scope-contact'), true);

  await page.goto(env.portal.baseUrl + '/me/corrections/new');
  await tabTo(page, '#correction-field');
  // A closed list picks the option whose name is typed (the person reads English).
  await page.keyboard.type('Phone');
  assert.equal(await page.inputValue('#correction-field'), 'phone', 'the phone number chosen by typing');
  await tabTo(page, '#correction-value');
  await page.keyboard.type('0470 12 34 56');
  await tabTo(page, '#correction-statement');
  await page.keyboard.type('I have a new number.');
  await tabTo(page, 'form[action="/sf/corrections/file"] button[type=submit]');
  await Promise.all([page.waitForURL((u) => u.searchParams.has('filed') || u.searchParams.has('error')), page.keyboard.press('Enter')]);
  assert.ok(new URL(page.url()).searchParams.has('filed'), `filed (at ${page.url()})`);
  await context.close();
});

test('the idle-session warning takes the focus and is announced', async () => {
  const { context, page } = await person(PHONE.viewport, 'ar', 0);
  // Time runs fast from here: the next page loads with a clock the test moves.
  await page.clock.install();
  await page.goto(env.portal.baseUrl + '/me');
  await page.waitForFunction(() => document.querySelector('.idle-warning') !== null);
  const dialog = page.locator('.idle-warning');
  assert.equal(await dialog.isVisible(), false, 'not before the time');
  await page.clock.runFor('26:00'); // past the warning (5 minutes before the session ends)
  await dialog.waitFor({ state: 'visible' });
  assert.equal(await dialog.getAttribute('role'), 'alertdialog');
  assert.equal(await dialog.getAttribute('aria-live'), 'assertive');
  const name = await page.evaluate(() => document.getElementById(document.querySelector('.idle-warning').getAttribute('aria-labelledby'))?.textContent);
  assert.ok(name && name.length > 10, `the dialog is named by its message: ${name}`);
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.idle-warning') !== null), true, 'the focus is in the dialog');
  assert.deepEqual(await axeViolations(page), [], 'axe with the warning shown');
  await context.close();
});
