import React from 'react';
import { render, act } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import BackendUnavailable, { backendIsBack } from './BackendUnavailable';
import viMessages from '../../testing/viMessages';

const store = configureStore()({
  intl: { locale: 'vi', messages: viMessages() },
});

describe('BackendUnavailable (backend down)', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('explains in Vietnamese and answers 503 on the server', () => {
    const staticContext = {};
    const { container } = render(
      <Provider store={store}>
        <BackendUnavailable staticContext={staticContext} />
      </Provider>,
    );
    expect(container.querySelector('h1').textContent).toBe('Hệ thống đang tạm thời gián đoạn');
    expect(container.textContent).toContain('Máy chủ dữ liệu của cổng thông tin hiện không phản hồi');
    expect(container.querySelector('a.mttq-backend-down-reload').textContent).toBe('Thử lại');
    expect(staticContext.error_code).toBe(503);
  });

  it('asks the API proxy whether the backend is back', async () => {
    const calls = [];
    const ok = (status) => (url, init) => {
      calls.push([url, init.headers.Accept]);
      return Promise.resolve({ ok: status < 400 });
    };
    expect(await backendIsBack(ok(200))).toBe(true);
    expect(await backendIsBack(ok(503))).toBe(false);
    expect(await backendIsBack(() => Promise.reject(new Error('down')))).toBe(false);
    expect(calls[0]).toEqual(['/++api++/@units', 'application/json']);
  });

  it('reloads the page by itself once the backend answers', async () => {
    jest.useFakeTimers();
    let up = false;
    const fetch = jest.fn(() => Promise.resolve({ ok: up }));
    const reload = jest.fn();
    const { fetch: originalFetch, location: originalLocation } = window;
    window.fetch = fetch;
    delete window.location;
    window.location = { reload, href: 'http://x/' };
    try {
      render(
        <Provider store={store}>
          <BackendUnavailable retryInterval={1000} />
        </Provider>,
      );
      await act(async () => {
        jest.advanceTimersByTime(1000);
      });
      expect(fetch).toHaveBeenCalledTimes(1);
      expect(reload).not.toHaveBeenCalled();
      up = true;
      await act(async () => {
        jest.advanceTimersByTime(1000);
      });
      expect(reload).toHaveBeenCalledTimes(1);
      // and stops asking
      await act(async () => {
        jest.advanceTimersByTime(5000);
      });
      expect(fetch).toHaveBeenCalledTimes(2);
    } finally {
      window.fetch = originalFetch;
      window.location = originalLocation;
    }
  });
});
