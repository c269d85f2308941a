import {
  GET_COURSE_OUTLINE,
  ENROL_COURSE,
  COMPLETE_LESSON,
  GET_QUIZ_ATTEMPTS,
  START_QUIZ_ATTEMPT,
  SUBMIT_QUIZ_ATTEMPT,
} from '../constants';

const empty = {
  path: null,
  loading: false,
  loaded: false,
  error: null,
  data: null,
};

const initialState = {
  outline: empty,
  enrol: empty,
  complete: empty,
  attempts: empty,
  attempt: empty,
  result: empty,
};

const KEYS = {
  [GET_COURSE_OUTLINE]: 'outline',
  [ENROL_COURSE]: 'enrol',
  [COMPLETE_LESSON]: 'complete',
  [GET_QUIZ_ATTEMPTS]: 'attempts',
  [START_QUIZ_ATTEMPT]: 'attempt',
  [SUBMIT_QUIZ_ATTEMPT]: 'result',
};

/** The Vietnamese message of a refused request, if the backend gave one. */
export function errorMessage(error) {
  return (
    error?.response?.body?.error?.message || error?.body?.error?.message || ''
  );
}

// The outline with one item changed (a lesson done, a quiz graded) and the
// course status the backend sent with it: no second request.
function patchOutline(outline, uid, course, change) {
  if (!outline.data) return outline;
  const modules = outline.data.modules.map((module) => ({
    ...module,
    items: module.items.map((item) =>
      item.uid === uid ? { ...item, ...change(item) } : item,
    ),
  }));
  const sameCourse = course && course.uid === outline.data.course?.uid;
  return {
    ...outline,
    data: {
      ...outline.data,
      modules,
      course: sameCourse ? course : outline.data.course,
    },
  };
}

function afterSuccess(state, type, action) {
  const result = action.result;
  if (type === COMPLETE_LESSON) {
    return {
      ...state,
      outline: patchOutline(state.outline, result.lesson, result.course, () => ({
        done: true,
      })),
    };
  }
  if (type === ENROL_COURSE && state.outline.data?.course?.uid === result.uid) {
    return {
      ...state,
      outline: {
        ...state.outline,
        data: { ...state.outline.data, course: result },
      },
    };
  }
  if (type === SUBMIT_QUIZ_ATTEMPT) {
    const quizUid = state.outline.data?.current;
    const graded = {
      id: result.id,
      started: result.started,
      deadline: result.deadline,
      submitted: result.submitted,
      score: result.score,
      passed: result.passed,
    };
    const attempts = state.attempts.data && {
      ...state.attempts.data,
      attempts_used: result.attempts_used,
      passed: state.attempts.data.passed || !!result.passed,
      // The graded attempt is no longer open.
      items: [
        ...(state.attempts.data.items || []).filter((a) => a.id !== result.id),
        graded,
      ],
    };
    return {
      ...state,
      attempts: attempts ? { ...state.attempts, data: attempts } : state.attempts,
      outline:
        state.outline.path === action.path
          ? patchOutline(state.outline, quizUid, result.course, (item) => ({
              best: Math.max(item.best || 0, result.score || 0),
              passed: item.passed || !!result.passed,
              done: item.done || !!result.passed,
            }))
          : state.outline,
    };
  }
  return state;
}

/**
 * The course player: the outline around the page shown, and the learner's
 * actions on it (enrol, lesson done, quiz attempts and their results).
 */
export default function coursePlayer(state = initialState, action = {}) {
  const [type, phase] = (action.type || '').split(/_(PENDING|SUCCESS|FAIL)$/);
  const key = KEYS[type];
  if (!key || !phase) return state;
  const path = action.path || null;
  if (phase === 'PENDING') {
    const keep = state[key].path === path ? state[key].data : null;
    const next = {
      ...state,
      [key]: { ...empty, path, loading: true, data: keep },
    };
    // A new attempt forgets the previous result.
    if (type === START_QUIZ_ATTEMPT) next.result = empty;
    return next;
  }
  if (phase === 'SUCCESS') {
    const next = {
      ...state,
      [key]: {
        path,
        loading: false,
        loaded: true,
        error: null,
        data: action.result,
        // When the answer came, to count down from the server's clock.
        receivedAt: Date.now(),
      },
    };
    return afterSuccess(next, type, action);
  }
  return {
    ...state,
    [key]: { ...empty, path, error: action.error || true },
  };
}
