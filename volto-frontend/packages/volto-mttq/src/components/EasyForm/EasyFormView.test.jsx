import React from 'react';
import { render, fireEvent, waitFor, act } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import EasyFormView from './EasyFormView';
import { appPath, conditionMet, easyformUrl, payload } from './helpers';
import viMessages from '../../testing/viMessages';

const store = configureStore()({
  intl: { locale: 'vi', messages: viMessages() },
});

const FORM = {
  title: 'Gửi phản ánh, kiến nghị',
  fieldsets: [
    { id: 'default', title: 'Biểu mẫu', fields: ['gioi_thieu', 'ho_ten', 'linh_vuc', 'ly_do', 'noi_dung', 'dong_y'] },
    { id: 'them', title: 'Thông tin thêm', fields: ['danh_gia', 'tep'] },
  ],
  fields: [
    { name: 'gioi_thieu', type: 'label', title: 'Điền đủ các mục bắt buộc', required: false },
    { name: 'ho_ten', type: 'string', title: 'Họ và tên', required: true, default: 'Khách' },
    { name: 'linh_vuc', type: 'choice', title: 'Lĩnh vực', required: true,
      choices: [['Đất đai', 'Đất đai'], ['Môi trường', 'Môi trường']] },
    { name: 'ly_do', type: 'string', title: 'Lý do', required: false, depends_on: 'linh_vuc=Đất đai' },
    { name: 'noi_dung', type: 'textarea', title: 'Nội dung', required: true },
    { name: 'dong_y', type: 'boolean', title: 'Tôi đồng ý', required: false },
    { name: 'danh_gia', type: 'likert', title: 'Đánh giá', required: true,
      questions: ['Thái độ'], answers: ['Tốt', 'Chưa tốt'] },
    { name: 'tep', type: 'file', title: 'Tệp', required: false, max_size: 10, accept: ['pdf'] },
  ],
  submit_label: 'Gửi phản ánh',
  reset_label: null,
  honeypot: 'mttq_website',
};

const content = { '@id': 'http://localhost:3000/huyen-trang-dinh/gui-phan-anh', title: 'Gửi phản ánh, kiến nghị' };

function fakeFetch(answers, savedData = [401, {}]) {
  const calls = [];
  const fetcher = (url, init = {}) => {
    calls.push({ url, init });
    let answer = [200, FORM];
    if (init.method === 'POST') answer = answers.shift();
    else if (url.endsWith('@easyform-data')) answer = savedData;
    const [status, body] = answer;
    return Promise.resolve({ ok: status < 400, status, json: () => Promise.resolve(body) });
  };
  return { fetcher, calls };
}

async function renderForm(answers = [], savedData = undefined) {
  const f = fakeFetch(answers, savedData);
  const view = render(
    <Provider store={store}>
      <EasyFormView content={content} fetcher={f.fetcher} />
    </Provider>,
  );
  await waitFor(() => expect(view.container.querySelector('form')).not.toBeNull());
  return { ...view, calls: f.calls };
}

describe('EasyForm helpers', () => {
  it('evaluates easyform conditions', () => {
    expect(conditionMet('', {})).toBe(true);
    expect(conditionMet('a=x', { a: 'x' })).toBe(true);
    expect(conditionMet('a=x', { a: 'y' })).toBe(false);
    expect(conditionMet('a!=x', { a: 'y' })).toBe(true);
    expect(conditionMet('a', { a: '' })).toBe(false);
    expect(conditionMet('a=x or b', { a: 'y', b: true })).toBe(true);
    expect(conditionMet('a=x and b', { a: 'x', b: false })).toBe(false);
    expect(conditionMet('k=m', { k: ['n', 'm'] })).toBe(true);
  });

  it('builds the service URL and leaves hidden fields out', () => {
    expect(easyformUrl('/huyen-trang-dinh/gui-phan-anh')).toBe('/++api++/huyen-trang-dinh/gui-phan-anh/@easyform');
    expect(appPath('http://127.0.0.1:41234/huyen-trang-dinh/gui-phan-anh')).toBe('/huyen-trang-dinh/gui-phan-anh');
    expect(appPath('/huyen-trang-dinh/gui-phan-anh')).toBe('/huyen-trang-dinh/gui-phan-anh');
    const body = payload(FORM.fields, { ho_ten: 'Lan', linh_vuc: 'Môi trường', ly_do: 'x', gioi_thieu: 'y' }, 'mttq_website', '');
    expect(body).toEqual({ data: { ho_ten: 'Lan', linh_vuc: 'Môi trường' } });
    expect(payload([], {}, 'mttq_website', 'spam').data).toEqual({ mttq_website: 'spam' });
  });
});

describe('EasyFormView', () => {
  it('renders fields, fieldsets, defaults, the label and the submit label', async () => {
    const { container, calls } = await renderForm();
    expect(calls[0].url).toBe('/++api++/huyen-trang-dinh/gui-phan-anh/@easyform');
    expect(container.querySelector('#easyform-ho_ten').value).toBe('Khách');
    expect(container.querySelector('.easyform-label').textContent).toBe('Điền đủ các mục bắt buộc');
    expect([...container.querySelectorAll('legend')].map((l) => l.textContent)).toEqual(['Biểu mẫu', 'Thông tin thêm']);
    expect(container.querySelector('textarea[name="noi_dung"]')).not.toBeNull();
    expect(container.querySelectorAll('.easyform-likert input[type="radio"]').length).toBe(2);
    expect(container.querySelector('input[type="file"]').getAttribute('accept')).toBe('.pdf');
    expect(container.querySelector('button[type="submit"]').textContent).toBe('Gửi phản ánh');
    // the condition hides "Lý do" until "Đất đai" is chosen
    expect(container.querySelector('#easyform-ly_do')).toBeNull();
    // the honeypot is out of sight and out of the tab order
    const hp = container.querySelector('input[name="mttq_website"]');
    expect(hp.getAttribute('tabindex')).toBe('-1');
  });

  it('checks required fields before sending', async () => {
    const { container, calls } = await renderForm();
    fireEvent.change(container.querySelector('#easyform-ho_ten'), { target: { value: '' } });
    await act(async () => {
      fireEvent.submit(container.querySelector('form'));
    });
    expect(calls.filter((c) => c.init.method === 'POST').length).toBe(0);
    expect(container.textContent).toContain('Vui lòng sửa các mục được đánh dấu.');
    expect(container.querySelector('.field.error').textContent).toContain('Vui lòng điền mục này.');
  });

  it("shows the server's per-field errors in Vietnamese", async () => {
    const refused = [400, { error: { type: 'BadRequest', message: 'Vui lòng sửa các mục được đánh dấu.',
      errors: { noi_dung: 'Không được chèn đường liên kết.', linh_vuc: 'Vui lòng điền mục này.' } } }];
    const { container, calls } = await renderForm([refused]);
    fireEvent.change(container.querySelector('textarea[name="noi_dung"]'), { target: { value: 'http://x' } });
    // linh_vuc left empty on purpose: the local check would stop us; pick one
    await act(async () => {
      fireEvent.click(container.querySelector('#easyform-linh_vuc'));
    });
    const option = container.querySelector('#easyform-linh_vuc .item');
    await act(async () => {
      fireEvent.click(option);
    });
    await act(async () => {
      fireEvent.submit(container.querySelector('form'));
    });
    const posts = calls.filter((c) => c.init.method === 'POST');
    expect(posts.length).toBe(1);
    const sent = JSON.parse(posts[0].init.body);
    expect(sent.data.noi_dung).toBe('http://x');
    expect(sent.data.linh_vuc).toBe('Đất đai');
    expect(container.textContent).toContain('Không được chèn đường liên kết.');
    expect(container.textContent).toContain('Vui lòng sửa các mục được đánh dấu.');
    // "Đất đai" shows the dependent field
    expect(container.querySelector('#easyform-ly_do')).not.toBeNull();
  });

  it('thanks the citizen with the reference number', async () => {
    const ok = [200, { success: true, thanks: { title: 'Đã nhận phản ánh, kiến nghị', description: 'Xin cảm ơn.' },
      feedback: { reference: '180-2026-00007' } }];
    const { container } = await renderForm([ok]);
    fireEvent.change(container.querySelector('textarea[name="noi_dung"]'), { target: { value: 'Đèn hỏng' } });
    await act(async () => {
      fireEvent.click(container.querySelector('#easyform-linh_vuc'));
    });
    await act(async () => {
      fireEvent.click(container.querySelector('#easyform-linh_vuc .item'));
    });
    await act(async () => {
      fireEvent.submit(container.querySelector('form'));
    });
    expect(container.querySelector('h1').textContent).toBe('Đã nhận phản ánh, kiến nghị');
    expect(container.querySelector('.easyform-reference').textContent).toBe(
      'Mã số phản ánh của bạn: 180-2026-00007',
    );
  });

  it('shows editors the saved data with its exports, others nothing', async () => {
    const saved = [200, { actions: [{ id: 'luu', title: 'Lưu dữ liệu', items_total: 1,
      columns: [{ name: 'ho_ten', title: 'Họ và tên' }, { name: 'kenh', title: 'Kênh' }],
      items: [{ id: 1, ho_ten: 'Nguyễn Thị Lan', kenh: ['Điện thoại', 'Thư'] }] }] }];
    const { container } = await renderForm([], saved);
    await waitFor(() => expect(container.querySelector('.easyform-data')).not.toBeNull());
    expect(container.querySelector('.easyform-data h2').textContent).toBe('Dữ liệu đã gửi');
    expect([...container.querySelectorAll('.easyform-data td')].map((td) => td.textContent)).toEqual([
      'Nguyễn Thị Lan', 'Điện thoại, Thư']);
    const links = [...container.querySelectorAll('.easyform-data a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Xuất CSV', '/++api++/huyen-trang-dinh/gui-phan-anh/@easyform-data/luu/csv'],
      ['Xuất Excel (XLSX)', '/++api++/huyen-trang-dinh/gui-phan-anh/@easyform-data/luu/xlsx'],
    ]);
    const anonymous = await renderForm();
    expect(anonymous.container.querySelector('.easyform-data')).toBeNull();
  });
});
