import React from 'react';
import { render, fireEvent, waitFor } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import { MemoryRouter } from 'react-router-dom';
import ProposalPanel from './ProposalPanel';
import ProposalsPage from './ProposalsPage';
import ProposalsLink from './ProposalsLink';
import { stateOf } from './helpers';
import viMessages from '../../testing/viMessages';
import { units } from '../../testing/units';

const ITEM = 'http://localhost:8080/Plone/thanh-pho-lang-son/tin-tuc/lam-sach';
const record = (state, extra = {}) => ({
  '@id': ITEM,
  UID: 'u1',
  title: 'Ra quân làm sạch bờ sông',
  unit_code: '178',
  unit_title: 'Ủy ban MTTQ Việt Nam thành phố Lạng Sơn',
  state,
  proposed_by: 'editor-178',
  proposed_at: '2026-03-10T09:00:00+07:00',
  note: 'Đề nghị đưa lên trang tỉnh',
  decided_by: state === 'pending' ? null : 'province-editor',
  decided_at: state === 'pending' ? null : '2026-03-11T10:00:00+07:00',
  comment: state === 'declined' ? 'Ảnh chưa rõ nét' : '',
  ...extra,
});

/** A store whose API actions answer from `answer(request)` (a value, or an Error with a status). */
function setup(node, { token = 'jwt', answer = () => ({}) } = {}) {
  const calls = [];
  const api = () => (next) => (action) => {
    if (!action.request) return next(action);
    calls.push(action.request);
    const result = answer(action.request);
    return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
  };
  const store = configureStore([api])({
    intl: { locale: 'vi', messages: viMessages() },
    mttqUnits: { loaded: true, items: units },
    userSession: { token },
  });
  const utils = render(
    <Provider store={store}>
      <MemoryRouter>{node}</MemoryRouter>
    </Provider>,
  );
  return { ...utils, calls };
}

const failure = (status, message) =>
  Object.assign(new Error('HTTP'), { status, response: { body: { error: { type: 'BadRequest', message } } } });

const news = { '@id': ITEM, '@type': 'News Item', review_state: 'published', title: 'Ra quân' };

describe('ProposalPanel (on a unit news item)', () => {
  it('lets the unit editor propose the item and shows it pending', async () => {
    const { container, findByText, calls } = setup(<ProposalPanel content={news} />, {
      answer: (req) => (req.op === 'get' ? { proposal: null } : record('pending')),
    });
    const button = await findByText('Đề xuất lên trang tỉnh', { selector: 'button' });
    fireEvent.change(container.querySelector('textarea'), { target: { value: 'Tin hay' } });
    fireEvent.click(button);
    await findByText('Đã đề xuất lên trang tỉnh, đang chờ tỉnh xem xét.');
    expect(calls.map((c) => [c.op, c.path])).toEqual([
      ['get', '/thanh-pho-lang-son/tin-tuc/lam-sach/@propose'],
      ['post', '/thanh-pho-lang-son/tin-tuc/lam-sach/@propose'],
    ]);
    expect(calls[1].data).toEqual({ note: 'Tin hay' });
    expect(container.querySelector('button')).toBeNull();
    expect(container.querySelector('.mttq-proposal').dataset.state).toBe('pending');
  });

  it('shows the outcome: declined with the reason, and may propose again', async () => {
    const { findByText, container } = setup(<ProposalPanel content={news} />, {
      answer: () => ({ proposal: record('declined') }),
    });
    await findByText('Tỉnh không nhận đề xuất này.');
    expect(container.querySelector('.mttq-proposal-reason').textContent).toBe('Lý do: Ảnh chưa rõ nét');
    expect(container.querySelector('.mttq-proposal-dates').textContent).toContain('10/03/2026');
    expect(container.querySelector('button').textContent).toBe('Đề xuất lại');
  });

  it('shows the backend’s Vietnamese refusal', async () => {
    const { findByText } = setup(<ProposalPanel content={news} />, {
      answer: (req) =>
        req.op === 'get' ? { proposal: null } : failure(400, 'Tin này đang chờ tỉnh xem xét.'),
    });
    fireEvent.click(await findByText('Đề xuất lên trang tỉnh', { selector: 'button' }));
    await findByText('Tin này đang chờ tỉnh xem xét.');
  });

  it('is not there for visitors, other users or the province’s own news', async () => {
    let r = setup(<ProposalPanel content={news} />, { token: null });
    expect(r.calls).toEqual([]);
    expect(r.container.innerHTML).toBe('');
    r = setup(<ProposalPanel content={{ ...news, '@id': 'http://localhost:8080/Plone/tin-tuc/hoi-nghi' }} />);
    expect(r.calls).toEqual([]);
    r = setup(<ProposalPanel content={news} />, { answer: () => failure(401, 'Unauthorized') });
    await waitFor(() => expect(r.calls).toHaveLength(1));
    expect(r.container.innerHTML).toBe('');
  });
});

describe('ProposalsPage (province editors)', () => {
  it('lists pending proposals with their unit, accepts one', async () => {
    let pending = [record('pending')];
    const { findByText, container, calls } = setup(<ProposalsPage location={{ search: '' }} />, {
      answer: (req) => {
        if (req.op === 'post') {
          pending = [];
          return record('accepted');
        }
        return { items_total: pending.length, items: pending };
      },
    });
    await findByText('Ra quân làm sạch bờ sông');
    expect(container.querySelector('.mttq-proposal-unit').textContent).toBe(
      'Ủy ban MTTQ Việt Nam thành phố Lạng Sơn',
    );
    expect(container.querySelector('.mttq-proposal-note').textContent).toBe('Đề nghị đưa lên trang tỉnh');
    expect(calls[0].path).toBe('/@proposals?state=pending&b_start=0&b_size=100');
    fireEvent.click(container.querySelector('.mttq-proposal-accept'));
    await findByText('Đã nhận "Ra quân làm sạch bờ sông" lên trang tỉnh.');
    expect(calls[1]).toEqual({
      op: 'post',
      path: '/thanh-pho-lang-son/tin-tuc/lam-sach/@proposal-decision',
      data: { decision: 'accept', comment: '' },
    });
    await findByText('Không có đề xuất nào.');
  });

  it('asks for a reason before declining', async () => {
    const { findByText, container, calls } = setup(<ProposalsPage location={{ search: '' }} />, {
      answer: (req) =>
        req.op === 'post' ? record('declined') : { items_total: 1, items: [record('pending')] },
    });
    await findByText('Ra quân làm sạch bờ sông');
    fireEvent.click(container.querySelector('.mttq-proposal-decline'));
    // the browser's own check of the required reason would stop the form
    expect(container.querySelector('.mttq-proposal-item form').noValidate).toBe(true);
    fireEvent.click(container.querySelector('.mttq-proposal-confirm-decline'));
    await findByText('Vui lòng ghi lý do không nhận để đơn vị biết.');
    expect(calls.filter((c) => c.op === 'post')).toEqual([]);
    fireEvent.change(container.querySelector('textarea'), { target: { value: 'Trùng tin tỉnh đã đăng' } });
    fireEvent.click(container.querySelector('.mttq-proposal-confirm-decline'));
    await findByText('Đã trả lời không nhận "Ra quân làm sạch bờ sông".');
    expect(calls.find((c) => c.op === 'post').data).toEqual({
      decision: 'decline',
      comment: 'Trùng tin tỉnh đã đăng',
    });
  });

  it('keeps the state tab in the address and refuses other users', async () => {
    expect(stateOf('?trang-thai=declined')).toBe('declined');
    expect(stateOf('?trang-thai=xyz')).toBe('pending');
    const { findByText } = setup(<ProposalsPage location={{ search: '' }} />, {
      answer: () => failure(401, 'Unauthorized'),
    });
    await findByText(/Trang này dành cho biên tập viên cấp tỉnh/);
  });
});

describe('ProposalsLink (header)', () => {
  it('shows the number waiting to province editors only', async () => {
    const { findByText } = setup(<ProposalsLink />, { answer: () => ({ items_total: 3, items: [] }) });
    expect((await findByText('Tin đề xuất (3)')).getAttribute('href')).toBe('/de-xuat-tin');
    const other = setup(<ProposalsLink />, { answer: () => failure(401, 'Unauthorized') });
    await waitFor(() => expect(other.calls).toHaveLength(1));
    expect(other.container.innerHTML).toBe('');
  });
});
