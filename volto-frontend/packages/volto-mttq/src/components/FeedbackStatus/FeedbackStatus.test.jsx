import React from 'react';
import { render, fireEvent, act } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import FeedbackStatus from './FeedbackStatus';
import viMessages from '../../testing/viMessages';

const store = configureStore()({ intl: { locale: 'vi', messages: viMessages() } });

function setup(status, body) {
  const calls = [];
  const fetcher = (url, init) => {
    calls.push([url, JSON.parse(init.body)]);
    return Promise.resolve({ ok: status < 400, json: () => Promise.resolve(body) });
  };
  const view = render(
    <Provider store={store}>
      <FeedbackStatus fetcher={fetcher} />
    </Provider>,
  );
  const c = view.container;
  fireEvent.change(c.querySelector('#feedback-reference'), { target: { value: '180-2026-00001' } });
  fireEvent.change(c.querySelector('#feedback-contact'), { target: { value: '0912345678' } });
  return { c, calls };
}

describe('FeedbackStatus (a citizen checks a case)', () => {
  it('shows the state and the answer', async () => {
    const { c, calls } = setup(200, { reference: '180-2026-00001', title: 'Rác thải ven suối',
      unit: 'Ủy ban MTTQ huyện Tràng Định', state_title: 'Đã giải quyết', answer: 'Đã thu gom.' });
    await act(async () => {
      fireEvent.submit(c.querySelector('form'));
    });
    expect(calls).toEqual([['/++api++/@feedback-status', { reference: '180-2026-00001', contact: '0912345678' }]]);
    expect(c.querySelector('h1').textContent).toBe('Tra cứu phản ánh, kiến nghị');
    expect(c.querySelector('.mttq-feedback-state').textContent).toBe('Trạng thái: Đã giải quyết');
    expect(c.querySelector('.mttq-feedback-answer').textContent).toBe('Đã thu gom.');
  });

  it("gives the backend's one vague answer for a wrong reference or contact", async () => {
    const vague = 'Không tìm thấy phản ánh ứng với mã số và thông tin liên hệ này.';
    const { c } = setup(400, { error: { message: vague, errors: { reference: vague, contact: vague } } });
    await act(async () => {
      fireEvent.submit(c.querySelector('form'));
    });
    expect(c.querySelector('[role="alert"]').textContent).toBe(vague);
    // said once, not under each field
    expect(c.textContent.split(vague).length - 1).toBe(1);
    expect(c.querySelector('.mttq-feedback-result')).toBeNull();
  });

  it('says when too many checks failed (HTTP 429), and shows no result', async () => {
    const busy = 'Bạn đã tra cứu sai quá nhiều lần. Vui lòng thử lại sau 15 phút.';
    const { c } = setup(429, { error: { type: 'TooManyRequests', message: busy, retry_after: 900 } });
    await act(async () => {
      fireEvent.submit(c.querySelector('form'));
    });
    expect(c.querySelector('[role="alert"]').textContent).toBe(busy);
    expect(c.querySelector('.mttq-feedback-result')).toBeNull();
  });
});
