import { GET_REGISTRY, GET_SIGNATURES } from '../constants';

const initialState = {
  registry: { loading: false, loaded: false, error: null, data: null },
  signatures: {
    loading: false,
    loaded: false,
    error: null,
    path: null,
    data: null,
  },
};

/**
 * The registry page being shown (`@registry`) and the signature reports of
 * the document being shown (`@signatures`).
 */
export default function documents(state = initialState, action = {}) {
  switch (action.type) {
    case `${GET_REGISTRY}_PENDING`:
      return {
        ...state,
        registry: { ...state.registry, loading: true, error: null },
      };
    case `${GET_REGISTRY}_SUCCESS`:
      return {
        ...state,
        registry: {
          loading: false,
          loaded: true,
          error: null,
          data: action.result,
        },
      };
    case `${GET_REGISTRY}_FAIL`:
      return {
        ...state,
        registry: {
          loading: false,
          loaded: false,
          error: action.error,
          data: null,
        },
      };
    case `${GET_SIGNATURES}_PENDING`:
      return {
        ...state,
        signatures: {
          ...state.signatures,
          loading: true,
          error: null,
          path: action.path,
        },
      };
    case `${GET_SIGNATURES}_SUCCESS`:
      return {
        ...state,
        signatures: {
          loading: false,
          loaded: true,
          error: null,
          path: action.path,
          data: action.result,
        },
      };
    case `${GET_SIGNATURES}_FAIL`:
      return {
        ...state,
        signatures: {
          loading: false,
          loaded: false,
          error: action.error,
          path: action.path,
          data: null,
        },
      };
    default:
      return state;
  }
}
