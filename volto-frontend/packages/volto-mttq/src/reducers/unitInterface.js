import { GET_CONTENT } from '@plone/volto/constants/ActionTypes';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { INTERFACE_BEHAVIOR } from '../constants';

const initialState = {
  // app path of the content the settings were read with
  path: null,
  // app path of the object the settings come from (the unit site)
  from: null,
  data: null,
};

/**
 * Interface settings (`mttq.interface`) of the unit the current content
 * belongs to, as returned by the `inherit` API expander of GET_CONTENT.
 * Kept across non-content routes (login, search...) until the next content.
 */
export default function unitInterface(state = initialState, action = {}) {
  if (action.type !== `${GET_CONTENT}_SUCCESS` || action.subrequest) {
    return state;
  }
  const result = action.result || {};
  const inherited = result['@components']?.inherit?.[INTERFACE_BEHAVIOR];
  if (!inherited) {
    return state;
  }
  return {
    path: flattenToAppURL(result['@id'] || '') || '/',
    from: inherited.from?.['@id']
      ? flattenToAppURL(inherited.from['@id']) || '/'
      : null,
    data: inherited.data || null,
  };
}
