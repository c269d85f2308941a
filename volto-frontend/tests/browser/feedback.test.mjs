// Browser test of citizens' feedback: an anonymous citizen fills the unit's
// EasyForm in Volto, gets a reference number, then checks the case on
// /tra-cuu-phan-anh; the case stays private; a wrong contact gets the vague answer.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, newPage, rest, screenshot } from './harness.mjs';

const FORM = '/huyen-trang-dinh/gui-phan-anh';
let stack;

async function openForm(page) {
  await page.goto(`${stack.url}${FORM}`);
  await page.waitForSelector('form #easyform-ho_ten', { timeout: 60000 });
}

describe('Citizens feedback', { timeout: 20 * 60 * 1000 }, () => {
  before(async () => {
    stack = await startStack();
  });

  after(async () => {
    if (stack) await stack.stop();
  });

  it('takes a case, gives its reference, and the citizen checks it', async () => {
    const page = await newPage(stack);
    await openForm(page);
    await page.fill('#easyform-ho_ten', 'Trần Văn Bình');
    await page.fill('#easyform-email', 'binh@example.vn');
    await page.fill('#easyform-tieu_de', 'Rác thải ven suối');
    await page.fill('textarea[name="noi_dung"]', 'Rác thải đổ ven suối đầu thôn chưa được thu gom.');
    await page.click('.easyform-view button[type="submit"]');
    const ref = await page.waitForSelector('.easyform-reference', { timeout: 30000 });
    const match = /(180-\d{4}-\d{5})/.exec(await ref.textContent());
    assert.ok(match, await ref.textContent());
    const reference = match[1];
    assert.equal(await page.textContent('h1'), 'Đã nhận phản ánh, kiến nghị');
    await screenshot(page, 'feedback-thanks');

    // private: anonymous cannot read the case, the unit's editor can
    const casePath = `/huyen-trang-dinh/phan-anh/${reference.toLowerCase()}`;
    assert.equal((await rest(stack, 'GET', casePath)).status, 401);
    const forEditor = await rest(stack, 'GET', casePath, { user: 'editor-180' });
    assert.equal(forEditor.status, 200);
    assert.equal(forEditor.body.citizen_email, 'binh@example.vn');

    await page.goto(`${stack.url}/tra-cuu-phan-anh`);
    await page.waitForSelector('#feedback-reference');
    await page.fill('#feedback-reference', reference);
    await page.fill('#feedback-contact', 'binh@example.vn');
    await page.click('.mttq-feedback-status button[type="submit"]');
    const state = await page.waitForSelector('.mttq-feedback-state');
    assert.equal(await state.textContent(), 'Trạng thái: Đã tiếp nhận');

    await page.fill('#feedback-contact', 'nguoi-khac@example.vn');
    await page.click('.mttq-feedback-status button[type="submit"]');
    const alert = await page.waitForSelector('.mttq-feedback-error');
    assert.equal(await alert.textContent(), 'Không tìm thấy phản ánh ứng với mã số và thông tin liên hệ này.');
    await screenshot(page, 'feedback-status');
    await page.context().close();
  });
});
