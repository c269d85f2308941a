import { GET_MATERIALS } from "../constants";

const initialState = { loading: false, loaded: false, error: null, data: null };

/** The page of the training materials library being shown (`@materials`). */
export default function materials(state = initialState, action = {}) {
  switch (action.type) {
    case `${GET_MATERIALS}_PENDING`:
      return { ...state, loading: true, error: null };
    case `${GET_MATERIALS}_SUCCESS`:
      return { loading: false, loaded: true, error: null, data: action.result };
    case `${GET_MATERIALS}_FAIL`:
      return { loading: false, loaded: false, error: action.error, data: null };
    default:
      return state;
  }
}
