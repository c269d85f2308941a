import units from './units';
import unitInterface from './unitInterface';
import { GET_UNITS } from '../constants';
import { GET_CONTENT } from '@plone/volto/constants/ActionTypes';

describe('units reducer', () => {
  it('stores the items of @units', () => {
    let state = units(undefined, { type: `${GET_UNITS}_PENDING` });
    expect(state.loading).toBe(true);
    state = units(state, {
      type: `${GET_UNITS}_SUCCESS`,
      result: { items: [{ code: '20' }, { code: '180' }], items_total: 2 },
    });
    expect(state.loaded).toBe(true);
    expect(state.items.map((u) => u.code)).toEqual(['20', '180']);
  });
  it('keeps an empty list on failure', () => {
    const state = units(undefined, {
      type: `${GET_UNITS}_FAIL`,
      error: { status: 404 },
    });
    expect(state.items).toEqual([]);
    expect(state.loaded).toBe(false);
    expect(state.error).toEqual({ status: 404 });
  });
});

describe('unitInterface reducer', () => {
  const content = {
    '@id': 'http://localhost:8080/Plone/huyen-trang-dinh/tin-tuc',
    '@components': {
      inherit: {
        'mttq.interface': {
          from: {
            '@id': 'http://localhost:8080/Plone/huyen-trang-dinh',
            title: 'Ủy ban MTTQ Việt Nam huyện Tràng Định',
          },
          data: { short_name: 'MTTQ huyện Tràng Định' },
        },
      },
    },
  };

  it('keeps the inherited mttq.interface of the main content', () => {
    const state = unitInterface(undefined, {
      type: `${GET_CONTENT}_SUCCESS`,
      result: content,
    });
    expect(state).toEqual({
      path: '/huyen-trang-dinh/tin-tuc',
      from: '/huyen-trang-dinh',
      data: { short_name: 'MTTQ huyện Tràng Định' },
    });
  });

  it('ignores subrequests and content without the expander', () => {
    const initial = unitInterface(undefined, {});
    expect(
      unitInterface(initial, {
        type: `${GET_CONTENT}_SUCCESS`,
        subrequest: 'x',
        result: content,
      }),
    ).toBe(initial);
    expect(
      unitInterface(initial, {
        type: `${GET_CONTENT}_SUCCESS`,
        result: { '@id': 'http://localhost:8080/Plone/x', '@components': {} },
      }),
    ).toBe(initial);
  });
});
