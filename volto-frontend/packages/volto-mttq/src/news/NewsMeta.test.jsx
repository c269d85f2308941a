import React from 'react';
import { render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import thunk from 'redux-thunk';
import { MemoryRouter } from 'react-router-dom';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import NewsMeta from './NewsMeta';
import FeedLinks from './FeedLinks';
import viMessages from '../testing/viMessages';
import { units, thanhPho } from '../testing/units';

const mockStore = configureStore([thunk]);

function renderIn(path, element) {
  const store = mockStore({
    intl: { locale: 'vi', messages: viMessages() },
    mttqUnits: { loaded: true, loading: false, items: units },
    mttqInterface: { path: null, from: null, data: null },
  });
  render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[path]}>{element}</MemoryRouter>
    </Provider>,
  );
  return Helmet.peek();
}

describe('NewsMeta', () => {
  it('puts Open Graph tags and NewsArticle JSON-LD in the head', () => {
    const head = renderIn(
      '/thanh-pho-lang-son/tin-tuc/a',
      <NewsMeta
        content={{
          '@id': 'http://localhost:8080/Plone/thanh-pho-lang-son/tin-tuc/a',
          title: 'Tin <b> & "c"',
          effective: '2026-03-04T20:30:00+00:00',
        }}
        unit={thanhPho}
      />,
    );
    const props = head.metaTags.map((m) => [m.property || m.name, m.content]);
    expect(props).toContainEqual(['og:title', 'Tin <b> & "c"']);
    expect(props).toContainEqual(['og:type', 'article']);
    const script = head.scriptTags.find((s) => s.type === 'application/ld+json');
    const data = JSON.parse(script.innerHTML);
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe('Tin <b> & "c"');
    expect(script.innerHTML).not.toContain('<');
  });
});

describe('FeedLinks', () => {
  const feeds = (head) =>
    head.linkTags.filter((l) => l.rel === 'alternate' && l.type === 'application/rss+xml');

  it('the network feed and the unit feed on a unit page', () => {
    const links = feeds(renderIn('/thanh-pho-lang-son/tin-tuc', <FeedLinks />));
    expect(links.map((l) => [l.href.replace(/^https?:\/\/[^/]+/, ''), l.title])).toEqual([
      ['/feed.xml', 'Tin tức toàn mạng lưới Mặt trận tỉnh Lạng Sơn'],
      ['/thanh-pho-lang-son/feed.xml', 'Tin tức: Thành phố Lạng Sơn'],
    ]);
  });

  it('only the network feed on the province pages', () => {
    const links = feeds(renderIn('/tin-tuc', <FeedLinks />));
    expect(links.map((l) => l.href.replace(/^https?:\/\/[^/]+/, ''))).toEqual(['/feed.xml']);
  });
});
