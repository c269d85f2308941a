// Browser test of the network's news: a unit's news item proposed to the
// province home through Volto's screens (the unit editor's panel on the
// item, the province editors' /de-xuat-tin page), accepted, shown there
// with its origin, another one declined with a reason the proposer sees;
// the newest featured item leading the home; the article's Open Graph /
// JSON-LD and the RSS feeds served by the frontend.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, api, rest, newPage, screenshot, login } from './harness.mjs';
import { createNews } from './content.mjs';

let stack;
let u178;
const news = {};

/** Titles and unit labels of a home listing, once loaded. */
async function listing(page, headline) {
  await page.waitForFunction(
    (headline) => {
      const block = [...document.querySelectorAll('.block.listing')].find(
        (b) => b.querySelector('.headline')?.textContent.trim() === headline,
      );
      // Volto refetches on the client: wait until its dimmer is gone.
      return (
        block && !!block.querySelector('.mttq-news, .emptyListing') && !block.querySelector('.dimmer.active, .loader.active')
      );
    },
    headline,
    { timeout: 20000 },
  );
  return page.evaluate((headline) => {
    const block = [...document.querySelectorAll('.block.listing')].find(
      (b) => b.querySelector('.headline')?.textContent.trim() === headline,
    );
    return {
      cards: [...block.querySelectorAll('.mttq-news-card')].map((a) => ({
        title: a.querySelector('h3')?.textContent,
        unit: a.querySelector('.mttq-news-unit')?.textContent || null,
      })),
      more: block.querySelector('.mttq-news-more a')?.getAttribute('href') || null,
    };
  }, headline);
}

async function homeTitles() {
  const page = await newPage(stack);
  await page.goto(`${stack.url}/`, { waitUntil: 'networkidle' });
  const found = await listing(page, 'Tin tức');
  return { page, found };
}

describe('News proposed to the province home', { timeout: 20 * 60 * 1000 }, () => {
  before(async () => {
    stack = await startStack();
    const units = (await api(stack, '/@units')).items;
    u178 = units.find((u) => u.code === '178').path;
    news.province = await createNews(stack, '/tin-tuc', {
      title: 'Hội nghị Ủy ban MTTQ tỉnh',
      effective: '2026-03-10T02:00:00+00:00',
    });
    news.unit = await createNews(stack, `${u178}/tin-tuc`, {
      title: 'Thành phố ra quân làm sạch bờ sông Kỳ Cùng',
      description: 'Hàng nghìn đoàn viên, hội viên tham gia.',
      subjects: ['Môi trường'],
      effective: '2026-03-09T01:00:00+00:00',
      user: 'editor-178',
      image: { color: [30, 150, 80] },
    });
  });

  after(async () => {
    if (stack) await stack.stop();
  });

  it('reaches the province home once accepted through the screens, with its unit', async () => {
    let { page, found } = await homeTitles();
    assert.deepEqual(found.cards.map((c) => c.title), [news.province.title]);
    await page.context().close();

    // the unit's editor proposes it from the item's page
    const editor = await newPage(stack);
    await login(stack, editor, 'editor-178', u178);
    await editor.goto(`${stack.url}${news.unit.path}`, { waitUntil: 'networkidle' });
    await editor.waitForSelector('.mttq-proposal[data-state="none"]');
    await editor.fill('.mttq-proposal textarea', 'Đề nghị đưa lên trang tỉnh');
    await editor.click('.mttq-proposal button.mttq-proposal-submit');
    await editor.waitForSelector('.mttq-proposal[data-state="pending"]');
    assert.equal(
      await editor.textContent('.mttq-proposal-state'),
      'Đã đề xuất lên trang tỉnh, đang chờ tỉnh xem xét.',
    );
    await screenshot(editor, 'news-proposal-proposed');
    // a unit editor has no proposals page link and may not decide
    assert.equal(await editor.$('.mttq-proposals-link'), null);
    assert.equal((await rest(stack, 'GET', '/@proposals')).status, 401);
    const refused = await rest(stack, 'POST', `${news.unit.path}/@proposal-decision`, {
      user: 'editor-178',
      body: { decision: 'accept' },
    });
    assert.ok([401, 403].includes(refused.status), `unit editor decides: ${refused.status}`);
    // pending: not on the home yet
    ({ page, found } = await homeTitles());
    assert.deepEqual(found.cards.map((c) => c.title), [news.province.title]);
    await page.context().close();

    // a province editor finds it from the header's link and accepts it
    const province = await newPage(stack);
    await login(stack, province, 'province-editor', '/');
    await province.waitForSelector('.mttq-proposals-link');
    assert.equal(await province.textContent('.mttq-proposals-link'), 'Tin đề xuất (1)');
    await province.click('.mttq-proposals-link');
    await province.waitForSelector('.mttq-proposal-item[data-state="pending"]');
    assert.equal(await province.textContent('.mttq-proposal-item-title'), news.unit.title);
    assert.equal(await province.textContent('.mttq-proposal-unit'), 'Ủy ban MTTQ Việt Nam thành phố Lạng Sơn');
    assert.equal(await province.textContent('.mttq-proposal-note'), 'Đề nghị đưa lên trang tỉnh');
    await screenshot(province, 'news-proposals-pending');
    await province.click('.mttq-proposal-accept');
    await province.waitForSelector('.mttq-proposals-done');
    assert.equal(
      await province.textContent('.mttq-proposals-done'),
      `Đã nhận "${news.unit.title}" lên trang tỉnh.`,
    );
    await province.waitForSelector('.mttq-proposals-none');
    await province.context().close();

    ({ page, found } = await homeTitles());
    await screenshot(page, 'news-proposal-accepted-home');
    assert.deepEqual(found.cards, [
      { title: news.province.title, unit: null },
      { title: news.unit.title, unit: 'Thành phố Lạng Sơn' },
    ]);
    assert.equal(found.more, '/tin-tuc');
    // the page links the network's feed
    const feeds = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map((l) =>
        new URL(l.href).pathname,
      ),
    );
    assert.deepEqual(feeds, ['/feed.xml']);
    await page.context().close();

    // the proposer sees the outcome on the item
    await editor.goto(`${stack.url}${news.unit.path}`, { waitUntil: 'networkidle' });
    await editor.waitForSelector('.mttq-proposal[data-state="accepted"]');
    assert.equal(await editor.textContent('.mttq-proposal-state'), 'Tỉnh đã nhận tin này lên trang tỉnh.');
    await editor.context().close();
  });

  it('declined with a reason the proposer reads on the item', async () => {
    const item = await createNews(stack, `${u178}/tin-tuc`, {
      title: 'Phường tổ chức ngày hội Đại đoàn kết',
      effective: '2026-03-08T01:00:00+00:00',
      user: 'editor-178',
    });
    const proposed = await rest(stack, 'POST', `${item.path}/@propose`, { user: 'editor-178', body: {} });
    assert.equal(proposed.status, 201, JSON.stringify(proposed.body));

    const province = await newPage(stack);
    await login(stack, province, 'province-editor', '/');
    await province.goto(`${stack.url}/de-xuat-tin`, { waitUntil: 'networkidle' });
    await province.waitForSelector('.mttq-proposal-item[data-state="pending"]');
    await province.click('.mttq-proposal-decline');
    // no reason: asked for one, nothing sent
    await province.click('.mttq-proposal-confirm-decline');
    await province.waitForSelector('.mttq-proposal-item .ui.error.message');
    assert.equal((await rest(stack, 'GET', `${item.path}/@propose`, { user: 'editor-178' })).body.proposal.state, 'pending');
    await province.fill('.mttq-proposal-item textarea', 'Tin đã có trên trang tỉnh');
    await province.click('.mttq-proposal-confirm-decline');
    await province.waitForSelector('.mttq-proposals-done');
    await province.goto(`${stack.url}/de-xuat-tin?trang-thai=declined`, { waitUntil: 'networkidle' });
    await province.waitForSelector('.mttq-proposal-item[data-state="declined"]');
    assert.equal(await province.textContent('.mttq-proposal-comment'), 'Tin đã có trên trang tỉnh');
    await province.context().close();

    const editor = await newPage(stack);
    await login(stack, editor, 'editor-178', u178);
    await editor.goto(`${stack.url}${item.path}`, { waitUntil: 'networkidle' });
    await editor.waitForSelector('.mttq-proposal[data-state="declined"]');
    assert.equal(await editor.textContent('.mttq-proposal-reason'), 'Lý do: Tin đã có trên trang tỉnh');
    assert.equal(await editor.textContent('.mttq-proposal button'), 'Đề xuất lại');
    await screenshot(editor, 'news-proposal-declined');
    await editor.context().close();
    // not on the home
    const { page, found } = await homeTitles();
    assert.ok(!found.cards.some((c) => c.title === item.title));
    await page.context().close();
  });

  it('the newest featured item leads the home', async () => {
    const older = await createNews(stack, '/tin-tuc', {
      title: 'Đại hội đại biểu MTTQ tỉnh',
      effective: '2026-02-01T02:00:00+00:00',
    });
    let { page, found } = await homeTitles();
    assert.equal(found.cards[0].title, news.province.title);
    await page.context().close();
    const patched = await rest(stack, 'PATCH', older.path, { user: 'admin', body: { featured: true } });
    assert.equal(patched.status, 204, JSON.stringify(patched.body));
    ({ page, found } = await homeTitles());
    await screenshot(page, 'news-featured-lead');
    assert.equal(found.cards[0].title, older.title);
    assert.equal(
      await page.textContent('.mttq-news-lead h3'),
      older.title,
    );
    // rendered on the server too
    const html = await (await fetch(`${stack.url}/`)).text();
    const lead = html.slice(html.indexOf('mttq-news-lead'));
    assert.ok(lead.indexOf(older.title) > -1 && lead.indexOf(older.title) < lead.indexOf('mttq-news-list'), 'lead in SSR');
    await page.context().close();
  });

  it('article page: Open Graph, NewsArticle, feed links', async () => {
    const page = await newPage(stack);
    await page.goto(`${stack.url}${news.unit.path}`, { waitUntil: 'networkidle' });
    const head = await page.evaluate(() => ({
      og: Object.fromEntries(
        [...document.querySelectorAll('meta[property^="og:"]')].map((m) => [m.getAttribute('property'), m.content]),
      ),
      ld: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)),
      feeds: [...document.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')].map(
        (l) => new URL(l.href).pathname,
      ),
    }));
    assert.equal(head.og['og:type'], 'article');
    assert.equal(head.og['og:title'], news.unit.title);
    assert.ok(head.og['og:image'].includes('/anh-dai-dien/@@images/'), head.og['og:image']);
    const article = head.ld.find((d) => d['@type'] === 'NewsArticle');
    assert.ok(article, 'NewsArticle JSON-LD');
    assert.equal(article.headline, news.unit.title);
    assert.equal(article.publisher.name, 'Ủy ban MTTQ Việt Nam thành phố Lạng Sơn');
    assert.deepEqual(head.feeds, ['/feed.xml', `${u178}/feed.xml`]);
    // server-side rendered too (crawlers do not run scripts)
    const html = await (await fetch(`${stack.url}${news.unit.path}`)).text();
    assert.match(html, /<meta[^>]+property="og:title"/);
    assert.match(html, /application\/ld\+json/);
    await page.context().close();
  });

  it('feeds served by the frontend, with public links', async () => {
    const network = await fetch(`${stack.url}/feed.xml`);
    assert.equal(network.status, 200);
    assert.match(network.headers.get('content-type'), /^application\/rss\+xml/);
    const xml = await network.text();
    assert.ok(xml.includes(`<link>${stack.url}${news.unit.path}</link>`), xml.slice(0, 600));
    assert.ok(xml.includes(news.province.title));
    const unit = await (await fetch(`${stack.url}${u178}/feed.xml`)).text();
    assert.ok(unit.includes(news.unit.title) && !unit.includes(news.province.title));
    const bad = await fetch(`${stack.url}/feed.xml?category=khong-co`);
    assert.equal(bad.status, 400);
  });
});
