import { GET_FEEDBACK_STATS } from '../constants';

/**
 * A month's feedback statistics of a unit, or of the network on the root.
 * @param {string} path Path of the unit site ('' for the network).
 * @param {number} year Year.
 * @param {number} month Month, 1 to 12.
 * @returns {Object} Volto API action.
 */
export function getFeedbackStats(path, year, month) {
  return {
    type: GET_FEEDBACK_STATS,
    request: {
      op: 'get',
      path: `${path}/@feedback-stats?year=${year}&month=${month}`,
    },
  };
}
