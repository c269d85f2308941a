import React, { useRef } from 'react';
import qs from 'query-string';
import { useSelector, shallowEqual } from 'react-redux';
import Add from '@plone/volto/components/manage/Add/Add';
import { flattenToAppURL, getBaseUrl } from '@plone/volto/helpers/Url/Url';
import LoginRequired from '../LoginRequired/LoginRequired';
import { normalizePath } from '../../helpers/unit';

/** May a visitor add `type` where the types list (`@types`) was read? */
export function canAdd(types, type) {
  // anonymous visitors get no types list (an unexpanded `{"@id": ...}`)
  if (!type || !Array.isArray(types)) return false;
  return types.some(
    (t) =>
      t?.addable &&
      (t.id === type || (t['@id'] || '').endsWith(`/@types/${type}`)),
  );
}

/**
 * Volto's add form, only for those who may add that type here. Volto
 * shows the form to anyone and only the backend refuses to save; an
 * editor of another unit (or an anonymous visitor) gets the "not
 * allowed" page (or the login form) at once. The addable types come with
 * the container (`@components.types`, Volto's `types` expander).
 */
const AddGuard = (props) => {
  const location = props.location || {};
  const pathname = location.pathname || '/';
  const type = qs.parse(location.search || '').type;
  const container = normalizePath(getBaseUrl(pathname));
  const { contentPath, types, typesLoaded } = useSelector(
    (state) => ({
      contentPath: state.content?.data?.['@id']
        ? normalizePath(flattenToAppURL(state.content.data['@id']))
        : null,
      types: state.types?.types,
      typesLoaded: !!state.types?.loaded,
    }),
    shallowEqual,
  );

  // The decision stands for this form: once saved, the store holds the new
  // item (no longer the container) until Volto's form moves on to it.
  const decision = useRef({ key: null, allowed: false });
  const key = `${container}?type=${type}`;
  if (contentPath === container && typesLoaded) {
    decision.current = { key, allowed: canAdd(types, type) };
  } else if (decision.current.key !== key) {
    // the container and its types are still loading
    return null;
  }
  if (decision.current.allowed) return <Add {...props} />;
  return <LoginRequired {...props} pathname={pathname} />;
};

AddGuard.displayName = 'AddGuard';

export default AddGuard;
