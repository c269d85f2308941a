import {
  featuredKey,
  featuredQuery,
  featuresFirstItem,
  isOwnNewsQuery,
  itemDate,
  leadImageOf,
  moreLinkPath,
  realDate,
  splitLeadingBlocks,
  unitOfItem,
  withLead,
} from './news';
import { units, province, thanhPho, trangDinh, brain } from '../testing/units';

const ownNews = {
  query: [
    { i: 'portal_type', o: 'plone.app.querystring.operation.selection.any', v: ['News Item'] },
    { i: 'path', o: 'plone.app.querystring.operation.string.relativePath', v: './tin-tuc' },
  ],
};
const fromUnits = {
  query: [
    { i: 'portal_type', o: 'plone.app.querystring.operation.selection.any', v: ['News Item'] },
    { i: 'unit_code', o: 'plone.app.querystring.operation.selection.none', v: ['20'] },
  ],
};

describe('news helpers', () => {
  it('finds the unit of an item by unit_code, else by path', () => {
    expect(unitOfItem(units, brain('/huyen-trang-dinh/tin-tuc/a', 'A', { unit_code: '180' }))).toBe(trangDinh);
    // no metadata: the path decides
    expect(unitOfItem(units, brain('/thanh-pho-lang-son/tin-tuc/b', 'B'))).toBe(thanhPho);
    expect(unitOfItem(units, brain('/tin-tuc/c', 'C'))).toBe(province);
    // an unknown code falls back to the path
    expect(unitOfItem(units, brain('/huyen-trang-dinh/x', 'X', { unit_code: '999' }))).toBe(trangDinh);
    expect(unitOfItem([], brain('/x', 'X'))).toBeNull();
  });

  it("dates items by publication, ignoring Plone's no-date sentinels", () => {
    expect(itemDate({ effective: '2026-03-04T20:30:00+00:00', created: '2026-01-01' })).toBe('2026-03-04T20:30:00+00:00');
    expect(itemDate({ effective: '1969-12-31T00:00:00+00:00', created: '2026-01-01T00:00:00' })).toBe('2026-01-01T00:00:00');
    expect(itemDate({ effective: 'None', created: null })).toBeNull();
    expect(realDate('1000-01-01T00:00:00')).toBeNull();
  });

  it("features the top item of a unit's own news on its home only", () => {
    expect(isOwnNewsQuery(ownNews)).toBe(true);
    expect(isOwnNewsQuery(fromUnits)).toBe(false);
    // the home listings the backend creates (summary of ./tin-tuc)
    expect(featuresFirstItem({ variation: 'summary', querystring: ownNews, contentType: 'Plone Site' })).toBe(true);
    expect(featuresFirstItem({ variation: 'summary', querystring: ownNews, contentType: 'UnitSite' })).toBe(true);
    // "Tin từ cơ sở" and the news section page: a plain news list
    expect(featuresFirstItem({ variation: 'summary', querystring: fromUnits, contentType: 'Plone Site' })).toBe(false);
    expect(featuresFirstItem({ variation: 'summary', querystring: ownNews, contentType: 'Document' })).toBe(false);
    // the explicit variations
    expect(featuresFirstItem({ variation: 'mttqNewsFeatured', querystring: fromUnits, contentType: 'Document' })).toBe(true);
    expect(featuresFirstItem({ variation: 'mttqNews', querystring: ownNews, contentType: 'UnitSite' })).toBe(true);
    expect(featuresFirstItem({ variation: 'default', querystring: ownNews, contentType: 'UnitSite' })).toBe(false);
    expect(featuresFirstItem({ variation: undefined, querystring: ownNews, contentType: 'UnitSite' })).toBe(false);
  });

  it('links a listing of one relative folder to that folder', () => {
    expect(moreLinkPath({ querystring: ownNews, basePath: '/' })).toBe('/tin-tuc');
    expect(moreLinkPath({ querystring: ownNews, basePath: '/huyen-trang-dinh' })).toBe('/huyen-trang-dinh/tin-tuc');
    expect(moreLinkPath({ querystring: fromUnits, basePath: '/' })).toBeNull();
    expect(
      moreLinkPath({ linkHref: [{ '@id': 'http://localhost:8080/Plone/tin-tuc/x' }], querystring: fromUnits, basePath: '/' }),
    ).toBe('/tin-tuc/x');
    // the folder itself (".") gets no link to itself
    expect(
      moreLinkPath({ querystring: { query: [{ i: 'path', o: 'plone.app.querystring.operation.string.relativePath', v: '.' }] }, basePath: '/tin-tuc' }),
    ).toBeNull();
  });

  it('puts the lead image after the title and description blocks', () => {
    const content = {
      blocks: {
        t: { '@type': 'title' },
        d: { '@type': 'description' },
        s: { '@type': 'slate' },
        i: { '@type': 'image' },
      },
      blocks_layout: { items: ['t', 'd', 's', 'i', 'gone'] },
    };
    expect(splitLeadingBlocks(content)).toEqual({ head: ['t', 'd'], rest: ['s', 'i'], hasTitle: true });
    // no title block: the view shows title and description itself
    expect(
      splitLeadingBlocks({ blocks: { d: { '@type': 'description' }, s: { '@type': 'slate' } }, blocks_layout: { items: ['d', 's'] } }),
    ).toEqual({ head: [], rest: ['s'], hasTitle: false });
    expect(splitLeadingBlocks({})).toEqual({ head: [], rest: [], hasTitle: false });
  });

  it('reads the lead image from preview_image_link or an image field', () => {
    const link = {
      '@id': 'http://localhost:8080/Plone/tin-tuc/a/anh.png',
      title: 'anh.png',
      description: '',
      image_field: null,
      image_scales: { image: [{ download: '@@images/image-800-x.png', width: 800, height: 450 }] },
    };
    const lead = leadImageOf({ title: 'Hội nghị', preview_image_link: link, preview_caption_link: 'Quang cảnh hội nghị' });
    expect(lead.item).toBe(link);
    expect(lead.field).toBe('image');
    expect(lead.caption).toBe('Quang cảnh hội nghị');
    expect(lead.alt).toBe('Quang cảnh hội nghị');
    // a file name is no alternative text: the article's title is
    expect(leadImageOf({ title: 'Hội nghị', preview_image_link: link }).alt).toBe('Hội nghị');
    expect(leadImageOf({ title: 'T', image: { download: 'x' } }).field).toBe('image');
    expect(leadImageOf({ title: 'T' })).toBeNull();
    // a lead image block shows it already
    expect(leadImageOf({ preview_image_link: link, blocks: { a: { '@type': 'leadimage' } } })).toBeNull();
  });
});

describe('lead item of a home news listing', () => {
  const items = ['a', 'b', 'c'].map((k) => ({ '@id': `/tin-tuc/${k}`, title: k }));

  it('asks for the newest featured item of the same query', () => {
    const q = featuredQuery({ ...ownNews, sort_on: 'effective', b_size: '6' });
    expect(q.query.slice(0, 2)).toEqual(ownNews.query);
    expect(q.query[2]).toEqual({ i: 'featured', o: 'plone.app.querystring.operation.boolean.isTrue', v: '' });
    expect([q.b_size, q.sort_on, q.sort_order]).toEqual([1, 'effective', 'descending']);
    // one key per page and query, whatever the path's trailing slash
    expect(featuredKey('/huyen-trang-dinh/', ownNews)).toBe(featuredKey('/huyen-trang-dinh', ownNews));
    expect(featuredKey('/', ownNews)).not.toBe(featuredKey('/huyen-trang-dinh', ownNews));
  });

  it('puts the featured item first, keeping the listing size', () => {
    expect(withLead(items, items[2]).map((i) => i.title)).toEqual(['c', 'a', 'b']);
    // older than the listed ones: it leads, the last one makes room
    expect(withLead(items, { '@id': '/tin-tuc/old', title: 'old' }).map((i) => i.title)).toEqual(['old', 'a', 'b']);
    // no featured item: the newest leads
    expect(withLead(items, null)).toBe(items);
    expect(withLead([], { '@id': '/x' }).map((i) => i['@id'])).toEqual(['/x']);
  });
});
