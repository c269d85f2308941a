/**
 * Server-only configuration (imported under `__SERVER__`): the express
 * middleware of the frontend server.
 *
 * - compression (gzip) of everything the server sends: pages, scripts and
 *   styles, API responses through its proxy. Volto leaves it to a reverse
 *   proxy; the network's sites must also be light when served directly
 *   (the home is ~2.8 MB uncompressed, mostly Volto's script and styles).
 * - news: RSS feeds (`<path>/feed.xml`) from the backend, an anonymous
 *   sitemap.xml (news/express.js).
 * - the visitor's address as X-Forwarded-For to the backend (forwardedFor.js).
 * - error middleware: files refused by the backend lead to the login form,
 *   a backend that does not answer gives a Vietnamese 503 (errors.js).
 */
import compression from 'compression';
import applyErrorMiddleware from './errors';
import applyNewsMiddleware from '../news/express';
import { FORWARDED_FOR_ID, forwardedForMiddleware } from './forwardedFor';

export const COMPRESSION_ID = 'mttqCompression';

export function compressionMiddleware() {
  const middleware = compression();
  middleware.id = COMPRESSION_ID;
  return middleware;
}

export default function applyServerConfig(config) {
  applyNewsMiddleware(config);
  const others = (config.settings.expressMiddleware || []).filter(
    (m) => m?.id !== COMPRESSION_ID && m?.id !== FORWARDED_FOR_ID,
  );
  // first: it wraps the responses of all the others; then, before Volto's
  // API proxy, the visitor's address for the backend (forwardedFor.js)
  config.settings.expressMiddleware = [compressionMiddleware(), forwardedForMiddleware(), ...others];
  return applyErrorMiddleware(config);
}
