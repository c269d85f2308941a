import documents from './documents';
import { GET_REGISTRY, GET_SIGNATURES } from '../constants';

describe('documents reducer', () => {
  it('keeps the registry page being shown', () => {
    let state = documents(undefined, { type: `${GET_REGISTRY}_PENDING` });
    expect(state.registry.loading).toBe(true);
    state = documents(state, {
      type: `${GET_REGISTRY}_SUCCESS`,
      result: { items_total: 3, items: [] },
    });
    expect(state.registry).toMatchObject({
      loading: false,
      loaded: true,
      data: { items_total: 3 },
    });
    state = documents(state, {
      type: `${GET_REGISTRY}_FAIL`,
      error: { status: 400 },
    });
    expect(state.registry).toMatchObject({
      loaded: false,
      data: null,
      error: { status: 400 },
    });
  });

  it('keeps the signatures with the document they belong to', () => {
    let state = documents(undefined, {
      type: `${GET_SIGNATURES}_PENDING`,
      path: '/van-ban/a',
    });
    expect(state.signatures).toMatchObject({
      loading: true,
      path: '/van-ban/a',
    });
    state = documents(state, {
      type: `${GET_SIGNATURES}_SUCCESS`,
      path: '/van-ban/a',
      result: { files: [] },
    });
    expect(state.signatures).toMatchObject({
      loaded: true,
      path: '/van-ban/a',
      data: { files: [] },
    });
  });
});
