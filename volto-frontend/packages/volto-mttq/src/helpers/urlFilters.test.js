import React from 'react';
import { MemoryRouter, Route } from 'react-router-dom';
import { act, renderHook } from '@testing-library/react';
import {
  filtersQueryString,
  pageWindow,
  pages,
  parseFilters,
  useUrlFilters,
  withFilter,
} from './urlFilters';

const SPEC = {
  names: ['scope', 'q', 'tag', 'sort', 'b_start'],
  multi: ['tag'],
};

describe('urlFilters', () => {
  it('reads the known filters, trimmed, repeated ones once each', () => {
    expect(
      parseFilters(
        '?tag=a&foo=1&tag=%20b%20&tag=a&q=%20x%20&sort=&b_start=12',
        SPEC,
      ),
    ).toEqual({ q: 'x', tag: ['a', 'b'], b_start: '12' });
    expect(parseFilters('', SPEC)).toEqual({});
    expect(parseFilters('?tag=', SPEC)).toEqual({});
  });

  it('writes them in the order of the spec, without page 1 nor empty values', () => {
    expect(
      filtersQueryString(
        {
          b_start: '0',
          tag: ['Nghiệp vụ', ''],
          q: 'x',
          scope: 'upper',
          sort: '',
        },
        SPEC,
      ),
    ).toBe('scope=upper&q=x&tag=Nghi%E1%BB%87p+v%E1%BB%A5');
    expect(filtersQueryString({ b_start: 24 }, SPEC)).toBe('b_start=24');
    expect(filtersQueryString({}, SPEC)).toBe('');
  });

  it('reads back what it writes', () => {
    const params = {
      scope: 'network',
      q: 'bầu cử',
      tag: ['a', 'b'],
      b_start: '20',
    };
    expect(parseFilters(`?${filtersQueryString(params, SPEC)}`, SPEC)).toEqual(
      params,
    );
  });

  it('starts at page 1 when a filter changes, not when paging', () => {
    expect(withFilter({ q: 'x', b_start: '40' }, 'sort', 'title')).toEqual({
      q: 'x',
      sort: 'title',
    });
    expect(withFilter({ q: 'x' }, 'b_start', '20')).toEqual({
      q: 'x',
      b_start: '20',
    });
    expect(withFilter({ q: 'x', b_start: '20' }, 'q', '')).toEqual({});
    expect(withFilter({ tag: ['a'] }, 'tag', [])).toEqual({});
  });

  it('counts pages and offers up to four page numbers each side', () => {
    expect(pages(45, 20, 20)).toEqual({ count: 3, current: 1 });
    expect(pages(45, '40', 20)).toEqual({ count: 3, current: 2 });
    expect(pages(undefined, undefined, 12)).toEqual({ count: 0, current: 0 });
    expect(pageWindow(3, 1)).toEqual([0, 1, 2]);
    expect(pageWindow(20, 0)).toEqual([0, 1, 2, 3, 4]);
    expect(pageWindow(20, 10)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(pageWindow(20, 19)).toEqual([15, 16, 17, 18, 19]);
    expect(pageWindow(0, 0)).toEqual([]);
  });

  it('gives a view its filters from the address and puts changes back there', () => {
    let where;
    const wrapper = ({ children }) => (
      <MemoryRouter initialEntries={['/van-ban?q=x&b_start=20&foo=1']}>
        {children}
        <Route
          path="*"
          render={({ location }) => {
            where = `${location.pathname}${location.search}`;
            return null;
          }}
        />
      </MemoryRouter>
    );
    const { result } = renderHook(() => useUrlFilters(SPEC), { wrapper });
    expect(result.current.params).toEqual({ q: 'x', b_start: '20' });
    expect(result.current.qs).toBe('q=x&b_start=20');
    act(() => result.current.change('b_start', '40'));
    expect(where).toBe('/van-ban?q=x&b_start=40');
    expect(result.current.params).toEqual({ q: 'x', b_start: '40' });
    act(() => result.current.change('tag', ['a', 'b']));
    expect(where).toBe('/van-ban?q=x&tag=a&tag=b');
    act(() => result.current.go({}));
    expect(where).toBe('/van-ban');
    expect(result.current.params).toEqual({});
  });
});
