import React from 'react';
import { render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import { MemoryRouter } from 'react-router-dom';
import LoginRequired from './LoginRequired';

jest.mock('@plone/volto/components/theme/Login/Login', () => (props) => (
  <div className="login-mock">{props.location.search}</div>
));
jest.mock('@plone/volto/components/theme/Unauthorized/Unauthorized', () => () => (
  <div className="unauthorized-mock" />
));

const mockStore = configureStore();

function renderWith(token) {
  const store = mockStore({
    intl: { locale: 'vi', messages: {} },
    userSession: { token },
  });
  return render(
    <Provider store={store}>
      <MemoryRouter initialEntries={['/noi-bo']}>
        <LoginRequired location={{ pathname: '/noi-bo', search: '' }} />
      </MemoryRouter>
    </Provider>,
  );
}

describe('LoginRequired (401 view)', () => {
  it('gives anonymous visitors the login form, returning to the page', () => {
    const { container } = renderWith(null);
    expect(container.querySelector('.login-mock').textContent).toBe(
      '?return_url=%2Fnoi-bo',
    );
    expect(container.querySelector('.unauthorized-mock')).toBeNull();
  });
  it('tells logged-in users they lack access', () => {
    const { container } = renderWith('token');
    expect(container.querySelector('.unauthorized-mock')).not.toBeNull();
    expect(container.querySelector('.login-mock')).toBeNull();
  });
});

describe('LoginRequired after logging in', () => {
  it('loads the protected page again once the visitor is logged in', () => {
    const { createStore, combineReducers, applyMiddleware } = require('redux');
    const { act } = require('@testing-library/react');
    const seen = [];
    const record = () => (next) => (action) => {
      seen.push(action);
      return next(action);
    };
    const store = createStore(
      combineReducers({
        intl: () => ({ locale: 'vi', messages: {} }),
        userSession: (state = { token: null }, action) =>
          action.type === 'TEST_LOGIN' ? { token: 'jwt' } : state,
      }),
      applyMiddleware(record),
    );
    const { container } = render(
      <Provider store={store}>
        <MemoryRouter initialEntries={['/noi-bo']}>
          <LoginRequired location={{ pathname: '/noi-bo', search: '' }} />
        </MemoryRouter>
      </Provider>,
    );
    expect(seen.filter((a) => a.type === 'GET_CONTENT')).toHaveLength(0);
    // the unit's navigation replaces the one the content would have brought
    const nav = seen.filter((a) => a.type === 'GET_NAVIGATION');
    expect(nav).toHaveLength(1);
    expect(nav[0].request.path).toMatch(/^\/@navigation/);
    act(() => {
      store.dispatch({ type: 'TEST_LOGIN' });
    });
    const fetches = seen.filter((a) => a.type === 'GET_CONTENT');
    expect(fetches).toHaveLength(1);
    expect(fetches[0].request.path).toMatch(/^\/noi-bo/);
    expect(container.querySelector('.unauthorized-mock')).not.toBeNull();
  });
});
