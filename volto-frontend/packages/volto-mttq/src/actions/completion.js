import { GET_COMPLETION, GET_COMPLETION_UNIT } from '../constants';

/**
 * Completion of the mandatory courses per unit, in the reader's scope
 * (`GET /@completion`).
 * @returns {Object} Volto API action.
 */
export function getCompletion() {
  return { type: GET_COMPLETION, request: { op: 'get', path: '/@completion' } };
}

/**
 * The cadres of one unit and their status in one course
 * (`GET /@completion?course=<uid>&unit=<code>`).
 * @param {string} course Course UID.
 * @param {string} unit Unit code.
 * @returns {Object} Volto API action.
 */
export function getCompletionUnit(course, unit) {
  return {
    type: GET_COMPLETION_UNIT,
    request: { op: 'get', path: completionPath(course, unit) },
  };
}

/** The service's path for a course and unit (also used for CSV links). */
export function completionPath(course, unit, format) {
  const query = new URLSearchParams();
  if (course) query.set('course', course);
  if (unit) query.set('unit', unit);
  if (format) query.set('format', format);
  const q = query.toString();
  return `/@completion${q ? `?${q}` : ''}`;
}
