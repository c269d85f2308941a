import React from 'react';
import { render, fireEvent, waitFor, act, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import { MemoryRouter } from 'react-router-dom';
import EasyFormFields from './EasyFormFields';
import EasyFormView from './EasyFormView';
import { fieldsUrl, formPathOf, fromDraft, idFromTitle, toDraft } from './fieldsEditor';
import viMessages from '../../testing/viMessages';

const TYPES = [
  { id: 'string', title: 'Dòng văn bản', properties: ['default', 'description', 'max_length', 'min_length', 'required', 'title', 'validators'] },
  { id: 'choice', title: 'Lựa chọn (một đáp án)', properties: ['choices', 'default', 'description', 'required', 'title', 'validators'] },
  { id: 'file', title: 'Tải tệp lên', properties: ['description', 'max_size', 'required', 'title', 'validators'] },
];

const LISTING = {
  fieldsets: [
    { id: 'default', title: 'Biểu mẫu', fields: ['ho_ten', 'email', 'linh_vuc'] },
    { id: 'them', title: 'Thông tin thêm', fields: ['tep'] },
  ],
  fields: [
    { name: 'ho_ten', type: 'string', title: 'Họ và tên', required: true, fieldset: 'default', validators: [], kept: true },
    { name: 'email', type: 'string', title: 'Thư điện tử', required: false, fieldset: 'default', validators: ['isValidEmail'] },
    { name: 'linh_vuc', type: 'choice', title: 'Lĩnh vực', required: true, fieldset: 'default', validators: [],
      choices: ['Đất đai', 'Môi trường'], default: null },
    { name: 'tep', type: 'file', title: 'Tệp', required: false, fieldset: 'them', validators: [], max_size: null },
  ],
  types: TYPES,
  validators: [{ id: 'isValidEmail', title: 'Địa chỉ thư điện tử hợp lệ' }],
  max_size: 10485760,
};

function fakeFetch(answers = [], first = [200, LISTING]) {
  const calls = [];
  const fetcher = (url, init = {}) => {
    calls.push({ url, init, body: init.body ? JSON.parse(init.body) : undefined });
    const [status, body] = init.method ? answers.shift() : first;
    return Promise.resolve({ ok: status < 400, status, json: () => Promise.resolve(body) });
  };
  return { fetcher, calls };
}

function storeWith(state = {}) {
  return configureStore()({ intl: { locale: 'vi', messages: viMessages() }, ...state });
}

async function renderEditor(answers, first) {
  const f = fakeFetch(answers, first);
  const view = render(
    <Provider store={storeWith({ userSession: { token: 'jwt-abc' } })}>
      <MemoryRouter>
        <EasyFormFields location={{ pathname: '/huyen-trang-dinh/khao-sat/truong-bieu-mau' }} fetcher={f.fetcher} />
      </MemoryRouter>
    </Provider>,
  );
  if (first === undefined || first[0] === 200) {
    await waitFor(() => expect(view.container.querySelector('.mttq-field')).not.toBeNull());
  }
  return { ...view, calls: f.calls };
}

const moved = (names) => ({
  ...LISTING,
  fieldsets: [{ ...LISTING.fieldsets[0], fields: names }, LISTING.fieldsets[1]],
});

describe('field editor helpers', () => {
  it('finds the form and its REST address', () => {
    expect(formPathOf('/huyen-trang-dinh/khao-sat/truong-bieu-mau')).toBe('/huyen-trang-dinh/khao-sat');
    expect(fieldsUrl('/huyen-trang-dinh/khao-sat')).toBe('/++api++/huyen-trang-dinh/khao-sat/@easyform-fields');
    expect(fieldsUrl('/a/f', 'ho_ten')).toBe('/++api++/a/f/@easyform-fields/ho_ten');
  });

  it('suggests an id from a Vietnamese title', () => {
    expect(idFromTitle('Số điện thoại')).toBe('so_dien_thoai');
    expect(idFromTitle('Đơn vị / Địa chỉ')).toBe('don_vi_dia_chi');
    expect(idFromTitle('1. Ý kiến')).toBe('y_kien');
  });

  it('sends only what applies to the type, in the backend’s units', () => {
    const draft = { ...toDraft(null, 'choice'), title: 'Lĩnh vực', name: 'linh_vuc', choices: 'A\n\n B \n', default: 'A' };
    expect(fromDraft(draft, TYPES[1].properties, true)).toEqual({
      choices: ['A', 'B'], default: 'A', description: '', required: true, title: 'Lĩnh vực',
      validators: [], name: 'linh_vuc', type: 'choice', fieldset: 'default',
    });
    const file = { ...toDraft(LISTING.fields[3]), max_size: '2.5' };
    expect(fromDraft(file, ['max_size'], false)).toEqual({ max_size: 2621440 });
    expect(fromDraft({ ...file, max_size: '' }, ['max_size'], false)).toEqual({ max_size: null });
    expect(toDraft({ ...LISTING.fields[3], max_size: 1048576 }).max_size).toBe('1');
    expect(fromDraft({ ...toDraft(null, 'integer'), min: '', max: '10', default: '3' },
      ['min', 'max', 'default'], false)).toEqual({ min: null, max: 10, default: 3 });
  });
});

describe('EasyFormFields', () => {
  it('lists the fields by group with their type and marks', async () => {
    const { container, calls } = await renderEditor();
    expect(calls[0].url).toBe('/++api++/huyen-trang-dinh/khao-sat/@easyform-fields');
    // plone.restapi knows the editor by the Authorization header only
    expect(calls[0].init.headers.Authorization).toBe('Bearer jwt-abc');
    expect(container.querySelector('h1').textContent).toBe('Trường của biểu mẫu');
    expect([...container.querySelectorAll('.mttq-fieldset h2')].map((h) => h.textContent)).toEqual([
      'Biểu mẫu', 'Thông tin thêm']);
    const first = container.querySelector('[data-field="ho_ten"]');
    expect(first.textContent).toContain('Họ và tên');
    expect(first.textContent).toContain('Dòng văn bản');
    expect(first.textContent).toContain('Bắt buộc');
    // a field the form needs cannot be deleted; the first cannot go up
    expect(first.querySelector('.mttq-field-delete').disabled).toBe(true);
    expect(first.querySelector('.mttq-field-up').disabled).toBe(true);
    expect(first.querySelector('.mttq-field-down').getAttribute('aria-label')).toBe(
      'Chuyển Họ và tên xuống dưới');
    expect(container.querySelector('a').getAttribute('href')).toBe('/huyen-trang-dinh/khao-sat');
  });

  it('moves a field up and redraws from the answer', async () => {
    const { container, calls } = await renderEditor([[200, moved(['email', 'ho_ten', 'linh_vuc'])]]);
    await act(async () => {
      fireEvent.click(container.querySelector('[data-field="email"] .mttq-field-up'));
    });
    const patch = calls[1];
    expect(patch.url).toBe('/++api++/huyen-trang-dinh/khao-sat/@easyform-fields/email');
    expect(patch.init.method).toBe('PATCH');
    expect(patch.body).toEqual({ position: 0 });
    expect(patch.init.headers.Authorization).toBe('Bearer jwt-abc');
    const names = [...container.querySelectorAll('.mttq-fieldset-default .mttq-field')].map((li) => li.dataset.field);
    expect(names).toEqual(['email', 'ho_ten', 'linh_vuc']);
  });

  it('adds a field of a type, showing the server’s Vietnamese errors per setting', async () => {
    const refused = [400, { error: { type: 'BadRequest', message: 'Vui lòng sửa các mục được đánh dấu.',
      errors: { name: 'Biểu mẫu đã có trường với mã ho_ten.' } } }];
    const added = { ...LISTING, fieldsets: [{ ...LISTING.fieldsets[0], fields: [...LISTING.fieldsets[0].fields, 'so_dien_thoai'] }, LISTING.fieldsets[1]],
      fields: [...LISTING.fields, { name: 'so_dien_thoai', type: 'string', title: 'Số điện thoại', required: true, fieldset: 'default', validators: [] }] };
    const { container, calls } = await renderEditor([refused, [201, added]]);
    await act(async () => {
      fireEvent.click(container.querySelector('.mttq-add-field'));
    });
    const dialog = document.querySelector('.mttq-field-dialog');
    expect(dialog.querySelector('.header').textContent).toBe('Trường mới');
    fireEvent.change(dialog.querySelector('#field-title'), { target: { value: 'Họ tên' } });
    expect(dialog.querySelector('#field-name').value).toBe('ho_ten');
    await act(async () => {
      fireEvent.submit(dialog.querySelector('form'));
    });
    expect(calls[1].init.method).toBe('POST');
    expect(calls[1].body).toMatchObject({ name: 'ho_ten', type: 'string', title: 'Họ tên', required: true, fieldset: 'default' });
    expect(dialog.textContent).toContain('Biểu mẫu đã có trường với mã ho_ten.');
    expect(dialog.textContent).toContain('Vui lòng sửa các mục được đánh dấu.');
    fireEvent.change(dialog.querySelector('#field-title'), { target: { value: 'Số điện thoại' } });
    fireEvent.change(dialog.querySelector('#field-name'), { target: { value: 'so_dien_thoai' } });
    // the corrected setting loses its error
    expect(dialog.textContent).not.toContain('Biểu mẫu đã có trường với mã ho_ten.');
    await act(async () => {
      fireEvent.submit(dialog.querySelector('form'));
    });
    expect(calls[2].body.name).toBe('so_dien_thoai');
    expect(document.querySelector('.mttq-field-dialog')).toBeNull();
    expect(container.querySelector('[data-field="so_dien_thoai"]').textContent).toContain('Số điện thoại');
  });

  it('edits the choices and moves the field to another group', async () => {
    const { container, calls } = await renderEditor([[200, LISTING]]);
    await act(async () => {
      fireEvent.click(container.querySelector('[data-field="linh_vuc"] .mttq-field-edit'));
    });
    const dialog = document.querySelector('.mttq-field-dialog');
    expect(dialog.querySelector('.header').textContent).toBe('Sửa trường Lĩnh vực');
    // no type or id to change on an existing field
    expect(dialog.querySelector('#field-type')).toBeNull();
    expect(dialog.querySelector('#field-name')).toBeNull();
    expect(dialog.querySelector('#field-choices').value).toBe('Đất đai\nMôi trường');
    fireEvent.change(dialog.querySelector('#field-choices'), { target: { value: 'Đất đai\nMôi trường\nGiao thông' } });
    await act(async () => {
      fireEvent.click(dialog.querySelector('#field-fieldset'));
    });
    const them = [...dialog.querySelectorAll('#field-fieldset .item')].find((i) => i.textContent === 'Thông tin thêm');
    await act(async () => {
      fireEvent.click(them);
    });
    await act(async () => {
      fireEvent.submit(dialog.querySelector('form'));
    });
    expect(calls[1].url).toBe('/++api++/huyen-trang-dinh/khao-sat/@easyform-fields/linh_vuc');
    expect(calls[1].body).toMatchObject({ choices: ['Đất đai', 'Môi trường', 'Giao thông'], fieldset: 'them',
      title: 'Lĩnh vực', required: true });
    expect(calls[1].body.name).toBeUndefined();
  });

  it('deletes only after confirmation', async () => {
    const without = { ...LISTING, fieldsets: [{ ...LISTING.fieldsets[0], fields: ['ho_ten', 'linh_vuc'] }, LISTING.fieldsets[1]],
      fields: LISTING.fields.filter((f) => f.name !== 'email') };
    const { container, calls } = await renderEditor([[200, without]]);
    await act(async () => {
      fireEvent.click(container.querySelector('[data-field="email"] .mttq-field-delete'));
    });
    expect(screen.getByText(/Xóa trường "Thư điện tử"\?/)).toBeTruthy();
    const cancel = [...document.querySelectorAll('.mttq-field-confirm button')].find((b) => b.textContent === 'Hủy');
    await act(async () => {
      fireEvent.click(cancel);
    });
    expect(calls.length).toBe(1);
    await act(async () => {
      fireEvent.click(container.querySelector('[data-field="email"] .mttq-field-delete'));
    });
    const confirm = [...document.querySelectorAll('.mttq-field-confirm button')].find((b) => b.textContent === 'Xóa');
    await act(async () => {
      fireEvent.click(confirm);
    });
    expect(calls[1].init.method).toBe('DELETE');
    expect(calls[1].url).toBe('/++api++/huyen-trang-dinh/khao-sat/@easyform-fields/email');
    expect(container.querySelector('[data-field="email"]')).toBeNull();
  });

  it('tells visitors who may not edit to log in', async () => {
    const { container } = await renderEditor([], [401, {}]);
    await waitFor(() => expect(container.textContent).toContain(
      'Chỉ người biên tập biểu mẫu này mới được sửa các trường. Vui lòng đăng nhập.'));
    expect(container.querySelector('.mttq-add-field')).toBeNull();
  });
});

describe('the form page links the field editor for editors only', () => {
  const form = { fieldsets: [{ id: 'default', fields: [] }], fields: [], submit_label: 'Gửi', honeypot: 'x' };
  const fetcher = (url) => Promise.resolve({ ok: !url.endsWith('-data'), status: 200, json: () => Promise.resolve(form) });
  const renderView = (actions) =>
    render(
      <Provider store={storeWith({ actions: { actions: { object: actions } } })}>
        <MemoryRouter>
          <EasyFormView content={{ '@id': 'http://localhost:3000/huyen-trang-dinh/khao-sat', title: 'Khảo sát' }} fetcher={fetcher} />
        </MemoryRouter>
      </Provider>,
    );

  it('shows the link to whoever may edit the page', async () => {
    const { container } = renderView([{ id: 'view' }, { id: 'edit' }]);
    await waitFor(() => expect(container.querySelector('form')).not.toBeNull());
    const link = container.querySelector('.easyform-edit-fields a');
    expect(link.getAttribute('href')).toBe('/huyen-trang-dinh/khao-sat/truong-bieu-mau');
    expect(link.textContent).toBe('Trường của biểu mẫu');
  });

  it('hides it from visitors', async () => {
    const { container } = renderView([{ id: 'view' }]);
    await waitFor(() => expect(container.querySelector('form')).not.toBeNull());
    expect(container.querySelector('.easyform-edit-fields')).toBeNull();
  });
});
