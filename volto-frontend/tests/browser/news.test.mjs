// Browser tests of the news portal: home listings, the article page, the
// editorial workflow through Volto's UI, who may add where, and the
// intranet's doors; against a fresh backend (../scripts/test-backend).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  startStack,
  api,
  rest,
  login,
  newPage,
  screenshot,
  axeViolations,
  RESULTS,
} from './harness.mjs';
import { createNews, relate } from './content.mjs';

let stack;
let units;
const news = {};

const unitByCode = (code) => {
  const unit = units.find((u) => u.code === code);
  assert.ok(unit, `unit ${code} in @units`);
  return unit;
};

/** dd/mm/yyyy of a date in Vietnam's time zone. */
const vnDate = (iso) =>
  new Intl.DateTimeFormat('vi', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));

/** What a listing block shows, read from the page (once it has loaded). */
async function listing(page, headline) {
  await page.waitForFunction(
    (headline) => {
      const block = [...document.querySelectorAll('.block.listing')].find(
        (b) => b.querySelector('.headline')?.textContent.trim() === headline,
      );
      return !block || (!!block.querySelector('.mttq-news, .emptyListing') && !block.querySelector('.loader.active'));
    },
    headline,
    { timeout: 15000 },
  );
  return page.evaluate((headline) => {
    const block = [...document.querySelectorAll('.block.listing')].find(
      (b) => b.querySelector('.headline')?.textContent.trim() === headline,
    );
    if (!block) return null;
    const card = (a) => {
      const img = a.querySelector('.mttq-news-image img');
      return {
        title: a.querySelector('h3')?.textContent,
        href: a.querySelector('h3 a')?.getAttribute('href'),
        date: a.querySelector('.mttq-news-date time')?.textContent || null,
        unit: a.querySelector('.mttq-news-unit')?.textContent || null,
        unitCode: a.getAttribute('data-unit-code'),
        image: img
          ? { src: img.getAttribute('src'), loaded: img.complete && img.naturalWidth > 0, alt: img.getAttribute('alt') }
          : null,
        emblem: !!a.querySelector('.mttq-news-noimage svg[aria-hidden="true"]'),
      };
    };
    const lead = block.querySelector('.mttq-news-lead .mttq-news-card');
    return {
      featured: lead ? { ...card(lead), kicker: lead.querySelector('.mttq-news-kicker')?.textContent } : null,
      items: [...block.querySelectorAll('.mttq-news-list .mttq-news-card')].map(card),
      more: block.querySelector('.mttq-news-more a')?.getAttribute('href') || null,
    };
  }, headline);
}

/** Change the workflow state through the toolbar's "More" menu. */
async function changeState(page, transitionTitle) {
  await page.locator('#toolbar-more').click();
  const control = page.locator('.state-select .react-select__control');
  await control.waitFor({ state: 'visible' });
  await control.click();
  await page.locator('.react-select__option', { hasText: transitionTitle }).click();
}

/** Toolbar "Thêm" -> the type: Volto's add form. */
async function openAddForm(page, typeId) {
  await page.waitForSelector('#toolbar-add');
  for (let attempt = 1; ; attempt += 1) {
    await page.locator('#toolbar-add').click();
    const item = page.locator(`#toolbar-add-${typeId}`);
    await item.waitFor({ state: 'visible' });
    // the menu slides in
    await page.waitForTimeout(400);
    await item.click();
    try {
      await page.waitForURL(/\/add\?type=/, { waitUntil: 'commit', timeout: 10000 });
      await page.waitForSelector('.block.title [contenteditable="true"]');
      return;
    } catch (e) {
      await screenshot(page, `add-menu-attempt-${attempt}`);
      if (attempt === 2) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

async function reviewState(itemPath) {
  return (await rest(stack, 'GET', itemPath, { user: 'admin' })).body.review_state;
}

async function waitForState(itemPath, state) {
  const end = Date.now() + 20000;
  let seen;
  while (Date.now() < end) {
    seen = await reviewState(itemPath);
    if (seen === state) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  assert.fail(`${itemPath} is ${seen}, not ${state}`);
}

describe('News portal', { timeout: 30 * 60 * 1000 }, () => {
  before(async () => {
    stack = await startStack();
    units = (await api(stack, '/@units')).items;
    const u178 = unitByCode('178').path;
    const u180 = unitByCode('180').path;
    // the province's own news: the latest with an image, one published
    // late in the UTC day (already the next day in Vietnam)
    news.p1 = await createNews(stack, '/tin-tuc', {
      title: 'Hội nghị Ủy ban MTTQ tỉnh lần thứ năm',
      description: 'Hội nghị tổng kết công tác Mặt trận năm 2025.',
      text: 'Sáng 10/3, Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn tổ chức hội nghị.',
      subjects: ['Tin hoạt động', 'Chuyển đổi số'],
      effective: '2026-03-10T02:00:00+00:00',
      image: { color: [25, 100, 180], caption: 'Quang cảnh hội nghị' },
    });
    news.p2 = await createNews(stack, '/tin-tuc', {
      title: 'Phát động Tháng cao điểm Vì người nghèo',
      description: 'Toàn tỉnh hưởng ứng Quỹ Vì người nghèo.',
      effective: '2026-03-06T18:30:00+00:00',
    });
    news.p3 = await createNews(stack, '/tin-tuc', {
      title: 'Tập huấn kỹ năng số cho cán bộ Mặt trận',
      effective: '2026-02-20T03:00:00+00:00',
      image: { color: [230, 120, 20] },
    });
    // the units' news
    news.u178 = await createNews(stack, `${u178}/tin-tuc`, {
      title: 'Thành phố ra quân làm sạch bờ sông Kỳ Cùng',
      description: 'Hàng nghìn đoàn viên, hội viên tham gia.',
      effective: '2026-03-09T01:00:00+00:00',
      image: { color: [30, 150, 80] },
    });
    news.u180 = await createNews(stack, `${u180}/tin-tuc`, {
      title: 'Tràng Định trao nhà Đại đoàn kết cho hộ nghèo',
      effective: '2026-03-08T23:30:00+00:00',
    });
    await relate(stack, news.p1.path, [news.u178.uid]);
    // footer links of the province (hidden when printing)
    const patched = await rest(stack, 'PATCH', '/', {
      user: 'admin',
      body: { footer_links: [{ title: 'Cổng thông tin điện tử tỉnh', url: 'https://langson.gov.vn' }] },
    });
    assert.ok(patched.status < 300, `footer links: HTTP ${patched.status}`);
  });

  after(async () => {
    if (stack) await stack.stop();
  });

  it("shows the province's featured and latest news, and the units' news, on its home", async () => {
    const page = await newPage(stack);
    await page.goto(`${stack.url}/`, { waitUntil: 'networkidle' });
    await screenshot(page, 'news-home-20');
    const own = await listing(page, 'Tin tức');
    assert.ok(own, '"Tin tức" listing on the home');
    // the top item of the province's news, featured
    assert.equal(own.featured?.title, news.p1.title);
    assert.equal(own.featured.kicker, 'Tin nổi bật');
    assert.equal(own.featured.date, vnDate('2026-03-10T02:00:00+00:00'));
    assert.equal(own.featured.date, '10/03/2026');
    assert.ok(own.featured.image?.loaded, `featured image loaded: ${JSON.stringify(own.featured.image)}`);
    assert.equal(own.featured.image.alt, '', 'decorative: the title follows');
    assert.ok(own.featured.image.src.startsWith(`${news.p1.path}/anh-dai-dien/@@images/`));
    // then the latest, in order, dated in Vietnam time
    assert.deepEqual(
      own.items.map((i) => [i.title, i.date]),
      [
        [news.p2.title, '07/03/2026'],
        [news.p3.title, '20/02/2026'],
      ],
    );
    assert.equal(own.items[0].image, null, 'no image: the emblem');
    assert.ok(own.items[0].emblem);
    // the province's own news carry no unit name
    assert.deepEqual([own.featured.unit, ...own.items.map((i) => i.unit)], [null, null, null]);
    assert.equal(own.more, '/tin-tuc');

    const fromUnits = await listing(page, 'Tin từ cơ sở');
    assert.ok(fromUnits, '"Tin từ cơ sở" listing on the home');
    assert.equal(fromUnits.featured, null);
    assert.deepEqual(
      fromUnits.items.map((i) => [i.title, i.unit, i.unitCode, i.date]),
      [
        [news.u178.title, 'Thành phố Lạng Sơn', '178', '09/03/2026'],
        [news.u180.title, 'Huyện Tràng Định', '180', '09/03/2026'],
      ],
    );
    assert.ok(fromUnits.items[0].image?.loaded, 'image of the unit news');
    assert.equal(fromUnits.items[0].href, news.u178.path);
    // no province news among the units' news
    assert.ok(!fromUnits.items.some((i) => i.unitCode === '20'));
    await page.close();
  });

  it("shows a unit's own news on its home", async () => {
    const unit = unitByCode('178');
    const page = await newPage(stack);
    await page.goto(`${stack.url}${unit.path}`, { waitUntil: 'networkidle' });
    await screenshot(page, 'news-home-178');
    const own = await listing(page, 'Tin tức');
    assert.equal(own.featured?.title, news.u178.title);
    assert.ok(own.featured.image?.loaded);
    assert.deepEqual(own.items, [], "only the unit's own news");
    assert.equal(own.featured.unit, null);
    assert.equal(own.more, `${unit.path}/tin-tuc`);
    assert.equal(await listing(page, 'Tin từ cơ sở'), null, 'the province alone lists the units');
    await page.close();
  });

  it('shows an article with unit, date, lead image, categories, related news and "In / Lưu"', async () => {
    const province = unitByCode('20');
    const page = await newPage(stack);
    const res = await page.goto(`${stack.url}${news.p1.path}`, { waitUntil: 'networkidle' });
    assert.equal(res.status(), 200);
    await screenshot(page, 'article');
    const article = await page.evaluate(() => {
      const q = (s) => document.querySelector(s);
      const img = q('figure.mttq-article-image img');
      return {
        unit: q('.mttq-article-unit a')?.textContent,
        unitHref: q('.mttq-article-unit a')?.getAttribute('href'),
        title: q('.mttq-article h1.documentFirstHeading')?.textContent,
        description: q('.mttq-article .documentDescription')?.textContent,
        date: q('.mttq-article-meta .mttq-publication-date')?.textContent,
        image: img && { loaded: img.complete && img.naturalWidth > 0, alt: img.getAttribute('alt') },
        caption: q('figure.mttq-article-image figcaption')?.textContent,
        text: q('.mttq-article')?.textContent,
        subjects: [...document.querySelectorAll('.mttq-article-subjects a')].map((a) => [a.textContent, a.getAttribute('href')]),
        related: [...document.querySelectorAll('.mttq-article-related li')].map((li) => ({
          href: li.querySelector('a').getAttribute('href'),
          title: li.querySelector('a').textContent,
          unit: li.querySelector('.mttq-news-unit')?.textContent,
        })),
        h1s: document.querySelectorAll('h1').length,
      };
    });
    assert.equal(article.unit, province.interface.short_name);
    assert.equal(article.unitHref, '/');
    assert.equal(article.title, news.p1.title);
    assert.equal(article.description, 'Hội nghị tổng kết công tác Mặt trận năm 2025.');
    assert.equal(article.date, 'Ngày đăng: Thứ Ba, 10/03/2026 - 09:00');
    assert.deepEqual(article.image, { loaded: true, alt: 'Quang cảnh hội nghị' });
    assert.equal(article.caption, 'Quang cảnh hội nghị');
    assert.ok(article.text.includes('Sáng 10/3, Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn tổ chức hội nghị.'));
    // a province article: the network's search page, the tag ticked
    const tagSearch = (tag) =>
      `/tim-kiem?query=${encodeURIComponent(JSON.stringify([{ i: 'Subject', o: 'paqo.selection.any', v: [tag] }]))}`;
    assert.deepEqual(article.subjects, [
      ['Tin hoạt động', tagSearch('Tin hoạt động')],
      ['Chuyển đổi số', tagSearch('Chuyển đổi số')],
    ]);
    assert.deepEqual(article.related, [
      { href: news.u178.path, title: news.u178.title, unit: 'Thành phố Lạng Sơn' },
    ]);
    assert.equal(article.h1s, 1, 'one h1');
    // Volto's own tag list is not repeated below the article
    assert.equal(await page.locator('.tags').count(), 0);

    // "In / Lưu" opens the browser's print (and save as PDF) dialog
    await page.evaluate(() => {
      window.mttqPrinted = 0;
      window.print = () => {
        window.mttqPrinted += 1;
      };
    });
    await page.getByRole('button', { name: 'In / Lưu' }).click();
    assert.equal(await page.evaluate(() => window.mttqPrinted), 1);

    // a tag leads to the search page, filtered by that tag (the block's
    // hidden "Chủ đề" facet, listed among the active filters)
    await page.locator('.mttq-article-subjects a', { hasText: 'Chuyển đổi số' }).click();
    await page.waitForURL(/\/tim-kiem\?query=/);
    await page.waitForFunction(
      () =>
        !!document.querySelector('.block.search .mttq-search-results') &&
        !document.querySelector('.block.search .dimmer.active, .block.search .loader.active'),
      null,
      { timeout: 30000 },
    );
    await page.waitForLoadState('networkidle');
    const found = await page.$$eval('.block.search .mttq-search-result h3', (hs) => hs.map((h) => h.textContent));
    assert.ok(found.includes(news.p1.title), found.join(' | '));
    assert.ok(!found.includes(news.p2.title), `untagged news listed: ${found.join(' | ')}`);
    assert.match(await page.textContent('.block.search .filter-list-header'), /Bộ lọc đang áp dụng: 1/);
    await page.close();
  });

  it('prints an article without navigation, switcher, footer links or toolbar', async () => {
    const page = await newPage(stack);
    await login(stack, page, 'province-editor');
    await page.goto(`${stack.url}${news.p1.path}`, { waitUntil: 'networkidle' });
    const chrome = [
      '.mttq-topbar',
      '.mttq-unit-switcher',
      '.mttq-navbar',
      '#navigation',
      '.mttq-footer-links',
      '#toolbar .toolbar',
      '.mttq-print',
      '.ui.secondary.vertical.segment.breadcrumbs',
    ];
    const content = [
      '.mttq-article h1.documentFirstHeading',
      '.mttq-publication-date',
      'figure.mttq-article-image img',
      '.mttq-brand',
      '.mttq-footer-address',
    ];
    const visible = (selectors) =>
      page.evaluate(
        (selectors) =>
          Object.fromEntries(
            selectors.map((s) => {
              const el = document.querySelector(s);
              if (!el) return [s, 'missing'];
              const r = el.getBoundingClientRect();
              return [s, getComputedStyle(el).display !== 'none' && r.width > 0 && r.height > 0];
            }),
          ),
        selectors,
      );
    // on screen, all of it is there
    const onScreen = await visible([...chrome, ...content]);
    for (const s of [...chrome, ...content]) assert.equal(onScreen[s], true, `${s} on screen`);
    await page.emulateMedia({ media: 'print' });
    const printed = await visible([...chrome, ...content]);
    for (const s of chrome) assert.equal(printed[s], false, `${s} hidden when printing`);
    for (const s of content) assert.equal(printed[s], true, `${s} printed`);
    // "Lưu": the same page saved as PDF
    const pdf = await page.pdf({ path: path.join(RESULTS, 'article-print.pdf'), format: 'A4' });
    assert.ok(pdf.length > 10000, `PDF of ${pdf.length} bytes`);
    await page.close();
  });

  it('fits the news home and the article on a 360 px wide screen', async () => {
    for (const [name, target] of [['home', '/'], ['article', news.p1.path]]) {
      const page = await newPage(stack, 360);
      await page.goto(`${stack.url}${target}`, { waitUntil: 'networkidle' });
      await screenshot(page, `news-${name}-360px`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${target}: no horizontal scrolling (${overflow}px too wide)`);
      // the featured news and the article image take the whole width
      const selector = name === 'home' ? '.mttq-news-lead .mttq-news-image' : 'figure.mttq-article-image img';
      const width = await page.locator(selector).evaluate((e) => e.getBoundingClientRect().width);
      assert.ok(width >= 300, `${selector} is ${width}px wide`);
      await page.close();
    }
  });

  it('lets an editor write news in their unit and its reviewer publish it, through the Volto UI', async () => {
    const unit = unitByCode('178');
    const title = 'Thành phố tổ chức Ngày hội Đại đoàn kết toàn dân tộc';
    const text = 'Ngày hội được tổ chức tại khu dân cư số 3, phường Chi Lăng.';

    const editor = await newPage(stack);
    await login(stack, editor, 'editor-178', unit.path);
    await editor.goto(`${stack.url}${unit.path}/tin-tuc`, { waitUntil: 'networkidle' });
    await openAddForm(editor, 'news-item');
    const titleField = editor.locator('.block.title [contenteditable="true"]');
    await titleField.click();
    await editor.keyboard.type(title);
    await editor.keyboard.press('Enter');
    // Enter opens a text block below the title, and moves there
    await editor.waitForFunction(
      () => document.activeElement?.isContentEditable && !document.activeElement.closest('.block.title'),
    );
    await editor.keyboard.type(text);
    await screenshot(editor, 'workflow-1-add-form');
    assert.equal(await titleField.textContent(), title);
    await editor.locator('#toolbar-save').click();
    try {
      await editor.waitForURL((u) => !u.pathname.endsWith('/add'), { timeout: 30000, waitUntil: 'commit' });
    } catch (e) {
      await screenshot(editor, 'workflow-1-save-failed');
      throw e;
    }
    const itemPath = new URL(editor.url()).pathname;
    assert.ok(itemPath.startsWith(`${unit.path}/tin-tuc/`), `created in the unit: ${itemPath}`);
    await editor.waitForSelector('.mttq-article h1.documentFirstHeading');
    assert.equal(await reviewState(itemPath), 'private');
    // nobody else reads it yet: anonymous visitors get the login form
    const anon = await newPage(stack);
    let res = await anon.goto(`${stack.url}${itemPath}`, { waitUntil: 'networkidle' });
    assert.equal(res.status(), 401);
    await anon.waitForSelector('input#login', { timeout: 15000 });
    assert.equal(await anon.locator('input#login').count(), 1);
    assert.ok(!(await anon.content()).includes(text), 'no private content');

    // submit for review
    const wf = (await rest(stack, 'GET', `${itemPath}/@workflow`, { user: 'editor-178' })).body;
    const submit = wf.transitions.find((t) => t['@id'].endsWith('/submit'));
    assert.ok(submit, `submit offered: ${JSON.stringify(wf.transitions)}`);
    await changeState(editor, submit.title);
    await waitForState(itemPath, 'pending');
    await screenshot(editor, 'workflow-2-submitted');
    await editor.close();

    // the unit's reviewer publishes it
    const reviewer = await newPage(stack);
    await login(stack, reviewer, 'reviewer-178', unit.path);
    await reviewer.goto(`${stack.url}${itemPath}`, { waitUntil: 'networkidle' });
    const wf2 = (await rest(stack, 'GET', `${itemPath}/@workflow`, { user: 'reviewer-178' })).body;
    const publish = wf2.transitions.find((t) => t['@id'].endsWith('/publish'));
    assert.ok(publish, `publish offered: ${JSON.stringify(wf2.transitions)}`);
    await changeState(reviewer, publish.title);
    await waitForState(itemPath, 'published');
    await screenshot(reviewer, 'workflow-3-published');
    await reviewer.close();

    // on the unit's home, as its latest (featured) news
    res = await anon.goto(`${stack.url}${unit.path}`, { waitUntil: 'networkidle' });
    assert.equal(res.status(), 200);
    const own = await listing(anon, 'Tin tức');
    assert.equal(own.featured?.title, title);
    assert.equal(own.featured.href, itemPath);
    // in the province's "Tin từ cơ sở", with the unit's name
    await anon.goto(`${stack.url}/`, { waitUntil: 'networkidle' });
    const fromUnits = await listing(anon, 'Tin từ cơ sở');
    const item = fromUnits.items.find((i) => i.title === title);
    assert.ok(item, `"${title}" among ${JSON.stringify(fromUnits.items.map((i) => i.title))}`);
    assert.equal(item.unit, 'Thành phố Lạng Sơn');
    assert.equal(fromUnits.items[0].title, title, 'the latest first');
    // and not among the province's own news
    assert.ok(!(await listing(anon, 'Tin tức')).items.some((i) => i.title === title));
    await screenshot(anon, 'workflow-4-province-home');
    // the article itself, for everyone
    res = await anon.goto(`${stack.url}${itemPath}`, { waitUntil: 'networkidle' });
    assert.equal(res.status(), 200);
    assert.ok((await anon.locator('.mttq-article').textContent()).includes(text));
    await anon.close();
  });

  it("offers an editor no way to add in another unit's site", async () => {
    const other = unitByCode('180');
    const page = await newPage(stack);
    await login(stack, page, 'editor-178', unitByCode('178').path);
    await page.goto(`${stack.url}${other.path}/tin-tuc`, { waitUntil: 'networkidle' });
    await page.waitForSelector('#toolbar .toolbar');
    assert.equal(await page.locator('#toolbar-add').count(), 0, 'no add action');
    assert.equal(await page.locator('#toolbar a[aria-label="Sửa"]').count(), 0, 'no edit action');

    const res = await page.goto(`${stack.url}${other.path}/tin-tuc/add?type=News%20Item`, {
      waitUntil: 'networkidle',
    });
    await screenshot(page, 'add-other-unit-editor');
    assert.equal(res.status(), 401);
    assert.equal(await page.locator('.block.title [contenteditable="true"]').count(), 0, 'no add form');
    assert.equal(await page.locator('#toolbar-save').count(), 0, 'no save button');
    assert.match(await page.locator('main').textContent(), /Chưa được phép truy cập/);
    // the backend refuses it too
    const refused = await rest(stack, 'POST', `${other.path}/tin-tuc`, {
      user: 'editor-178',
      body: { '@type': 'News Item', title: 'Không được phép' },
    });
    assert.ok([401, 403].includes(refused.status), `REST add: HTTP ${refused.status}`);
    await page.close();

    // an anonymous visitor gets the login form
    const anon = await newPage(stack);
    const res2 = await anon.goto(`${stack.url}${other.path}/tin-tuc/add?type=News%20Item`, {
      waitUntil: 'networkidle',
    });
    assert.equal(res2.status(), 401);
    await anon.waitForSelector('input#login', { timeout: 15000 });
    assert.equal(await anon.locator('input#login').count(), 1);
    assert.equal(await anon.locator('.block.title [contenteditable="true"]').count(), 0);
    await anon.close();
  });

  it('keeps the intranet and its files behind the login form', async () => {
    const secret = 'MẬT-NỘI-BỘ-2026: chỉ cán bộ được đọc';
    const created = await rest(stack, 'POST', '/noi-bo', {
      user: 'admin',
      body: {
        '@type': 'File',
        id: 'bien-ban-hop-noi-bo',
        title: 'Biên bản họp nội bộ',
        file: {
          data: Buffer.from(secret).toString('base64'),
          encoding: 'base64',
          filename: 'bien-ban.txt',
          'content-type': 'text/plain',
        },
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const file = '/noi-bo/bien-ban-hop-noi-bo';

    const page = await newPage(stack);
    for (const target of ['/noi-bo', file]) {
      const res = await page.goto(`${stack.url}${target}`, { waitUntil: 'networkidle' });
      assert.equal(res.status(), 401, `${target}: HTTP 401`);
      // the form is there once the client has rendered the 401 (not only in the server's HTML)
      await page.waitForSelector('input#login', { timeout: 15000 });
      assert.equal(await page.locator('input#login').count(), 1, `${target}: login form`);
      const html = await page.content();
      assert.ok(!html.includes(secret) && !html.includes('Biên bản họp nội bộ'), `${target}: nothing leaks`);
    }
    // the file's own address leads to its page, i.e. the login form
    const res = await page.goto(`${stack.url}${file}/@@download/file`, { waitUntil: 'networkidle' });
    assert.equal(new URL(page.url()).pathname, file);
    assert.equal(res.status(), 401);
    await page.waitForSelector('input#login', { timeout: 15000 });
    assert.equal(await page.locator('input#login').count(), 1);
    assert.ok(!(await page.content()).includes(secret));
    const direct = await page.context().request.get(`${stack.url}${file}/@@download/file`, { maxRedirects: 0 });
    assert.equal(direct.status(), 302);
    assert.ok(!(await direct.text()).includes(secret));
    await screenshot(page, 'noi-bo-file-anonymous');

    // a cadre logs in right there and gets the file
    await page.fill('input#login', 'cadre-178');
    await page.fill('input#password', 'mttq-test-2026');
    await page.locator('#login-form-submit').click();
    await page.waitForFunction(
      (title) => document.querySelector('h1.documentFirstHeading')?.textContent.includes(title),
      'Biên bản họp nội bộ',
      { timeout: 30000 },
    );
    const download = await page.context().request.get(`${stack.url}${file}/@@download/file`);
    assert.equal(download.status(), 200);
    assert.equal(await download.text(), secret);
    await page.close();
  });

  it('has no serious or critical accessibility violations on article, news listing, search and login', async () => {
    const report = {};
    const pages = {
      article: news.p1.path,
      listing: `${unitByCode('178').path}/tin-tuc`,
      search: `/search?SearchableText=${encodeURIComponent('Hội nghị')}`,
      login: '/login',
    };
    for (const [name, target] of Object.entries(pages)) {
      const page = await newPage(stack);
      const res = await page.goto(`${stack.url}${target}`, { waitUntil: 'networkidle' });
      assert.equal(res.status(), 200, `${target}: HTTP ${res.status()}`);
      if (name === 'search') {
        await page.waitForFunction(
          (title) => document.querySelector('#page-search')?.textContent.includes(title),
          news.p1.title,
        );
      }
      if (name === 'listing') {
        // rendered by the server, or fetched again once the page runs
        await page.waitForSelector('.mttq-news-card', { timeout: 15000 });
      }
      await screenshot(page, `a11y-${name}`);
      report[name] = await axeViolations(page);
      await page.close();
    }
    assert.deepEqual(report, { article: [], listing: [], search: [], login: [] });
  });
});
