import React from 'react';
import { fireEvent, render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import { MemoryRouter, Route } from 'react-router-dom';
import CompletionDashboard, {
  dashboardUrl,
  parseQuery,
} from './CompletionDashboard';
import CompletionLink from './CompletionLink';
import { canFollowCompletion, formatDay, isOffice } from './access';
import completion from '../../reducers/completion';
import { GET_COMPLETION, GET_COMPLETION_UNIT } from '../../constants';

const mockStore = configureStore();
const API = 'http://localhost:8080/Plone';
// A JWT whose payload is {"sub": "admin"} (only decoded, never checked here).
const TOKEN = `x.${Buffer.from('{"sub":"admin"}').toString('base64')}.y`;

const SUMMARY = {
  scope: 'all',
  items: [
    {
      '@id': `${API}/noi-bo/khoa-hoc/ky-nang-so`,
      uid: 'c1',
      title: 'Kỹ năng số cơ bản',
      target: 100,
      total: 4,
      completed: 1,
      share: 25,
      units: [
        {
          unit: '178',
          title: 'Thành phố Lạng Sơn',
          total: 2,
          completed: 1,
          in_progress: 1,
          not_started: 0,
          share: 50,
        },
        {
          unit: '180',
          title: 'Huyện Tràng Định',
          total: 2,
          completed: 0,
          in_progress: 0,
          not_started: 2,
          share: 0,
        },
      ],
    },
    {
      uid: 'c2',
      title: 'An toàn thông tin',
      total: 0,
      completed: 0,
      share: 0,
      units: [],
    },
  ],
};

const CADRES = {
  items: [
    {
      userid: 'an',
      fullname: 'Nguyễn Văn An',
      status: 'completed',
      lessons_done: 3,
      quiz_best: 90,
      completed: 1764000000,
      certificate: 'MTTQ-ABC',
      moved_from: { unit: '180', title: 'Huyện Tràng Định', at: 1763900000 },
    },
    {
      userid: 'binh',
      fullname: 'Hoàng Thị Bình',
      status: 'in_progress',
      lessons_done: 1,
      quiz_best: null,
      completed: null,
      certificate: null,
      moved_from: null,
    },
  ],
};

function renderAt(url, mttqCompletion, { token = TOKEN, user } = {}) {
  const store = mockStore({
    intl: { locale: 'vi', messages: {} },
    userSession: { token },
    users: { user: user || { id: 'admin', roles: ['Manager'], groups: { items: [] } } },
    mttqCompletion,
  });
  let location;
  const view = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[url]}>
        <Route
          render={(props) => {
            location = props.location;
            return <CompletionDashboard {...props} />;
          }}
        />
      </MemoryRouter>
    </Provider>,
  );
  return { store, getLocation: () => location, ...view };
}

describe('CompletionDashboard', () => {
  it('asks for the summary, and for a unit’s cadres when the URL names one', () => {
    const { store } = renderAt('/theo-doi-hoan-thanh?khoa-hoc=c1&don-vi=180', {
      summary: {},
      unit: {},
    });
    expect(store.getActions()).toEqual([
      { type: GET_COMPLETION, request: { op: 'get', path: '/@completion' } },
      {
        type: GET_COMPLETION_UNIT,
        request: { op: 'get', path: '/@completion?course=c1&unit=180' },
      },
    ]);
  });

  it('shows per unit the share against the target, a chart and CSV links', () => {
    const { container } = renderAt('/theo-doi-hoan-thanh', {
      summary: { loaded: true, data: SUMMARY },
      unit: {},
    });
    expect(container.textContent).toContain('Toàn tỉnh: mọi đơn vị');
    expect(container.textContent).toContain(
      '1/4 cán bộ đã hoàn thành (25%), mục tiêu 100%',
    );
    const rows = container.querySelectorAll('.mttq-completion-units tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-unit'))).toEqual(['178', '180']);
    expect([...rows[0].querySelectorAll('td')].map((td) => td.textContent)).toEqual(
      ['Thành phố Lạng Sơn', '2', '1', '1', '0', '50%', 'Xem cán bộ'],
    );
    expect(rows[1].querySelector('a').getAttribute('href')).toBe(
      '/theo-doi-hoan-thanh?khoa-hoc=c1&don-vi=180',
    );
    // The chart: one bar group per unit, completed width in proportion, a target line.
    const groups = container.querySelectorAll('svg g[data-unit]');
    expect(groups).toHaveLength(2);
    const done = (g) => Number(g.querySelector('rect.completed').getAttribute('width'));
    const full = Number(groups[0].querySelector('rect.rest').getAttribute('width'));
    expect(done(groups[0])).toBeCloseTo(full / 2);
    expect(done(groups[1])).toBe(0);
    expect(container.querySelector('svg line.target')).not.toBeNull();
    expect(container.querySelector('a[download]').getAttribute('href')).toBe(
      '/++api++/@completion?course=c1&format=csv',
    );
    // Office: a link to the import.
    expect(container.querySelector('a[href="/nhap-can-bo"]')).not.toBeNull();
  });

  it('switches course through the URL', () => {
    const { container, getLocation } = renderAt('/theo-doi-hoan-thanh', {
      summary: { loaded: true, data: SUMMARY },
      unit: {},
    });
    fireEvent.change(container.querySelector('select'), { target: { value: 'c2' } });
    expect(getLocation().search).toBe('?khoa-hoc=c2');
  });

  it('lists a unit’s cadres, filtered by status and name from the URL', () => {
    const state = {
      summary: { loaded: true, data: SUMMARY },
      unit: { loaded: true, data: CADRES },
    };
    let view = renderAt('/theo-doi-hoan-thanh?khoa-hoc=c1&don-vi=178', state);
    let rows = view.container.querySelectorAll('.mttq-completion-cadres tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-userid'))).toEqual(['an', 'binh']);
    const cells = [...rows[0].querySelectorAll('td')].map((td) => td.textContent);
    expect(cells[0]).toBe('Nguyễn Văn AnChuyển từ Huyện Tràng Định ngày 23/11/2025');
    expect(cells.slice(1)).toEqual(['an', 'Đã hoàn thành', '3', '90%', '24/11/2025', 'MTTQ-ABC']);
    expect(view.container.textContent).toContain('Cán bộ của Thành phố Lạng Sơn – Kỹ năng số cơ bản');
    expect(view.container.querySelector('[data-status="in_progress"]').textContent).toBe(
      'Đang học (1)',
    );
    expect(
      view.container.querySelector('.mttq-completion-unit a[download]').getAttribute('href'),
    ).toBe('/++api++/@completion?course=c1&unit=178&format=csv');
    view.unmount();

    view = renderAt('/theo-doi-hoan-thanh?khoa-hoc=c1&don-vi=178&trang-thai=in_progress', state);
    rows = view.container.querySelectorAll('.mttq-completion-cadres tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-userid'))).toEqual(['binh']);
    expect(view.container.textContent).toContain('Hiển thị 1/2 cán bộ');
    view.unmount();

    // Accent-insensitive name search.
    view = renderAt('/theo-doi-hoan-thanh?khoa-hoc=c1&don-vi=178&tim=nguyen', state);
    rows = view.container.querySelectorAll('.mttq-completion-cadres tbody tr');
    expect([...rows].map((r) => r.getAttribute('data-userid'))).toEqual(['an']);
    fireEvent.change(view.container.querySelector('input[type="search"]'), {
      target: { value: 'bình' },
    });
    expect(view.getLocation().search).toBe('?khoa-hoc=c1&don-vi=178&tim=b%C3%ACnh');
  });

  it('shows the backend’s refusal, and no cadres, for another unit', () => {
    const error = {
      status: 403,
      response: {
        body: {
          error: {
            type: 'Forbidden',
            message: 'Bạn không có quyền xem kết quả học tập của đơn vị này.',
          },
        },
      },
    };
    const { container, getByRole } = renderAt(
      '/theo-doi-hoan-thanh?khoa-hoc=c1&don-vi=180',
      {
        summary: { loaded: true, data: { ...SUMMARY, scope: ['178'] } },
        unit: { error },
      },
      { user: { id: 'admin', roles: ['Member'], groups: { items: [{ id: 'unit-178-leaders' }] } } },
    );
    expect(getByRole('alert').textContent).toBe(
      'Bạn không có quyền xem kết quả học tập của đơn vị này.',
    );
    expect(container.querySelector('.mttq-completion-cadres')).toBeNull();
    expect(container.querySelector('a[href="/nhap-can-bo"]')).toBeNull();
  });

  it('asks anonymous visitors to log in and asks nothing', () => {
    const { store, getByRole } = renderAt('/theo-doi-hoan-thanh', { summary: {}, unit: {} }, {
      token: null,
    });
    expect(store.getActions()).toEqual([]);
    expect(getByRole('alert').textContent).toBe(
      'Vui lòng đăng nhập để theo dõi kết quả học tập.',
    );
  });

  it('tells a cadre the dashboard is not for them', () => {
    const { getByRole } = renderAt('/theo-doi-hoan-thanh', {
      summary: { error: { status: 403 } },
      unit: {},
    });
    expect(getByRole('alert').textContent).toContain('Bạn không có quyền xem kết quả học tập này.');
  });
});

describe('dashboard URL and access helpers', () => {
  it('round-trips the state through the URL, ignoring unknown statuses', () => {
    const state = { course: 'c1', unit: '178', status: 'completed', text: 'an' };
    expect(parseQuery(dashboardUrl(state).split('?')[1])).toEqual(state);
    expect(parseQuery('?trang-thai=x').status).toBe('');
    expect(dashboardUrl({})).toBe('/theo-doi-hoan-thanh');
  });
  it('links the dashboard for the office and unit leaders only', () => {
    const leader = { roles: ['Member'], groups: { items: [{ id: 'unit-178-leaders' }] } };
    const admins = { roles: ['Member'], groups: { items: [{ id: 'mttq-site-administrators' }] } };
    const cadre = { roles: ['Member'], groups: { items: [{ id: 'unit-178-cadres' }] } };
    expect([canFollowCompletion(leader), isOffice(leader)]).toEqual([true, false]);
    expect([canFollowCompletion(admins), isOffice(admins)]).toEqual([true, true]);
    expect(canFollowCompletion({ roles: ['Site Administrator'] })).toBe(true);
    expect(canFollowCompletion(cadre)).toBe(false);
    expect(canFollowCompletion(null)).toBe(false);
  });
  it('formats dates dd/mm/yyyy in Vietnam time', () => {
    // 2026-11-30 18:30 UTC is already 1 December in Hanoi.
    expect(formatDay(Date.UTC(2026, 10, 30, 18, 30) / 1000)).toBe('01/12/2026');
    expect(formatDay(null)).toBe('');
  });
  it('shows the link to leaders, not to cadres', () => {
    const renderLink = (user) =>
      render(
        <Provider
          store={mockStore({
            intl: { locale: 'vi', messages: {} },
            userSession: { token: TOKEN },
            users: { user: { id: 'admin', ...user } },
          })}
        >
          <MemoryRouter>
            <CompletionLink />
          </MemoryRouter>
        </Provider>,
      ).container;
    const leader = renderLink({ roles: [], groups: { items: [{ id: 'unit-180-leaders' }] } });
    expect(leader.querySelector('a').getAttribute('href')).toBe('/theo-doi-hoan-thanh');
    expect(leader.querySelectorAll('a')).toHaveLength(1);
    expect(renderLink({ roles: ['Manager'], groups: { items: [] } }).querySelectorAll('a')).toHaveLength(2);
    expect(renderLink({ roles: [], groups: { items: [{ id: 'unit-180-cadres' }] } }).innerHTML).toBe('');
  });
});

describe('completion reducer', () => {
  it('keeps the summary and the drill-down apart, and clears a stale unit', () => {
    let state = completion(undefined, {
      type: `${GET_COMPLETION}_SUCCESS`,
      result: SUMMARY,
    });
    state = completion(state, { type: `${GET_COMPLETION_UNIT}_SUCCESS`, result: CADRES });
    expect(state.unit.data).toBe(CADRES);
    state = completion(state, { type: `${GET_COMPLETION_UNIT}_PENDING` });
    expect(state.unit).toEqual({ loaded: false, loading: true, error: null, data: null });
    state = completion(state, { type: `${GET_COMPLETION_UNIT}_FAIL`, error: { status: 403 } });
    expect(state.unit.error).toEqual({ status: 403 });
    expect(state.summary.data).toBe(SUMMARY);
    expect(completion(state, { type: 'OTHER' })).toBe(state);
  });
});
