import applySettings from './config/settings';
import units from './reducers/units';
import unitInterface from './reducers/unitInterface';
import LoginRequired from './components/LoginRequired/LoginRequired';
import PublicationDate, {
  isNewsItem,
} from './components/PublicationDate/PublicationDate';
import './theme/mttq.less';

export { getUnits } from './actions/units';
export * from './helpers/unit';

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
  // login form in place.
  config.views.errorViews = {
    ...config.views.errorViews,
    401: LoginRequired,
  };

  // News items show when they were published.
  config.registerSlotComponent({
    slot: 'aboveContent',
    name: 'mttqPublicationDate',
    component: PublicationDate,
    predicates: [isNewsItem],
  });

  return config;
};

export default applyConfig;
