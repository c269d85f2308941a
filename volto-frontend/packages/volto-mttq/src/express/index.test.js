import http from 'http';
import zlib from 'zlib';
import express from 'express';
import applyServerConfig, { COMPRESSION_ID } from './index';
import { backendDownError, protectedFileRedirect } from './errors';
import { FEED_ID, SITEMAP_ID } from '../news/express';

describe('server configuration', () => {
  it('compresses first and handles errors last, once', () => {
    const files = () => {};
    const config = { settings: { expressMiddleware: [files] } };
    applyServerConfig(config);
    applyServerConfig(config);
    const mw = config.settings.expressMiddleware;
    expect(mw.map((m) => m.id || m)).toEqual([
      COMPRESSION_ID,
      SITEMAP_ID,
      FEED_ID,
      files,
      protectedFileRedirect,
      backendDownError,
    ]);
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
