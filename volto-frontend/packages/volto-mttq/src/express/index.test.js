import http from 'http';
import zlib from 'zlib';
import express from 'express';
import applyServerConfig, { COMPRESSION_ID } from './index';
import { backendDownError, protectedFileRedirect } from './errors';
import { FEED_ID, SITEMAP_ID } from '../news/express';
import { FORWARDED_FOR_ID, forwardedForMiddleware } from './forwardedFor';

describe('server configuration', () => {
  it('compresses first and handles errors last, once', () => {
    const files = () => {};
    const config = { settings: { expressMiddleware: [files] } };
    applyServerConfig(config);
    applyServerConfig(config);
    const mw = config.settings.expressMiddleware;
    expect(mw.map((m) => m.id || m)).toEqual([
      COMPRESSION_ID,
      FORWARDED_FOR_ID,
      SITEMAP_ID,
      FEED_ID,
      files,
      protectedFileRedirect,
      backendDownError,
    ]);
  });

  it("tells the backend the visitor's address, which the visitor cannot choose", () => {
    const mw = forwardedForMiddleware();
    const next = jest.fn();
    const api = {
      url: '/++api++/@feedback-status',
      headers: { 'x-forwarded-for': '10.9.9.9' },
      socket: { remoteAddress: '::ffff:203.0.113.7' },
    };
    mw(api, {}, next);
    expect(api.headers['x-forwarded-for']).toBe('203.0.113.7');
    const page = { url: '/tra-cuu-phan-anh', headers: {}, socket: { remoteAddress: '203.0.113.7' } };
    mw(page, {}, next);
    expect(page.headers['x-forwarded-for']).toBeUndefined();
    expect(next).toHaveBeenCalledTimes(2);
  });

  it('sends pages gzip-compressed', async () => {
    const config = { settings: { expressMiddleware: [] } };
    applyServerConfig(config);
    const app = express();
    app.use('/', config.settings.expressMiddleware);
    app.get('/', (req, res) => res.type('html').send(`<p>${'Mặt trận Tổ quốc Việt Nam '.repeat(200)}</p>`));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { headers, body } = await new Promise((resolve, reject) => {
        http
          .get(
            { host: '127.0.0.1', port: server.address().port, path: '/', headers: { 'Accept-Encoding': 'gzip' } },
            (res) => {
              const chunks = [];
              res.on('data', (c) => chunks.push(c));
              res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
            },
          )
          .on('error', reject);
      });
      expect(headers['content-encoding']).toBe('gzip');
      expect(body.length).toBeLessThan(1000);
      expect(zlib.gunzipSync(body).toString()).toContain('Mặt trận Tổ quốc Việt Nam');
    } finally {
      server.close();
    }
  });
});
