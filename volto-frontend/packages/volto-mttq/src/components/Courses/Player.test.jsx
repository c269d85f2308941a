import React from 'react';
import { act, fireEvent, render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import { MemoryRouter } from 'react-router-dom';
import CourseView from './CourseView';
import CourseModuleView from './CourseModuleView';
import LessonView from './LessonView';
import QuizView from './QuizView';
import { formatCountdown, videoEmbed } from './player';
import coursePlayer from '../../reducers/coursePlayer';
import {
  COMPLETE_LESSON,
  ENROL_COURSE,
  GET_COURSE_OUTLINE,
  GET_QUIZ_ATTEMPTS,
  START_QUIZ_ATTEMPT,
  SUBMIT_QUIZ_ATTEMPT,
} from '../../constants';

const mockStore = configureStore();
const API = 'http://localhost:8080/Plone';
const COURSE = '/noi-bo/khoa-hoc/ky-nang-so-co-ban';
const MODULE = `${COURSE}/thu-dien-tu-va-mat-khau`;
const LESSON = `${MODULE}/mat-khau-manh`;
const QUIZ = `${MODULE}/kiem-tra`;

const courseStatus = (over = {}) => ({
  '@id': `${API}${COURSE}`,
  uid: 'course',
  title: 'Kỹ năng số cơ bản cho cán bộ Mặt trận',
  enrolment: 'mandatory',
  self_enrolment: true,
  status: 'in_progress',
  required_items: 3,
  done_items: 1,
  percent: 33,
  resume: {
    '@id': `${API}${MODULE}/nhan-biet-thu-lua-dao`,
    '@type': 'Lesson',
    uid: 'l2',
    title: 'Nhận biết thư điện tử lừa đảo',
  },
  certificate: null,
  ...over,
});

const outlineData = (current = null, over = {}) => ({
  course: courseStatus(over.course),
  modules: [
    {
      '@id': `${API}${MODULE}`,
      '@type': 'CourseModule',
      uid: 'm1',
      title: 'Sử dụng an toàn thư điện tử và mật khẩu',
      description: '',
      items: [
        {
          '@id': `${API}${LESSON}`,
          '@type': 'Lesson',
          uid: 'l1',
          title: 'Đặt mật khẩu mạnh',
          required: true,
          done: true,
        },
        {
          '@id': `${API}${MODULE}/nhan-biet-thu-lua-dao`,
          '@type': 'Lesson',
          uid: 'l2',
          title: 'Nhận biết thư điện tử lừa đảo',
          required: true,
          done: false,
        },
        {
          '@id': `${API}${QUIZ}`,
          '@type': 'Quiz',
          uid: 'q',
          title: 'Kiểm tra',
          required: true,
          done: false,
          best: 33,
          passed: false,
        },
      ],
    },
  ],
  current,
  previous: null,
  next: null,
  ...over.rest,
});

function renderWith(component, player = {}, token = 'jwt') {
  const store = mockStore({
    intl: { locale: 'vi', messages: {} },
    userSession: { token },
    mttqCoursePlayer: player,
  });
  const view = render(
    <Provider store={store}>
      <MemoryRouter>{component}</MemoryRouter>
    </Provider>,
  );
  return { store, ...view };
}

const types = (store) => store.getActions().map((a) => a.type);

describe('CourseView', () => {
  const content = { '@id': `${API}${COURSE}`, UID: 'course', title: 'Khóa' };

  it('asks for the outline of this course', () => {
    const { store } = renderWith(<CourseView content={content} />);
    expect(store.getActions()).toEqual([
      {
        type: GET_COURSE_OUTLINE,
        path: COURSE,
        request: { op: 'get', path: `${COURSE}/@course-outline` },
      },
    ]);
  });

  it('shows progress, "Học tiếp", the items with their state', () => {
    const { container, getByText } = renderWith(
      <CourseView content={content} />,
      { outline: { path: COURSE, loaded: true, data: outlineData() } },
    );
    expect(container.textContent).toContain('1/3 nội dung bắt buộc (33%)');
    expect(container.querySelector('progress').getAttribute('value')).toBe(
      '33',
    );
    const resume = container.querySelector('.mttq-resume-item');
    expect(resume.textContent).toBe('Học tiếp: Nhận biết thư điện tử lừa đảo');
    expect(resume.getAttribute('href')).toBe(`${MODULE}/nhan-biet-thu-lua-dao`);
    const items = [...container.querySelectorAll('.mttq-course-items li')];
    expect(items.map((li) => li.textContent)).toEqual([
      '✓ Đặt mật khẩu mạnh Bài học · Đã học',
      '○ Nhận biết thư điện tử lừa đảo Bài học · Chưa học',
      '○ Kiểm tra Bài kiểm tra · Chưa đạt (33%)',
    ]);
    expect(container.querySelector('.mttq-certificate')).toBeNull();
    expect(getByText('Sử dụng an toàn thư điện tử và mật khẩu').tagName).toBe(
      'A',
    );
  });

  it('offers the certificate once completed', () => {
    const data = outlineData(null, {
      course: {
        status: 'completed',
        done_items: 3,
        percent: 100,
        resume: null,
        certificate: `${API}${COURSE}/@certificate`,
      },
    });
    const { container } = renderWith(<CourseView content={content} />, {
      outline: { path: COURSE, loaded: true, data },
    });
    expect(container.textContent).toContain('Bạn đã hoàn thành khóa học');
    expect(
      container.querySelector('.mttq-certificate').getAttribute('href'),
    ).toBe(`/++api++${COURSE}/@certificate`);
  });

  it('lets a cadre enrol in a self-enrolment course', () => {
    const data = outlineData(null, {
      course: { enrolment: null, status: null, resume: null },
    });
    const { store, getByText, container } = renderWith(
      <CourseView content={content} />,
      { outline: { path: COURSE, loaded: true, data } },
    );
    expect(container.textContent).toContain('Bạn chưa ghi danh');
    // Not enrolled: no progress of items shown.
    expect(container.textContent).not.toContain('Chưa học');
    fireEvent.click(getByText('Ghi danh khóa học'));
    expect(store.getActions()[1]).toEqual({
      type: ENROL_COURSE,
      path: COURSE,
      request: { op: 'post', path: `${COURSE}/@enrol` },
    });
  });

  it('does not offer enrolment when the course is not open to it', () => {
    const data = outlineData(null, {
      course: { enrolment: null, status: null, self_enrolment: false },
    });
    const { container } = renderWith(<CourseView content={content} />, {
      outline: { path: COURSE, loaded: true, data },
    });
    expect(container.querySelector('.mttq-enrol')).toBeNull();
    expect(container.textContent).toContain('không cho phép tự ghi danh');
  });

  it('never shows another page’s outline', () => {
    const { container } = renderWith(<CourseView content={content} />, {
      outline: { path: '/noi-bo/khoa-hoc/khac', loaded: true, data: outlineData() },
    });
    expect(container.querySelector('.mttq-course-outline')).toBeNull();
  });
});

describe('CourseModuleView', () => {
  it('lists only its own items, with a link back to the course', () => {
    const content = { '@id': `${API}${MODULE}`, UID: 'm1', title: 'Mô-đun' };
    const { container } = renderWith(<CourseModuleView content={content} />, {
      outline: { path: MODULE, loaded: true, data: outlineData() },
    });
    expect(container.querySelectorAll('.mttq-course-items li')).toHaveLength(3);
    expect(
      container.querySelector('.mttq-player-course-link a').getAttribute('href'),
    ).toBe(COURSE);
  });
});

describe('LessonView', () => {
  const content = {
    '@id': `${API}${MODULE}/nhan-biet-thu-lua-dao`,
    UID: 'l2',
    title: 'Nhận biết thư điện tử lừa đảo',
    text: { data: `<p>Kiểm tra kỹ <a href="${API}/noi-bo">địa chỉ</a></p>` },
    video_url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    items: [
      {
        '@id': `${API}${MODULE}/nhan-biet-thu-lua-dao/tai-lieu.pdf`,
        '@type': 'File',
        title: 'Tài liệu tham khảo',
      },
    ],
  };
  const path = `${MODULE}/nhan-biet-thu-lua-dao`;
  const data = outlineData('l2', {
    rest: {
      previous: { '@id': `${API}${LESSON}`, title: 'Đặt mật khẩu mạnh' },
      next: { '@id': `${API}${QUIZ}`, title: 'Kiểm tra' },
    },
  });

  it('shows text, video, attachments, previous and next', () => {
    const { container } = renderWith(<LessonView content={content} />, {
      outline: { path, loaded: true, data },
    });
    expect(container.querySelector('.mttq-lesson-text a').getAttribute('href')).toBe(
      '/noi-bo',
    );
    const frame = container.querySelector('iframe');
    expect(frame.getAttribute('src')).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    expect(frame.getAttribute('title')).toContain('Video bài giảng');
    expect(
      container.querySelector('.mttq-lesson-attachments a').getAttribute('href'),
    ).toBe(`${path}/tai-lieu.pdf/@@download/file`);
    expect(container.querySelector('a[rel="prev"]').getAttribute('href')).toBe(
      LESSON,
    );
    expect(container.querySelector('a[rel="next"]').textContent).toBe(
      'Tiếp theo: Kiểm tra',
    );
    expect(
      container.querySelector('[aria-current="page"]'),
    ).toBeNull(); // the outline is on the course page, not here
  });

  it('plays a video file', () => {
    const { container } = renderWith(
      <LessonView
        content={{
          ...content,
          video_url: null,
          video: { download: `${API}${path}/@@download/video` },
        }}
      />,
      { outline: { path, loaded: true, data } },
    );
    expect(container.querySelector('video').getAttribute('src')).toBe(
      `${path}/@@download/video`,
    );
    expect(container.querySelector('iframe')).toBeNull();
  });

  it('marks the lesson done', () => {
    const { store, getByText } = renderWith(<LessonView content={content} />, {
      outline: { path, loaded: true, data },
    });
    fireEvent.click(getByText('Đánh dấu đã học'));
    expect(store.getActions().pop()).toEqual({
      type: COMPLETE_LESSON,
      path,
      request: { op: 'post', path: `${path}/@complete` },
    });
  });

  it('says when the lesson is done instead of the button', () => {
    const { container, queryByText } = renderWith(
      <LessonView content={{ ...content, '@id': `${API}${LESSON}`, UID: 'l1' }} />,
      { outline: { path: LESSON, loaded: true, data: outlineData('l1') } },
    );
    expect(queryByText('Đánh dấu đã học')).toBeNull();
    expect(container.textContent).toContain('Bạn đã học xong bài này.');
  });
});

const QUESTIONS = [
  {
    uid: 'q1',
    title: 'Mật khẩu nào an toàn nhất?',
    kind: 'single',
    multiple: false,
    choices: [
      { index: 1, label: '123456789' },
      { index: 2, label: 'Lang$on-MTTQ-2026!x' },
    ],
  },
  {
    uid: 'q2',
    title: 'Dấu hiệu thư lừa đảo?',
    kind: 'multiple',
    multiple: true,
    choices: [
      { index: 1, label: 'Thúc giục' },
      { index: 2, label: 'Địa chỉ giả' },
      { index: 3, label: 'Đồng nghiệp' },
    ],
  },
  {
    uid: 'q3',
    title: 'Nên dùng chung một mật khẩu.',
    kind: 'truefalse',
    multiple: false,
    choices: [
      { index: 1, label: 'Đúng' },
      { index: 2, label: 'Sai' },
    ],
  },
];

describe('QuizView', () => {
  const content = { '@id': `${API}${QUIZ}`, UID: 'q', title: 'Kiểm tra' };
  const rules = {
    pass_mark: 60,
    max_attempts: 3,
    time_limit_minutes: 15,
    attempts_used: 1,
    passed: false,
    items: [{ id: 'a0', submitted: 1, score: 33, passed: false }],
  };
  const base = {
    outline: { path: QUIZ, loaded: true, data: outlineData('q') },
    attempts: { path: QUIZ, loaded: true, data: rules },
  };
  const attempt = (over = {}) => ({
    id: 'a1',
    started: 1000,
    server_time: 1000,
    deadline: null,
    attempts_used: 2,
    max_attempts: 3,
    pass_mark: 60,
    questions: QUESTIONS,
    ...over,
  });

  it('shows the rules and starts an attempt', () => {
    const { store, container, getByText } = renderWith(
      <QuizView content={content} />,
      base,
    );
    expect(types(store)).toEqual([GET_COURSE_OUTLINE, GET_QUIZ_ATTEMPTS]);
    const text = container.querySelector('.mttq-quiz-rules').textContent;
    expect(text).toContain('Điểm đạt: 60% số câu trả lời đúng');
    expect(text).toContain('đã dùng 1/3, còn 2 lượt');
    expect(text).toContain('15 phút mỗi lượt');
    fireEvent.click(getByText('Bắt đầu làm bài'));
    expect(store.getActions().pop()).toEqual({
      type: START_QUIZ_ATTEMPT,
      path: QUIZ,
      request: { op: 'post', path: `${QUIZ}/@attempt` },
    });
  });

  it('says when the attempts are used up', () => {
    const { container, queryByText } = renderWith(
      <QuizView content={content} />,
      {
        ...base,
        attempts: {
          path: QUIZ,
          loaded: true,
          data: { ...rules, attempts_used: 3 },
        },
      },
    );
    expect(queryByText('Bắt đầu làm bài')).toBeNull();
    expect(container.textContent).toContain('Bạn đã dùng hết số lượt làm bài.');
  });

  it('asks radios, checkboxes and true/false, and submits the answers', () => {
    const { store, container, getByLabelText, getByText, getByRole } =
      renderWith(<QuizView content={content} />, {
        ...base,
        attempt: { path: QUIZ, loaded: true, data: attempt() },
      });
    const inputs = (uid) =>
      [...container.querySelectorAll(`input[name="mttq-q-${uid}"]`)].map(
        (i) => i.type,
      );
    expect(inputs('q1')).toEqual(['radio', 'radio']);
    expect(inputs('q2')).toEqual(['checkbox', 'checkbox', 'checkbox']);
    expect(inputs('q3')).toEqual(['radio', 'radio']);
    expect(container.querySelector('[role="timer"]')).toBeNull();
    expect(container.querySelector('legend').textContent).toBe(
      'Câu 1/3 Mật khẩu nào an toàn nhất?',
    );
    fireEvent.click(getByLabelText('Lang$on-MTTQ-2026!x'));
    fireEvent.click(getByLabelText('Thúc giục'));
    fireEvent.click(getByLabelText('Đồng nghiệp'));
    fireEvent.click(getByLabelText('Địa chỉ giả'));
    fireEvent.click(getByLabelText('Đồng nghiệp')); // unticked again
    // One question left: the first click only warns.
    fireEvent.click(getByText('Nộp bài'));
    expect(getByRole('alert').textContent).toContain('Còn 1 câu chưa trả lời');
    expect(types(store)).not.toContain(SUBMIT_QUIZ_ATTEMPT);
    fireEvent.click(container.querySelector('#mttq-q-q3-2'));
    expect(container.textContent).toContain('Đã trả lời 3/3 câu');
    fireEvent.click(getByText('Nộp bài'));
    expect(store.getActions().pop()).toEqual({
      type: SUBMIT_QUIZ_ATTEMPT,
      path: QUIZ,
      request: {
        op: 'post',
        path: `${QUIZ}/@attempt/a1/submit`,
        data: { answers: { q1: [2], q2: [1, 2], q3: [2] } },
      },
    });
  });

  describe('with a time limit', () => {
    beforeEach(() => {
      // Modern timers fake Date.now too (Jest 26 defaults to legacy ones).
      jest.useFakeTimers('modern');
      jest.setSystemTime(new Date('2026-12-03T08:00:00Z'));
    });
    afterEach(() => jest.useRealTimers());

    it('counts down from the server’s clock and submits at zero', () => {
      // The learner's clock is an hour ahead of the server's: the
      // countdown still gives the 90 seconds the server allows.
      const serverNow = Date.now() / 1000 - 3600;
      const { store, container, getByLabelText } = renderWith(
        <QuizView content={content} />,
        {
          ...base,
          attempt: {
            path: QUIZ,
            loaded: true,
            receivedAt: Date.now(),
            data: attempt({ server_time: serverNow, deadline: serverNow + 90 }),
          },
        },
      );
      const timer = () => container.querySelector('[role="timer"]').textContent;
      expect(timer()).toBe('1:30');
      fireEvent.click(getByLabelText('123456789'));
      act(() => jest.advanceTimersByTime(31000));
      expect(timer()).toBe('0:59');
      expect(container.textContent).toContain('Còn 1 phút');
      expect(types(store)).not.toContain(SUBMIT_QUIZ_ATTEMPT);
      act(() => jest.advanceTimersByTime(60000));
      const submits = store
        .getActions()
        .filter((a) => a.type === SUBMIT_QUIZ_ATTEMPT);
      expect(submits).toHaveLength(1);
      expect(submits[0].request.data).toEqual({ answers: { q1: [1] } });
      act(() => jest.advanceTimersByTime(5000));
      expect(
        store.getActions().filter((a) => a.type === SUBMIT_QUIZ_ATTEMPT),
      ).toHaveLength(1);
    });
  });

  const result = (over = {}) => ({
    id: 'a1',
    score: 67,
    passed: true,
    right: 2,
    total: 3,
    late: false,
    attempts_used: 2,
    attempts_left: 1,
    course_completed: false,
    course: courseStatus({ done_items: 2, percent: 67 }),
    ...over,
  });

  it('shows the result, and the review only when the backend returns it', () => {
    const state = {
      ...base,
      attempt: { path: QUIZ, loaded: true, data: attempt() },
      result: { path: QUIZ, loaded: true, data: result() },
    };
    const { container } = renderWith(<QuizView content={content} />, state);
    const box = container.querySelector('.mttq-quiz-result');
    expect(box.textContent).toContain('Kết quả: Đạt');
    expect(box.textContent).toContain('Điểm: 67% (2/3 câu đúng)');
    expect(box.textContent).toContain('Còn 1 lượt làm bài.');
    expect(container.querySelector('.mttq-quiz-review')).toBeNull();
    expect(container.querySelector('.mttq-quiz-form')).toBeNull();
    expect(container.querySelector('.mttq-quiz-begin').textContent).toBe(
      'Làm lại',
    );

    const review = [
      {
        uid: 'q1',
        title: 'Mật khẩu nào an toàn nhất?',
        choices: ['123456789', 'Lang$on-MTTQ-2026!x'],
        given: [1],
        correct: [2],
        right: false,
        explanation: 'Mật khẩu dài là an toàn nhất.',
      },
    ];
    const withReview = renderWith(<QuizView content={content} />, {
      ...state,
      result: {
        path: QUIZ,
        loaded: true,
        data: result({ passed: false, score: 33, review }),
      },
    }).container;
    const item = withReview.querySelector('.mttq-quiz-review li');
    expect(item.getAttribute('data-right')).toBe('false');
    expect(item.textContent).toContain('(Sai)');
    expect(item.textContent).toContain('123456789 (bạn đã chọn)');
    expect(item.textContent).toContain('Lang$on-MTTQ-2026!x (đáp án đúng)');
    expect(item.textContent).toContain('Giải thích: Mật khẩu dài là an toàn nhất.');
    expect(withReview.textContent).toContain('Kết quả: Chưa đạt');
  });

  it('offers the certificate when the quiz completes the course', () => {
    const course = courseStatus({
      status: 'completed',
      certificate: `${API}${COURSE}/@certificate`,
    });
    const { container } = renderWith(<QuizView content={content} />, {
      ...base,
      result: {
        path: QUIZ,
        loaded: true,
        data: result({ course_completed: true, course }),
      },
    });
    expect(
      container.querySelector('.mttq-quiz-result a[download]').getAttribute('href'),
    ).toBe(`/++api++${COURSE}/@certificate`);
  });

  it('keeps the answers and lets the learner send again after a failure', () => {
    const state = {
      ...base,
      attempt: { path: QUIZ, loaded: true, data: attempt() },
      result: { path: QUIZ, error: { status: 502 } },
    };
    const { store, container, getByRole } = renderWith(
      <QuizView content={content} />,
      state,
    );
    expect(getByRole('alert').textContent).toBe(
      'Không thực hiện được. Vui lòng thử lại.',
    );
    expect(container.querySelector('.mttq-quiz-form')).not.toBeNull();
    fireEvent.click(container.querySelector('#mttq-q-q1-1'));
    fireEvent.click(container.querySelector('#mttq-q-q2-1'));
    fireEvent.click(container.querySelector('#mttq-q-q3-1'));
    fireEvent.click(container.querySelector('.mttq-quiz-submit'));
    expect(types(store)).toContain(SUBMIT_QUIZ_ATTEMPT);
  });

  it('shows the backend’s Vietnamese message when starting is refused', () => {
    const error = {
      response: {
        body: { error: { message: 'Bạn đã dùng hết 3 lượt làm bài kiểm tra này.' } },
      },
    };
    const { getByRole } = renderWith(<QuizView content={content} />, {
      ...base,
      attempt: { path: QUIZ, error },
    });
    expect(getByRole('alert').textContent).toBe(
      'Bạn đã dùng hết 3 lượt làm bài kiểm tra này.',
    );
  });
});

describe('coursePlayer reducer', () => {
  it('marks a lesson done with the course status the backend sent', () => {
    let state = coursePlayer(undefined, {
      type: `${GET_COURSE_OUTLINE}_SUCCESS`,
      path: LESSON,
      result: outlineData('l2'),
    });
    state = coursePlayer(state, {
      type: `${COMPLETE_LESSON}_SUCCESS`,
      path: LESSON,
      result: {
        lesson: 'l2',
        course_completed: false,
        course: courseStatus({ done_items: 2, percent: 67 }),
      },
    });
    const items = state.outline.data.modules[0].items;
    expect(items.map((i) => i.done)).toEqual([true, true, false]);
    expect(state.outline.data.course.percent).toBe(67);
    expect(state.complete.loaded).toBe(true);
  });

  it('records a graded attempt in the outline and the rules', () => {
    let state = coursePlayer(undefined, {
      type: `${GET_COURSE_OUTLINE}_SUCCESS`,
      path: QUIZ,
      result: outlineData('q'),
    });
    state = coursePlayer(state, {
      type: `${GET_QUIZ_ATTEMPTS}_SUCCESS`,
      path: QUIZ,
      result: {
        attempts_used: 1,
        passed: false,
        max_attempts: 3,
        items: [{ id: 'a1', submitted: null, score: null, passed: null }],
      },
    });
    state = coursePlayer(state, { type: `${START_QUIZ_ATTEMPT}_PENDING`, path: QUIZ });
    expect(state.result.loaded).toBe(false);
    state = coursePlayer(state, {
      type: `${SUBMIT_QUIZ_ATTEMPT}_SUCCESS`,
      path: QUIZ,
      result: {
        id: 'a1',
        submitted: 2000,
        score: 100,
        passed: true,
        attempts_used: 2,
        course: courseStatus(),
      },
    });
    const quiz = state.outline.data.modules[0].items[2];
    expect([quiz.best, quiz.passed, quiz.done]).toEqual([100, true, true]);
    expect(state.attempts.data).toEqual({
      attempts_used: 2,
      passed: true,
      max_attempts: 3,
      items: [
        {
          id: 'a1',
          started: undefined,
          deadline: undefined,
          submitted: 2000,
          score: 100,
          passed: true,
        },
      ],
    });
  });
});

describe('player helpers', () => {
  it('embeds YouTube and Vimeo links, not others', () => {
    expect(videoEmbed('https://youtu.be/dQw4w9WgXcQ')).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    expect(videoEmbed('https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=1')).toBe(
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    );
    expect(videoEmbed('https://vimeo.com/76979871')).toBe(
      'https://player.vimeo.com/video/76979871',
    );
    expect(videoEmbed('https://example.com/video.mp4')).toBeNull();
    expect(videoEmbed('not a url')).toBeNull();
  });
  it('formats the countdown', () => {
    expect(formatCountdown(905)).toBe('15:05');
    expect(formatCountdown(0.2)).toBe('0:01');
    expect(formatCountdown(-3)).toBe('0:00');
    expect(formatCountdown(3725)).toBe('1:02:05');
  });
});
