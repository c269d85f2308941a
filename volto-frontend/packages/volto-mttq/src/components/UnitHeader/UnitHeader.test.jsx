import React from 'react';
import { render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import thunk from 'redux-thunk';
import { MemoryRouter } from 'react-router-dom';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import UnitHeader from './UnitHeader';
import UnitFooter from '../UnitFooter/UnitFooter';
import viMessages from '../../testing/viMessages';
import { province, trangDinh } from '../../testing/units';

jest.mock('@plone/volto/components/theme/Navigation/Navigation', () => () => (
  <nav className="navigation-mock" />
));
jest.mock('@plone/volto/components/theme/SearchWidget/SearchWidget', () => () => (
  <form className="search-mock" />
));

const mockStore = configureStore([thunk]);

const items = [
  {
    ...province,
    interface: {
      ...province.interface,
      logo: 'http://localhost:8080/Plone/@@images/logo',
    },
  },
  trangDinh,
  {
    '@id': 'http://localhost:8080/Plone/huyen-dinh-lap',
    code: '189',
    name: 'Huyện Đình Lập',
    title: 'Ủy ban MTTQ Việt Nam huyện Đình Lập',
    level: 'district',
    path: '/huyen-dinh-lap',
    state: 'closed',
    interface: { short_name: 'MTTQ huyện Đình Lập' },
  },
];

function renderAt(pathname, { inherited = null, token = null } = {}) {
  const store = mockStore({
    intl: { locale: 'vi', messages: viMessages() },
    userSession: { token },
    mttqUnits: { loaded: true, loading: false, items },
    mttqInterface: inherited || { path: null, from: null, data: null },
    actions: { actions: { site_actions: [] } },
  });
  const utils = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[pathname]}>
        <UnitHeader pathname={pathname} />
        <UnitFooter />
      </MemoryRouter>
    </Provider>,
  );
  return { ...utils, store, helmet: Helmet.peek() };
}

describe('UnitHeader', () => {
  it("shows the province's name, logo and colours on the province site", () => {
    const { container, helmet } = renderAt('/tin-tuc');
    expect(container.querySelector('.mttq-unit-name').textContent).toBe(
      'MTTQ tỉnh Lạng Sơn',
    );
    expect(container.querySelector('.mttq-unit-title').textContent).toBe(
      'Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn',
    );
    const logo = container.querySelector('.mttq-logo img');
    expect(logo).toHaveAttribute('src', '/@@images/logo');
    expect(logo.getAttribute('alt')).toContain('MTTQ tỉnh Lạng Sơn');
    expect(container.querySelector('.mttq-brand')).toHaveAttribute('href', '/');
    const css = helmet.styleTags.map((s) => s.cssText).join('');
    expect(css).toContain('--mttq-primary:#b71c1c');
    expect(css).toContain('--mttq-secondary:#f9a825');
  });

  it("shows a unit's own name and colours inside its site", () => {
    const { container, helmet } = renderAt('/huyen-trang-dinh/van-ban');
    expect(container.querySelector('.mttq-unit-name').textContent).toBe(
      'MTTQ huyện Tràng Định',
    );
    expect(container.querySelector('.mttq-brand')).toHaveAttribute(
      'href',
      '/huyen-trang-dinh',
    );
    // no logo: the emblem stands in, with an accessible name
    expect(container.querySelector('.mttq-logo img')).toBeNull();
    expect(
      container.querySelector('.mttq-logo svg').getAttribute('aria-label'),
    ).toContain('MTTQ huyện Tràng Định');
    const css = helmet.styleTags.map((s) => s.cssText).join('');
    expect(css).toContain('--mttq-primary:#1b5e20');
    // page titles name the unit
    expect(helmet.title).toBe('MTTQ huyện Tràng Định');
    expect(css).toContain('--mttq-secondary:#fbc02d');
    expect(container.querySelector('.mttq-archive-notice')).toBeNull();
  });

  it('uses the full settings read with the content, banner included', () => {
    const { container, helmet } = renderAt('/huyen-trang-dinh', {
      inherited: {
        path: '/huyen-trang-dinh',
        from: '/huyen-trang-dinh',
        data: {
          short_name: 'Mặt trận Tràng Định',
          primary_color: '#123456',
          banner: {
            download:
              'http://localhost:8080/Plone/huyen-trang-dinh/@@images/banner.jpg',
          },
          footer_address: 'Thị trấn Thất Khê',
          footer_phone: '0205 3880 123',
          footer_email: 'mttq@trangdinh.langson.gov.vn',
          footer_links: [{ title: 'Cổng thông tin tỉnh', url: 'https://langson.gov.vn' }],
        },
      },
    });
    expect(container.querySelector('.mttq-unit-name').textContent).toBe(
      'Mặt trận Tràng Định',
    );
    expect(container.querySelector('.mttq-masthead').style.backgroundImage).toContain(
      '/huyen-trang-dinh/@@images/banner.jpg',
    );
    expect(helmet.styleTags.map((s) => s.cssText).join('')).toContain(
      '--mttq-primary:#123456',
    );
    // footer
    expect(container.querySelector('.mttq-footer-address').textContent).toBe(
      'Thị trấn Thất Khê',
    );
    expect(container.querySelector('.mttq-footer-phone a')).toHaveAttribute(
      'href',
      'tel:02053880123',
    );
    expect(container.querySelector('.mttq-footer-email a')).toHaveAttribute(
      'href',
      'mailto:mttq@trangdinh.langson.gov.vn',
    );
    expect(container.querySelector('.mttq-footer-links a').textContent).toBe(
      'Cổng thông tin tỉnh',
    );
  });

  it('marks a closed unit as an archive', () => {
    const { container } = renderAt('/huyen-dinh-lap');
    expect(container.querySelector('.mttq-archive-notice').textContent).toMatch(
      /kết thúc hoạt động/,
    );
  });

  it('offers a login link to anonymous visitors only', () => {
    const anon = renderAt('/huyen-trang-dinh/tin-tuc');
    expect(anon.container.querySelector('.mttq-login-link')).toHaveAttribute(
      'href',
      '/huyen-trang-dinh/login?return_url=%2Fhuyen-trang-dinh%2Ftin-tuc',
    );
    anon.unmount();
    const logged = renderAt('/', { token: 'x' });
    expect(logged.container.querySelector('.mttq-login-link')).toBeNull();
  });
});
