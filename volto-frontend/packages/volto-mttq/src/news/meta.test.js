import config from '@plone/volto/registry';
import { jsonForScript, leadImageURL, newsArticle, openGraph } from './meta';
import { thanhPho } from '../testing/units';

const base = 'http://localhost:8080/Plone/thanh-pho-lang-son/tin-tuc/ve-sinh';
const article = {
  '@id': base,
  '@type': 'News Item',
  title: 'Thành phố ra quân vệ sinh môi trường',
  description: 'Hàng nghìn đoàn viên tham gia.',
  effective: '2026-03-04T20:30:00+00:00',
  modified: '2026-03-05T01:00:00+00:00',
  subjects: ['Môi trường', 'Kỳ Cùng'],
  news_category: { token: 'tin-hoat-dong', title: 'Tin hoạt động' },
  preview_image_link: {
    '@id': `${base}/anh.png`,
    image_scales: {
      image: [
        {
          download: '@@images/image-800-a.png',
          scales: {
            preview: { download: '@@images/image-400-b.png' },
            large: { download: '@@images/image-768-c.png' },
          },
        },
      ],
    },
  },
};

const pub = (path) => `${config.settings.publicURL}${path}`;

describe('article meta', () => {
  it('lead image: a large scale, public URL', () => {
    expect(leadImageURL(article)).toBe(
      pub('/thanh-pho-lang-son/tin-tuc/ve-sinh/anh.png/@@images/image-768-c.png'),
    );
    expect(leadImageURL({ ...article, preview_image_link: null })).toBeNull();
  });

  it('Open Graph: article, public URL, dates, section and tags', () => {
    const tags = openGraph(article, thanhPho);
    const get = (p) => tags.filter((t) => t.property === p).map((t) => t.content);
    expect(get('og:type')).toEqual(['article']);
    expect(get('og:title')).toEqual([article.title]);
    expect(get('og:url')).toEqual([pub('/thanh-pho-lang-son/tin-tuc/ve-sinh')]);
    expect(get('og:site_name')).toEqual(['Thành phố Lạng Sơn']);
    expect(get('og:locale')).toEqual(['vi_VN']);
    expect(get('article:published_time')).toEqual([article.effective]);
    expect(get('article:section')).toEqual(['Tin hoạt động']);
    expect(get('article:tag')).toEqual(['Môi trường', 'Kỳ Cùng']);
    expect(get('og:image')).toHaveLength(1);
  });

  it('leaves out what the article does not have', () => {
    const tags = openGraph({ '@id': base, title: 'T', effective: '1969-12-31T00:00:00+00:00' }, null);
    expect(tags.map((t) => t.property)).toEqual(['og:type', 'og:title', 'og:url', 'og:locale']);
  });

  it('NewsArticle JSON-LD', () => {
    const data = newsArticle(article, thanhPho);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(article.title);
    expect(data.datePublished).toBe(article.effective);
    expect(data.dateModified).toBe(article.modified);
    expect(data.image).toEqual([leadImageURL(article)]);
    expect(data.publisher).toEqual({
      '@type': 'Organization',
      name: 'Ủy ban MTTQ Việt Nam thành phố Lạng Sơn',
      url: pub('/thanh-pho-lang-son'),
    });
    expect(data.articleSection).toBe('Tin hoạt động');
    expect(data.keywords).toBe('Môi trường, Kỳ Cùng');
    expect(newsArticle({ '@id': base, title: 'x'.repeat(200) }, null).headline).toHaveLength(110);
  });

  it('JSON for a script element cannot close it', () => {
    const text = jsonForScript({ headline: '</script><script>alert(1)</script> & co' });
    expect(text).not.toMatch(/<|>|&/);
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script> & co');
  });
});
