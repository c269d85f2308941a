import { useEffect } from 'react';
import { useDispatch, useSelector, shallowEqual } from 'react-redux';
import { getUnits } from '../actions/units';
import { findUnitForPath, resolveInterface } from '../helpers/unit';

/**
 * The unit a page belongs to and the interface settings that apply to it.
 * Units come from `@units` (loaded on the server, see index.js; fetched here
 * on the client when missing), the full settings from the content's
 * `inherit` expander.
 */
export default function useUnit(pathname) {
  const dispatch = useDispatch();
  const unitsState = useSelector((state) => state.mttqUnits, shallowEqual);
  const inherited = useSelector((state) => state.mttqInterface, shallowEqual);
  const units = unitsState?.items || [];

  useEffect(() => {
    if (unitsState && !unitsState.loaded && !unitsState.loading) {
      dispatch(getUnits());
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dispatch]);

  const unit = findUnitForPath(units, pathname);
  const settings = resolveInterface({ unit, units, inherited, pathname });
  return { unit, units, settings };
}
