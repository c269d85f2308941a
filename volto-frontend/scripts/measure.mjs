#!/usr/bin/env node
/* Figures of the frontend for the closing notes:
 *   - production build time (recorded by `make build` in
 *     build/.mttq-build-seconds; `--build` rebuilds and times it now),
 *   - weight of the province home (bytes transferred on a first visit, no
 *     cache; Chrome DevTools Protocol, cross-checked with Resource Timing),
 *   - time to first byte of the province home (median of 21 loads).
 *
 *   node scripts/measure.mjs            fresh backend (../scripts/test-backend)
 *                                       with sample news, production server
 *   node scripts/measure.mjs --url http://localhost:3000
 *                                       measure a running frontend as it is
 *   node scripts/measure.mjs --build    rebuild first, timing the build
 *
 * Prints the figures and writes them to test-results/measurements.json.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startStack, api, ensureChromium, FRONTEND, RESULTS } from '../tests/browser/harness.mjs';
import { seedHome } from '../tests/browser/content.mjs';
import { pageWeight, medianTimeToFirstByte } from '../tests/browser/metrics.mjs';

const args = process.argv.slice(2);
const urlArg = args.includes('--url') ? args[args.indexOf('--url') + 1] : null;
const SECONDS_FILE = path.join(FRONTEND, 'build/.mttq-build-seconds');

function buildSeconds() {
  if (args.includes('--build')) {
    const start = Date.now();
    execSync('pnpm build', {
      cwd: FRONTEND,
      stdio: 'inherit',
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(([k]) => !/^(CI|RAZZLE_(API_PATH|INTERNAL_API_PATH|PUBLIC_URL))$/.test(k)),
        ),
        NODE_OPTIONS: '--max-old-space-size=6144',
      },
    });
    const seconds = Math.round((Date.now() - start) / 1000);
    fs.writeFileSync(SECONDS_FILE, `${seconds}\n`);
    return seconds;
  }
  return fs.existsSync(SECONDS_FILE) ? Number(fs.readFileSync(SECONDS_FILE, 'utf8').trim()) : null;
}

const kib = (b) => `${(b / 1024).toFixed(0)} KiB`;

async function main() {
  const build = buildSeconds();
  let stack;
  let url = urlArg;
  let browser;
  try {
    if (url) {
      ensureChromium();
      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu'],
      });
    } else {
      stack = await startStack();
      await seedHome(stack, (await api(stack, '/@units')).items);
      url = stack.url;
      browser = stack.browser;
    }
    const home = await pageWeight(browser, `${url.replace(/\/$/, '')}/`);
    const ttfb = await medianTimeToFirstByte(`${url.replace(/\/$/, '')}/`, 21);
    const figures = {
      measuredAt: new Date().toISOString(),
      url: urlArg || 'fresh test backend with sample news',
      buildSeconds: build,
      home,
      ttfb,
    };
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, 'measurements.json'), `${JSON.stringify(figures, null, 2)}\n`);
    const lines = [
      ['production build', build === null ? 'not recorded (run `make build` or --build)' : `${build} s`],
      ['province home, first visit', `${kib(home.bytes)} in ${home.requests} requests (Resource Timing: ${kib(home.transferBytes)})`],
      ...Object.entries(home.byType)
        .sort((a, b) => b[1] - a[1])
        .map(([type, bytes]) => [`  ${type}`, kib(bytes)]),
      ['province home, time to first byte', `median ${ttfb.medianMs.toFixed(0)} ms (min ${ttfb.minMs.toFixed(0)}, max ${ttfb.maxMs.toFixed(0)}, ${ttfb.runs} loads)`],
      ['province home, DOMContentLoaded / load', `${home.domContentLoadedMs.toFixed(0)} ms / ${home.loadMs.toFixed(0)} ms (headless Chromium, local)`],
    ];
    const width = Math.max(...lines.map(([k]) => k.length));
    lines.forEach(([k, v]) => console.log(`${k.padEnd(width)}  ${v}`));
  } finally {
    if (stack) await stack.stop();
    else if (browser) await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
