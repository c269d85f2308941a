import React from 'react';
import { render, fireEvent } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import { MemoryRouter, Route } from 'react-router-dom';
import SearchResults from './SearchResults';
import SearchBox from './SearchBox';
import {
  searchUrl,
  searchPagePath,
  searchTypeOptions,
  resultDate,
  tagSearchUrl,
} from './search';
import viMessages from '../../testing/viMessages';
import { units, trangDinh, province } from '../../testing/units';

const mockStore = configureStore();

function renderWith(node, path = '/') {
  const store = mockStore({
    intl: { locale: 'vi', messages: viMessages() },
    mttqUnits: { loaded: true, items: units },
  });
  let location;
  const { container } = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[path]}>
        {node}
        <Route
          path="*"
          render={({ location: l }) => {
            location = l;
            return null;
          }}
        />
      </MemoryRouter>
    </Provider>,
  );
  return { container, location: () => location };
}

const decode = (url) =>
  JSON.parse(decodeURIComponent(new URL(url, 'http://x').searchParams.get('query')));

describe('search page address', () => {
  it('is the unit’s own page, or the root’s', () => {
    expect(searchPagePath('/')).toBe('/tim-kiem');
    expect(searchPagePath('/huyen-trang-dinh/')).toBe('/huyen-trang-dinh/tim-kiem');
    expect(searchUrl()).toBe('/tim-kiem');
  });

  it('carries the text and the facets as Volto’s search block reads them', () => {
    const url = searchUrl({ home: '/huyen-trang-dinh', text: ' Uy ban ', unit: '180' });
    expect(url.startsWith('/huyen-trang-dinh/tim-kiem?query=')).toBe(true);
    expect(decode(url)).toEqual([
      { i: 'unit_code', o: 'paqo.selection.any', v: ['180'] },
      { i: 'SearchableText', o: 'paqo.string.contains', v: 'Uy ban' },
    ]);
    expect(decode(searchUrl({ category: 'Chuyển đổi số' }))).toEqual([
      { i: 'news_category', o: 'paqo.selection.any', v: ['Chuyển đổi số'] },
    ]);
  });

  it('filters by a tag through the hidden Subject facet', () => {
    expect(decode(searchUrl({ tag: 'Chuyển đổi số', unit: '180', home: '/huyen-trang-dinh' }))).toEqual([
      { i: 'unit_code', o: 'paqo.selection.any', v: ['180'] },
      { i: 'Subject', o: 'paqo.selection.any', v: ['Chuyển đổi số'] },
    ]);
  });

  it('sends a tag to the search page of the item’s unit, unit ticked', () => {
    const url = tagSearchUrl('Khu dân cư', trangDinh);
    expect(url.startsWith('/huyen-trang-dinh/tim-kiem?query=')).toBe(true);
    expect(decode(url)).toEqual([
      { i: 'unit_code', o: 'paqo.selection.any', v: ['180'] },
      { i: 'Subject', o: 'paqo.selection.any', v: ['Khu dân cư'] },
    ]);
    // the province's items, or an unknown unit: the network's page
    for (const unit of [province, null]) {
      const network = tagSearchUrl('Khu dân cư', unit);
      expect(network.startsWith('/tim-kiem?query=')).toBe(true);
      expect(decode(network)).toEqual([{ i: 'Subject', o: 'paqo.selection.any', v: ['Khu dân cư'] }]);
    }
  });

  it('offers only the public types, in order', () => {
    const choices = ['UnitSite', 'Event', 'News Item', 'FeedbackCase', 'Question'].map(
      (value) => ({ value, label: value }),
    );
    expect(searchTypeOptions(choices).map((c) => c.value)).toEqual(['News Item', 'Event']);
  });

  it('dates a document by its issue date, the rest by publication', () => {
    expect(
      resultDate({ '@type': 'GuidanceDocument', issue_date: '2024-10-01', effective: '2025-01-01T00:00:00' }),
    ).toBe('2024-10-01');
    expect(resultDate({ '@type': 'News Item', effective: '1969-12-31T00:00:00', created: '2026-01-02T03:00:00' })).toBe(
      '2026-01-02T03:00:00',
    );
  });
});

describe('SearchResults', () => {
  it('shows unit, type and date of each result', () => {
    const { container } = renderWith(
      <SearchResults
        items={[
          {
            '@id': 'http://localhost:8080/Plone/huyen-trang-dinh/tin-tuc/hop',
            '@type': 'News Item',
            title: 'Ủy ban huyện họp',
            description: 'Phiên họp thường kỳ',
            unit_code: '180',
            effective: '2026-03-02T01:00:00+00:00',
          },
          {
            '@id': 'http://localhost:8080/Plone/van-ban/hd-125',
            '@type': 'GuidanceDocument',
            title: 'Hướng dẫn 125',
            unit_code: '20',
            issue_date: '2024-10-01',
          },
        ]}
      />,
    );
    const rows = [...container.querySelectorAll('.mttq-search-result')].map((li) => [
      li.querySelector('a').getAttribute('href'),
      li.querySelector('.mttq-search-unit').textContent,
      li.querySelector('.mttq-search-type').textContent,
      li.querySelector('.mttq-search-date').textContent,
    ]);
    expect(rows).toEqual([
      ['/huyen-trang-dinh/tin-tuc/hop', 'Huyện Tràng Định', 'Tin tức', '02/03/2026'],
      ['/van-ban/hd-125', 'Tỉnh Lạng Sơn', 'Văn bản', '01/10/2024'],
    ]);
    expect(container.querySelector('.mttq-search-description').textContent).toBe('Phiên họp thường kỳ');
  });

  it('says so in Vietnamese when nothing is found', () => {
    const { container } = renderWith(<SearchResults items={[]} />);
    expect(container.textContent).toBe('Không tìm thấy kết quả phù hợp.');
  });
});

describe('SearchBox', () => {
  it('searches the unit the reader is on, unit ticked', () => {
    const { container, location } = renderWith(
      <SearchBox unit={trangDinh} home="/huyen-trang-dinh" />,
      '/huyen-trang-dinh/tin-tuc',
    );
    const input = container.querySelector('input[type="search"]');
    expect(input.getAttribute('placeholder')).toBe('Tìm kiếm...');
    fireEvent.change(input, { target: { value: 'hoà bình' } });
    fireEvent.submit(container.querySelector('form'));
    expect(location().pathname).toBe('/huyen-trang-dinh/tim-kiem');
    expect(decode(`${location().pathname}${location().search}`)).toEqual([
      { i: 'unit_code', o: 'paqo.selection.any', v: ['180'] },
      { i: 'SearchableText', o: 'paqo.string.contains', v: 'hoà bình' },
    ]);
  });

  it('searches the whole network from the province’s pages', () => {
    const { container, location } = renderWith(<SearchBox unit={province} home="/" />);
    const input = container.querySelector('input[type="search"]');
    expect(input.getAttribute('placeholder')).toBe('Tìm trên toàn mạng lưới...');
    expect(container.querySelector('form').getAttribute('action')).toBe('/tim-kiem');
    fireEvent.change(input, { target: { value: 'Uy ban' } });
    fireEvent.submit(container.querySelector('form'));
    expect(decode(`${location().pathname}${location().search}`)).toEqual([
      { i: 'SearchableText', o: 'paqo.string.contains', v: 'Uy ban' },
    ]);
  });
});
