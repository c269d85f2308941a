import React from 'react';
import { fireEvent, render, waitFor } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import { MemoryRouter } from 'react-router-dom';
import CadresImport, { CHUNK } from './CadresImport';
import { postJSON } from './request';

jest.mock('./request', () => ({ postJSON: jest.fn() }));

const mockStore = configureStore();
const TOKEN = `x.${Buffer.from('{"sub":"admin"}').toString('base64')}.y`;
const OFFICE = { id: 'admin', roles: ['Site Administrator'], groups: { items: [] } };

function renderPage({ token = TOKEN, user = OFFICE } = {}) {
  const store = mockStore({
    intl: { locale: 'vi', messages: {} },
    userSession: { token },
    users: { user },
  });
  return render(
    <Provider store={store}>
      <MemoryRouter>
        <CadresImport />
      </MemoryRouter>
    </Provider>,
  );
}

const CSV = 'Họ và tên,Email,Mã đơn vị,Chức vụ\nNguyễn Văn An,an@x.vn,178,\n';

async function chooseFile(view, text = CSV) {
  const file = new File([text], 'can-bo.csv', { type: 'text/csv' });
  fireEvent.change(view.container.querySelector('input[type="file"]'), {
    target: { files: [file] },
  });
  await waitFor(() =>
    expect(view.container.querySelector('.mttq-import-file-info').textContent).toBe(
      'Tệp can-bo.csv: khoảng 2 dòng',
    ),
  );
}

beforeEach(() => postJSON.mockReset());

describe('CadresImport (Nhập cán bộ)', () => {
  it('lists the errors row by row after a dry run, and offers no import', async () => {
    postJSON.mockResolvedValueOnce({
      status: 400,
      data: {
        error: {
          type: 'BadRequest',
          message: 'Chưa nhập cán bộ nào: tệp có 2 lỗi.',
          errors: [
            { line: 3, message: 'Thiếu họ và tên.' },
            { line: 4, message: 'Không có đơn vị nào mang mã "999".' },
          ],
        },
      },
    });
    const view = renderPage();
    await chooseFile(view);
    fireEvent.click(view.getByText('Kiểm tra (chạy thử)'));
    await waitFor(() => expect(view.container.querySelector('.mttq-import-errors')).not.toBeNull());
    expect(postJSON).toHaveBeenCalledWith(
      '/@cadres-import',
      { csv: CSV, dry_run: true },
      TOKEN,
      expect.any(Function),
    );
    const rows = [...view.container.querySelectorAll('.mttq-import-errors tbody tr')].map((r) =>
      [...r.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['3', 'Thiếu họ và tên.'],
      ['4', 'Không có đơn vị nào mang mã "999".'],
    ]);
    expect(view.container.textContent).toContain('Chưa nhập cán bộ nào: tệp có 2 lỗi.');
    expect(view.container.querySelector('.mttq-import-run')).toBeNull();
  });

  it('shows the plan, then imports in chunks with progress and sums the result', async () => {
    const rows = 2 * CHUNK + 7;
    postJSON.mockResolvedValueOnce({
      status: 200,
      data: {
        valid: true,
        dry_run: true,
        rows,
        created: [],
        plan: { create: rows - 2, existing: 1, join: 0, move: 1 },
        moves: [{ line: 9, userid: 'cadre-178', from: '178', to: '180' }],
      },
    });
    const chunk = (start, extra = {}) => ({
      status: 200,
      data: {
        valid: true,
        rows,
        start,
        end: Math.min(start + CHUNK, rows),
        created: [`c${start}`, `d${start}`],
        existing: [],
        joined: [],
        moved: [],
        ...extra,
      },
    });
    postJSON
      .mockResolvedValueOnce(chunk(0, { moved: [{ userid: 'cadre-178', from: '178', to: '180' }] }))
      .mockResolvedValueOnce(chunk(CHUNK, { existing: ['x'] }))
      .mockResolvedValueOnce(chunk(2 * CHUNK));
    const view = renderPage();
    await chooseFile(view);
    fireEvent.click(view.getByText('Kiểm tra (chạy thử)'));
    await waitFor(() => expect(view.container.querySelector('.mttq-import-plan')).not.toBeNull());
    const plan = view.container.querySelector('.mttq-import-plan').textContent;
    expect(plan).toContain(`Tệp hợp lệ: ${rows} dòng.`);
    expect(plan).toContain(`tạo ${rows - 2} tài khoản mới`);
    expect(plan).toContain('Dòng 9: cadre-178 từ đơn vị 178 sang 180');
    fireEvent.click(view.getByText(`Nhập ${rows} cán bộ`));
    await waitFor(() => expect(view.container.textContent).toContain(`Đã nhập xong ${rows} dòng.`));
    expect(postJSON.mock.calls.slice(1).map((c) => [c[1].start, c[1].size, c[1].dry_run])).toEqual([
      [0, CHUNK, undefined],
      [CHUNK, CHUNK, undefined],
      [2 * CHUNK, CHUNK, undefined],
    ]);
    expect(view.container.querySelector('.mttq-import-progress progress').getAttribute('value')).toBe(
      String(rows),
    );
    const result = (key) =>
      view.container.querySelector(`[data-result="${key}"]`).textContent;
    expect(result('created')).toBe('Tài khoản mới: 6');
    expect(result('existing')).toBe('Đã có từ trước: 1');
    expect(result('moved')).toBe('Chuyển đơn vị: 1');
  });

  it('stops at a failed chunk, says how far it got and how to finish', async () => {
    postJSON
      .mockResolvedValueOnce({
        status: 200,
        data: { valid: true, rows: CHUNK + 1, created: [], plan: { create: CHUNK + 1, existing: 0, join: 0, move: 0 } },
      })
      .mockResolvedValueOnce({
        status: 200,
        data: { rows: CHUNK + 1, start: 0, end: CHUNK, created: ['a'], existing: [], joined: [], moved: [] },
      })
      .mockResolvedValueOnce({
        status: 400,
        data: { error: { message: 'Chưa nhập cán bộ nào: tệp có 1 lỗi.' } },
      });
    const view = renderPage();
    await chooseFile(view);
    fireEvent.click(view.getByText('Kiểm tra (chạy thử)'));
    await waitFor(() => view.getByText(`Nhập ${CHUNK + 1} cán bộ`));
    fireEvent.click(view.getByText(`Nhập ${CHUNK + 1} cán bộ`));
    await waitFor(() => expect(view.container.querySelector('.mttq-import-problem')).not.toBeNull());
    expect(view.container.querySelector('.mttq-import-problem').textContent).toBe(
      `Việc nhập dừng lại sau ${CHUNK}/${CHUNK + 1} dòng: Chưa nhập cán bộ nào: tệp có 1 lỗi. ` +
        'Chạy lại việc nhập để hoàn tất; các dòng đã nhập sẽ được giữ nguyên.',
    );
    // The import can be run again.
    expect(view.container.querySelector('.mttq-import-run')).not.toBeNull();
  });

  it('is for the province office only', () => {
    const leader = { id: 'admin', roles: ['Member'], groups: { items: [{ id: 'unit-178-leaders' }] } };
    const refused = renderPage({ user: leader });
    expect(refused.getByRole('alert').textContent).toBe(
      'Chỉ Văn phòng tỉnh (quản trị trang) được nhập cán bộ.',
    );
    expect(refused.container.querySelector('input[type="file"]')).toBeNull();
    refused.unmount();
    expect(renderPage({ token: null }).getByRole('alert').textContent).toBe(
      'Vui lòng đăng nhập bằng tài khoản của Văn phòng tỉnh.',
    );
  });
});
