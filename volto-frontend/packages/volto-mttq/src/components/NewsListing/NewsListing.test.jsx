import React from 'react';
import { render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import { MemoryRouter } from 'react-router-dom';
import config from '@plone/volto/registry';
import Image from '@plone/volto/components/theme/Image/Image';
import NewsListing from './NewsListing';
import { featuredKey } from '../../helpers/news';
import viMessages from '../../testing/viMessages';
import { units, brain } from '../../testing/units';

const mockStore = configureStore();

beforeAll(() => {
  // Volto's test set-up registers a stand-in; the real one renders scales
  config.registerComponent({ name: 'Image', component: Image });
});

const ownNews = {
  query: [
    { i: 'portal_type', o: 'plone.app.querystring.operation.selection.any', v: ['News Item'] },
    { i: 'path', o: 'plone.app.querystring.operation.string.relativePath', v: './tin-tuc' },
  ],
};
const fromUnits = {
  query: [
    { i: 'unit_code', o: 'plone.app.querystring.operation.selection.none', v: ['20'] },
  ],
};

function renderListing(
  props,
  content = { '@id': 'http://localhost:8080/Plone', '@type': 'Plone Site' },
  subrequests = {},
  onStore = () => {},
) {
  const store = mockStore({
    intl: { locale: 'vi', messages: viMessages() },
    mttqUnits: { loaded: true, items: units },
    content: { data: content },
    querystringsearch: { subrequests },
  });
  onStore(store);
  return render(
    <Provider store={store}>
      <MemoryRouter>
        <NewsListing {...props} />
      </MemoryRouter>
    </Provider>,
  ).container;
}

const provinceNews = [
  brain('/tin-tuc/hoi-nghi', 'Hội nghị Ủy ban MTTQ tỉnh', { unit_code: '20', image: true }),
  brain('/tin-tuc/quy-vi-nguoi-ngheo', 'Phát động Quỹ Vì người nghèo', { unit_code: '20' }),
  brain('/tin-tuc/tap-huan', 'Tập huấn chuyển đổi số', { unit_code: '20', image: true }),
];
const unitNews = [
  brain('/thanh-pho-lang-son/tin-tuc/ve-sinh', 'Thành phố ra quân vệ sinh môi trường', {
    unit_code: '178',
    image: true,
    effective: '2026-11-23T20:15:00+00:00',
  }),
  // no unit_code metadata: the path tells the unit
  brain('/huyen-trang-dinh/tin-tuc/nha-dai-doan-ket', 'Tràng Định trao nhà Đại đoàn kết'),
];

describe('NewsListing (listing template of the news portal)', () => {
  it("features the top item of the province's own news on its home", () => {
    const c = renderListing({ id: 'summary', items: provinceNews, querystring: ownNews, headline: 'Tin tức' });
    expect(c.querySelector('.mttq-news').classList).toContain('mttq-news--featured');
    const lead = c.querySelector('.mttq-news-lead .mttq-news-card--featured');
    expect(lead.querySelector('h3').textContent).toBe('Hội nghị Ủy ban MTTQ tỉnh');
    expect(lead.querySelector('.mttq-news-kicker').textContent).toBe('Tin nổi bật');
    expect(lead.querySelector('img').getAttribute('src')).toBe('/tin-tuc/hoi-nghi/anh.png/@@images/image-800-a.png');
    // the rest in the list, no unit names on the unit's own news
    expect([...c.querySelectorAll('.mttq-news-list h3')].map((h) => h.textContent)).toEqual([
      'Phát động Quỹ Vì người nghèo',
      'Tập huấn chuyển đổi số',
    ]);
    expect(c.querySelectorAll('.mttq-news-unit')).toHaveLength(0);
    // an item without image gets the Front's emblem, hidden from screen readers
    const noImage = c.querySelector('.mttq-news-list .mttq-news-noimage svg');
    expect(noImage.getAttribute('aria-hidden')).toBe('true');
    // link to the whole news section
    const more = c.querySelector('.mttq-news-more a');
    expect(more.getAttribute('href')).toBe('/tin-tuc');
    expect(more.textContent).toBe('Xem thêm: Tin tức');
  });

  it('names the unit of items from other units and dates them dd/mm/yyyy', () => {
    const c = renderListing({ id: 'summary', items: unitNews, querystring: fromUnits, headline: 'Tin từ cơ sở' });
    expect(c.querySelector('.mttq-news').classList).not.toContain('mttq-news--featured');
    const cards = [...c.querySelectorAll('.mttq-news-list .mttq-news-card')];
    expect(cards.map((a) => a.querySelector('.mttq-news-unit').textContent)).toEqual([
      'Thành phố Lạng Sơn',
      'Huyện Tràng Định',
    ]);
    expect(cards.map((a) => a.getAttribute('data-unit-code'))).toEqual(['178', '180']);
    // 20:15 UTC on the 23rd is the 24th in Vietnam
    expect(cards[0].querySelector('.mttq-news-date time').textContent).toBe('24/11/2026');
    expect(cards[0].querySelector('.mttq-news-date').textContent).toBe('Ngày đăng: 24/11/2026');
    expect(cards[1].querySelector('.mttq-news-date time').textContent).toBe('05/03/2026');
    expect(cards[0].querySelector('h3 a').getAttribute('href')).toBe('/thanh-pho-lang-son/tin-tuc/ve-sinh');
    // the image link is a duplicate of the title's: out of the tab order
    const imageLink = cards[0].querySelector('a.mttq-news-image');
    expect(imageLink.getAttribute('tabindex')).toBe('-1');
    expect(imageLink.getAttribute('aria-hidden')).toBe('true');
    expect(imageLink.querySelector('img').getAttribute('alt')).toBe('');
    // a network-wide listing has no folder to link to
    expect(c.querySelector('.mttq-news-more')).toBeNull();
    // the emblem standing in for an image takes the unit's colours
    expect(cards[1].querySelector('.mttq-news-noimage').style.getPropertyValue('--mttq-primary')).toBe('#1b5e20');
  });

  it("shows a unit's own news on its home without unit names", () => {
    const c = renderListing(
      { id: 'summary', items: [unitNews[0]], querystring: ownNews },
      { '@id': 'http://localhost:8080/Plone/thanh-pho-lang-son', '@type': 'UnitSite' },
    );
    expect(c.querySelector('.mttq-news-card--featured h3').textContent).toBe('Thành phố ra quân vệ sinh môi trường');
    expect(c.querySelectorAll('.mttq-news-unit')).toHaveLength(0);
    expect(c.querySelector('.mttq-news-more a').getAttribute('href')).toBe('/thanh-pho-lang-son/tin-tuc');
  });

  it('shows plain links (no navigation) while editing', () => {
    const c = renderListing({ id: 'mttqNews', items: unitNews, querystring: fromUnits, isEditMode: true });
    expect(c.querySelectorAll('a')).toHaveLength(0);
    expect(c.querySelectorAll('.mttq-news-card')).toHaveLength(2);
  });

  it('lets the newest featured item lead, fetching it when not loaded yet', () => {
    let store;
    renderListing(
      { id: 'mttqNewsFeatured', items: provinceNews, querystring: ownNews },
      undefined,
      {},
      (s) => {
        store = s;
      },
    );
    const [action] = store.getActions();
    expect(action.subrequest).toBe(featuredKey('/', ownNews));
    expect(action.request.data.query.map((c) => c.i)).toEqual(['portal_type', 'path', 'featured']);
    expect(action.request.data.b_size).toBe(1);

    // loaded: the featured item leads even when older than the listed ones
    const older = brain('/tin-tuc/dai-hoi', 'Đại hội đại biểu MTTQ tỉnh', { unit_code: '20', featured: true });
    const c = renderListing(
      { id: 'mttqNewsFeatured', items: provinceNews, querystring: ownNews },
      undefined,
      { [featuredKey('/', ownNews)]: { loaded: true, items: [older] } },
    );
    expect(c.querySelector('.mttq-news-lead h3').textContent).toBe('Đại hội đại biểu MTTQ tỉnh');
    expect([...c.querySelectorAll('.mttq-news-list h3')].map((h) => h.textContent)).toEqual([
      'Hội nghị Ủy ban MTTQ tỉnh',
      'Phát động Quỹ Vì người nghèo',
    ]);
    // no featured item: the newest leads
    const plain = renderListing(
      { id: 'mttqNewsFeatured', items: provinceNews, querystring: ownNews },
      undefined,
      { [featuredKey('/', ownNews)]: { loaded: true, items: [] } },
    );
    expect(plain.querySelector('.mttq-news-lead h3').textContent).toBe('Hội nghị Ủy ban MTTQ tỉnh');
  });
});
