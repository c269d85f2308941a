import React from 'react';
import { useSelector } from 'react-redux';
import Login from '@plone/volto/components/theme/Login/Login';
import Unauthorized from '@plone/volto/components/theme/Unauthorized/Unauthorized';

/**
 * View for HTTP 401 (e.g. the intranet /noi-bo): anonymous visitors get the
 * login form in place, and return to the page they asked for once logged
 * in; logged-in users without access get Volto's "Unauthorized" page.
 */
const LoginRequired = (props) => {
  const token = useSelector((state) => state.userSession?.token);
  const pathname = props.location?.pathname || props.pathname || '/';
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
          search: `?return_url=${encodeURIComponent(pathname)}`,
        }}
      />
    </div>
  );
};

LoginRequired.displayName = 'LoginRequired';

export default LoginRequired;
