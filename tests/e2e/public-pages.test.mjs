// Public pages on a phone: rendered on the server in nl and ar, islands hydrate,
// everything still works with JavaScript disabled, no WCAG 2.1 AA violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { journeys, axeViolations, PHONE } from './harness.mjs';

const SLUG = 'agii-sint-pieters-leeuw-amif-507';
const env = journeys();

test('home and protocol page in Dutch, then Arabic through the switcher', async () => {
  const context = await env.browser.newContext({ ...PHONE, locale: 'nl-BE' });
  const page = await context.newPage();
  await page.goto(env.portal.baseUrl + '/');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  await page.click(`a[href="/protocols/${SLUG}"]`);
  await page.waitForURL(`**/protocols/${SLUG}`);
  assert.match(await page.textContent('h1'), /Sint-Pieters-Leeuw/);
  await page.click('.language-picker summary');
  await page.click('a[hreflang="ar"]');
  await page.waitForURL(`**/protocols/${SLUG}`);
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.match(await page.textContent('.badge'), /ساري المفعول/);
  await context.close();
});

test('the article filter island hydrates and responds', async () => {
  const context = await env.browser.newContext({ ...PHONE, locale: 'nl-BE' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${env.portal.baseUrl}/protocols/${SLUG}`);
  const input = page.locator('#article-filter-input');
  await input.waitFor({ state: 'visible', timeout: 15000 }); // shown only once the WebAssembly runs
  const total = await page.locator('[data-article]').count();
  await input.fill('opzegtermijn');
  await page.waitForFunction(() => document.querySelector('.filter-status')?.textContent.includes('van'));
  const visible = await page.locator('[data-article]:not([hidden])').count();
  assert.ok(visible >= 1 && visible < total, `filter narrows ${total} parts to ${visible}`);
  assert.match(await page.textContent('.filter-status'), new RegExp(`${visible}.*van.*${total}`));
  await input.fill('');
  await page.waitForFunction((t) => document.querySelectorAll('[data-article]:not([hidden])').length === t, total);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pages work with JavaScript disabled', async () => {
  const context = await env.browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.portal.baseUrl + '/');
  await page.click(`a[href="/protocols/${SLUG}"]`);
  assert.match(await page.textContent('h1'), /Sint-Pieters-Leeuw/);
  assert.equal(await page.locator('#article-filter-input').isVisible(), false, 'no dead controls without JS');
  assert.ok(await page.locator('[data-article]').count() > 10, 'the whole text is there');
  await page.click('.language-picker summary');
  await page.click('a[hreflang="ar"]');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await context.close();
});

test('usable at 320 px: no horizontal scrolling, touch targets of 44 px', async () => {
  const context = await env.browser.newContext({ ...PHONE, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const lang of ['nl', 'ar']) {
    await page.goto(`${env.portal.baseUrl}/lang/${lang}?next=/protocols/${SLUG}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${lang}: page is ${width}px wide`);
    await page.click('.language-picker summary');
    const small = await page.evaluate(() => [...document.querySelectorAll('.language-picker summary, .language-switcher a, .brand')]
      .filter((a) => a.getBoundingClientRect().height < 44).map((a) => a.textContent));
    assert.deepEqual(small, [], `${lang}: touch targets`);
  }
  await context.close();
});

test('no WCAG 2.1 A/AA violations on the public pages, in nl and ar', async () => {
  const context = await env.browser.newContext({ ...PHONE });
  const page = await context.newPage();
  for (const lang of ['nl', 'ar']) {
    for (const path of ['/', `/protocols/${SLUG}`, `/protocols/${SLUG}?version=1`, '/accessibility', '/no-such-page']) {
      await page.goto(`${env.portal.baseUrl}/lang/${lang}?next=${encodeURIComponent(path)}`);
      assert.deepEqual(await axeViolations(page), [], `${lang} ${path}`);
    }
  }
  await context.close();
});

test('assets: hashed names, precompressed, cached for a year', async () => {
  const html = await (await fetch(env.portal.baseUrl + '/')).text();
  const wasm = html.match(/\/pkg\/(portal-[0-9a-f]{16}_bg\.wasm)/);
  assert.ok(wasm, 'the page preloads a content-hashed wasm bundle');
  const res = await fetch(`${env.portal.baseUrl}/pkg/${wasm[1]}`, { headers: { 'accept-encoding': 'br' } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-encoding'), 'br');
  assert.equal(res.headers.get('content-type'), 'application/wasm');
  assert.match(res.headers.get('cache-control'), /max-age=31536000.*immutable/);
  const gz = await fetch(`${env.portal.baseUrl}/pkg/${wasm[1]}`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(gz.headers.get('content-encoding'), 'gzip');
});
