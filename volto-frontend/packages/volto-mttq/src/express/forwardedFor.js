/**
 * The visitor's address for the backend: requests through this server's
 * `/++api++` proxy reach Zope from this server, so the backend would see one
 * address for everybody. Zope trusts this host (zope.conf `trusted-proxy`)
 * and reads X-Forwarded-For; the backend's feedback status check limits
 * failed checks per address with it.
 *
 * The header is replaced, never appended to: a visitor cannot pick the
 * address the backend counts. (Behind a further reverse proxy, that proxy
 * is the "visitor": let it reach `/++api++` on Zope directly instead.)
 */
export const FORWARDED_FOR_ID = 'mttqForwardedFor';

export const clientAddress = (req) =>
  String(req.socket?.remoteAddress || req.connection?.remoteAddress || '').replace(/^::ffff:/, '');

export function forwardedForMiddleware() {
  const middleware = (req, res, next) => {
    if ((req.url || '').startsWith('/++api++')) {
      const address = clientAddress(req);
      if (address) req.headers['x-forwarded-for'] = address;
      else delete req.headers['x-forwarded-for'];
    }
    next();
  };
  middleware.id = FORWARDED_FOR_ID;
  return middleware;
}
