import React, { useEffect, useRef } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import Login from '@plone/volto/components/theme/Login/Login';
import Unauthorized from '@plone/volto/components/theme/Unauthorized/Unauthorized';
import { getContent } from '@plone/volto/actions/content/content';
import { getBaseUrl } from '@plone/volto/helpers/Url/Url';
import { getNavigation } from '@plone/volto/actions/navigation/navigation';
import config from '@plone/volto/registry';
import { withServerErrorCode } from '@plone/volto/helpers/Utils/Utils';
import useUnit from '../../hooks/useUnit';
import { unitPath } from '../../helpers/unit';

/**
 * View for HTTP 401 (e.g. the intranet /noi-bo): anonymous visitors get the
 * login form in place; once logged in, the page they asked for is loaded
 * again (same URL, so Volto would not refetch it by itself). Logged-in users
 * without access get Volto's "Unauthorized" page.
 */
const LoginRequired = (props) => {
  const dispatch = useDispatch();
  const token = useSelector((state) => state.userSession?.token);
  const pathname = props.location?.pathname || props.pathname || '/';
  const anonymousAtFirst = useRef(!token);
  const { unit } = useUnit(pathname);
  const home = unit ? unitPath(unit) : '/';

  // The protected content did not load, nor did the navigation expanded
  // with it: show the navigation of the unit's home instead.
  useEffect(() => {
    dispatch(getNavigation(home === '/' ? '' : home, config.settings.navDepth));
  }, [dispatch, home]);

  useEffect(() => {
    if (token && anonymousAtFirst.current) {
      anonymousAtFirst.current = false;
      dispatch(getContent(getBaseUrl(pathname)));
    }
  }, [token, pathname, dispatch]);

  if (token) {
    return <Unauthorized {...props} />;
  }
  return (
    <div className="mttq-login-required">
      <Login
        {...props}
        location={{
          ...(props.location || {}),
          pathname,
          // back to the same page (with its query: ?type=... of an add form)
          search: `?return_url=${encodeURIComponent(
            pathname + (props.location?.search || ''),
          )}`,
        }}
      />
    </div>
  );
};

// HTTP 401 from the server: the login form is no content to cache or index
const LoginRequiredView = withServerErrorCode(401)(LoginRequired);
LoginRequiredView.displayName = 'LoginRequired';

export default LoginRequiredView;
