import { GET_MY_LEARNING, VERIFY_CERTIFICATE } from '../constants';

const initialState = {
  myLearning: { loaded: false, loading: false, error: null, data: null },
  verification: { loaded: false, loading: false, error: null, data: null },
};

const KEYS = {
  [GET_MY_LEARNING]: 'myLearning',
  [VERIFY_CERTIFICATE]: 'verification',
};

/**
 * Học tập của tôi (`@my-learning`) and certificate verification results.
 */
export default function courses(state = initialState, action = {}) {
  const [type, phase] = (action.type || '').split(/_(PENDING|SUCCESS|FAIL)$/);
  const key = KEYS[type];
  if (!key || !phase) return state;
  if (phase === 'PENDING') {
    return { ...state, [key]: { ...state[key], loading: true, error: null } };
  }
  if (phase === 'SUCCESS') {
    return {
      ...state,
      [key]: { loaded: true, loading: false, error: null, data: action.result },
    };
  }
  return {
    ...state,
    [key]: { loaded: false, loading: false, error: action.error, data: null },
  };
}
