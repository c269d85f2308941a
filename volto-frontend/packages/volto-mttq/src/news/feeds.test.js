import { feedBackendURL, feedPath } from './feeds';

const req = (path, query = {}, headers = {}) => ({
  path,
  query,
  protocol: 'http',
  headers: { host: 'mttq.example:3000', ...headers },
});
const API = 'http://127.0.0.1:8080/Plone';

describe('feeds', () => {
  it('feed paths of the network, a unit and a category', () => {
    expect(feedPath('/')).toBe('/feed.xml');
    expect(feedPath('/thanh-pho-lang-son/')).toBe('/thanh-pho-lang-son/feed.xml');
    expect(feedPath('/huyen-trang-dinh', 'chuyen-doi-so')).toBe(
      '/huyen-trang-dinh/feed.xml?category=chuyen-doi-so',
    );
  });

  it('backend URL through the virtual host monster, public links', () => {
    expect(feedBackendURL(req('/feed.xml'), API)).toBe(
      'http://127.0.0.1:8080/VirtualHostBase/http/mttq.example:3000/Plone/VirtualHostRoot/@@feed.xml',
    );
    expect(
      feedBackendURL(req('/thanh-pho-lang-son/rss.xml', { category: 'thong-bao', limit: '30', x: 'y' }), API),
    ).toBe(
      'http://127.0.0.1:8080/VirtualHostBase/http/mttq.example:3000/Plone/VirtualHostRoot/thanh-pho-lang-son/@@feed.xml?category=thong-bao&limit=30',
    );
  });

  it('the configured public URL wins over request headers', () => {
    const url = feedBackendURL(
      req('/feed.xml', {}, { 'x-forwarded-host': 'evil.example' }),
      API,
      'https://mattran.langson.gov.vn',
    );
    expect(url).toBe(
      'http://127.0.0.1:8080/VirtualHostBase/https/mattran.langson.gov.vn:443/Plone/VirtualHostRoot/@@feed.xml'.replace(
        ':443',
        '',
      ),
    );
  });

  it('only feed URLs', () => {
    expect(feedBackendURL(req('/tin-tuc'), API)).toBeNull();
    expect(feedBackendURL(req('/feed.xml.bak'), API)).toBeNull();
  });
});
