import React from 'react';
import { render, fireEvent, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import Paging from './Paging';
import viMessages from '../../testing/viMessages';

const mockStore = configureStore();

function renderPaging(props) {
  const onPage = jest.fn();
  const store = mockStore({ intl: { locale: 'vi', messages: viMessages() } });
  const view = render(
    <Provider store={store}>
      <Paging className="mttq-x-paging" size={12} onPage={onPage} {...props} />
    </Provider>,
  );
  return { ...view, onPage };
}

describe('Paging', () => {
  it('is not shown for a single page', () => {
    const { container } = renderPaging({ total: 12, bStart: undefined });
    expect(container.innerHTML).toBe('');
  });

  it('marks the current page and gives the b_start of the others', () => {
    const { container, onPage } = renderPaging({ total: 30, bStart: '12' });
    const nav = screen.getByRole('navigation', { name: 'Phân trang' });
    expect(nav.className).toBe('mttq-x-paging');
    expect(
      [...container.querySelectorAll('button')].map((b) => b.textContent),
    ).toEqual(['Trang trước', '1', '2', '3', 'Trang sau']);
    expect(screen.getByLabelText('Trang 2').getAttribute('aria-current')).toBe(
      'page',
    );
    expect(screen.getByLabelText('Trang 1').getAttribute('aria-current')).toBe(
      null,
    );
    fireEvent.click(screen.getByText('Trang sau'));
    fireEvent.click(screen.getByText('Trang trước'));
    fireEvent.click(screen.getByLabelText('Trang 3'));
    expect(onPage.mock.calls).toEqual([['24'], ['0'], ['24']]);
  });

  it('has no previous on the first page and no next on the last', () => {
    renderPaging({ total: 30, bStart: '24' });
    expect(screen.queryByText('Trang sau')).toBeNull();
    expect(screen.getByText('Trang trước')).toBeTruthy();
  });
});
