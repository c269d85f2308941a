// Browser test of following completion: the province office sees every unit
// of a mandatory course and drills down to a unit's cadres (filters and CSV
// in the URL); a unit's leader sees only their unit and is refused another
// unit by changing the URL; a cadre is refused the dashboard; the office
// imports cadres from CSV after a dry run that shows an error row.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, newPage, login, rest, screenshot, TEST_PASSWORD } from './harness.mjs';

const COURSE = '/noi-bo/khoa-hoc/khoa-thu';
let stack;
let courseUid;

async function ok(promise, what) {
  const res = await promise;
  assert.ok(res.status < 300, `${what}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return res.body;
}

async function setUp() {
  const course = await ok(
    rest(stack, 'POST', '/noi-bo/khoa-hoc', {
      user: 'admin',
      body: {
        '@type': 'Course',
        id: 'khoa-thu',
        title: 'Kỹ năng số thử',
        mandatory_units: ['178', '180'],
        self_enrolment: false,
        certificate: false,
      },
    }),
    'course',
  );
  courseUid = course.UID;
  await ok(
    rest(stack, 'POST', COURSE, {
      user: 'admin',
      body: { '@type': 'CourseModule', id: 'm1', title: 'Mô-đun 1' },
    }),
    'module',
  );
  await ok(
    rest(stack, 'POST', `${COURSE}/m1`, {
      user: 'admin',
      body: { '@type': 'Lesson', id: 'b1', title: 'Bài 1', required: true },
    }),
    'lesson',
  );
  const done = await ok(
    rest(stack, 'POST', `${COURSE}/m1/b1/@complete`, { user: 'cadre-178' }),
    'complete',
  );
  assert.equal(done.course_completed, true);
  // The leader of Thành phố Lạng Sơn (178).
  await ok(
    rest(stack, 'POST', '/@users', {
      user: 'admin',
      body: {
        username: 'leader-178',
        email: 'leader-178@mttq-langson.test',
        fullname: 'Lãnh đạo TP Lạng Sơn',
        password: TEST_PASSWORD,
      },
    }),
    'leader',
  );
  await ok(
    rest(stack, 'PATCH', '/@groups/unit-178-leaders', {
      user: 'admin',
      body: { users: { 'leader-178': true } },
    }),
    'leader group',
  );
}

const cells = (page, selector) =>
  page.$$eval(selector, (tds) => tds.map((td) => td.textContent.trim()));

describe('Following completion', { timeout: 25 * 60 * 1000 }, () => {
  before(async () => {
    stack = await startStack();
    await setUp();
  });

  after(async () => {
    if (stack) await stack.stop();
  });

  it('the province office sees every unit and drills down to the cadres', async () => {
    const page = await newPage(stack);
    await login(stack, page, 'province-admin');
    await page.goto(`${stack.url}/hoc-tap-cua-toi`);
    await page.click('.mttq-completion-link a[href="/theo-doi-hoan-thanh"]');
    await page.waitForSelector('.mttq-completion-units tr[data-unit="180"]', { timeout: 60000 });
    assert.match(await page.textContent('.mttq-completion-scope'), /Toàn tỉnh: mọi đơn vị/);
    assert.deepEqual(
      await page.$$eval('.mttq-completion-units tbody tr', (trs) => trs.map((tr) => tr.dataset.unit)),
      ['178', '180'],
    );
    assert.deepEqual((await cells(page, 'tr[data-unit="178"] td')).slice(1, 6), ['1', '1', '0', '0', '100%']);
    assert.deepEqual((await cells(page, 'tr[data-unit="180"] td')).slice(1, 6), ['1', '0', '0', '1', '0%']);
    assert.match(
      await page.textContent('.mttq-completion-overall'),
      /1\/2 cán bộ đã hoàn thành \(50%\), mục tiêu 100%/,
    );
    assert.equal(await page.locator('.mttq-completion-chart svg g[data-unit]').count(), 2);
    await screenshot(page, 'completion-dashboard');

    // The summary CSV, through the frontend with the login cookie.
    const csvHref = await page.getAttribute('.mttq-completion-course a[download]', 'href');
    const csv = await page.request.get(`${stack.url}${csvHref}`);
    assert.equal(csv.status(), 200);
    assert.match(csv.headers()['content-type'], /text\/csv/);
    assert.match(await csv.text(), /Kỹ năng số thử,178,/);

    await page.click('tr[data-unit="178"] a.mttq-completion-drill');
    await page.waitForSelector('.mttq-completion-cadres tr[data-userid="cadre-178"]');
    assert.equal(new URL(page.url()).search, `?khoa-hoc=${courseUid}&don-vi=178`);
    assert.deepEqual((await cells(page, 'tr[data-userid="cadre-178"] td')).slice(0, 3), [
      'Cán bộ TP Lạng Sơn',
      'cadre-178',
      'Đã hoàn thành',
    ]);
    await screenshot(page, 'completion-unit');

    // Filter by status: in the URL, so it can be shared.
    await page.click('.mttq-completion-filters a[data-status="not_started"]');
    await page.waitForSelector('text=Không có cán bộ nào khớp bộ lọc.');
    assert.match(page.url(), /trang-thai=not_started/);
    await page.goto(`${stack.url}/theo-doi-hoan-thanh?khoa-hoc=${courseUid}&don-vi=180&trang-thai=not_started`);
    await page.waitForSelector('.mttq-completion-cadres tr[data-userid="cadre-180"]');
    await page.context().close();
  });

  it('a unit leader sees only their unit and is refused another one', async () => {
    const page = await newPage(stack);
    await login(stack, page, 'leader-178');
    await page.goto(`${stack.url}/theo-doi-hoan-thanh`);
    await page.waitForSelector('.mttq-completion-units tr[data-unit="178"]', { timeout: 60000 });
    assert.deepEqual(
      await page.$$eval('.mttq-completion-units tbody tr', (trs) => trs.map((tr) => tr.dataset.unit)),
      ['178'],
    );
    assert.match(await page.textContent('.mttq-completion-scope'), /Đơn vị của bạn/);
    assert.equal(await page.locator('a[href="/nhap-can-bo"]').count(), 0);

    await page.goto(`${stack.url}/theo-doi-hoan-thanh?khoa-hoc=${courseUid}&don-vi=180`);
    const alert = await page.waitForSelector('.mttq-completion-refused');
    assert.equal(
      (await alert.textContent()).trim(),
      'Bạn không có quyền xem kết quả học tập của đơn vị này.',
    );
    assert.equal(await page.locator('.mttq-completion-cadres').count(), 0);
    assert.ok(!(await page.content()).includes('cadre-180'));
    await screenshot(page, 'completion-leader-refused');
    // Nor through the CSV link.
    const csv = await page.request.get(
      `${stack.url}/++api++/@completion?course=${courseUid}&unit=180&format=csv`,
    );
    assert.equal(csv.status(), 403);
    await page.context().close();
  });

  it('a cadre is told the dashboard is not for them', async () => {
    const page = await newPage(stack);
    await login(stack, page, 'cadre-180');
    await page.goto(`${stack.url}/theo-doi-hoan-thanh`);
    const alert = await page.waitForSelector('.mttq-completion-refused', { timeout: 60000 });
    assert.equal(
      (await alert.textContent()).trim(),
      'Bạn chỉ xem được kết quả học tập của chính mình (Học tập của tôi).',
    );
    assert.equal(await page.locator('.mttq-completion-units').count(), 0);
    await page.context().close();
  });

  it('the office imports cadres after a dry run that shows an error row', async () => {
    const page = await newPage(stack);
    await login(stack, page, 'province-admin');
    await page.goto(`${stack.url}/nhap-can-bo`);
    await page.waitForSelector('#mttq-import-file', { timeout: 60000 });
    const header = 'Họ và tên,Email,Mã đơn vị,Chức vụ\n';
    const good =
      'Lý Thị Mai,mai.lt@mttq-langson.test,178,Cán bộ\n' +
      'Vi Văn Hùng,hung.vv@mttq-langson.test,180,Phó Chủ tịch\n';
    await page.setInputFiles('#mttq-import-file', {
      name: 'can-bo-loi.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}${good}Nông Văn Sai,sai@mttq-langson.test,999,\n`),
    });
    await page.click('.mttq-import-check');
    await page.waitForSelector('.mttq-import-errors tr[data-line="4"]');
    assert.deepEqual(await cells(page, '.mttq-import-errors tbody td'), [
      '4',
      'Không có đơn vị nào mang mã "999".',
    ]);
    assert.match(await page.textContent('.mttq-import-errors'), /Chưa nhập cán bộ nào: tệp có 1 lỗi\./);
    assert.equal(await page.locator('.mttq-import-run').count(), 0);
    await screenshot(page, 'import-errors');
    assert.equal((await rest(stack, 'GET', '/@users/mai.lt@mttq-langson.test', { user: 'admin' })).status, 404);

    // The corrected file also moves cadre-180 (by e-mail) to unit 178.
    await page.setInputFiles('#mttq-import-file', {
      name: 'can-bo.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}${good}Cán bộ Tràng Định,cadre-180@mttq-langson.test,178,\n`),
    });
    await page.waitForSelector('text=Tệp can-bo.csv: khoảng 4 dòng');
    await page.click('.mttq-import-check');
    await page.waitForSelector('.mttq-import-plan');
    assert.match(await page.textContent('[data-plan="create"]'), /tạo 2 tài khoản mới/);
    assert.match(await page.textContent('.mttq-import-moves'), /Dòng 4: cadre-180 từ đơn vị 180 sang 178/);
    await page.click('.mttq-import-run');
    await page.waitForSelector('text=Đã nhập xong 3 dòng.');
    assert.equal(await page.textContent('[data-result="created"]'), 'Tài khoản mới: 2');
    assert.equal(await page.textContent('[data-result="moved"]'), 'Chuyển đơn vị: 1');
    await screenshot(page, 'import-done');

    const mai = await ok(rest(stack, 'GET', '/@users/mai.lt@mttq-langson.test', { user: 'admin' }), 'mai');
    assert.ok(mai.groups.items.some((g) => g.id === 'unit-178-cadres'));
    // The dashboard counts the new and the moved cadres in their unit at once.
    const summary = await ok(rest(stack, 'GET', `/@completion?course=${courseUid}`, { user: 'admin' }), 'summary');
    const units = Object.fromEntries(summary.items[0].units.map((u) => [u.unit, u]));
    assert.deepEqual([units['178'].total, units['178'].completed], [3, 1]);
    assert.deepEqual([units['180'].total, units['180'].not_started], [1, 1]);
    await page.context().close();
  });
});
