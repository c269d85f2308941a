// Browser test of the search page ("Tìm kiếm", Volto's search block with
// facets, backend search/page.py): the header's search box, Vietnamese
// with and without accents (and both tone placements) finding the same
// items with exact accents first, facets narrowing the results and living
// in the address (a reload keeps them), a unit's search defaulting to the
// unit and widening to the network, and a private draft never shown to
// anonymous readers; against a fresh backend (../scripts/test-backend).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, api, rest, newPage, screenshot } from './harness.mjs';
import { createNews } from './content.mjs';

let stack;
let u178;
let u180;
// A shared place name keeps the unit sites and pages that also say "Ủy
// ban" out of these results.
const T = {
  tpAccent: 'Ủy ban Mặt trận phường Kỳ Lừa họp phiên thường kỳ',
  tpPlain: 'Uy ban phuong Ky Lua ra quan lam sach',
  tdAccent: 'Ủy ban huyện Tràng Định thăm chợ Kỳ Lừa',
  hoaOld: 'Giữ vững hòa bình trên biên giới',
  hoaPlain: 'Giu vung hoa binh tren bien gioi',
  draft: 'Ủy ban Kỳ Lừa: bản nháp chưa công bố',
};
const OURS = Object.values(T);
const ours = (titles) => titles.filter((t) => OURS.includes(t));

/** Result titles once the search block's listing has loaded. */
async function results(page) {
  await page.waitForFunction(
    () =>
      !!document.querySelector('.block.search .mttq-search-results, .block.search .mttq-search-empty') &&
      !document.querySelector('.block.search .dimmer.active, .block.search .loader.active'),
    null,
    { timeout: 30000 },
  );
  await page.waitForLoadState('networkidle');
  return ours(await page.$$eval('.block.search .mttq-search-result h3', (hs) => hs.map((h) => h.textContent)));
}

/** Search from the header's box of the page at `path`. */
async function headerSearch(page, path, text) {
  await page.goto(`${stack.url}${path}`, { waitUntil: 'networkidle' });
  await page.fill('.mttq-searchbox input[type="search"]', text);
  await page.press('.mttq-searchbox input[type="search"]', 'Enter');
  await page.waitForURL(/\/tim-kiem\?query=/);
  return results(page);
}

function query(page) {
  return JSON.parse(new URL(page.url()).searchParams.get('query'));
}

describe('search page', { timeout: 20 * 60 * 1000 }, () => {
  before(async () => {
    stack = await startStack();
    const units = (await api(stack, '/@units')).items;
    u178 = units.find((u) => u.code === '178').path;
    u180 = units.find((u) => u.code === '180').path;
    const made = {
      tpAccent: await createNews(stack, `${u178}/tin-tuc`, {
        title: T.tpAccent, effective: '2026-03-10T02:00:00+00:00' }),
      tpPlain: await createNews(stack, `${u178}/tin-tuc`, {
        title: T.tpPlain, effective: '2025-05-04T02:00:00+00:00' }),
      tdAccent: await createNews(stack, `${u180}/tin-tuc`, {
        title: T.tdAccent, effective: '2025-08-01T02:00:00+00:00' }),
      hoaOld: await createNews(stack, '/tin-tuc', { title: T.hoaOld, effective: '2026-01-05T02:00:00+00:00' }),
      hoaPlain: await createNews(stack, '/tin-tuc', { title: T.hoaPlain, effective: '2026-01-06T02:00:00+00:00' }),
      draft: await createNews(stack, `${u178}/tin-tuc`, { title: T.draft, publish: false }),
    };
    // a news category for the category facet
    const patched = await rest(stack, 'PATCH', made.tdAccent.path, {
      user: 'admin',
      body: { news_category: 'chuyen-doi-so' },
    });
    assert.equal(patched.status, 204, JSON.stringify(patched.body));
  });

  after(async () => {
    if (stack) await stack.stop();
  });

  it('finds the same items with and without accents, exact accents first', async () => {
    const page = await newPage(stack);
    const accented = await headerSearch(page, '/', 'Ủy ban Kỳ Lừa');
    await screenshot(page, 'search-uy-ban');
    const plain = await headerSearch(page, '/', 'Uy ban Ky Lua');
    const ub = [T.tpAccent, T.tpPlain, T.tdAccent];
    assert.deepEqual([...accented].sort(), [...ub].sort(), `Ủy ban Kỳ Lừa: ${accented}`);
    assert.deepEqual([...plain].sort(), [...ub].sort(), `Uy ban Ky Lua: ${plain}`);
    // "Ủy ban" lists the pages written with the accents before the one without
    assert.equal(accented[accented.length - 1], T.tpPlain, accented.join(' | '));
    // the results show unit, type and date
    const meta = await page.$$eval('.block.search .mttq-search-result', (lis) =>
      lis.map((li) => [
        li.querySelector('h3').textContent,
        li.querySelector('.mttq-search-unit')?.textContent,
        li.querySelector('.mttq-search-type')?.textContent,
        li.querySelector('.mttq-search-date')?.textContent,
      ]),
    );
    assert.deepEqual(
      meta.find((m) => m[0] === T.tpAccent),
      [T.tpAccent, 'Thành phố Lạng Sơn', 'Tin tức', '10/03/2026'],
    );

    // both tone placements: "hòa" (old) and "hoà" (new)
    const old = await headerSearch(page, '/', 'hòa bình');
    const neu = await headerSearch(page, '/', 'hoà bình');
    assert.deepEqual(old, [T.hoaOld, T.hoaPlain]);
    assert.deepEqual(neu, [T.hoaOld, T.hoaPlain]);
    await page.context().close();
  });

  it('a private draft never appears for anonymous readers', async () => {
    const page = await newPage(stack);
    const found = await headerSearch(page, u178, 'ban nhap chua cong bo');
    await screenshot(page, 'search-draft-hidden');
    assert.deepEqual(found, []);
    assert.equal(await page.$$eval('.block.search .mttq-search-result', (l) => l.length), 0);
    assert.equal(
      await page.textContent('.block.search .mttq-search-empty'),
      'Không tìm thấy kết quả phù hợp.',
    );
    // nor through the network-wide search of the same words
    assert.ok(!(await headerSearch(page, '/', 'Uy ban Ky Lua')).includes(T.draft));
    await page.context().close();
  });

  it('searches the unit by default, widens to the network, facets live in the address', async () => {
    const page = await newPage(stack);
    const inUnit = await headerSearch(page, u178, 'uy ban ky lua');
    assert.deepEqual([...inUnit].sort(), [T.tpAccent, T.tpPlain].sort());
    assert.ok(new URL(page.url()).pathname === `${u178}/tim-kiem`, page.url());
    assert.deepEqual(query(page).find((c) => c.i === 'unit_code').v, ['178']);
    // the unit's header stays
    assert.equal(await page.getAttribute('header.mttq-header', 'data-unit-code'), '178');
    await screenshot(page, 'search-unit-default');

    // widen: remove the unit from the "Đơn vị" facet
    await page.click('.block.search .react-select__multi-value__remove');
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('query').includes('unit_code'));
    const network = await results(page);
    assert.deepEqual([...network].sort(), [T.tpAccent, T.tpPlain, T.tdAccent].sort());

    // narrow by year (checkbox facet "Năm")
    await page.click('.block.search .checkbox-facet label[for="2025"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('query').includes('"year"'));
    const in2025 = await results(page);
    assert.deepEqual([...in2025].sort(), [T.tpPlain, T.tdAccent].sort());
    // the facet lives in the address: a reload keeps it
    await page.reload({ waitUntil: 'networkidle' });
    assert.deepEqual([...(await results(page))].sort(), [T.tpPlain, T.tdAccent].sort());
    assert.equal(await page.isChecked('.block.search input[id="2025"]'), true);
    await screenshot(page, 'search-year-facet');

    // and by category (checkbox facet "Chuyên mục")
    await page.click('.block.search .checkbox-facet label[for="Chuyển đổi số"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('query').includes('news_category'));
    assert.deepEqual(await results(page), [T.tdAccent]);
    // the type facet offers the public types, in Vietnamese
    const types = await page.$$eval('.block.search .checkbox-facet', (facets) =>
      facets
        .find((f) => f.querySelector('h4')?.textContent === 'Loại nội dung')
        ?.querySelectorAll('label')
        .length,
    );
    assert.ok(types >= 4 && types <= 8, `type choices: ${types}`);
    await page.context().close();
  });
});
