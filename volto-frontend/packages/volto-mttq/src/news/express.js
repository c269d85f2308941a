/**
 * Express middleware of the news: the RSS feeds served by the frontend
 * (`/feed.xml`, `/<unit>/feed.xml?category=...`, also `rss.xml`) and an
 * anonymous `sitemap.xml`.
 */
import superagent from 'superagent';
import config from '@plone/volto/registry';
import { FEED_URL, feedBackendURL } from './feeds';

export const FEED_ID = 'mttqFeeds';
export const SITEMAP_ID = 'mttqAnonymousSitemap';

/** Fetch a feed from the backend: {status, type, body}. Replaceable in tests. */
export function fetchFeed(url) {
  return superagent
    .get(url)
    .buffer(true)
    .responseType('blob')
    .ok(() => true)
    .then((res) => ({
      status: res.status,
      type: res.headers['content-type'],
      body: res.body,
    }));
}

export function feedMiddleware(fetcher = fetchFeed) {
  const middleware = (req, res, next) => {
    if (!['GET', 'HEAD'].includes(req.method) || !FEED_URL.test(req.path)) {
      next();
      return;
    }
    const { settings } = config;
    const url = feedBackendURL(
      req,
      settings.internalApiPath || settings.apiPath,
      settings.publicURL,
    );
    fetcher(url)
      .then(({ status, type, body }) => {
        if (status >= 500) {
          next(new Error(`Feed: backend answered ${status}`));
          return;
        }
        res.status(status === 404 || status === 400 ? status : 200);
        res.set('Content-Type', type || 'application/rss+xml; charset=utf-8');
        // Public and the same for everyone: a short shared cache is fine.
        res.set('Cache-Control', 'public, max-age=300');
        res.send(body);
      })
      // ECONNREFUSED and co. reach the backend-down error page (errors.js).
      .catch(next);
  };
  middleware.id = FEED_ID;
  return middleware;
}

export const SITEMAP_URL = /^\/sitemap(\d*)\.xml(\.gz)?$|^\/sitemap-index\.xml$/;

/**
 * Volto builds sitemap.xml from @search with the visitor's token: a
 * logged-in editor would publish private and intranet addresses in it.
 * The sitemap is for search engines, so it is always made as anonymous.
 */
export function anonymousSitemapMiddleware() {
  const middleware = (req, res, next) => {
    if (SITEMAP_URL.test(req.path) && req.universalCookies) {
      const cookies = req.universalCookies;
      const get = cookies.get.bind(cookies);
      cookies.get = (name, ...rest) =>
        name === 'auth_token' ? undefined : get(name, ...rest);
    }
    next();
  };
  middleware.id = SITEMAP_ID;
  return middleware;
}

export default function applyNewsMiddleware(config) {
  const others = (config.settings.expressMiddleware || []).filter(
    (m) => m?.id !== FEED_ID && m?.id !== SITEMAP_ID,
  );
  config.settings.expressMiddleware = [
    anonymousSitemapMiddleware(),
    feedMiddleware(),
    ...others,
  ];
  return config;
}
