/**
 * RSS feeds of the network. The backend renders them (`@@feed.xml` on the
 * root, a unit site or a folder); the frontend serves them at
 * `<path>/feed.xml` (and `rss.xml`) through the express middleware below.
 */
import { normalizePath } from '../helpers/unit';

export const FEED_URL = /^(.*?)\/(feed|rss)\.xml$/;
const FORWARDED = ['category', 'limit'];

function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch (e) {
    return segment;
  }
}

/** App path of the feed of a unit (or of the network for '/'). */
export function feedPath(base, category) {
  const p = normalizePath(base);
  const path = `${p === '/' ? '' : p}/feed.xml`;
  return category ? `${path}?category=${encodeURIComponent(category)}` : path;
}

/**
 * The backend URL of the feed asked for at `req`, through Zope's virtual
 * host monster so the links inside point at the public (frontend) site.
 * Null when `req` is not a feed URL.
 */
export function feedBackendURL(req, internalApiPath, publicURL) {
  const match = FEED_URL.exec(req.path);
  if (!match || !internalApiPath) return null;
  const api = new URL(internalApiPath);
  // The configured public address wins over request headers.
  const pub = publicURL ? new URL(publicURL) : null;
  const proto = pub
    ? pub.protocol.slice(0, -1)
    : String(req.headers['x-forwarded-proto'] || req.protocol || 'http').split(
        ',',
      )[0];
  const host = pub
    ? pub.host
    : String(
        req.headers['x-forwarded-host'] || req.headers.host || api.host,
      ).split(',')[0];
  const site = api.pathname.replace(/\/+$/, '');
  const params = new URLSearchParams();
  FORWARDED.forEach((name) => {
    const value = req.query?.[name];
    if (typeof value === 'string' && value) params.set(name, value);
  });
  const query = params.toString();
  const path = match[1]
    .split('/')
    .filter(Boolean)
    .map((s) => encodeURIComponent(safeDecode(s)))
    .join('/');
  return `${api.origin}/VirtualHostBase/${proto}/${host}${site}/VirtualHostRoot/${
    path ? `${path}/` : ''
  }@@feed.xml${query ? `?${query}` : ''}`;
}
