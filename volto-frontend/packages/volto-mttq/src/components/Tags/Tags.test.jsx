import React from 'react';
import { render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import { MemoryRouter } from 'react-router-dom';
import config from '@plone/volto/registry';
import Tags from './Tags';
import viMessages from '../../testing/viMessages';
import { units } from '../../testing/units';

const mockStore = configureStore();

function renderTags(content) {
  const store = mockStore({
    intl: { locale: 'vi', messages: viMessages() },
    mttqUnits: { loaded: true, loading: false, items: units },
    mttqInterface: { path: null, from: null, data: null },
  });
  return render(
    <Provider store={store}>
      <MemoryRouter>
        <Tags content={content} />
      </MemoryRouter>
    </Provider>,
  ).container;
}

const links = (c) =>
  [...c.querySelectorAll('.tags a.ui.label')].map((a) => [
    a.textContent,
    decodeURIComponent(a.getAttribute('href')),
  ]);

describe('Tags (below a page)', () => {
  beforeAll(() => {
    config.settings.showTags = true;
  });

  it('links each tag to the search page of the page’s unit, unit ticked', () => {
    const c = renderTags({
      '@id': 'http://localhost:8080/Plone/huyen-trang-dinh/gioi-thieu',
      '@type': 'Document',
      subjects: ['Khu dân cư', ''],
    });
    expect(links(c)).toEqual([
      [
        'Khu dân cư',
        '/huyen-trang-dinh/tim-kiem?query=[{"i":"unit_code","o":"paqo.selection.any","v":["180"]},' +
          '{"i":"Subject","o":"paqo.selection.any","v":["Khu dân cư"]}]',
      ],
    ]);
  });

  it('links the province’s tags to the network’s search page', () => {
    const c = renderTags({
      '@id': 'http://localhost:8080/Plone/gioi-thieu',
      '@type': 'Event',
      subjects: ['Bầu cử'],
    });
    expect(links(c)).toEqual([
      [
        'Bầu cử',
        '/tim-kiem?query=[{"i":"Subject","o":"paqo.selection.any","v":["Bầu cử"]}]',
      ],
    ]);
  });

  it('shows nothing without tags, or when Volto’s showTags is off', () => {
    const page = { '@id': 'http://localhost:8080/Plone/a', subjects: [] };
    expect(renderTags(page).innerHTML).toBe('');
    config.settings.showTags = false;
    expect(renderTags({ ...page, subjects: ['x'] }).innerHTML).toBe('');
    config.settings.showTags = true;
  });
});
