// Browser test of the network's news: a unit's news item proposed to the
// province home, accepted, shown there with its origin; the article's
// Open Graph / JSON-LD and the RSS feeds served by the frontend.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, api, rest, newPage, screenshot } from './harness.mjs';
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

  it('reaches the province home once accepted, with its unit', async () => {
    let { page, found } = await homeTitles();
    assert.deepEqual(found.cards.map((c) => c.title), [news.province.title]);
    await page.context().close();

    const proposed = await rest(stack, 'POST', `${news.unit.path}/@propose`, {
      user: 'editor-178',
      body: { note: 'Đề nghị đưa lên trang tỉnh' },
    });
    assert.equal(proposed.status, 201, JSON.stringify(proposed.body));
    assert.equal((await rest(stack, 'GET', '/@proposals')).status, 401);
    const pending = await rest(stack, 'GET', '/@proposals', { user: 'province-editor' });
    assert.deepEqual(pending.body.items.map((i) => [i.title, i.unit_code, i.state]), [
      [news.unit.title, '178', 'pending'],
    ]);
    // pending: not on the home yet
    ({ page, found } = await homeTitles());
    assert.deepEqual(found.cards.map((c) => c.title), [news.province.title]);
    await page.context().close();

    const refused = await rest(stack, 'POST', `${news.unit.path}/@proposal-decision`, {
      user: 'editor-178',
      body: { decision: 'accept' },
    });
    assert.ok([401, 403].includes(refused.status), `unit editor decides: ${refused.status}`);
    const accepted = await rest(stack, 'POST', `${news.unit.path}/@proposal-decision`, {
      user: 'province-editor',
      body: { decision: 'accept' },
    });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));

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
