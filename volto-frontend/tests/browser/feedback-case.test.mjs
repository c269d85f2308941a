// Browser test of a citizen's case from submission to published answer:
// the citizen meets per-field Vietnamese errors (missing field, wrong e-mail,
// oversize upload) with nothing stored, then sends the feedback; the unit's
// editor assigns the case, answers it, publishes the answer and resolves it
// in Volto; the public answers page shows it without personal data; the
// citizen's status check says resolved. Then an editor adds a field to a
// form in Volto's field editor and the public form shows it.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStack, newPage, login, rest, screenshot } from './harness.mjs';

const UNIT = '/huyen-trang-dinh'; // code 180
const FORM = `${UNIT}/gui-phan-anh`;
const CITIZEN = {
  name: 'Hoàng Thị Mai',
  email: 'mai.hoang@example.vn',
  phone: '0987 654 321',
  address: 'thôn Khòn Pổng, xã Chi Lăng',
};
const TITLE = 'Đèn đường thôn Khòn Pổng bị hỏng';
const TEXT = 'Ba cột đèn đường đầu thôn đã hỏng hơn một tháng, buổi tối đi lại rất khó khăn.';
const ANSWER = 'Ủy ban MTTQ huyện đã chuyển kiến nghị tới Điện lực Tràng Định; đèn đã được thay ngày 02/12.';
let stack;

async function cases(user = 'editor-180') {
  const res = await rest(stack, 'GET', `${UNIT}/phan-anh/@search?portal_type=FeedbackCase&b_size=100`, { user });
  assert.equal(res.status, 200);
  return res.body.items_total;
}

async function reviewState(casePath) {
  return (await rest(stack, 'GET', casePath, { user: 'editor-180' })).body.review_state;
}

async function waitForState(casePath, state) {
  const end = Date.now() + 30000;
  while (Date.now() < end) {
    if ((await reviewState(casePath)) === state) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  assert.equal(await reviewState(casePath), state);
}

/** Change the workflow state through the toolbar's "More" menu. */
async function changeState(page, transitionTitle) {
  await page.locator('#toolbar-more').click();
  const control = page.locator('.state-select .react-select__control');
  await control.waitFor({ state: 'visible' });
  await control.click();
  await page.locator('.react-select__option', { hasText: transitionTitle }).click();
}

async function transitionTitle(casePath, id) {
  const wf = (await rest(stack, 'GET', `${casePath}/@workflow`, { user: 'editor-180' })).body;
  const t = wf.transitions.find((x) => x['@id'].endsWith(`/${id}`));
  assert.ok(t, `${id} offered: ${JSON.stringify(wf.transitions)}`);
  return t.title;
}

const fieldError = (page, name) =>
  page.locator(`#easyform-${name}`).locator('xpath=ancestor::div[contains(@class,"field")][1]').locator('.prompt');

describe("A citizen's feedback case, and the form's fields, in Volto", { timeout: 30 * 60 * 1000 }, () => {
  before(async () => {
    stack = await startStack();
  });

  after(async () => {
    if (stack) await stack.stop();
  });

  it('goes from submission to a published answer', async () => {
    const before = await cases();
    const citizen = await newPage(stack);
    await citizen.goto(`${stack.url}${FORM}`);
    await citizen.waitForSelector('form #easyform-ho_ten', { timeout: 60000 });

    // 1. nothing filled in: the required fields say so, in Vietnamese
    await citizen.click('.easyform-view button[type="submit"]');
    await citizen.waitForSelector('.easyform-status');
    assert.equal(await citizen.textContent('.easyform-status'), 'Vui lòng sửa các mục được đánh dấu.');
    assert.equal(await fieldError(citizen, 'ho_ten').textContent(), 'Vui lòng điền mục này.');
    assert.equal(await fieldError(citizen, 'tieu_de').textContent(), 'Vui lòng điền mục này.');

    // 2. a wrong e-mail and a file over the limit (10 MB)
    await citizen.fill('#easyform-ho_ten', CITIZEN.name);
    await citizen.fill('#easyform-email', 'mai.hoang@');
    await citizen.fill('#easyform-tieu_de', TITLE);
    await citizen.fill('textarea[name="noi_dung"]', TEXT);
    const big = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mttq-upload-')), 'anh-hien-truong.pdf');
    fs.writeFileSync(big, Buffer.alloc(11 * 1024 * 1024, 0x25));
    await citizen.setInputFiles('#easyform-tep_dinh_kem', big);
    await citizen.click('.easyform-view button[type="submit"]');
    await citizen.waitForFunction(() => document.querySelectorAll('.field.error').length > 0);
    assert.equal(await fieldError(citizen, 'tep_dinh_kem').textContent(), 'Tệp lớn hơn mức cho phép 10 MB.');
    // the browser's check spared the upload; the server judges the e-mail
    await citizen.setInputFiles('#easyform-tep_dinh_kem', []);
    await citizen.click('.easyform-view button[type="submit"]');
    await citizen.waitForFunction(() =>
      [...document.querySelectorAll('.field.error .prompt')].some((p) => p.textContent.includes('thư điện tử')),
    );
    assert.equal(await fieldError(citizen, 'email').textContent(), 'Địa chỉ thư điện tử không hợp lệ.');
    await screenshot(citizen, 'feedback-case-1-errors');
    assert.equal(await cases(), before, 'nothing stored while the form has errors');

    // 3. corrected: the case gets its reference
    await citizen.fill('#easyform-email', CITIZEN.email);
    await citizen.fill('#easyform-dien_thoai', CITIZEN.phone);
    await citizen.fill('#easyform-dia_chi', CITIZEN.address);
    await citizen.click('.easyform-view button[type="submit"]');
    const ref = await citizen.waitForSelector('.easyform-reference', { timeout: 30000 });
    const reference = /(180-\d{4}-\d{5})/.exec(await ref.textContent())[1];
    assert.equal(await cases(), before + 1);
    await screenshot(citizen, 'feedback-case-2-reference');
    const casePath = `${UNIT}/phan-anh/${reference.toLowerCase()}`;
    assert.equal((await rest(stack, 'GET', casePath)).status, 401, 'the case is private');

    // 4. the unit's editor assigns, answers, publishes the answer, resolves
    const staff = await newPage(stack);
    await login(stack, staff, 'editor-180', UNIT);
    await staff.goto(`${stack.url}${casePath}`, { waitUntil: 'networkidle' });
    await changeState(staff, await transitionTitle(casePath, 'assign'));
    await waitForState(casePath, 'assigned');
    await staff.goto(`${stack.url}${casePath}/edit`, { waitUntil: 'networkidle' });
    await staff.waitForSelector('#field-answer');
    await staff.fill('#field-answer', ANSWER);
    await staff.locator('label[for="field-answer_public"]').click();
    await screenshot(staff, 'feedback-case-3-answer');
    await staff.locator('#toolbar-save').click();
    await staff.waitForURL((u) => !u.pathname.endsWith('/edit'), { timeout: 30000 });
    const saved = (await rest(stack, 'GET', casePath, { user: 'editor-180' })).body;
    assert.equal(saved.answer, ANSWER);
    assert.equal(saved.answer_public, true);
    await staff.goto(`${stack.url}${casePath}`, { waitUntil: 'networkidle' });
    await changeState(staff, await transitionTitle(casePath, 'resolve'));
    await waitForState(casePath, 'resolved');
    await screenshot(staff, 'feedback-case-4-resolved');
    await staff.context().close();

    // 5. the unit's public answers page: question and answer, nobody's data
    const visitor = await newPage(stack);
    await visitor.goto(`${stack.url}${UNIT}/phan-anh-da-tra-loi`);
    const answer = visitor.locator('.mttq-feedback-answer', { hasText: TITLE });
    await answer.waitFor({ timeout: 30000 });
    assert.equal(await answer.locator('.mttq-feedback-answer-text').textContent(), ANSWER);
    assert.equal(await answer.locator('.mttq-feedback-answer-question').textContent(), TEXT);
    const page = await visitor.content();
    for (const personal of [CITIZEN.name, CITIZEN.email, '0987', CITIZEN.address]) {
      assert.ok(!page.includes(personal), `no personal data: ${personal}`);
    }
    // the page has no content behind it: it still shows its unit's menu
    assert.ok(
      await visitor.locator(`a.item[href="${UNIT}/tin-tuc"]`).first().isVisible(),
      "the unit's menu on the answers page",
    );
    await screenshot(visitor, 'feedback-case-5-public-answers');
    await visitor.context().close();

    // 6. the citizen's check: resolved, with the answer
    await citizen.goto(`${stack.url}/tra-cuu-phan-anh`);
    await citizen.waitForSelector('#feedback-reference');
    await citizen.fill('#feedback-reference', reference);
    await citizen.fill('#feedback-contact', '0987.654.321');
    await citizen.click('.mttq-feedback-status button[type="submit"]');
    const state = await citizen.waitForSelector('.mttq-feedback-state');
    assert.equal(await state.textContent(), 'Trạng thái: Đã giải quyết');
    assert.equal(await citizen.textContent('.mttq-feedback-answer'), ANSWER);
    await screenshot(citizen, 'feedback-case-6-status');
    await citizen.context().close();
  });

  it("lets an editor add a field in Volto's field editor, and the public form shows it", async () => {
    const unit = '/thanh-pho-lang-son'; // code 178
    const form = `${unit}/gui-phan-anh`;
    const editor = await newPage(stack);
    await login(stack, editor, 'editor-178', unit);
    await editor.goto(`${stack.url}${form}`, { waitUntil: 'networkidle' });
    await editor.locator('.easyform-edit-fields a').click();
    await editor.waitForSelector('.mttq-field[data-field="ho_ten"]', { timeout: 30000 });
    assert.equal(await editor.textContent('h1'), 'Trường của biểu mẫu');

    await editor.locator('.mttq-add-field').click();
    const dialog = editor.locator('.mttq-field-dialog');
    await dialog.waitFor();
    await dialog.locator('#field-type').click();
    await dialog.locator('#field-type .item', { hasText: 'Lựa chọn (một đáp án)' }).click();
    await dialog.locator('#field-title').fill('Thôn, tổ dân phố');
    assert.equal(await dialog.locator('#field-name').inputValue(), 'thon_to_dan_pho');
    // no choices yet: the server's Vietnamese error, on the field
    await dialog.locator('button[type="submit"]').click();
    await dialog.locator('.field.error', { hasText: 'Cần ít nhất một mục' }).waitFor();
    await dialog.locator('#field-choices').fill('Khối 1\nKhối 2\nKhối 3');
    await screenshot(editor, 'easyform-fields-1-dialog');
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    const row = editor.locator('.mttq-field[data-field="thon_to_dan_pho"]');
    await row.waitFor();
    // up one place: before the attachment, the last field
    await row.locator('.mttq-field-up').click();
    await editor.waitForFunction(() => {
      const names = [...document.querySelectorAll('.mttq-fieldset-default .mttq-field')].map((li) => li.dataset.field);
      return names.indexOf('thon_to_dan_pho') === names.length - 2;
    });
    await screenshot(editor, 'easyform-fields-2-list');
    await editor.context().close();

    const citizen = await newPage(stack);
    await citizen.goto(`${stack.url}${form}`);
    const select = citizen.locator('#easyform-thon_to_dan_pho');
    await select.waitFor({ timeout: 60000 });
    assert.ok((await citizen.textContent('label[for="easyform-thon_to_dan_pho"]')).includes('Thôn, tổ dân phố'));
    await select.click();
    assert.deepEqual(
      await citizen.locator('#easyform-thon_to_dan_pho .item').allTextContents(),
      ['Khối 1', 'Khối 2', 'Khối 3'],
    );
    // the citizen's form has no way into the editor
    assert.equal(await citizen.locator('.easyform-edit-fields').count(), 0);
    assert.equal((await rest(stack, 'GET', `${form}/@easyform-fields`)).status, 401);
    await screenshot(citizen, 'easyform-fields-3-public-form');
    await citizen.context().close();
  });
});
