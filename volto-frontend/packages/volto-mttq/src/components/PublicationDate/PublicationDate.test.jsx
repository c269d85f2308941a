import React from 'react';
import { render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import PublicationDate, { isNewsItem, publicationDate } from './PublicationDate';
import viMessages from '../../testing/viMessages';

const store = configureStore()({
  intl: { locale: 'vi', messages: viMessages() },
});

describe('PublicationDate', () => {
  it('shows the date in Vietnam time, dd/mm/yyyy with weekday and time', () => {
    const { container } = render(
      <Provider store={store}>
        <PublicationDate
          content={{ '@type': 'News Item', effective: '2026-11-23T20:15:00+00:00' }}
        />
      </Provider>,
    );
    const text = container.querySelector('.mttq-publication-date').textContent;
    expect(text).toMatch(/^Ngày đăng: /);
    // 20:15 UTC on the 23rd is 03:15 on the 24th in Vietnam
    expect(text).toContain('Thứ Ba, 24/11/2026');
    expect(text).toContain('03:15');
  });

  it('only applies to news items with a date', () => {
    expect(isNewsItem({ content: { '@type': 'News Item', effective: '2026-01-01T00:00:00' } })).toBe(true);
    expect(isNewsItem({ content: { '@type': 'Document', effective: '2026-01-01T00:00:00' } })).toBe(false);
    expect(isNewsItem({ content: { '@type': 'News Item', effective: null, created: null } })).toBe(false);
    expect(publicationDate({ effective: '1969-12-31T00:00:00+00:00' })).toBeNull();
    expect(publicationDate({ effective: null, created: '2026-02-01T00:00:00' })).toBe('2026-02-01T00:00:00');
  });
});
