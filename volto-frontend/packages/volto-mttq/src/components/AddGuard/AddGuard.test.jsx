import React from 'react';
import { render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import thunk from 'redux-thunk';
import { MemoryRouter } from 'react-router-dom';
import AddGuard, { canAdd } from './AddGuard';

jest.mock('@plone/volto/components/manage/Add/Add', () => () => (
  <div className="add-form-mock" />
));
jest.mock('../LoginRequired/LoginRequired', () => (props) => (
  <div className="login-required-mock">{props.pathname}</div>
));

const mockStore = configureStore([thunk]);
const API = 'http://localhost:8080/Plone';
const allTypes = (addable) =>
  ['Document', 'News Item', 'File'].map((t) => ({
    '@id': `${API}/@types/${t}`,
    title: t,
    addable,
  }));

function renderAdd(pathname, search, { contentId, types, loaded = true }) {
  const store = mockStore({
    intl: { locale: 'vi', messages: {} },
    userSession: { token: 'x' },
    content: { data: contentId ? { '@id': contentId } : null },
    types: { loaded, types },
  });
  return render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[`${pathname}${search}`]}>
        <AddGuard location={{ pathname, search }} />
      </MemoryRouter>
    </Provider>,
  ).container;
}

describe('AddGuard (add form only where one may add)', () => {
  it('knows which types may be added', () => {
    expect(canAdd(allTypes(true), 'News Item')).toBe(true);
    expect(canAdd(allTypes(false), 'News Item')).toBe(false);
    expect(canAdd([{ id: 'News Item', addable: true }], 'News Item')).toBe(true);
    expect(canAdd(allTypes(true), 'Event')).toBe(false);
    expect(canAdd(allTypes(true), undefined)).toBe(false);
    expect(canAdd(undefined, 'News Item')).toBe(false);
    // anonymous: the types component is not expanded
    expect(canAdd({ '@id': `${API}/huyen-trang-dinh/tin-tuc/@types` }, 'News Item')).toBe(false);
  });

  it("gives an editor of the unit Volto's add form", () => {
    const c = renderAdd('/thanh-pho-lang-son/tin-tuc/add', '?type=News%20Item', {
      contentId: `${API}/thanh-pho-lang-son/tin-tuc`,
      types: allTypes(true),
    });
    expect(c.querySelector('.add-form-mock')).not.toBeNull();
  });

  it('refuses an editor of another unit (or a visitor) the add form', () => {
    const c = renderAdd('/huyen-trang-dinh/tin-tuc/add', '?type=News%20Item', {
      contentId: `${API}/huyen-trang-dinh/tin-tuc`,
      types: allTypes(false),
    });
    expect(c.querySelector('.add-form-mock')).toBeNull();
    expect(c.querySelector('.login-required-mock').textContent).toBe('/huyen-trang-dinh/tin-tuc/add');
  });

  it('waits for the container and its types', () => {
    // still the previous page's content
    let c = renderAdd('/huyen-trang-dinh/tin-tuc/add', '?type=News%20Item', {
      contentId: `${API}/thanh-pho-lang-son/tin-tuc`,
      types: allTypes(true),
    });
    expect(c.innerHTML).toBe('');
    c = renderAdd('/huyen-trang-dinh/tin-tuc/add', '?type=News%20Item', {
      contentId: `${API}/huyen-trang-dinh/tin-tuc`,
      types: [],
      loaded: false,
    });
    expect(c.innerHTML).toBe('');
  });

  it('keeps the form while Volto saves it and moves on to the new item', () => {
    const { createStore } = require('redux');
    const state = (contentId) => ({
      intl: { locale: 'vi', messages: {} },
      userSession: { token: 'x' },
      content: { data: { '@id': contentId } },
      types: { loaded: true, types: allTypes(true) },
    });
    const store = createStore(
      (s, action) => (action.type === 'SET' ? action.state : s),
      state(`${API}/thanh-pho-lang-son/tin-tuc`),
    );
    const location = { pathname: '/thanh-pho-lang-son/tin-tuc/add', search: '?type=News%20Item' };
    const { container } = render(
      <Provider store={store}>
        <MemoryRouter>
          <AddGuard location={location} />
        </MemoryRouter>
      </Provider>,
    );
    expect(container.querySelector('.add-form-mock')).not.toBeNull();
    // saved: the store now holds the new item
    const { act } = require('@testing-library/react');
    act(() => {
      store.dispatch({ type: 'SET', state: state(`${API}/thanh-pho-lang-son/tin-tuc/moi`) });
    });
    expect(container.querySelector('.add-form-mock')).not.toBeNull();
  });
});
