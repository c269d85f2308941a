import express from 'express';
import http from 'http';
import config from '@plone/volto/registry';
import { anonymousSitemapMiddleware, feedMiddleware } from './express';

function get(app, path) {
  const server = app.listen(0, '127.0.0.1');
  return new Promise((resolve, reject) => {
    server.once('listening', () => {
      http
        .get({ host: '127.0.0.1', port: server.address().port, path }, (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            server.close();
            resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString() });
          });
        })
        .on('error', (e) => {
          server.close();
          reject(e);
        });
    });
  });
}

describe('feed middleware', () => {
  let saved;
  beforeAll(() => {
    saved = config.settings.internalApiPath;
    config.settings.internalApiPath = 'http://127.0.0.1:8080/Plone';
  });
  afterAll(() => {
    config.settings.internalApiPath = saved;
  });

  it('serves the backend feed of a unit and category', async () => {
    const asked = [];
    const app = express();
    app.use(
      feedMiddleware((url) => {
        asked.push(url);
        return Promise.resolve({ status: 200, type: 'application/rss+xml; charset=utf-8', body: '<rss version="2.0"/>' });
      }),
    );
    const res = await get(app, '/huyen-trang-dinh/feed.xml?category=thong-bao');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/rss\+xml/);
    expect(res.body).toBe('<rss version="2.0"/>');
    expect(asked[0]).toMatch(/\/VirtualHostRoot\/huyen-trang-dinh\/@@feed\.xml\?category=thong-bao$/);
  });

  it('passes a refused category on, leaves other paths alone', async () => {
    const app = express();
    app.use(feedMiddleware(() => Promise.resolve({ status: 400, type: 'text/plain; charset=utf-8', body: 'Không có' })));
    app.get('/tin-tuc', (req, res) => res.send('page'));
    expect((await get(app, '/feed.xml?category=x')).status).toBe(400);
    expect((await get(app, '/tin-tuc')).body).toBe('page');
  });

  it('a backend that does not answer reaches the error middleware', async () => {
    const app = express();
    app.use(feedMiddleware(() => Promise.reject(Object.assign(new Error('down'), { code: 'ECONNREFUSED' }))));
    app.use((err, req, res, next) => res.status(503).send(err.code));
    const res = await get(app, '/feed.xml');
    expect(res.status).toBe(503);
    expect(res.body).toBe('ECONNREFUSED');
  });
});

describe('anonymous sitemap', () => {
  const run = (path) => {
    const cookies = { get: (name) => (name === 'auth_token' ? 'secret' : 'vi') };
    const req = { path, universalCookies: cookies };
    anonymousSitemapMiddleware()(req, {}, () => {});
    return [cookies.get('auth_token'), cookies.get('I18N_LANGUAGE')];
  };

  it('drops the token for the sitemap only', () => {
    expect(run('/sitemap.xml.gz')).toEqual([undefined, 'vi']);
    expect(run('/sitemap2.xml.gz')).toEqual([undefined, 'vi']);
    expect(run('/sitemap-index.xml')).toEqual([undefined, 'vi']);
    expect(run('/tin-tuc')).toEqual(['secret', 'vi']);
  });
});
