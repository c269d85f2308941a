import React from 'react';
import { render, screen, fireEvent, within } from '@testing-library/react';
import { MemoryRouter, Route } from 'react-router-dom';
import { IntlProvider } from 'react-intl';
import UnitSwitcher from './UnitSwitcher';
import viMessages from '../../testing/viMessages';

const messages = viMessages();

const units = [
  { code: '180', name: 'Huyện Tràng Định', path: '/huyen-trang-dinh', state: 'active', level: 'district' },
  { code: '189', name: 'Huyện Đình Lập', path: '/huyen-dinh-lap', state: 'closed', level: 'district' },
  { code: '20', name: 'Tỉnh Lạng Sơn', path: '/', state: 'active', level: 'province' },
];

function setup(current = units[2]) {
  let location;
  const utils = render(
    <IntlProvider locale="vi" messages={messages}>
      <MemoryRouter initialEntries={['/']}>
        <UnitSwitcher units={units} current={current} />
        <Route
          path="*"
          render={(props) => {
            location = props.location;
            return null;
          }}
        />
      </MemoryRouter>
    </IntlProvider>,
  );
  return { ...utils, getLocation: () => location };
}

describe('UnitSwitcher', () => {
  it('lists active units (province first) and closed units as archives', () => {
    const { container } = setup();
    const active = container.querySelector('.mttq-units-active');
    const closed = container.querySelector('.mttq-units-closed');
    expect(
      within(active)
        .getAllByRole('link', { hidden: true })
        .map((a) => a.textContent),
    ).toEqual(['Tỉnh Lạng Sơn', 'Huyện Tràng Định']);
    const archived = within(closed).getAllByRole('link', { hidden: true });
    expect(archived).toHaveLength(1);
    expect(archived[0]).toHaveAttribute('href', '/huyen-dinh-lap');
    expect(archived[0].textContent).toMatch(/Huyện Đình Lập.*lưu trữ/);
  });

  it('shows the current unit and marks it', () => {
    const { container } = setup(units[0]);
    expect(container.querySelector('summary').textContent).toContain(
      'Huyện Tràng Định',
    );
    const current = container.querySelector('a[aria-current="true"]');
    expect(current).toHaveAttribute('href', '/huyen-trang-dinh');
  });

  it('navigates and closes when a unit is chosen', () => {
    const { container, getLocation } = setup();
    const details = container.querySelector('details');
    details.open = true;
    fireEvent.click(container.querySelector('a[data-unit-code="180"]'));
    expect(getLocation().pathname).toBe('/huyen-trang-dinh');
    expect(details.open).toBe(false);
  });

  it('closes on Escape and gives the focus back to the toggle', () => {
    const { container } = setup();
    const details = container.querySelector('details');
    details.open = true;
    const link = container.querySelector('a[data-unit-code="180"]');
    link.focus();
    fireEvent.keyDown(link, { key: 'Escape' });
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(container.querySelector('summary'));
  });

  it('renders nothing without units', () => {
    const { container } = render(
      <IntlProvider locale="vi" messages={messages}>
        <MemoryRouter>
          <UnitSwitcher units={[]} current={null} />
        </MemoryRouter>
      </IntlProvider>,
    );
    expect(container.querySelector('details')).toBeNull();
  });
});
