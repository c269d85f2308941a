import React from 'react';
import { render, fireEvent, waitFor, act } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import { MemoryRouter } from 'react-router-dom';
import FeedbackAnswers, { answersBase, vnDate } from './FeedbackAnswers';
import viMessages from '../../testing/viMessages';

const store = configureStore()({ intl: { locale: 'vi', messages: viMessages() } });

const item = (n) => ({
  reference: `180-2026-0000${n}`,
  title: `Rác thải ven suối ${n}`,
  category: 'Đất đai, môi trường',
  question: 'Rác thải đổ ven suối.\nChưa được thu gom.',
  answer: 'Đã thu gom, xin cảm ơn.',
  received: '2026-11-30T17:30:00+00:00',
  answered: '2026-12-01T02:00:00+00:00',
});

function setup(pages, pathname = '/huyen-trang-dinh/phan-anh-da-tra-loi') {
  const calls = [];
  const fetcher = (url) => {
    calls.push(url);
    const [status, body] = pages.shift();
    return Promise.resolve({ ok: status < 400, status, json: () => Promise.resolve(body) });
  };
  const view = render(
    <Provider store={store}>
      <MemoryRouter>
        <FeedbackAnswers location={{ pathname }} fetcher={fetcher} />
      </MemoryRouter>
    </Provider>,
  );
  return { c: view.container, calls };
}

describe('FeedbackAnswers (published answers)', () => {
  it('knows the unit and writes dates dd/mm/yyyy in Vietnam time', () => {
    expect(answersBase('/huyen-trang-dinh/phan-anh-da-tra-loi')).toBe('/huyen-trang-dinh');
    expect(answersBase('/phan-anh-da-tra-loi')).toBe('');
    // 17:30 UTC on 30/11 is already 1 December in Vietnam
    expect(vnDate('2026-11-30T17:30:00+00:00')).toBe('01/12/2026');
  });

  it("lists the unit's answers and pages through them", async () => {
    const { c, calls } = setup([
      [200, { items_total: 11, items: [1, 2].map(item) }],
      [200, { items_total: 11, items: [3].map(item) }],
    ]);
    await waitFor(() => expect(c.querySelectorAll('.mttq-feedback-answer').length).toBe(2));
    expect(calls[0]).toBe('/++api++/huyen-trang-dinh/@feedback-answers?b_start=0&b_size=10');
    expect(c.querySelector('h1').textContent).toBe('Phản ánh, kiến nghị đã được trả lời');
    const first = c.querySelector('.mttq-feedback-answer');
    expect(first.querySelector('h2').textContent).toBe('Rác thải ven suối 1');
    expect(first.querySelector('.mttq-feedback-answer-meta').textContent).toBe(
      '180-2026-00001 · Tiếp nhận 01/12/2026, trả lời 01/12/2026 · Lĩnh vực: Đất đai, môi trường');
    expect(first.querySelector('.mttq-feedback-answer-text').textContent).toBe('Đã thu gom, xin cảm ơn.');
    await act(async () => {
      fireEvent.click([...c.querySelectorAll('button')].find((b) => b.textContent === 'Xem thêm'));
    });
    await waitFor(() => expect(c.querySelectorAll('.mttq-feedback-answer').length).toBe(3));
    expect(calls[1]).toBe('/++api++/huyen-trang-dinh/@feedback-answers?b_start=2&b_size=10');
  });

  it('says when there is nothing yet, or the backend fails', async () => {
    const empty = setup([[200, { items_total: 0, items: [] }]], '/phan-anh-da-tra-loi');
    await waitFor(() => expect(empty.c.querySelector('.mttq-feedback-answers-empty')).not.toBeNull());
    expect(empty.calls[0]).toBe('/++api++/@feedback-answers?b_start=0&b_size=10');
    const broken = setup([[500, {}]]);
    await waitFor(() => expect(broken.c.textContent).toContain('Hiện chưa hiển thị được các câu trả lời.'));
  });
});
