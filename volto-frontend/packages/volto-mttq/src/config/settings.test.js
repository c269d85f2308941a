import config from '@plone/volto/registry';
import applyConfig from '../index';
import { unitsAsyncPropExtender } from './settings';
import { GET_UNITS } from '../constants';

describe('add-on configuration', () => {
  beforeAll(() => {
    config.settings.apiExpanders = [
      { match: '', GET_CONTENT: ['breadcrumbs', 'navroot'] },
    ];
    config.settings.asyncPropsExtenders = [];
    config.views.errorViews = { 404: () => null };
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

  it('shows the publication date above news items', () => {
    const slot = config.getSlotComponent('aboveContent', 'mttqPublicationDate');
    expect(slot).toHaveLength(1);
    expect(slot[0].predicates[0]({ content: { '@type': 'News Item', effective: '2026-01-01T00:00:00' } })).toBe(true);
  });

  it('registers the reducers and the 401 view', () => {
    expect(config.addonReducers.mttqUnits).toBeInstanceOf(Function);
    expect(config.addonReducers.mttqInterface).toBeInstanceOf(Function);
    expect(config.views.errorViews[401].displayName).toBe('LoginRequired');
    expect(config.views.errorViews[404]).toBeDefined();
  });
});
