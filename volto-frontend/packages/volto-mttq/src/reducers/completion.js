import { GET_COMPLETION, GET_COMPLETION_UNIT } from '../constants';

const empty = { loaded: false, loading: false, error: null, data: null };
const initialState = { summary: empty, unit: empty };

const KEYS = { [GET_COMPLETION]: 'summary', [GET_COMPLETION_UNIT]: 'unit' };

/**
 * The completion dashboard: the summary per course and unit, and the
 * drill-down to one unit's cadres.
 */
export default function completion(state = initialState, action = {}) {
  const [type, phase] = (action.type || '').split(/_(PENDING|SUCCESS|FAIL)$/);
  const key = KEYS[type];
  if (!key || !phase) return state;
  if (phase === 'PENDING') {
    // A new drill-down never shows the previous unit's cadres meanwhile.
    return { ...state, [key]: { ...empty, loading: true } };
  }
  if (phase === 'SUCCESS') {
    return { ...state, [key]: { ...empty, loaded: true, data: action.result } };
  }
  return { ...state, [key]: { ...empty, error: action.error } };
}
