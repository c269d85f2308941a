import {
  GET_COURSE_OUTLINE,
  ENROL_COURSE,
  COMPLETE_LESSON,
  GET_QUIZ_ATTEMPTS,
  START_QUIZ_ATTEMPT,
  SUBMIT_QUIZ_ATTEMPT,
} from '../constants';

// Every action carries the app path of the page it is for, so the reducer
// never shows one page's data on another.

/**
 * The course around a page: status, modules, items with the learner's
 * progress, previous/next items (`GET <page>/@course-outline`).
 * @param {string} path App path of a course, module, lesson or quiz.
 * @returns {Object} Volto API action.
 */
export function getCourseOutline(path) {
  return {
    type: GET_COURSE_OUTLINE,
    path,
    request: { op: 'get', path: `${path}/@course-outline` },
  };
}

/**
 * Self-enrolment (`POST <course>/@enrol`).
 * @param {string} path App path of the course.
 * @returns {Object} Volto API action.
 */
export function enrolCourse(path) {
  return {
    type: ENROL_COURSE,
    path,
    request: { op: 'post', path: `${path}/@enrol` },
  };
}

/**
 * Mark a lesson as done (`POST <lesson>/@complete`).
 * @param {string} path App path of the lesson.
 * @returns {Object} Volto API action.
 */
export function completeLesson(path) {
  return {
    type: COMPLETE_LESSON,
    path,
    request: { op: 'post', path: `${path}/@complete` },
  };
}

/**
 * The quiz's rules and the learner's attempts (`GET <quiz>/@attempt`).
 * @param {string} path App path of the quiz.
 * @returns {Object} Volto API action.
 */
export function getQuizAttempts(path) {
  return {
    type: GET_QUIZ_ATTEMPTS,
    path,
    request: { op: 'get', path: `${path}/@attempt` },
  };
}

/**
 * Start an attempt, or get the open one back (`POST <quiz>/@attempt`).
 * @param {string} path App path of the quiz.
 * @returns {Object} Volto API action.
 */
export function startQuizAttempt(path) {
  return {
    type: START_QUIZ_ATTEMPT,
    path,
    request: { op: 'post', path: `${path}/@attempt` },
  };
}

/**
 * Submit an attempt for grading on the server.
 * @param {string} path App path of the quiz.
 * @param {string} id Attempt id.
 * @param {Object} answers Question uid -> list of choice numbers.
 * @returns {Object} Volto API action.
 */
export function submitQuizAttempt(path, id, answers) {
  return {
    type: SUBMIT_QUIZ_ATTEMPT,
    path,
    request: {
      op: 'post',
      path: `${path}/@attempt/${encodeURIComponent(id)}/submit`,
      data: { answers },
    },
  };
}
