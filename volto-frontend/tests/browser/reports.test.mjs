// Browser test of periodic reports (báo cáo định kỳ): the province office
// defines a report period, a unit's editor fills in the report on the
// period's page in Volto and sees it submitted, and the province's matrix
// (/bao-cao-dinh-ky) shows the unit's state and the sums across units.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startStack, newPage, login, rest, screenshot } from './harness.mjs';

const FOLDER = '/noi-bo/bao-cao';
const PERIOD = `${FOLDER}/thang-11`;
let stack;

function isoDay(offsetDays) {
  const d = new Date(Date.now() + 7 * 3600 * 1000 + offsetDays * 86400 * 1000);
  return d.toISOString().slice(0, 10);
}

describe('Periodic reports', { timeout: 20 * 60 * 1000 }, () => {
  before(async () => {
    stack = await startStack();
  });

  after(async () => {
    if (stack) await stack.stop();
  });

  it('goes from the period to the province matrix', async () => {
    // The province office defines the period (REST, as the province's editor).
    const form = await rest(stack, 'GET', `${FOLDER}/bao-cao-cong-tac-thang`, { user: 'province-editor' });
    assert.equal(form.status, 200);
    const due = isoDay(10);
    const created = await rest(stack, 'POST', FOLDER, {
      user: 'province-editor',
      body: {
        '@type': 'ReportPeriod',
        id: 'thang-11',
        title: 'Báo cáo công tác tháng 11/2026',
        report_form: form.body.UID,
        period_kind: 'month',
        period: '2026-11',
        due_date: due,
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    // Anonymous visitors get nothing of it.
    assert.equal((await rest(stack, 'GET', `${PERIOD}/@report`)).status, 401);
    // Another unit reports through REST, for the sums.
    const other = await rest(stack, 'POST', `${PERIOD}/@report`, {
      user: 'editor-178',
      body: { data: { so_hoi_nghi: 2, so_luot_tham_gia: 80, quy_vi_nguoi_ngheo: 1.5, ket_qua: 'Hai hội nghị.' } },
    });
    assert.equal(other.status, 200, JSON.stringify(other.body));

    // A unit's editor fills in the report on the period's page.
    const page = await newPage(stack);
    await login(stack, page, 'editor-180');
    await page.goto(`${stack.url}${PERIOD}`);
    await page.waitForSelector('form.mttq-report-form #report-so_hoi_nghi', { timeout: 60000 });
    assert.equal(await page.textContent('.mttq-report-unit .mttq-report-state'), 'Chưa nộp');
    const [y, m, d] = due.split('-');
    assert.equal(
      await page.textContent('.mttq-report-revisable'),
      `Được sửa báo cáo đến hết ngày ${d}/${m}/${y}.`,
    );
    await page.fill('#report-so_hoi_nghi', '3');
    await page.fill('#report-so_luot_tham_gia', '120');
    await page.fill('#report-quy_vi_nguoi_ngheo', '2.25');
    await page.fill('#report-ket_qua', 'Tổ chức 3 hội nghị tuyên truyền.');
    await page.click('form.mttq-report-form button[type="submit"]');
    await page.waitForSelector('text=Đã gửi báo cáo.', { timeout: 30000 });
    assert.equal(await page.textContent('.mttq-report-unit .mttq-report-state'), 'Đã nộp');
    assert.match(await page.textContent('.mttq-report-submitted'), /^Đã nộp lúc \d\d\/\d\d\/\d{4} \d\d:\d\d, người nộp: Biên tập viên Tràng Định\.$/);
    assert.equal(await page.textContent('form.mttq-report-form button[type="submit"]'), 'Cập nhật báo cáo');
    await screenshot(page, 'reports-unit-submitted');
    // Stored on the server, for this unit.
    const mine = await rest(stack, 'GET', `${PERIOD}/@report`, { user: 'cadre-180' });
    assert.equal(mine.body.units[0].submission.data.so_hoi_nghi, 3);
    await page.context().close();

    // The province office sees the matrix with the states and the sums.
    const province = await newPage(stack);
    await login(stack, province, 'province-editor');
    await province.goto(`${stack.url}/bao-cao-dinh-ky`);
    await province.waitForSelector('.mttq-report-matrix table', { timeout: 60000 });
    assert.equal(await province.textContent('h1'), 'Tổng hợp báo cáo định kỳ của các đơn vị');
    const rows = await province.$$eval('.mttq-report-matrix tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())),
    );
    assert.equal(rows.length, 11);
    const byTitle = Object.fromEntries(rows.map(([title, state]) => [title, state]));
    assert.equal(byTitle['Ủy ban MTTQ Việt Nam huyện Tràng Định'], 'Đã nộp');
    assert.equal(byTitle['Ủy ban MTTQ Việt Nam thành phố Lạng Sơn'], 'Đã nộp');
    assert.equal(byTitle['Ủy ban MTTQ Việt Nam huyện Bình Gia'], 'Chưa nộp');
    assert.equal(await province.textContent('.mttq-report-count'), '2/11');
    const sums = await province.textContent('.mttq-report-sums');
    assert.ok(sums.includes('Số hội nghị, cuộc họp đã tổ chức5'), sums);
    assert.ok(sums.includes('Số lượt người tham gia200'), sums);
    assert.ok(sums.includes('3,75'), sums);
    // the year filter keeps the year in the address
    await province.selectOption('#mttq-report-year', '2026');
    await province.waitForURL(/\/bao-cao-dinh-ky\?nam=2026$/);
    await province.waitForSelector('.mttq-report-matrix table');
    await screenshot(province, 'reports-province-matrix');
    // the CSV export: UTF-8 with BOM, Vietnamese headers
    const [download] = await Promise.all([
      province.waitForEvent('download'),
      province.click('.mttq-report-matrix .mttq-report-csv'),
    ]);
    assert.equal(download.suggestedFilename(), 'bao-cao-dinh-ky.csv');
    const csvText = fs.readFileSync(await download.path(), 'utf8');
    assert.ok(csvText.startsWith('\ufeffMã đơn vị,Đơn vị,Báo cáo công tác tháng – Tháng 11/2026'), csvText.slice(0, 80));
    assert.ok(csvText.includes('180,Ủy ban MTTQ Việt Nam huyện Tràng Định,Đã nộp'), csvText);

    // ... and the period's own table with every unit's figures.
    await province.click('.mttq-report-matrix thead a');
    await province.waitForSelector('.mttq-report-submissions table', { timeout: 60000 });
    assert.equal(await province.textContent('.mttq-report-submissions tfoot .mttq-report-sums th:nth-child(2)'), '5');
    await screenshot(province, 'reports-province-period');

    // The add form of a period speaks Vietnamese (Volto's form from the schema).
    await province.goto(`${stack.url}${FOLDER}/add?type=ReportPeriod`);
    await province.waitForSelector('#toolbar', { timeout: 60000 });
    for (const label of ['Biểu mẫu báo cáo', 'Loại kỳ báo cáo', 'Hạn nộp', 'Đơn vị phải báo cáo', 'Đang nhận báo cáo']) {
      await province.waitForSelector(`label:has-text("${label}")`, { timeout: 60000 });
    }
    await screenshot(province, 'reports-period-add-form');
    await province.context().close();
  });
});
