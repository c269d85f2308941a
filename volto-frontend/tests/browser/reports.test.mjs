// Browser test of periodic reports (báo cáo định kỳ): the province office
// defines a report period in Volto's add form (a second one of the same
// form and period is refused), a unit's editor fills in the report on the
// period's page in Volto and sees it submitted, the unit's leader is shown
// no matrix, and the province's matrix (/bao-cao-dinh-ky) shows the unit's
// state and the sums across units.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { startStack, newPage, login, rest, screenshot, TEST_PASSWORD } from './harness.mjs';

const FOLDER = '/noi-bo/bao-cao';
const FORM_TITLE = 'Báo cáo công tác tháng';
const DUPLICATE = 'Biểu mẫu báo cáo này đã có kỳ báo cáo tháng 11/2026: hãy sửa kỳ đó thay vì tạo thêm một kỳ nữa.';
let stack;

function isoDay(offsetDays) {
  const d = new Date(Date.now() + 7 * 3600 * 1000 + offsetDays * 86400 * 1000);
  return d.toISOString().slice(0, 10);
}

async function choose(page, field, option) {
  await page.locator(`#field-${field} .react-select__control`).click();
  await page.locator('.react-select__option', { hasText: option }).first().click();
}

/** Fill in Volto's add form of a report period (the province's editor). */
async function fillPeriodForm(page, { title, period, due }) {
  await page.goto(`${stack.url}${FOLDER}/add?type=ReportPeriod`);
  await page.waitForSelector('#field-title', { timeout: 60000 });
  await page.fill('#field-title', title);
  await choose(page, 'report_form', FORM_TITLE);
  await choose(page, 'period_kind', 'Tháng');
  await page.fill('#field-period', period);
  await pickDay(page, 'due_date', due);
}

/**
 * Choose a day in Volto's date picker by clicking it in the calendar, as
 * people do (typing depends on the picker's display format).
 */
async function pickDay(page, field, iso) {
  await page.click(`#${field}-date`);
  // months in Vietnamese (moment's vi locale is bundled: razzle.extend.js)
  const caption = page.locator('.CalendarMonth[data-visible="true"] .CalendarMonth_caption').first();
  assert.match(await caption.textContent(), /^tháng \d{1,2}/);
  const [y, m, d] = iso.split('-').map(Number);
  // the calendar opens on the browser's month (its time zone is UTC)
  const now = new Date();
  const ahead = (y - now.getUTCFullYear()) * 12 + (m - 1 - now.getUTCMonth());
  for (let i = 0; i < ahead; i += 1) {
    await page.locator('.DayPickerNavigation_button').last().click();
  }
  await page
    .locator('.CalendarMonth[data-visible="true"] td.CalendarDay', { hasText: new RegExp(`^${d}$`) })
    .click();
}

async function periodsInFolder() {
  const found = await rest(stack, 'GET', `/@search?portal_type=ReportPeriod&path.query=/Plone${FOLDER}`, {
    user: 'province-editor',
  });
  return found.body.items.map((i) => i['@id']);
}

describe('Periodic reports', { timeout: 20 * 60 * 1000 }, () => {
  before(async () => {
    stack = await startStack();
  });

  after(async () => {
    if (stack) await stack.stop();
  });

  it('goes from the period to the province matrix', async () => {
    // The province office defines the period in Volto's add form.
    const province = await newPage(stack);
    await login(stack, province, 'province-editor');
    const due = isoDay(10);
    await fillPeriodForm(province, { title: 'Báo cáo công tác tháng 11/2026', period: '2026-11', due });
    // the form speaks Vietnamese (Volto's form from the schema)
    for (const label of ['Biểu mẫu báo cáo', 'Loại kỳ báo cáo', 'Hạn nộp', 'Đơn vị phải báo cáo', 'Đang nhận báo cáo']) {
      await province.waitForSelector(`label:has-text("${label}")`, { timeout: 60000 });
    }
    await screenshot(province, 'reports-period-add-form');
    await province.locator('#toolbar-save').click();
    try {
      await province.waitForURL((u) => !u.pathname.endsWith('/add'), { timeout: 30000, waitUntil: 'commit' });
    } catch (e) {
      await screenshot(province, 'reports-period-save-failed');
      throw e;
    }
    const PERIOD = new URL(province.url()).pathname;
    assert.match(PERIOD, new RegExp(`^${FOLDER}/[a-z0-9-]+$`));
    // the period's page: its facts, and every unit's report for the province
    await province.waitForSelector('.mttq-report-submissions table', { timeout: 60000 });
    assert.equal(await province.textContent('.mttq-report-facts dd:nth-of-type(1)'), 'Tháng 11/2026');
    await screenshot(province, 'reports-period-created');
    const form = await rest(stack, 'GET', `${FOLDER}/bao-cao-cong-tac-thang`, { user: 'province-editor' });
    const created = await rest(stack, 'GET', PERIOD, { user: 'province-editor' });
    assert.equal(created.status, 200);
    assert.equal(created.body.report_form.token, form.body.UID);
    assert.equal(created.body.period_kind.token, 'month');
    assert.equal(created.body.period, '2026-11');
    assert.equal(created.body.due_date, due);
    assert.deepEqual(await periodsInFolder(), [created.body['@id']]);

    // A second period of the same form and month is refused, in Vietnamese, and nothing is stored.
    await fillPeriodForm(province, { title: 'Báo cáo tháng 11/2026 (lần 2)', period: '2026-11', due });
    await province.locator('#toolbar-save').click();
    const toast = province.locator('.Toastify__toast', { hasText: DUPLICATE });
    await toast.waitFor({ timeout: 30000 });
    assert.ok(new URL(province.url()).pathname.endsWith('/add'), province.url());
    await screenshot(province, 'reports-period-duplicate-refused');
    assert.deepEqual(await periodsInFolder(), [created.body['@id']]);

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

    // The unit's leader reports for the unit, but is shown no other unit's report.
    const made = await rest(stack, 'POST', '/@users', {
      user: 'admin',
      body: {
        username: 'leader-180',
        email: 'leader-180@mttq-langson.test',
        password: TEST_PASSWORD,
        fullname: 'Lãnh đạo Tràng Định',
      },
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    const joined = await rest(stack, 'PATCH', '/@groups/unit-180-leaders', {
      user: 'admin',
      body: { users: { 'leader-180': true } },
    });
    assert.equal(joined.status, 204, JSON.stringify(joined.body));
    const leader = await newPage(stack);
    await login(stack, leader, 'leader-180');
    await leader.goto(`${stack.url}${PERIOD}`);
    await leader.waitForSelector('.mttq-report-unit .mttq-report-state', { timeout: 60000 });
    assert.ok((await leader.textContent('.mttq-report-unit h2')).startsWith('Ủy ban MTTQ Việt Nam huyện Tràng Định'));
    assert.equal(await leader.textContent('.mttq-report-unit .mttq-report-state'), 'Đã nộp');
    assert.equal(await leader.locator('.mttq-report-submissions').count(), 0);
    await leader.goto(`${stack.url}/bao-cao-dinh-ky`);
    await leader.waitForSelector('text=Chỉ Văn phòng Ủy ban MTTQ tỉnh được xem báo cáo của mọi đơn vị.', { timeout: 60000 });
    assert.equal(await leader.locator('.mttq-report-matrix table').count(), 0);
    assert.ok(!(await leader.textContent('#page-document')).includes('Thành phố Lạng Sơn'));
    await screenshot(leader, 'reports-leader-no-matrix');
    await leader.context().close();

    // The province office sees the matrix with the states and the sums.
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

    await province.context().close();
  });
});
