import React from 'react';
import { render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import thunk from 'redux-thunk';
import { MemoryRouter } from 'react-router-dom';
import CalendarBlockView from './CalendarBlockView';
import viMessages from '../../testing/viMessages';

const mockStore = configureStore([thunk]);

const events = [
  {
    '@id': 'http://localhost:8080/Plone/huyen-trang-dinh/lich-cong-tac/hoi-nghi',
    title: 'Hội nghị tổng kết',
    start: '2026-11-25T01:00:00+00:00',
    end: '2026-11-25T04:00:00+00:00',
    location: 'Hội trường huyện',
  },
  {
    '@id': 'http://localhost:8080/Plone/huyen-trang-dinh/lich-cong-tac/tap-huan',
    title: 'Tập huấn chuyển đổi số',
    start: '2026-11-26T17:00:00+00:00',
    end: '2026-11-27T16:59:00+00:00',
    whole_day: true,
  },
];

function renderBlock(search, items = events, loaded = true) {
  const key = 'mttq-calendar-b1-2026-11';
  const store = mockStore({
    intl: { locale: 'vi', messages: viMessages() },
    search: { subrequests: { [key]: { items, loaded } } },
  });
  store.dispatch = jest.fn();
  const view = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[`/huyen-trang-dinh/lich-cong-tac${search}`]}>
        <CalendarBlockView
          id="b1"
          properties={{ '@id': 'http://localhost:8080/Plone/huyen-trang-dinh/lich-cong-tac' }}
        />
      </MemoryRouter>
    </Provider>,
  );
  return { container: view.container, store };
}

describe('CalendarBlockView', () => {
  it('asks for the month of the URL, below the calendar page', () => {
    const { store } = renderBlock('?thang=2026-11');
    const action = store.dispatch.mock.calls[0][0];
    expect(action.subrequest).toBe('mttq-calendar-b1-2026-11');
    expect(action.request.path).toMatch(/^\/huyen-trang-dinh\/lich-cong-tac\/@search\?/);
    expect(action.request.path).toContain('start.query=2026-11-30T17:00:00.000Z');
    expect(action.request.path).toContain('portal_type=Event');
  });

  it('shows the month grid from Monday with the events on their day', () => {
    const { container } = renderBlock('?thang=2026-11');
    expect(container.querySelector('h2').textContent).toBe('Tháng 11/2026');
    const heads = [...container.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(heads).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật']);
    const cells = [...container.querySelectorAll('tbody td')];
    const day25 = cells.find((td) => td.querySelector('.mttq-calendar-day').textContent === '25' && td.querySelector('li'));
    expect(day25.textContent).toContain('08:00–11:00');
    expect(day25.querySelector('a').getAttribute('href')).toBe('/huyen-trang-dinh/lich-cong-tac/hoi-nghi');
    // whole-day event on the 27th in Vietnam (17:00 UTC on the 26th)
    const day27 = cells.find((td) => td.textContent.includes('Tập huấn'));
    expect(day27.querySelector('.mttq-calendar-day').textContent).toBe('27');
    expect(day27.textContent).toContain('Cả ngày');
  });

  it('lists the days with events in list view, with shareable links', () => {
    const { container } = renderBlock('?thang=2026-11&xem=danh-sach');
    expect([...container.querySelectorAll('.mttq-calendar-list h3')].map((h) => h.textContent)).toEqual([
      '25/11/2026',
      '27/11/2026',
    ]);
    const prev = container.querySelector('a[rel="prev"]');
    expect(prev.getAttribute('href')).toBe('/huyen-trang-dinh/lich-cong-tac?thang=2026-10&xem=danh-sach');
    const next = container.querySelector('a[rel="next"]');
    expect(next.getAttribute('href')).toBe('/huyen-trang-dinh/lich-cong-tac?thang=2026-12&xem=danh-sach');
    expect(container.querySelector('a[aria-current="true"]').textContent).toBe('Dạng danh sách');
  });

  it('says so when the month has no events', () => {
    const { container } = renderBlock('?thang=2026-11&xem=danh-sach', []);
    expect(container.textContent).toContain('Không có lịch công tác trong tháng này.');
  });
});

describe('CalendarBlockView accessibility', () => {
  it('names the month grid by its visible heading', () => {
    const { container } = renderBlock('?thang=2026-11');
    const table = container.querySelector('table');
    const heading = container.querySelector(`#${table.getAttribute('aria-labelledby')}`);
    expect(heading.textContent).toBe('Tháng 11/2026');
    expect(container.querySelector('caption')).toBeNull();
  });
});
