// Figures of the production server: page weight and time to first byte.
import http from 'node:http';

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Everything a first visit to `url` transfers (no cache): the bytes on the
 * wire of every response (Chrome DevTools Protocol, headers included),
 * per resource type, cross-checked with the Resource Timing API.
 */
export async function pageWeight(browser, url, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map();
  cdp.on('Network.responseReceived', (e) => {
    requests.set(e.requestId, { url: e.response.url, type: e.type, status: e.response.status, bytes: 0 });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  const res = await page.goto(url, { waitUntil: 'networkidle' });
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource');
    return {
      ttfbMs: nav.responseStart - nav.requestStart,
      domContentLoadedMs: nav.domContentLoadedEventEnd - nav.startTime,
      loadMs: nav.loadEventEnd - nav.startTime,
      transferBytes: nav.transferSize + resources.reduce((sum, r) => sum + (r.transferSize || 0), 0),
    };
  });
  await context.close();
  const list = [...requests.values()];
  const byType = {};
  list.forEach((r) => {
    byType[r.type] = (byType[r.type] || 0) + r.bytes;
  });
  return {
    status: res.status(),
    bytes: list.reduce((sum, r) => sum + r.bytes, 0),
    requests: list.length,
    byType,
    largest: list
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 5)
      .map((r) => ({ url: r.url.replace(/^https?:\/\/[^/]+/, ''), bytes: r.bytes })),
    ...timing,
  };
}

/** Time to first byte of one GET of `url` (a new connection), in ms. */
export function timeToFirstByte(url) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const req = http.get(url, { agent: false, headers: { 'Accept-Language': 'vi' } }, (res) => {
      res.once('data', () => {
        resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, status: res.statusCode });
        res.resume();
      });
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

/** Median time to first byte over `runs` loads (after one warm-up). */
export async function medianTimeToFirstByte(url, runs = 11) {
  await timeToFirstByte(url);
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const { ms, status } = await timeToFirstByte(url);
    if (status !== 200) throw new Error(`${url}: HTTP ${status}`);
    times.push(ms);
  }
  return { medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), runs };
}
