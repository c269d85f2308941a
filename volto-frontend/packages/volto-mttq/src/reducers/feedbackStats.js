import { GET_FEEDBACK_STATS } from '../constants';

const initialState = { loading: false, loaded: false, error: null, data: null };

/**
 * The feedback statistics being shown (`@feedback-stats`).
 */
export default function feedbackStats(state = initialState, action = {}) {
  switch (action.type) {
    case `${GET_FEEDBACK_STATS}_PENDING`:
      return { ...state, loading: true, error: null };
    case `${GET_FEEDBACK_STATS}_SUCCESS`:
      return { loading: false, loaded: true, error: null, data: action.result };
    case `${GET_FEEDBACK_STATS}_FAIL`:
      return { loading: false, loaded: false, error: action.error, data: null };
    default:
      return state;
  }
}
