import { GET_UNITS } from '../constants';

const initialState = {
  error: null,
  loaded: false,
  loading: false,
  items: [],
};

/**
 * Units of the network, from `GET /@units`.
 */
export default function units(state = initialState, action = {}) {
  switch (action.type) {
    case `${GET_UNITS}_PENDING`:
      return { ...state, error: null, loading: true };
    case `${GET_UNITS}_SUCCESS`:
      return {
        ...state,
        error: null,
        loaded: true,
        loading: false,
        items: Array.isArray(action.result?.items) ? action.result.items : [],
      };
    case `${GET_UNITS}_FAIL`:
      return { ...state, error: action.error, loaded: false, loading: false };
    default:
      return state;
  }
}
