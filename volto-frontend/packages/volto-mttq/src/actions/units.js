import { GET_UNITS } from '../constants';

/**
 * Fetch the network's units (public endpoint `@units` of the site root).
 * @returns {Object} Volto API action.
 */
export function getUnits() {
  return {
    type: GET_UNITS,
    request: {
      op: 'get',
      path: '/@units',
    },
  };
}
