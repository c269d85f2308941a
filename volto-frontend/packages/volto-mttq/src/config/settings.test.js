import config from '@plone/volto/registry';
import applyConfig from '../index';
import { matchAllRoutes } from '@plone/volto/helpers/AsyncConnect/utils';
import { menuAsyncPropExtender, menuPath, unitsAsyncPropExtender } from './settings';
import { GET_UNITS } from '../constants';

describe('add-on configuration', () => {
  beforeAll(() => {
    config.settings.apiExpanders = [
      { match: '', GET_CONTENT: ['breadcrumbs', 'navroot'] },
    ];
    config.settings.asyncPropsExtenders = [];
    config.views.errorViews = { 404: () => null };
    config.views.contentTypesViews = { File: () => null };
    config.blocks.blocksConfig.listing = {
      id: 'listing',
      variations: [
        { id: 'default', isDefault: true, title: 'Default', template: () => null },
        { id: 'summary', title: 'Summary', template: () => null },
      ],
    };
    applyConfig(config);
  });

  it('speaks Vietnamese only', () => {
    expect(config.settings.defaultLanguage).toBe('vi');
    expect(config.settings.supportedLanguages).toEqual(['vi']);
    expect(config.settings.isMultilingual).toBe(false);
  });

  it('reads mttq.interface with every content through @inherit', () => {
    const expander = config.settings.apiExpanders.find((e) =>
      e.GET_CONTENT?.includes('inherit'),
    );
    expect(expander).toBeDefined();
    expect(expander.match).toBe('');
    expect(expander.querystring).toEqual({
      'expand.inherit.behaviors': 'mttq.interface',
    });
    // Volto's own expanders are kept
    expect(
      config.settings.apiExpanders.some((e) =>
        e.GET_CONTENT?.includes('navroot'),
      ),
    ).toBe(true);
  });

  it('builds the API path with the inherit expander', () => {
    const { addExpandersToPath } = require('@plone/volto/middleware/api');
    const url = addExpandersToPath('/huyen-trang-dinh', 'GET_CONTENT');
    expect(url).toMatch(/expand=[^&]*inherit/);
    expect(url).toContain('expand.inherit.behaviors=mttq.interface');
  });

  it('loads @units on the server once', () => {
    expect(config.settings.asyncPropsExtenders).toContain(
      unitsAsyncPropExtender,
    );
    const actions = unitsAsyncPropExtender.extend([]);
    expect(actions.map((a) => a.key)).toEqual([GET_UNITS]);
    expect(unitsAsyncPropExtender.extend(actions)).toHaveLength(1);
  });

  it("loads the unit's menu on the add-on's own pages, which have no content", async () => {
    expect(config.settings.asyncPropsExtenders).toContain(menuAsyncPropExtender);
    expect(menuPath('/hoc-tap-cua-toi')).toBe('');
    expect(menuPath('/xac-minh-chung-chi/ABC-123')).toBe('');
    expect(menuPath('/huyen-trang-dinh/phan-anh-da-tra-loi')).toBe('/huyen-trang-dinh');
    expect(menuPath('/huyen-trang-dinh/tin-tuc')).toBeNull();
    // the extender applies to those routes only
    const applies = (path) => matchAllRoutes([menuAsyncPropExtender], path).length > 0;
    expect(applies('/tra-cuu-phan-anh')).toBe(true);
    expect(applies('/huyen-trang-dinh/thong-ke-phan-anh')).toBe(true);
    expect(applies('/huyen-trang-dinh/tin-tuc')).toBe(false);
    const actions = menuAsyncPropExtender.extend([]);
    expect(menuAsyncPropExtender.extend(actions)).toHaveLength(1);
    const dispatched = [];
    const dispatch = (action) => {
      dispatched.push(action);
      return Promise.resolve(action);
    };
    await actions[0].promise({ location: { pathname: '/huyen-trang-dinh/phan-anh-da-tra-loi' }, store: { dispatch } });
    expect(dispatched).toHaveLength(1);
    expect(dispatched[0].type).toBe('GET_NAVIGATION');
    expect(dispatched[0].request.path).toMatch(/^\/huyen-trang-dinh\/@navigation/);
  });

  it('shows news items with the article view (which carries the date)', () => {
    expect(config.views.contentTypesViews['News Item'].displayName).toBe('ArticleView');
    expect(config.views.contentTypesViews.File).toBeDefined();
    // categories shown once: Volto's `tags` slot stays off for articles
    const tags = config.getSlotComponent('belowContent', 'tags');
    const forArticles = tags.find((t) => t.predicates?.length);
    expect(forArticles.predicates[0]({ content: { '@type': 'News Item' } })).toBe(true);
    expect(forArticles.predicates[0]({ content: { '@type': 'Document' } })).toBe(false);
    expect(forArticles.component()).toBeNull();
    // other content: the add-on's Tags (links to the unit's search page)
    const slot = (type) =>
      config.getSlot('belowContent', { content: { '@type': type } }).find((s) => s.name === 'tags');
    expect(slot('Document').component).toBe(require('../components/Tags/Tags').default);
    expect(slot('News Item').component).toBe(forArticles.component);
  });

  it('gives listings the news portal templates, without shadowing Volto', () => {
    const variations = config.blocks.blocksConfig.listing.variations;
    const NewsListing = require('../components/NewsListing/NewsListing').default;
    expect(variations.map((v) => v.id)).toEqual(['default', 'summary', 'mttqNewsFeatured', 'mttqNews', 'mttqSearchResults']);
    // the backend's home and section pages use "summary"
    expect(variations.find((v) => v.id === 'summary').template).toBe(NewsListing);
    expect(variations.find((v) => v.id === 'mttqNews').template).toBe(NewsListing);
    expect(variations.find((v) => v.id === 'default').isDefault).toBe(true);
    // applying the configuration twice adds nothing
    require('../index').applyListingVariations(config);
    expect(config.blocks.blocksConfig.listing.variations).toHaveLength(5);
  });

  it('guards the add form (before Volto\'s own route)', () => {
    const route = config.addonRoutes.find((r) => r.component?.displayName === 'AddGuard');
    expect(route.path).toEqual(['/add', '/**/add']);
    applyConfig(config);
    expect(config.addonRoutes.filter((r) => r.component?.displayName === 'AddGuard')).toHaveLength(1);
  });

  it('registers the reducers and the 401 and backend-down views', () => {
    expect(config.addonReducers.mttqUnits).toBeInstanceOf(Function);
    expect(config.addonReducers.mttqInterface).toBeInstanceOf(Function);
    expect(config.views.errorViews[401].displayName).toBe('LoginRequired');
    expect(config.views.errorViews.ECONNREFUSED).toBe(
      require('../components/BackendUnavailable/BackendUnavailable').default,
    );
    expect(config.views.errorViews[404]).toBeDefined();
  });

  it('offers the work calendar block and starts albums as a gallery', () => {
    expect(config.blocks.blocksConfig.mttqCalendar.view).toBe(
      require('../components/Calendar/CalendarBlockView').default,
    );
    const album = config.blocks.initialBlocks.Album;
    expect(album.map((b) => b['@type'])).toEqual(['title', 'description', 'listing']);
    expect(album[2].variation).toBe('imageGallery');
    expect(album[2].querystring.query.map((q) => q.v)).toEqual([['Image'], '.']);
  });
});
