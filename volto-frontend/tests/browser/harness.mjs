// Test harness of the browser tests: a fresh backend (../scripts/test-backend),
// the production build of the frontend served against it, and headless
// Debian Chromium driven by playwright-core.
import { spawn, execSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FRONTEND = path.resolve(here, '../..');
export const REPO = path.resolve(FRONTEND, '..');
export const RESULTS = path.join(FRONTEND, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Logs per test file (node --test runs each file in its own process).
const RUN = path.basename(process.argv[1] || 'run').replace(/\.(test\.)?m?js$/, '');

export function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  execSync('apt-get update -qq && apt-get install -y -qq chromium', {
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 15 * 60 * 1000,
  });
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Start a command in its own process group; resolve once `ready` matches. */
function startProcess(name, cmd, args, { env, cwd, ready, timeoutMs, log }) {
  const out = fs.openSync(log, 'w');
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffer = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new Error(
          `${name} not ready after ${timeoutMs / 1000}s; see ${log}:\n${buffer.slice(-2000)}`,
        ),
      );
    }, timeoutMs);
    const onData = (data) => {
      fs.writeSync(out, data);
      buffer += data.toString();
      if (ready && ready.test(buffer)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}; see ${log}:\n${buffer.slice(-3000)}`));
    });
    if (!ready) {
      clearTimeout(timer);
      resolve(child);
    }
  });
}

export function stopProcess(child) {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch (e) {
        /* gone */
      }
      resolve();
    }, 10000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch (e) {
      clearTimeout(timer);
      resolve();
    }
  });
}

async function waitForHttp(url, timeoutMs) {
  const end = Date.now() + timeoutMs;
  let last;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
      last = res.status;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer (${last})`);
}

/** Start (or restart) the stack's backend on its port and var dir. */
export async function startBackend(stack) {
  const backend = await startProcess(
    'backend',
    path.join(REPO, 'scripts/test-backend'),
    [String(stack.backendPort), stack.varDir],
    {
      cwd: REPO,
      ready: new RegExp(`MTTQ backend ready on ${stack.backendPort}`),
      timeoutMs: 15 * 60 * 1000,
      log: path.join(RESULTS, `backend-${RUN}${stack.backendStarts ? `-${stack.backendStarts + 1}` : ''}.log`),
    },
  );
  stack.backendStarts = (stack.backendStarts || 0) + 1;
  stack.backend = backend;
  stack.children.push(backend);
  return backend;
}

/** Stop the stack's backend (the whole process group). */
export async function stopBackend(stack) {
  if (!stack.backend) throw new Error('no backend started by the harness');
  await stopProcess(stack.backend);
  stack.children = stack.children.filter((c) => c !== stack.backend);
  stack.backend = null;
  // until Zope has let go of its port
  const end = Date.now() + 30000;
  while (Date.now() < end) {
    try {
      await fetch(`http://127.0.0.1:${stack.backendPort}/`, { signal: AbortSignal.timeout(2000) });
    } catch (e) {
      return;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the backend still answers on ${stack.backendPort}`);
}

/** Everything the tests need; `stop()` tears it down. */
export async function startStack() {
  fs.mkdirSync(RESULTS, { recursive: true });
  const backendScript = path.join(REPO, 'scripts/test-backend');
  // MTTQ_BACKEND_URL: use a running backend (development only)
  const external = process.env.MTTQ_BACKEND_URL;
  if (!external && !fs.existsSync(backendScript)) {
    throw new Error(`${backendScript} is missing: the backend provides it`);
  }
  if (!fs.existsSync(path.join(FRONTEND, 'build/server.js'))) {
    throw new Error('no production build: run `make build` first');
  }
  ensureChromium();

  const varDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-browser-'));
  const backendPort = await freePort();
  const stack = { varDir, backendPort, children: [], external: !!external };
  stack.stop = async () => {
    if (stack.browser) await stack.browser.close().catch(() => {});
    for (const child of [...stack.children].reverse()) await stopProcess(child);
    fs.rmSync(varDir, { recursive: true, force: true });
  };
  try {
    if (external) {
      stack.api = external.replace(/\/$/, '');
    } else {
      await startBackend(stack);
      stack.api = `http://127.0.0.1:${backendPort}/Plone`;
    }

    const frontendPort = await freePort();
    const frontend = await startProcess('frontend', 'node', ['build/server.js'], {
      cwd: FRONTEND,
      env: {
        NODE_ENV: 'production',
        PORT: String(frontendPort),
        HOST: '127.0.0.1',
        TZ: 'Asia/Ho_Chi_Minh',
        RAZZLE_INTERNAL_API_PATH: stack.api,
        RAZZLE_API_PATH: '',
      },
      ready: null,
      timeoutMs: 0,
      log: path.join(RESULTS, `frontend-${RUN}.log`),
    });
    stack.children.push(frontend);
    stack.frontend = frontend;
    stack.url = `http://127.0.0.1:${frontendPort}`;
    await waitForHttp(`${stack.url}/ok`, 120000);

    stack.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (e) {
    await stack.stop();
    throw e;
  }
  return stack;
}

/** A fresh browser context (Vietnamese, visitor in another time zone). */
export async function newPage(stack, width = 1280) {
  const context = await stack.browser.newContext({
    viewport: { width, height: 900 },
    locale: 'vi-VN',
    // dates must show in Vietnam's time zone whatever the visitor's
    timezoneId: 'UTC',
  });
  return context.newPage();
}

export const TEST_PASSWORD = 'mttq-test-2026';

/** Log in through Volto's login form (of the unit at `unitPath`). */
export async function login(stack, page, user, unitPath = '/') {
  const base = unitPath === '/' ? '' : unitPath;
  await page.goto(`${stack.url}${base}/login`, { waitUntil: 'networkidle' });
  await page.fill('input#login', user);
  await page.fill(
    'input#password',
    user === 'admin' ? process.env.MTTQ_ADMIN_PASSWORD || 'admin' : TEST_PASSWORD,
  );
  await page.locator('#login-form-submit').click();
  await page.waitForSelector('#toolbar .toolbar');
}

/** HTTP Basic credentials of a test user (or the Zope admin). */
export function basicAuth(user) {
  const password =
    user === 'admin' ? process.env.MTTQ_ADMIN_PASSWORD || 'admin' : TEST_PASSWORD;
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** REST call as `user` (null: anonymous); resolves { status, body }. */
export async function rest(stack, method, pathAndQuery, { user = null, body } = {}) {
  const headers = { Accept: 'application/json' };
  if (user) headers.Authorization = basicAuth(user);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${stack.api}/++api++${pathAndQuery}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = text;
  }
  return { status: res.status, body: json };
}

/** App path ("/tin-tuc/x") of a backend URL. */
export function appPath(stack, url) {
  const p = new URL(url).pathname.replace(/^\/Plone/, '');
  return p || '/';
}

/** JSON from the backend's REST API. */
export async function api(stack, pathAndQuery, init = {}) {
  const res = await fetch(`${stack.api}/++api++${pathAndQuery}`, {
    ...init,
    headers: { Accept: 'application/json', ...(init.headers || {}) },
  });
  if (!res.ok) throw new Error(`GET ${pathAndQuery}: HTTP ${res.status}`);
  return res.json();
}

export async function screenshot(page, name) {
  await page.screenshot({
    path: path.join(RESULTS, `${name}.png`),
    fullPage: true,
  });
}

let axeSource;
/** Serious and critical axe-core violations of the page. */
export async function axeViolations(page) {
  if (!axeSource) {
    const require = (await import('node:module')).createRequire(import.meta.url);
    axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  }
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
