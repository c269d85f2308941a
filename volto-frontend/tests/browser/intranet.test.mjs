// Browser tests of the intranet's training materials library
// (/noi-bo/tai-lieu-tap-huan): a cadre opens it, filters by a tag, searches
// without accents, opens a material; the filters stay in the address; an
// anonymous visitor gets the login form, never the list or the files.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { startStack, rest, newPage, screenshot, login, RESULTS } from './harness.mjs';

const LIBRARY = '/noi-bo/tai-lieu-tap-huan';
let stack;

async function ok(promise, what) {
  const res = await promise;
  assert.ok(
    res.status < 300,
    `${what}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
  );
  return res.body;
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

function file(name, type, data) {
  return { data: data.toString('base64'), encoding: 'base64', filename: name, 'content-type': type };
}

const MATERIALS = [
  {
    '@type': 'File',
    id: 'so-tay-nghiep-vu.pdf',
    title: 'Sổ tay nghiệp vụ công tác Mặt trận',
    description: 'Hướng dẫn hoạt động của Ban Công tác Mặt trận ở khu dân cư.',
    subjects: ['Nghiệp vụ', 'Khu dân cư'],
    file: file('so-tay-nghiep-vu.pdf', 'application/pdf', PDF),
  },
  {
    '@type': 'File',
    id: 'bai-giang-chuyen-doi-so.odp',
    title: 'Bài giảng: Chuyển đổi số trong công tác Mặt trận',
    subjects: ['Chuyển đổi số', 'Bài giảng'],
    file: file(
      'bai-giang-chuyen-doi-so.odp',
      'application/vnd.oasis.opendocument.presentation',
      Buffer.from('PK\u0003\u0004 slides'),
    ),
  },
  {
    '@type': 'Link',
    id: 'video-huong-dan-ky-so',
    title: 'Video: Hướng dẫn ký số văn bản điện tử',
    subjects: ['Chuyển đổi số', 'Chữ ký số'],
    remoteUrl: 'https://www.youtube.com/watch?v=abcdefghijk',
  },
  {
    '@type': 'Document',
    id: 'huong-dan-sinh-hoat',
    title: 'Hướng dẫn tổ chức buổi sinh hoạt khu dân cư',
    subjects: ['Nghiệp vụ'],
  },
];

/** The titles listed once they are `expected` (or after 30 s, whatever they are). */
async function titlesOnceThey(page, expected) {
  const want = [...expected].sort();
  await page
    .waitForFunction(
      (exp) =>
        JSON.stringify(
          [...document.querySelectorAll('.mttq-material-title a')].map((a) => a.textContent).sort(),
        ) === JSON.stringify(exp),
      want,
      { timeout: 30000 },
    )
    .catch(() => {});
  return (await titles(page)).sort();
}

/**
 * A screenshot of the viewport at `selector`: Chromium's full-page capture
 * paints Volto's fixed toolbar over pages of a logged-in user.
 */
async function shot(page, name, selector) {
  if (selector) await page.locator(selector).first().scrollIntoViewIfNeeded();
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`) });
}

async function titles(page) {
  await page.waitForFunction(
    () =>
      document.querySelector('.mttq-materials-summary') &&
      !document.querySelector('.mttq-materials-summary').textContent.includes('Đang tải'),
  );
  return page.$$eval('.mttq-material-title a', (as) => as.map((a) => a.textContent));
}

describe('intranet training materials library', { timeout: 900000 }, () => {
  before(async () => {
    stack = await startStack();
    for (const material of MATERIALS) {
      await ok(rest(stack, 'POST', LIBRARY, { user: 'admin', body: material }), material.id);
    }
  });

  after(async () => {
    if (stack) await stack.stop();
  });

  it('a cadre filters by a tag, searches without accents and opens a material', async () => {
    const page = await newPage(stack);
    await login(stack, page, 'cadre-180');
    await page.goto(`${stack.url}${LIBRARY}`, { waitUntil: 'networkidle' });
    assert.equal((await titlesOnceThey(page, MATERIALS.map((m) => m.title))).length, 4);
    // every material has its kind's icon
    assert.deepEqual(
      (await page.$$eval('li.mttq-material', (lis) => lis.map((li) => li.className))).sort(),
      [
        'mttq-material mttq-material-page',
        'mttq-material mttq-material-pdf',
        'mttq-material mttq-material-slides',
        'mttq-material mttq-material-video',
      ],
    );
    assert.equal(await page.locator('li.mttq-material svg.mttq-material-icon').count(), 4);
    await shot(page, 'intranet-library');

    // a tag of the list: its materials only, the tag in the address
    const tags = page.getByRole('navigation', { name: 'Chủ đề' });
    await tags.getByRole('button', { name: /Chuyển đổi số/ }).click();
    await page.waitForURL(/tag=/);
    const digital = [
      'Bài giảng: Chuyển đổi số trong công tác Mặt trận',
      'Video: Hướng dẫn ký số văn bản điện tử',
    ];
    assert.deepEqual(await titlesOnceThey(page, digital), digital);
    assert.equal(new URL(page.url()).searchParams.get('tag'), 'Chuyển đổi số');
    await shot(page, 'intranet-library-tag', '.mttq-materials-list');

    // a search without accents inside the library, with the tag kept
    await page.fill('.mttq-materials input[name="q"]', 'ky so');
    await page.locator('.mttq-materials button[type="submit"]').click();
    await page.waitForURL(/q=ky/);
    const video = ['Video: Hướng dẫn ký số văn bản điện tử'];
    assert.deepEqual(await titlesOnceThey(page, video), video);
    await shot(page, 'intranet-library-search', '.mttq-materials-list');

    // the address is shareable: a fresh page shows the same list
    const shared = page.url();
    const other = await newPage(stack);
    await login(stack, other, 'cadre-178');
    await other.goto(shared, { waitUntil: 'networkidle' });
    assert.deepEqual(await titlesOnceThey(other, video), video);
    await other.close();

    // back to the whole library, then the PDF by a search without accents
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await page.waitForURL((url) => !url.search);
    assert.equal((await titlesOnceThey(page, MATERIALS.map((m) => m.title))).length, 4);
    await page.fill('.mttq-materials input[name="q"]', 'so tay');
    await page.locator('.mttq-materials button[type="submit"]').click();
    await page.waitForURL(/q=so/);
    const handbook = ['Sổ tay nghiệp vụ công tác Mặt trận'];
    assert.deepEqual(await titlesOnceThey(page, handbook), handbook);
    const download = page.locator('li.mttq-material-pdf a.mttq-material-action');
    assert.equal(await download.textContent(), 'Tải về');
    const href = await download.getAttribute('href');
    const res = await page.request.get(`${stack.url}${href}`);
    assert.equal(res.status(), 200);
    assert.ok((await res.body()).toString().startsWith('%PDF'), 'the PDF itself');
    await page.locator('.mttq-material-title a').first().click();
    await page.waitForURL(/so-tay-nghiep-vu\.pdf$/);
    // Volto's file view: its title and the link to the file
    await page
      .locator('h1.documentFirstHeading', { hasText: 'Sổ tay nghiệp vụ công tác Mặt trận' })
      .waitFor();
    assert.equal(await page.locator('a[href$="/@@download/file"]').count() >= 1, true);
    await shot(page, 'intranet-material');
    await page.close();
  });

  it('gives anonymous visitors the login form, never the list or a file', async () => {
    const page = await newPage(stack);
    await page.goto(`${stack.url}${LIBRARY}`, { waitUntil: 'networkidle' });
    await screenshot(page, 'intranet-library-anonymous');
    assert.equal(
      await page.locator('input#login').count(),
      1,
      `login field: ${(await page.locator('#main, body').first().textContent()).slice(0, 500)}`,
    );
    assert.equal(await page.locator('.mttq-materials').count(), 0);
    const body = await page.locator('body').textContent();
    assert.ok(!body.includes('Sổ tay nghiệp vụ'), 'no material title');
    const file = await page.request.get(
      `${stack.url}/++api++${LIBRARY}/so-tay-nghiep-vu.pdf/@@download/file`,
    );
    assert.ok(!(await file.body()).toString().startsWith('%PDF'), 'no PDF for anonymous');
    const list = await rest(stack, 'GET', `${LIBRARY}/@materials`);
    assert.equal(list.status, 401);
    await page.close();
  });
});
