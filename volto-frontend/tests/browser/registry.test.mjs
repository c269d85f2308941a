// Browser tests of the documents registry: filters kept in the address (a
// shared link shows the same list), the "Văn bản cấp trên" tab, the CSV
// link, and a document page showing a signed PDF as valid and a tampered
// copy as invalid; against a fresh backend (../scripts/test-backend).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startStack, rest, newPage, screenshot, REPO } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
let stack;
let pdfs;

async function ok(promise, what) {
  const res = await promise;
  assert.ok(
    res.status < 300,
    `${what}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`,
  );
  return res.body;
}

async function createDocument(folder, fields, file = 'plain', filename = 'van-ban.pdf') {
  const body = {
    '@type': 'GuidanceDocument',
    document_type: 'HD',
    issuing_body: 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn',
    signer: 'Nguyễn Văn A',
    urgency: 'thuong',
    secrecy: 'khong-mat',
    file: { data: pdfs[file], encoding: 'base64', filename, 'content-type': 'application/pdf' },
    ...fields,
  };
  const created = await ok(
    rest(stack, 'POST', folder, { user: 'admin', body }),
    `create ${fields.id}`,
  );
  const docPath = new URL(created['@id']).pathname.replace(/^\/Plone/, '');
  await ok(
    rest(stack, 'POST', `${docPath}/@workflow/publish`, { user: 'admin', body: {} }),
    'publish',
  );
  return docPath;
}

async function rows(page) {
  await page.waitForSelector('.mttq-registry-summary:not(:empty)');
  await page.waitForFunction(
    () => !document.querySelector('.mttq-registry-summary')?.textContent.includes('Đang tải'),
  );
  return page.$$eval('.mttq-registry-table tbody tr td:first-child', (tds) =>
    tds.map((td) => td.textContent),
  );
}

describe('documents registry', { timeout: 600000 }, () => {
  before(async () => {
    pdfs = JSON.parse(
      execFileSync(path.join(REPO, '.venv/bin/python'), [
        path.join(here, 'signed_pdfs.py'),
      ]).toString(),
    );
    stack = await startStack();
    await createDocument(
      '/van-ban',
      {
        id: 'hd-125',
        title: 'V/v Ngày hội Đại đoàn kết',
        document_number: '125/HD-MTTQ-BTT',
        issue_date: '2024-10-01',
      },
      'signed',
      '125.pdf',
    );
    await createDocument(
      '/van-ban',
      {
        id: 'kh-07',
        title: 'V/v giám sát năm 2025',
        document_number: '07/KH-MTTQ-BTT',
        document_type: 'KH',
        issue_date: '2025-01-15',
      },
      'tampered',
      '07-ban-sua.pdf',
    );
    await createDocument('/huyen-trang-dinh/van-ban', {
      id: 'tb-03',
      title: 'Thông báo lịch tiếp dân',
      document_number: '03/TB-MTTQ',
      document_type: 'TB',
      issue_date: '2025-02-01',
    });
    await createDocument('/huyen-trang-dinh/van-ban', {
      id: 'kh-02',
      title: 'Kế hoạch năm 2024',
      document_number: '02/KH-MTTQ',
      document_type: 'KH',
      issue_date: '2024-03-01',
    });
  });
  after(async () => {
    if (stack) await stack.stop();
  });

  it('keeps the filters in the address, so a shared link shows the same list', async () => {
    const page = await newPage(stack);
    await page.goto(`${stack.url}/huyen-trang-dinh/van-ban`, { waitUntil: 'networkidle' });
    assert.deepEqual(await rows(page), ['03/TB-MTTQ', '02/KH-MTTQ']);
    await page.selectOption('select[name="year"]', '2025');
    await page.waitForURL(/year=2025/);
    assert.deepEqual(await rows(page), ['03/TB-MTTQ']);
    const shared = page.url();
    const other = await newPage(stack);
    await other.goto(shared, { waitUntil: 'networkidle' });
    assert.deepEqual(await rows(other), ['03/TB-MTTQ']);
    assert.equal(await other.inputValue('select[name="year"]'), '2025');
    // The CSV link carries the same filters.
    const csvHref = await other.getAttribute('.mttq-registry-csv', 'href');
    assert.equal(csvHref, '/++api++/huyen-trang-dinh/van-ban/@registry/csv?year=2025');
    const csv = await fetch(
      `${stack.api}/++api++/huyen-trang-dinh/van-ban/@registry/csv?year=2025`,
    );
    const text = Buffer.from(await csv.arrayBuffer());
    assert.deepEqual([...text.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.match(text.toString('utf8'), /Số, ký hiệu/);
    // "Văn bản cấp trên": the province's documents inside the unit's page.
    await other.click('text=Văn bản cấp trên');
    await other.waitForURL(/scope=upper/);
    assert.deepEqual(await rows(other), ['07/KH-MTTQ-BTT']);
    await other.selectOption('select[name="year"]', '');
    await other.waitForURL((url) => !url.search.includes('year='));
    assert.deepEqual(await rows(other), ['07/KH-MTTQ-BTT', '125/HD-MTTQ-BTT']);
    assert.ok(other.url().includes('/huyen-trang-dinh/van-ban?scope=upper'));
    await screenshot(other, 'registry-upper');
  });

  it('shows a signed PDF as valid and a tampered copy as invalid', async () => {
    const page = await newPage(stack);
    await page.goto(`${stack.url}/van-ban/hd-125`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-signature-state]');
    assert.equal(
      await page.getAttribute('[data-signature-state]', 'data-signature-state'),
      'intact',
    );
    const text = await page.textContent('.mttq-document-files');
    assert.match(text, /Chữ ký số hợp lệ: tệp không bị sửa đổi sau khi ký/);
    assert.match(text, /Nguồn gốc chứng thư chưa được xác minh/);
    assert.match(text, /Nguyễn Văn A/);
    assert.match(await page.textContent('.mttq-document-metadata'), /125\/HD-MTTQ-BTT/);
    await screenshot(page, 'document-signed');
    await page.goto(`${stack.url}/van-ban/kh-07`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-signature-state]');
    assert.equal(
      await page.getAttribute('[data-signature-state]', 'data-signature-state'),
      'invalid',
    );
    assert.match(await page.textContent('.mttq-document-files'), /Chữ ký số không hợp lệ/);
    await screenshot(page, 'document-tampered');
  });
});
