// Browser tests of how the production server behaves: page weight and
// time to first byte of the province home, and a backend that goes down
// and comes back (same port, same data).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  startStack,
  startBackend,
  stopBackend,
  api,
  newPage,
  screenshot,
  RESULTS,
} from './harness.mjs';
import { seedHome } from './content.mjs';
import { pageWeight, medianTimeToFirstByte } from './metrics.mjs';

// Budgets of the province home (first visit, no cache; gzip-compressed by
// the server: ~2.8 MB without) and of its time to first byte (median,
// production server on this machine).
const HOME_BYTES_BUDGET = 1024 * 1024;
const HOME_TTFB_BUDGET_MS = 1500;

let stack;

describe('Operations', { timeout: 30 * 60 * 1000 }, () => {
  before(async () => {
    stack = await startStack();
    await seedHome(stack, (await api(stack, '/@units')).items);
  });

  after(async () => {
    if (stack) await stack.stop();
  });

  it('keeps the province home light and quick to answer', async () => {
    const weight = await pageWeight(stack.browser, `${stack.url}/`);
    const ttfb = await medianTimeToFirstByte(`${stack.url}/`, 11);
    const figures = { home: weight, ttfb };
    fs.writeFileSync(path.join(RESULTS, 'measurements.json'), `${JSON.stringify(figures, null, 2)}\n`);
    // eslint-disable-next-line no-console
    console.log(
      `province home: ${(weight.bytes / 1024).toFixed(0)} KiB in ${weight.requests} requests; ` +
        `TTFB median ${ttfb.medianMs.toFixed(0)} ms`,
    );
    assert.equal(weight.status, 200);
    assert.ok(weight.bytes > 100 * 1024, `measured something (${weight.bytes} bytes)`);
    assert.ok(
      Math.abs(weight.bytes - weight.transferBytes) / weight.bytes < 0.25,
      `DevTools (${weight.bytes}) and Resource Timing (${weight.transferBytes}) agree`,
    );
    assert.ok(weight.bytes < HOME_BYTES_BUDGET, `home weighs ${weight.bytes} bytes`);
    assert.ok(ttfb.medianMs < HOME_TTFB_BUDGET_MS, `TTFB median ${ttfb.medianMs} ms`);
  });

  it('explains in Vietnamese while the backend is down, stays up, and recovers by itself', async () => {
    const frontendPid = stack.frontend.pid;
    const page = await newPage(stack);
    let res = await page.goto(`${stack.url}/`, { waitUntil: 'networkidle' });
    assert.equal(res.status(), 200);

    await stopBackend(stack);
    res = await page.goto(`${stack.url}/`, { waitUntil: 'networkidle' });
    await screenshot(page, 'backend-down');
    assert.equal(res.status(), 503);
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    assert.equal(
      await page.locator('.mttq-backend-down h1').textContent(),
      'Hệ thống đang tạm thời gián đoạn',
    );
    assert.match(await page.locator('.mttq-backend-down').textContent(), /tự tải lại/);
    // the site's frame is still there, in the Front's colours
    assert.equal(await page.locator('.mttq-header .mttq-unit-name').textContent(), 'MTTQ tỉnh Lạng Sơn');
    // other pages, files and the API proxy fail cleanly too
    const other = await fetch(`${stack.url}/tin-tuc`);
    assert.equal(other.status, 503);
    assert.match(await other.text(), /Hệ thống đang tạm thời gián đoạn/);
    const image = await fetch(`${stack.url}/tin-tuc/x/anh-dai-dien/@@images/image/preview`);
    assert.equal(image.status, 503);
    const imageText = await image.text();
    assert.match(imageText, /Hệ thống đang tạm thời gián đoạn/);
    assert.doesNotMatch(imageText, new RegExp(`${stack.backendPort}|ECONNREFUSED`));
    const proxied = await fetch(`${stack.url}/++api++/@units`);
    assert.ok(proxied.status >= 500, `API proxy: HTTP ${proxied.status}`);
    // the server itself is alive: same process, still answering
    assert.equal(stack.frontend.exitCode, null, 'frontend still running');
    assert.equal(stack.frontend.pid, frontendPid);
    assert.equal((await fetch(`${stack.url}/ok`)).status, 200);

    // the backend comes back on the same port with the same data
    await startBackend(stack);
    // the open page notices and reloads by itself
    await page.waitForSelector('.block.listing .mttq-news-card', { timeout: 60000 });
    assert.equal(await page.locator('.mttq-backend-down').count(), 0);
    await screenshot(page, 'backend-back');
    res = await page.goto(`${stack.url}/tin-tuc`, { waitUntil: 'networkidle' });
    assert.equal(res.status(), 200);
    assert.equal(stack.frontend.exitCode, null);
    assert.equal(stack.frontend.pid, frontendPid, 'never restarted');
    await page.close();
  });
});
