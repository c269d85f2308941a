import React from 'react';
import { render, fireEvent, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import { MemoryRouter, Route } from 'react-router-dom';
import RegistryView from './RegistryView';
import viMessages from '../../testing/viMessages';
import { GET_REGISTRY } from '../../constants';

const mockStore = configureStore();
const base = 'http://localhost:8080/Plone/huyen-trang-dinh/van-ban';

function registryData(overrides = {}) {
  return {
    '@id': `${base}/@registry`,
    scope: 'unit',
    unit_code: '180',
    items_total: 45,
    items: [
      {
        '@id': `${base}/tb-03`,
        title: 'Thông báo lịch tiếp dân',
        document_number: '03/TB-MTTQ',
        document_type: { token: 'TB', title: 'Thông báo (TB)' },
        issue_date: '2025-02-01',
        issuing_body: 'Ủy ban MTTQ huyện Tràng Định',
        signer: 'Nguyễn Văn A',
      },
    ],
    facets: {
      document_type: [
        { value: 'TB', title: 'Thông báo (TB)', count: 30 },
        { value: 'KH', title: 'Kế hoạch (KH)', count: 15 },
      ],
      year: [
        { value: '2025', title: '2025', count: 40 },
        { value: '2024', title: '2024', count: 5 },
      ],
      document_field: [],
      issuing_body: [
        {
          value: 'Ủy ban MTTQ huyện Tràng Định',
          title: 'Ủy ban MTTQ huyện Tràng Định',
          count: 45,
        },
      ],
      signer: [{ value: 'Nguyễn Văn A', title: 'Nguyễn Văn A', count: 45 }],
    },
    ...overrides,
  };
}

function renderAt(url, data = registryData()) {
  const store = mockStore({
    intl: { locale: 'vi', messages: viMessages() },
    mttqDocuments: { registry: { loaded: true, data } },
  });
  let where;
  const view = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[url]}>
        <RegistryView properties={{ '@id': base }} />
        <Route
          path="*"
          render={({ location }) => {
            where = `${location.pathname}${location.search}`;
            return null;
          }}
        />
      </MemoryRouter>
    </Provider>,
  );
  return { ...view, store, where: () => where };
}

describe('RegistryView', () => {
  it('asks the backend with the filters of the address', () => {
    const { store } = renderAt(
      '/huyen-trang-dinh/van-ban?year=2025&document_type=TB&b_start=20',
    );
    expect(store.getActions()).toEqual([
      {
        type: GET_REGISTRY,
        request: {
          op: 'get',
          path: '/huyen-trang-dinh/van-ban/@registry?document_type=TB&year=2025&b_start=20&b_size=20',
        },
      },
    ]);
  });

  it('lists the documents with their metadata and a CSV of the same filters', () => {
    const { container } = renderAt(
      '/huyen-trang-dinh/van-ban?year=2025&b_start=20',
    );
    const cells = [...container.querySelectorAll('tbody td')].map(
      (td) => td.textContent,
    );
    expect(cells).toEqual([
      '03/TB-MTTQ',
      '01/02/2025',
      'Thông báo lịch tiếp dân',
      'Thông báo (TB)',
      'Ủy ban MTTQ huyện Tràng Định',
      'Nguyễn Văn A',
    ]);
    expect(container.querySelector('tbody a').getAttribute('href')).toBe(
      '/huyen-trang-dinh/van-ban/tb-03',
    );
    expect(screen.getByText('Tải danh sách (CSV)').getAttribute('href')).toBe(
      '/++api++/huyen-trang-dinh/van-ban/@registry/csv?year=2025',
    );
    expect(screen.getByText(/45 văn bản/)).toBeTruthy();
    expect(container.querySelector('select[name="year"]').value).toBe('2025');
  });

  it('puts a changed filter in the address, back at page 1', () => {
    const { container, where } = renderAt(
      '/huyen-trang-dinh/van-ban?year=2025&b_start=20',
    );
    fireEvent.change(container.querySelector('select[name="document_type"]'), {
      target: { value: 'KH' },
    });
    expect(where()).toBe(
      '/huyen-trang-dinh/van-ban?document_type=KH&year=2025',
    );
    fireEvent.change(container.querySelector('input[name="q"]'), {
      target: { value: ' bầu cử ' },
    });
    fireEvent.submit(container.querySelector('form'));
    expect(where()).toBe(
      '/huyen-trang-dinh/van-ban?q=b%E1%BA%A7u+c%E1%BB%AD&document_type=KH&year=2025',
    );
  });

  it('has the tabs of a unit, with the province documents', () => {
    const { where } = renderAt('/huyen-trang-dinh/van-ban?year=2025');
    const tabs = screen
      .getAllByRole('button', { pressed: false })
      .concat(screen.getAllByRole('button', { pressed: true }));
    expect(tabs.map((t) => t.textContent).sort()).toEqual(
      ['Toàn mạng lưới', 'Văn bản cấp trên', 'Văn bản của đơn vị'].sort(),
    );
    expect(
      screen.getByText('Văn bản của đơn vị').getAttribute('aria-pressed'),
    ).toBe('true');
    fireEvent.click(screen.getByText('Văn bản cấp trên'));
    expect(where()).toBe('/huyen-trang-dinh/van-ban?scope=upper&year=2025');
  });

  it('has no upper tab on the province', () => {
    renderAt('/van-ban', registryData({ unit_code: '20' }));
    expect(screen.queryByText('Văn bản cấp trên')).toBeNull();
    expect(screen.getByText('Văn bản của tỉnh')).toBeTruthy();
  });

  it('pages through the results', () => {
    const { where } = renderAt('/huyen-trang-dinh/van-ban?b_start=20');
    expect(screen.getByLabelText('Trang 2').getAttribute('aria-current')).toBe(
      'page',
    );
    fireEvent.click(screen.getByText('Trang sau'));
    expect(where()).toBe('/huyen-trang-dinh/van-ban?b_start=40');
    fireEvent.click(screen.getByText('Trang trước'));
    expect(where()).toBe('/huyen-trang-dinh/van-ban?b_start=20');
  });

  it('says when nothing matches', () => {
    renderAt(
      '/huyen-trang-dinh/van-ban?year=2020',
      registryData({ items: [], items_total: 0 }),
    );
    expect(screen.getByText('Không có văn bản nào phù hợp.')).toBeTruthy();
  });
});
