import React from 'react';
import { render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import { MemoryRouter } from 'react-router-dom';
import FeedbackStats, { statsBase } from './FeedbackStats';
import feedbackStats from '../../reducers/feedbackStats';
import { GET_FEEDBACK_STATS } from '../../constants';
import viMessages from '../../testing/viMessages';

const network = {
  year: 2026,
  month: 10,
  units: [
    { code: '178', title: 'Ủy ban MTTQ huyện Văn Lãng', received: 4, resolved: 1, rejected: 1,
      average_days_to_resolve: 3.5 },
    { code: '180', title: 'Ủy ban MTTQ huyện Tràng Định', received: 2, resolved: 2, rejected: 0,
      average_days_to_resolve: null },
  ],
  total: { received: 6, resolved: 3, rejected: 1, average_days_to_resolve: 2.4 },
};

function renderStats({ pathname, search = '', token = 'abc', stats = {} }) {
  const store = configureStore()({
    intl: { locale: 'vi', messages: viMessages() },
    userSession: { token },
    mttqFeedbackStats: stats,
  });
  const view = render(
    <Provider store={store}>
      <MemoryRouter>
        <FeedbackStats location={{ pathname, search }} />
      </MemoryRouter>
    </Provider>,
  );
  return { c: view.container, actions: store.getActions() };
}

describe('FeedbackStats (monthly statistics of citizens’ feedback)', () => {
  it('asks the unit, or the network at the root, for the month in the URL', () => {
    const unit = renderStats({ pathname: '/huyen-trang-dinh/thong-ke-phan-anh', search: '?thang=2026-10' });
    expect(unit.actions).toHaveLength(1);
    expect(unit.actions[0].type).toBe(GET_FEEDBACK_STATS);
    expect(unit.actions[0].request.path).toBe('/huyen-trang-dinh/@feedback-stats?year=2026&month=10');
    const root = renderStats({ pathname: '/thong-ke-phan-anh', search: '?thang=2026-01' });
    expect(root.actions[0].request.path).toBe('/@feedback-stats?year=2026&month=1');
    expect(root.c.querySelector('a[rel="prev"]').getAttribute('href')).toBe('/thong-ke-phan-anh?thang=2025-12');
    expect(root.c.querySelector('a[rel="next"]').getAttribute('href')).toBe('/thong-ke-phan-anh?thang=2026-02');
  });

  it('shows every unit, the total and the chart in Vietnamese', () => {
    const { c } = renderStats({ pathname: '/thong-ke-phan-anh', search: '?thang=2026-10',
      stats: { loaded: true, data: network } });
    expect(c.querySelector('h1').textContent).toBe('Thống kê phản ánh, kiến nghị tháng 10/2026');
    const cells = [...c.querySelectorAll('tr[data-unit="178"] td')].map((td) => td.textContent);
    expect(cells).toEqual(['Ủy ban MTTQ huyện Văn Lãng', '4', '1', '1', '3.5']);
    // no resolved case yet: a dash, not 0 days
    expect(c.querySelector('tr[data-unit="180"] td:last-child').textContent).toBe('–');
    expect(c.querySelector('.mttq-feedback-stats-total').textContent).toContain('6');
    expect(c.querySelector('.mttq-feedback-chart figcaption').textContent).toBe(
      'Tiếp nhận và đã giải quyết theo đơn vị');
    const widths = [...c.querySelectorAll('.mttq-feedback-bar.received')].map((bar) => bar.style.width);
    expect(widths).toEqual(['100%', '50%']);
  });

  it('asks anonymous visitors to log in and asks nothing of the backend', () => {
    const { c, actions } = renderStats({ pathname: '/thong-ke-phan-anh', token: null });
    expect(actions).toHaveLength(0);
    expect(c.querySelector('[role="alert"]').textContent).toContain('Vui lòng đăng nhập');
  });

  it('tells a user without access apart from a failure', () => {
    const denied = renderStats({ pathname: '/thong-ke-phan-anh', stats: { error: { status: 401 } } });
    expect(denied.c.querySelector('[role="alert"]').textContent).toContain('Vui lòng đăng nhập');
    const failed = renderStats({ pathname: '/thong-ke-phan-anh', stats: { error: { status: 500 } } });
    expect(failed.c.querySelector('[role="alert"]').textContent).toContain('Không tải được');
  });

  it('finds the unit in the pathname and keeps the reducer’s phases apart', () => {
    expect(statsBase('/huyen-trang-dinh/thong-ke-phan-anh/')).toBe('/huyen-trang-dinh');
    expect(statsBase('/thong-ke-phan-anh')).toBe('');
    let state = feedbackStats(undefined, { type: `${GET_FEEDBACK_STATS}_PENDING` });
    expect(state.loading).toBe(true);
    state = feedbackStats(state, { type: `${GET_FEEDBACK_STATS}_SUCCESS`, result: network });
    expect(state).toEqual({ loading: false, loaded: true, error: null, data: network });
    state = feedbackStats(state, { type: `${GET_FEEDBACK_STATS}_FAIL`, error: { status: 403 } });
    expect(state.data).toBeNull();
    expect(state.error.status).toBe(403);
  });
});
