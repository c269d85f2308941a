import applySettings from './config/settings';
import units from './reducers/units';
import unitInterface from './reducers/unitInterface';
import LoginRequired from './components/LoginRequired/LoginRequired';
import ArticleView from './components/ArticleView/ArticleView';
import BackendUnavailable from './components/BackendUnavailable/BackendUnavailable';
import NewsListing from './components/NewsListing/NewsListing';
import AddGuard from './components/AddGuard/AddGuard';
import EasyFormView from './components/EasyForm/EasyFormView';
import FeedbackStatus from './components/FeedbackStatus/FeedbackStatus';
import './theme/mttq.less';

export { getUnits } from './actions/units';
export * from './helpers/unit';

/**
 * Listing block variations of the news portal (image, date dd/mm/yyyy,
 * unit of items from other units): `mttqNewsFeatured` (the top item large)
 * and `mttqNews`. Volto's `summary` variation, which the backend's home
 * and section pages use, gets the same template (its own on a unit's
 * home: the unit's news feature their top item).
 */
export function applyListingVariations(config) {
  const listing = config.blocks.blocksConfig.listing;
  if (!listing) return config;
  const ours = [
    {
      id: 'mttqNewsFeatured',
      title: 'Tin tức: nổi bật + danh sách',
      template: NewsListing,
    },
    {
      id: 'mttqNews',
      title: 'Tin tức: ảnh, ngày, đơn vị',
      template: NewsListing,
    },
  ];
  listing.variations = [
    ...(listing.variations || [])
      .filter((v) => !ours.some((o) => o.id === v.id))
      .map((v) => (v.id === 'summary' ? { ...v, template: NewsListing } : v)),
    ...ours,
  ];
  return config;
}

const NoTags = () => null;
export const isArticle = ({ content }) => content?.['@type'] === 'News Item';

/**
 * Volto add-on of the MTTQ Lạng Sơn network.
 */
const applyConfig = (config) => {
  applySettings(config);

  config.addonReducers = {
    ...config.addonReducers,
    mttqUnits: units,
    mttqInterface: unitInterface,
  };

  // Anonymous visitors of a protected page (the intranet /noi-bo) get the
  // login form in place; a backend that does not answer gets a Vietnamese
  // "temporarily unavailable" page that reloads once it is back.
  config.views.errorViews = {
    ...config.views.errorViews,
    401: LoginRequired,
    ECONNREFUSED: BackendUnavailable,
  };

  // The article page: unit, date, print/save, lead image, categories,
  // related items.
  config.views.contentTypesViews = {
    ...config.views.contentTypesViews,
    'News Item': ArticleView,
  };

  // EasyForm content (forms, citizens' feedback): the backend's @easyform.
  config.views.contentTypesViews.EasyForm = EasyFormView;

  // ... which shows the categories itself, linked to the search: no
  // second copy from Volto's `tags` slot below it.
  config.registerSlotComponent({
    slot: 'belowContent',
    name: 'tags',
    component: NoTags,
    predicates: [isArticle],
  });

  applyListingVariations(config);

  // The frontend server: compression, files refused by the backend lead to
  // the login form, a backend that does not answer gives a Vietnamese 503.
  if (__SERVER__) {
    // eslint-disable-next-line global-require
    require('./express').default(config);
  }

  // The add form only for those who may add there (before Volto's route).
  config.addonRoutes = [
    ...(config.addonRoutes || []).filter((r) => r.component !== AddGuard),
    { path: ['/add', '/**/add'], component: AddGuard },
  ];
  // Citizens check their feedback (phản ánh, kiến nghị).
  config.addonRoutes = [
    ...config.addonRoutes.filter((r) => r.component !== FeedbackStatus),
    { path: '/tra-cuu-phan-anh', component: FeedbackStatus, exact: true },
  ];

  return config;
};

export default applyConfig;
