import React from 'react';
import { render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import { MemoryRouter } from 'react-router-dom';
import MyLearning from './MyLearning';
import VerifyCertificate from './VerifyCertificate';
import courses from '../../reducers/courses';
import { GET_MY_LEARNING, VERIFY_CERTIFICATE } from '../../constants';

const mockStore = configureStore();
const API = 'http://localhost:8080/Plone';

const LEARNING = {
  items: [
    {
      '@id': `${API}/noi-bo/khoa-hoc/ky-nang-so-co-ban`,
      uid: 'c1',
      title: 'Kỹ năng số cơ bản cho cán bộ Mặt trận',
      enrolment: 'mandatory',
      status: 'in_progress',
      required_items: 9,
      done_items: 3,
      percent: 33,
      certificate: null,
    },
    {
      '@id': `${API}/noi-bo/khoa-hoc/an-toan`,
      uid: 'c2',
      title: 'An toàn thông tin',
      enrolment: 'self',
      status: 'completed',
      required_items: 2,
      done_items: 2,
      percent: 100,
      certificate: `${API}/noi-bo/khoa-hoc/an-toan/@certificate`,
    },
  ],
  completed: 1,
  resume: {
    course: `${API}/noi-bo/khoa-hoc/ky-nang-so-co-ban`,
    title: 'Kỹ năng số cơ bản cho cán bộ Mặt trận',
    item: {
      '@id': `${API}/noi-bo/khoa-hoc/ky-nang-so-co-ban/m1/kiem-tra`,
      title: 'Kiểm tra',
    },
  },
};

function renderWith(component, mttqCourses, token = 'jwt') {
  const store = mockStore({
    intl: { locale: 'vi', messages: {} },
    userSession: { token },
    mttqCourses,
  });
  const view = render(
    <Provider store={store}>
      <MemoryRouter>{component}</MemoryRouter>
    </Provider>,
  );
  return { store, ...view };
}

describe('MyLearning (Học tập của tôi)', () => {
  it('asks the backend for the logged-in cadre’s courses', () => {
    const { store } = renderWith(<MyLearning />, { myLearning: {} });
    expect(store.getActions()).toEqual([
      { type: GET_MY_LEARNING, request: { op: 'get', path: '/@my-learning' } },
    ]);
  });
  it('does not ask for anonymous visitors', () => {
    const { store } = renderWith(<MyLearning />, { myLearning: {} }, null);
    expect(store.getActions()).toEqual([]);
  });
  it('shows progress, status, the resume link and certificates', () => {
    const { container, getByText } = renderWith(<MyLearning />, {
      myLearning: { loaded: true, data: LEARNING },
    });
    const resume = container.querySelector('.mttq-resume a');
    expect(resume.getAttribute('href')).toBe(
      '/noi-bo/khoa-hoc/ky-nang-so-co-ban/m1/kiem-tra',
    );
    expect(resume.textContent).toContain('Học tiếp');
    const items = container.querySelectorAll('.mttq-course-list li');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('Bắt buộc');
    expect(items[0].textContent).toContain('Đang học');
    expect(items[0].textContent).toContain('3/9 nội dung bắt buộc (33%)');
    expect(items[0].querySelector('progress').getAttribute('value')).toBe('33');
    expect(items[0].querySelector('a[download]')).toBeNull();
    expect(items[1].textContent).toContain('Đã hoàn thành');
    expect(getByText('Tải chứng nhận (PDF)').getAttribute('href')).toBe(
      '/++api++/noi-bo/khoa-hoc/an-toan/@certificate',
    );
  });
  it('says so when there is no course', () => {
    const { getByText } = renderWith(<MyLearning />, {
      myLearning: { loaded: true, data: { items: [], resume: null } },
    });
    expect(getByText('Bạn chưa ghi danh khóa học nào.')).toBeTruthy();
  });
});

describe('VerifyCertificate', () => {
  const match = { params: { code: 'MTTQ-ABCDEFGH23' } };
  it('asks the public verification service for the code', () => {
    const { store } = renderWith(<VerifyCertificate match={match} />, {
      verification: {},
    });
    expect(store.getActions()).toEqual([
      {
        type: VERIFY_CERTIFICATE,
        request: { op: 'get', path: '/@verify-certificate/MTTQ-ABCDEFGH23' },
      },
    ]);
  });
  it('confirms a valid certificate with name, course, date and unit', () => {
    const data = {
      valid: true,
      code: 'MTTQ-ABCDEFGH23',
      fullname: 'Nguyễn Văn An',
      course: 'Kỹ năng số cơ bản cho cán bộ Mặt trận',
      date: '2026-11-25',
      unit: 'Ủy ban MTTQ Việt Nam thành phố Lạng Sơn',
    };
    const { container } = renderWith(<VerifyCertificate match={match} />, {
      verification: { loaded: true, data },
    });
    expect(container.querySelector('.mttq-verify-valid')).not.toBeNull();
    const values = [...container.querySelectorAll('dd')].map(
      (d) => d.textContent,
    );
    expect(values).toEqual([
      'MTTQ-ABCDEFGH23',
      'Nguyễn Văn An',
      'Kỹ năng số cơ bản cho cán bộ Mặt trận',
      '25/11/2026',
      'Ủy ban MTTQ Việt Nam thành phố Lạng Sơn',
    ]);
  });
  it('says an unknown code is not a certificate', () => {
    const { getByRole } = renderWith(<VerifyCertificate match={match} />, {
      verification: { error: { status: 404 } },
    });
    expect(getByRole('alert').textContent).toBe(
      'Không có chứng nhận nào mang mã này.',
    );
  });
});

describe('courses reducer', () => {
  it('keeps each request’s phases apart', () => {
    let state = courses(undefined, { type: `${GET_MY_LEARNING}_PENDING` });
    expect(state.myLearning.loading).toBe(true);
    state = courses(state, {
      type: `${GET_MY_LEARNING}_SUCCESS`,
      result: LEARNING,
    });
    expect(state.myLearning).toEqual({
      loaded: true,
      loading: false,
      error: null,
      data: LEARNING,
    });
    state = courses(state, { type: `${VERIFY_CERTIFICATE}_FAIL`, error: 'x' });
    expect(state.verification.error).toBe('x');
    expect(state.myLearning.data).toBe(LEARNING);
    expect(courses(state, { type: 'OTHER' })).toBe(state);
  });
});
