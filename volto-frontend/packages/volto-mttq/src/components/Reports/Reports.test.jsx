import React from 'react';
import { render, fireEvent, waitFor, act, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import ReportPeriodView from './ReportPeriodView';
import ReportMatrix, { matrixQuery } from './ReportMatrix';
import { formatDay, formatDateTime, likertValue, serviceUrl, valuesFrom } from './helpers';
import viMessages from '../../testing/viMessages';

const store = configureStore()({
  intl: { locale: 'vi', messages: viMessages() },
  userSession: { token: 'tok' },
});

const FIELDS = [
  { name: 'so_hoi_nghi', type: 'integer', title: 'Số hội nghị', required: true },
  { name: 'quy', type: 'number', title: 'Quỹ (triệu đồng)', required: false },
  { name: 'ket_qua', type: 'textarea', title: 'Kết quả nổi bật', required: true },
];
const PERIOD = {
  '@id': 'http://localhost:8080/Plone/noi-bo/bao-cao/thang-11',
  UID: 'p1',
  period: '2026-11',
  period_label: 'Tháng 11/2026',
  due_date: '2026-12-05',
  accepting: true,
  form: { title: 'Báo cáo công tác tháng' },
};
const MISSING = {
  code: '180',
  title: 'Ủy ban MTTQ huyện Tràng Định',
  state: 'missing',
  can_submit: true,
  unit_closed: false,
  revisable_until: '2026-12-05T23:59:59+07:00',
  submission: null,
};
const SUBMITTED = {
  ...MISSING,
  state: 'submitted',
  submission: {
    submitted_at: '2026-11-27T09:05:00+07:00',
    submitted_by_name: 'Biên tập viên Tràng Định',
    data: { so_hoi_nghi: 3, ket_qua: 'Tốt' },
  },
};

function fakeFetch(routes) {
  const calls = [];
  const fetcher = (url, init = {}) => {
    calls.push({ url, init });
    const key = `${init.method || 'GET'} ${url}`;
    // [status, body] answers every time; [[status, body], ...] once each.
    const route = routes[key];
    const [status, body] = typeof route[0] === 'number' ? route : route.shift();
    return Promise.resolve({
      ok: status < 400,
      status,
      json: () => Promise.resolve(body),
      blob: () => Promise.resolve(new Blob([JSON.stringify(body)])),
    });
  };
  return { fetcher, calls };
}

const content = { '@id': 'http://localhost:3000/noi-bo/bao-cao/thang-11', title: 'Báo cáo tháng 11/2026' };
const URL_ = '/++api++/noi-bo/bao-cao/thang-11/@report';

function renderView(routes) {
  const f = fakeFetch(routes);
  const view = render(
    <Provider store={store}>
      <MemoryRouter>
        <ReportPeriodView content={content} fetcher={f.fetcher} />
      </MemoryRouter>
    </Provider>,
  );
  return { ...view, calls: f.calls };
}

describe('report helpers', () => {
  it('formats dates in Vietnam time and builds addresses', () => {
    expect(formatDay('2026-12-05')).toBe('05/12/2026');
    expect(formatDateTime('2026-11-27T02:05:00+00:00')).toBe('27/11/2026 09:05');
    expect(serviceUrl('/noi-bo/bao-cao/thang-11/', '@report')).toBe(URL_);
    expect(valuesFrom([{ name: 'a', default: 1 }, { name: 'b' }], { data: { b: 2 } })).toEqual({ a: 1, b: 2 });
    // easyform's stored Likert answers, back as the input's {question: answer}
    expect(likertValue('1: Tốt, 2: Chưa đạt')).toEqual({ 1: 'Tốt', 2: 'Chưa đạt' });
    expect(valuesFrom([{ name: 'l', type: 'likert' }], { data: { l: '2: Khá' } })).toEqual({ l: { 2: 'Khá' } });
    expect(matrixQuery('?nam=2026')).toBe('2026');
    expect(matrixQuery('?nam=abc')).toBe('');
  });
});

describe('ReportPeriodView', () => {
  it('lets a unit send its report with the token, then shows it submitted', async () => {
    const routes = {
      [`GET ${URL_}`]: [200, { period: PERIOD, form: { fields: FIELDS }, units: [MISSING], province: false }],
      [`POST ${URL_}`]: [[200, SUBMITTED]],
    };
    const view = renderView(routes);
    await waitFor(() => expect(view.container.querySelector('form')).not.toBeNull());
    expect(view.getByText('Chưa nộp')).toBeTruthy();
    expect(view.getByText('Được sửa báo cáo đến hết ngày 05/12/2026.')).toBeTruthy();
    expect(view.getByText('05/12/2026')).toBeTruthy();
    fireEvent.change(view.container.querySelector('#report-so_hoi_nghi'), { target: { value: '3' } });
    fireEvent.change(view.container.querySelector('#report-ket_qua'), { target: { value: 'Tốt' } });
    await act(async () => {
      fireEvent.click(view.getByText('Gửi báo cáo'));
    });
    const post = view.calls.find((c) => c.init.method === 'POST');
    expect(JSON.parse(post.init.body)).toEqual({ unit: '180', data: { so_hoi_nghi: 3, ket_qua: 'Tốt' } });
    expect(post.init.headers.Authorization).toBe('Bearer tok');
    await waitFor(() => expect(view.getByText('Đã gửi báo cáo.')).toBeTruthy());
    expect(view.getByText('Đã nộp')).toBeTruthy();
    expect(view.getByText('Đã nộp lúc 27/11/2026 09:05, người nộp: Biên tập viên Tràng Định.')).toBeTruthy();
    expect(view.getByText('Cập nhật báo cáo')).toBeTruthy();
  });

  it("shows the server's errors per field and keeps the values", async () => {
    const routes = {
      [`GET ${URL_}`]: [200, { period: PERIOD, form: { fields: FIELDS }, units: [SUBMITTED], province: false }],
      [`POST ${URL_}`]: [[400, { error: { message: 'Vui lòng sửa các mục được đánh dấu.', errors: { so_hoi_nghi: 'Giá trị không được nhỏ hơn 0.' } } }]],
    };
    const view = renderView(routes);
    await waitFor(() => expect(view.container.querySelector('form')).not.toBeNull());
    expect(view.container.querySelector('#report-so_hoi_nghi').value).toBe('3');
    await act(async () => {
      fireEvent.click(view.getByText('Cập nhật báo cáo'));
    });
    await waitFor(() => expect(view.getAllByRole('alert')[0].textContent).toBe('Vui lòng sửa các mục được đánh dấu.'));
    expect(view.getByText('Giá trị không được nhỏ hơn 0.')).toBeTruthy();
  });

  it('shows a late report read-only once the due date has passed', async () => {
    const late = { ...SUBMITTED, state: 'late', can_submit: false, revisable_until: null };
    const view = renderView({
      [`GET ${URL_}`]: [200, { period: PERIOD, form: { fields: FIELDS }, units: [late], province: false }],
    });
    await waitFor(() => expect(view.getByText('Nộp muộn')).toBeTruthy());
    expect(view.container.querySelector('form')).toBeNull();
    expect(view.getByText('Đã quá hạn nộp: không thể sửa báo cáo nữa.')).toBeTruthy();
    expect(view.getByText('Kết quả nổi bật')).toBeTruthy();
  });

  it('tells a cadre whose unit does not report, and asks anonymous visitors to log in', async () => {
    const view = renderView({
      [`GET ${URL_}`]: [200, { period: PERIOD, form: { fields: FIELDS }, units: [], province: false }],
    });
    await waitFor(() => expect(view.getByText('Đơn vị của bạn không phải báo cáo kỳ này.')).toBeTruthy());
    const anon = renderView({ [`GET ${URL_}`]: [401, {}] });
    await waitFor(() => expect(anon.getByText('Vui lòng đăng nhập để xem báo cáo định kỳ.')).toBeTruthy());
  });

  it("shows the province every unit's report with the sums", async () => {
    const view = renderView({
      [`GET ${URL_}`]: [200, { period: PERIOD, form: { fields: FIELDS }, units: [], province: true }],
      'GET /++api++/noi-bo/bao-cao/thang-11/@report-submissions': [
        200,
        {
          fields: FIELDS,
          counts: { submitted: 1, late: 1, missing: 1, required: 3 },
          items: [
            { code: '178', title: 'TP Lạng Sơn', state: 'submitted', submitted_at: SUBMITTED.submission.submitted_at, data: { so_hoi_nghi: 2, quy: 1.5 } },
            { code: '180', title: 'Tràng Định', state: 'late', data: { so_hoi_nghi: 3, quy: 1000 } },
            { code: '181', title: 'Bình Gia', state: 'missing', data: {} },
          ],
          sums: [
            { name: 'so_hoi_nghi', sum: 5 },
            { name: 'quy', sum: 1001.5 },
          ],
        },
      ],
    });
    await waitFor(() => expect(view.getByText('Báo cáo của các đơn vị')).toBeTruthy());
    expect(view.getByText('2/3 đơn vị đã nộp báo cáo')).toBeTruthy();
    const sums = view.container.querySelector('.mttq-report-sums');
    expect(sums.textContent).toBe('Tổng cộng51.001,5');
    expect(view.getByText('Tổng hợp báo cáo của các đơn vị, các kỳ').getAttribute('href')).toBe('/bao-cao-dinh-ky');
    expect(view.getByText('Tải xuống (CSV)')).toBeTruthy();
  });
});

// Every field type the EasyForm view renders.
const EVERY_KIND = [
  { name: 'gioi_thieu', type: 'label', title: 'Điền đủ các mục' },
  { name: 'huong_dan', type: 'richlabel', title: 'Hướng dẫn', text: '<p>Số liệu <b>tháng</b></p>' },
  { name: 'ten', type: 'string', title: 'Người lập', required: true },
  { name: 'an', type: 'string', title: 'Trường ẩn', hidden: true },
  { name: 'mo_ta', type: 'textarea', title: 'Mô tả', max_length: 500 },
  { name: 'ghi_chu', type: 'richtext', title: 'Ghi chú' },
  { name: 'so', type: 'integer', title: 'Số cuộc họp', min: 0 },
  { name: 'quy', type: 'number', title: 'Quỹ' },
  { name: 'ngay', type: 'date', title: 'Ngày' },
  { name: 'hen', type: 'datetime', title: 'Thời điểm' },
  { name: 'linh_vuc', type: 'choice', title: 'Lĩnh vực', choices: [['dat', 'Đất đai']] },
  { name: 'kenh', type: 'multichoice', title: 'Kênh', choices: [['dt', 'Điện thoại'], ['tt', 'Thư']] },
  { name: 'dat', type: 'boolean', title: 'Đạt chỉ tiêu' },
  { name: 'danh_gia', type: 'likert', title: 'Tự đánh giá', required: true,
    questions: ['Tuyên truyền', 'Giám sát'], answers: ['Tốt', 'Khá', 'Chưa đạt'] },
  { name: 'bien_ban', type: 'file', title: 'Biên bản', required: true, accept: ['pdf', 'docx'], max_size: 1048576 },
  { name: 'anh', type: 'image', title: 'Ảnh', accept: ['jpg', 'png'] },
];
const STORED_FILE = { filename: 'bien-ban.pdf', size: 35, 'content-type': 'application/pdf' };

describe('Report fields (the EasyForm view\'s input)', () => {
  const renderField = (element) =>
    render(
      <Provider store={store}>
        <form className="ui form">{element}</form>
      </Provider>,
    ).container.innerHTML;

  it("groups the fields in the form's fieldsets, as the EasyForm view does", async () => {
    const fieldsets = [
      { id: 'default', title: 'Thông tin chung', fields: ['ten', 'so'] },
      { id: 'ket-qua', title: 'Kết quả', fields: ['danh_gia', 'mo_ta'] },
    ];
    const view = renderView({
      [`GET ${URL_}`]: [
        200,
        { period: PERIOD, form: { fields: EVERY_KIND, fieldsets }, units: [MISSING], province: false },
      ],
    });
    await waitFor(() => expect(view.container.querySelector('form')).not.toBeNull());
    const groups = [...view.container.querySelectorAll('fieldset.easyform-fieldset')];
    expect(groups.map((g) => g.querySelector('legend').textContent)).toEqual(['Thông tin chung', 'Kết quả']);
    expect(groups[0].querySelector('#report-ten')).not.toBeNull();
    expect(groups[0].querySelector('#report-so')).not.toBeNull();
    expect(groups[1].querySelector('#report-mo_ta')).not.toBeNull();
    expect(groups[1].querySelector('#report-danh_gia')).toBeNull(); // a Likert scale is a table of radios
    expect(groups[1].textContent).toContain('Tuyên truyền');
    // a field in no fieldset is not shown, as in the EasyForm view
    expect(view.container.querySelector('#report-quy')).toBeNull();
  });

  it('renders every kind in the period view, Likert and uploads included', async () => {
    const view = renderView({
      [`GET ${URL_}`]: [200, { period: PERIOD, form: { fields: EVERY_KIND }, units: [MISSING], province: false }],
    });
    await waitFor(() => expect(view.container.querySelector('form')).not.toBeNull());
    const c = view.container;
    expect(c.querySelector('.easyform-label').textContent).toBe('Điền đủ các mục');
    expect(c.querySelector('#report-ten').type).toBe('text');
    expect(c.querySelector('#report-an').type).toBe('hidden');
    expect(c.querySelector('#report-mo_ta').tagName).toBe('TEXTAREA');
    expect(c.querySelector('#report-ghi_chu').tagName).toBe('TEXTAREA');
    expect(c.querySelector('#report-so').type).toBe('number');
    expect(c.querySelector('#report-ngay').type).toBe('date');
    expect(c.querySelector('#report-hen').type).toBe('datetime-local');
    expect(c.querySelector('#report-linh_vuc').getAttribute('role')).toBe('listbox');
    expect(c.querySelectorAll('input[name="kenh"]').length).toBe(2);
    expect(c.querySelector('#report-dat').type).toBe('checkbox');
    expect(view.getByLabelText('Giám sát: Chưa đạt').type).toBe('radio');
    expect(c.querySelectorAll('.easyform-likert input[type="radio"]').length).toBe(6);
    expect(c.querySelector('#report-bien_ban').type).toBe('file');
    expect(c.querySelector('#report-bien_ban').getAttribute('accept')).toBe('.pdf,.docx');
    expect(c.querySelector('#report-anh').getAttribute('accept')).toBe('.jpg,.png');
    expect(c.textContent).not.toContain('chưa điền được');
  });

  const RICH = [
    { name: 'so', type: 'integer', title: 'Số cuộc họp', required: true },
    EVERY_KIND.find((f) => f.name === 'danh_gia'),
    EVERY_KIND.find((f) => f.name === 'bien_ban'),
  ];
  const RICH_SUBMITTED = {
    ...SUBMITTED,
    submission: { ...SUBMITTED.submission, data: { so: 2, danh_gia: '1: Tốt, 2: Khá', bien_ban: STORED_FILE } },
  };

  it('sends Likert answers, keeps the file sent before, uploads a new one as base64', async () => {
    const view = renderView({
      [`GET ${URL_}`]: [200, { period: PERIOD, form: { fields: RICH }, units: [RICH_SUBMITTED], province: false }],
      [`POST ${URL_}`]: [200, RICH_SUBMITTED],
    });
    await waitFor(() => expect(view.container.querySelector('form')).not.toBeNull());
    // the stored answers and file, as the unit sent them
    expect(view.getByLabelText('Tuyên truyền: Tốt').checked).toBe(true);
    expect(view.getByLabelText('Giám sát: Khá').checked).toBe(true);
    expect(view.container.querySelector('.easyform-stored-file').textContent).toBe(
      'Đã gửi tệp: bien-ban.pdf. Chọn tệp khác nếu muốn thay.',
    );
    fireEvent.click(view.getByLabelText('Giám sát: Chưa đạt'));
    await act(async () => {
      fireEvent.click(view.getByText('Cập nhật báo cáo'));
    });
    let posts = view.calls.filter((c) => c.init.method === 'POST');
    expect(JSON.parse(posts[0].init.body)).toEqual({
      unit: '180',
      data: { so: 2, danh_gia: { 1: 'Tốt', 2: 'Chưa đạt' } },
    });
    // a new file replaces it
    const pdf = new File(['%PDF-1.4'], 'bien-ban-moi.pdf', { type: 'application/pdf' });
    fireEvent.change(view.container.querySelector('#report-bien_ban'), { target: { files: [pdf] } });
    await act(async () => {
      fireEvent.click(view.getByText('Cập nhật báo cáo'));
    });
    await waitFor(() => expect(view.calls.filter((c) => c.init.method === 'POST').length).toBe(2));
    posts = view.calls.filter((c) => c.init.method === 'POST');
    expect(JSON.parse(posts[1].init.body).data.bien_ban).toEqual({
      data: Buffer.from('%PDF-1.4').toString('base64'),
      encoding: 'base64',
      filename: 'bien-ban-moi.pdf',
      'content-type': 'application/pdf',
    });
  });

  it('removes an optional file sent before, never a required one', async () => {
    const photo = EVERY_KIND.find((f) => f.name === 'anh');
    const fields = [...RICH, photo];
    const unit = {
      ...RICH_SUBMITTED,
      submission: { ...RICH_SUBMITTED.submission, data: { ...RICH_SUBMITTED.submission.data, anh: STORED_FILE } },
    };
    const view = renderView({
      [`GET ${URL_}`]: [200, { period: PERIOD, form: { fields }, units: [unit], province: false }],
      [`POST ${URL_}`]: [200, RICH_SUBMITTED],
    });
    await waitFor(() => expect(view.container.querySelector('form')).not.toBeNull());
    // the required record of the meeting has no remove button, the optional photo has
    const buttons = view.getAllByRole('button', { name: 'Bỏ tệp này' });
    expect(buttons).toHaveLength(1);
    expect(view.container.querySelector('#report-bien_ban-stored button')).toBeNull();
    fireEvent.click(buttons[0]);
    expect(view.getByRole('status').textContent).toBe('Tệp đã gửi sẽ được bỏ khi bạn gửi biểu mẫu.');
    await act(async () => {
      fireEvent.click(view.getByText('Cập nhật báo cáo'));
    });
    const post = view.calls.find((c) => c.init.method === 'POST');
    // null removes the photo; the record, left out, is kept
    expect(JSON.parse(post.init.body).data).toEqual({ so: 2, danh_gia: { 1: 'Tốt', 2: 'Khá' }, anh: null });
  });

  it('checks a file before sending it, as the EasyForm view does', async () => {
    const view = renderView({
      [`GET ${URL_}`]: [200, { period: PERIOD, form: { fields: RICH }, units: [MISSING], province: false }],
    });
    await waitFor(() => expect(view.container.querySelector('form')).not.toBeNull());
    fireEvent.change(view.container.querySelector('#report-so'), { target: { value: '1' } });
    const exe = new File(['MZ'], 'chay.exe', { type: 'application/x-msdownload' });
    fireEvent.change(view.container.querySelector('#report-bien_ban'), { target: { files: [exe] } });
    await act(async () => {
      fireEvent.click(view.getByText('Gửi báo cáo'));
    });
    expect(view.calls.filter((c) => c.init.method === 'POST').length).toBe(0);
    expect(view.getAllByRole('alert')[0].textContent).toBe('Vui lòng sửa các mục được đánh dấu.');
    expect(view.getByText('Không chấp nhận tệp loại EXE.')).toBeTruthy();
  });

  it('shows a sent file as a download with the token, the Likert answers under their questions', async () => {
    global.URL.createObjectURL = jest.fn(() => 'blob:bien-ban');
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const late = { ...RICH_SUBMITTED, state: 'late', can_submit: false, revisable_until: null };
    const fileUrl = '/++api++/noi-bo/bao-cao/thang-11/@report-file/180/bien_ban';
    const view = renderView({
      [`GET ${URL_}`]: [200, { period: PERIOD, form: { fields: RICH }, units: [late], province: false }],
      [`GET ${fileUrl}`]: [200, {}],
    });
    await waitFor(() => expect(view.getByText('Nộp muộn')).toBeTruthy());
    // the Likert answers under their questions, not as easyform stores them
    const likert = view.container.querySelector('.mttq-report-likert');
    expect([...likert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Tuyên truyền: Tốt',
      'Giám sát: Khá',
    ]);
    await act(async () => {
      fireEvent.click(view.getByRole('button', { name: 'Tải xuống bien-ban.pdf' }));
    });
    const download = view.calls.find((c) => c.url === fileUrl);
    expect(download.init.headers.Authorization).toBe('Bearer tok');
    expect(global.URL.createObjectURL).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
    click.mockRestore();
  });

  it("shows the province each unit's file", async () => {
    const view = renderView({
      [`GET ${URL_}`]: [200, { period: PERIOD, form: { fields: RICH }, units: [], province: true }],
      'GET /++api++/noi-bo/bao-cao/thang-11/@report-submissions': [
        200,
        {
          fields: RICH,
          counts: { submitted: 1, late: 0, missing: 1, required: 2 },
          items: [
            { code: '180', title: 'Tràng Định', state: 'submitted', data: { so: 2, danh_gia: '1: Tốt', bien_ban: STORED_FILE } },
            { code: '181', title: 'Bình Gia', state: 'missing', data: {} },
          ],
          sums: [{ name: 'so', sum: 2 }],
        },
      ],
    });
    await waitFor(() => expect(view.getByText('Báo cáo của các đơn vị')).toBeTruthy());
    const headers = [...view.container.querySelectorAll('.mttq-report-submissions th')].map((th) => th.textContent);
    expect(headers).toContain('Biên bản');
    expect(view.getByRole('button', { name: 'Tải xuống bien-ban.pdf' }).textContent).toBe('bien-ban.pdf');
    expect(view.container.querySelector('.mttq-report-sums').textContent).toBe('Tổng cộng2');
  });
});

describe('ReportMatrix', () => {
  const MATRIX = {
    periods: [
      { ...PERIOD, counts: { submitted: 1, late: 0, missing: 1, required: 2 }, sums: [{ name: 'so_hoi_nghi', title: 'Số hội nghị', sum: 3 }] },
    ],
    units: [
      { code: '178', title: 'TP Lạng Sơn', cells: { p1: { state: 'missing' } } },
      { code: '180', title: 'Tràng Định', cells: { p1: { state: 'submitted' } } },
    ],
  };

  function renderMatrix(routes, path = '/bao-cao-dinh-ky') {
    const f = fakeFetch(routes);
    const view = render(
      <Provider store={store}>
        <MemoryRouter initialEntries={[path]}>
          <ReportMatrix fetcher={f.fetcher} />
        </MemoryRouter>
      </Provider>,
    );
    return { ...view, calls: f.calls };
  }

  it('shows units × periods with their states, counts and sums', async () => {
    const view = renderMatrix({ 'GET /++api++/@report-matrix?year=2026': [200, MATRIX] }, '/bao-cao-dinh-ky?nam=2026');
    await waitFor(() => expect(view.getByText('Tháng 11/2026')).toBeTruthy());
    expect(view.calls[0].init.headers.Authorization).toBe('Bearer tok');
    expect(view.container.querySelector('.mttq-report-cell-missing').textContent).toBe('Chưa nộp');
    expect(view.container.querySelector('.mttq-report-cell-submitted').textContent).toBe('Đã nộp');
    expect(view.container.querySelector('.mttq-report-count').textContent).toBe('1/2');
    expect(view.container.querySelector('.mttq-report-sums').textContent).toContain('Số hội nghị3');
    expect(view.getByText('Tháng 11/2026').getAttribute('href')).toBe('/noi-bo/bao-cao/thang-11');
    expect(view.container.querySelector('#mttq-report-year').value).toBe('2026');
  });

  it('keeps the chosen year in the address', async () => {
    const last = String(new Date().getFullYear() - 1);
    const view = renderMatrix({
      'GET /++api++/@report-matrix': [200, MATRIX],
      [`GET /++api++/@report-matrix?year=${last}`]: [200, { periods: [], units: [] }],
    });
    await waitFor(() => expect(view.getByText('Tháng 11/2026')).toBeTruthy());
    expect(view.getByLabelText('Năm').value).toBe('');
    fireEvent.change(view.getByLabelText('Năm'), { target: { value: last } });
    await waitFor(() => expect(view.getByText('Chưa có kỳ báo cáo nào.')).toBeTruthy());
    expect(view.calls.map((c) => c.url)).toContain(`/++api++/@report-matrix?year=${last}`);
  });

  it('takes the matrix away when a later request is refused', async () => {
    const last = String(new Date().getFullYear() - 1);
    const view = renderMatrix({
      'GET /++api++/@report-matrix': [200, MATRIX],
      [`GET /++api++/@report-matrix?year=${last}`]: [403, {}],
    });
    await waitFor(() => expect(view.getByText('Tháng 11/2026')).toBeTruthy());
    fireEvent.change(view.getByLabelText('Năm'), { target: { value: last } });
    await waitFor(() =>
      expect(view.getByText('Chỉ Văn phòng Ủy ban MTTQ tỉnh được xem báo cáo của mọi đơn vị.')).toBeTruthy(),
    );
    expect(view.container.querySelector('table')).toBeNull();
    expect(view.container.textContent).not.toContain('Tràng Định');
  });

  it('refuses others in Vietnamese', async () => {
    const view = renderMatrix({ 'GET /++api++/@report-matrix': [403, {}] });
    await waitFor(() =>
      expect(view.getByText('Chỉ Văn phòng Ủy ban MTTQ tỉnh được xem báo cáo của mọi đơn vị.')).toBeTruthy(),
    );
  });
});
