import { getNavigation } from '@plone/volto/actions/navigation/navigation';
import config from '@plone/volto/registry';
import { GET_UNITS, INTERFACE_BEHAVIOR } from '../constants';
import { getUnits } from '../actions/units';

/**
 * The add-on's own pages (routes with no content behind them). Volto loads
 * the main menu with the content (navigation API expander), so these pages
 * had an empty menu: they load the menu of the unit (or the province) they
 * belong to instead.
 */
export const PAGES_WITHOUT_CONTENT = [
  'tra-cuu-phan-anh',
  'hoc-tap-cua-toi',
  'xac-minh-chung-chi',
  'bao-cao-dinh-ky',
  'theo-doi-hoan-thanh',
  'nhap-can-bo',
  'de-xuat-tin',
  'thong-ke-phan-anh',
  'phan-anh-da-tra-loi',
];

/** '/huyen-trang-dinh/phan-anh-da-tra-loi' -> '/huyen-trang-dinh'; '/hoc-tap-cua-toi' -> ''; content -> null */
export function menuPath(pathname) {
  const segments = (pathname || '').split('/').filter(Boolean);
  const at = segments.findIndex((segment) => PAGES_WITHOUT_CONTENT.includes(segment));
  return at < 0 ? null : segments.slice(0, at).map((segment) => `/${segment}`).join('');
}

export const MENU_KEY = 'mttqMenuOfPage';

/** Load the menu of such a page, on the server and on client navigation. */
export const menuAsyncPropExtender = {
  path: PAGES_WITHOUT_CONTENT.flatMap((page) => [`/${page}`, `/**/${page}`]),
  extend: (dispatchActions) => [
    ...dispatchActions.filter((action) => action.key !== MENU_KEY),
    {
      key: MENU_KEY,
      promise: ({ location, store: { dispatch } }) => {
        const path = menuPath(location?.pathname);
        if (path === null) return null;
        // a backend that refuses the menu must not break the page
        return dispatch(getNavigation(path, config.settings.navDepth)).catch(() => null);
      },
    },
  ],
};

/** The `inherit` API expander: read `mttq.interface` with every content. */
export const inheritExpander = {
  match: '',
  GET_CONTENT: ['inherit'],
  querystring: {
    'expand.inherit.behaviors': INTERFACE_BEHAVIOR,
  },
};

/** Load `@units` while rendering on the server, for every route. */
export const unitsAsyncPropExtender = {
  path: '/',
  extend: (dispatchActions) => {
    if (!dispatchActions.some((action) => action.key === GET_UNITS)) {
      dispatchActions.push({
        key: GET_UNITS,
        promise: ({ store: { dispatch } }) =>
          // a backend without @units must not break the page
          __SERVER__ && dispatch(getUnits()).catch(() => null),
      });
    }
    return dispatchActions;
  },
};

export default function applySettings(config) {
  // Vietnamese only: the whole network publishes in Vietnamese.
  config.settings.isMultilingual = false;
  config.settings.supportedLanguages = ['vi'];
  config.settings.defaultLanguage = 'vi';

  config.settings.apiExpanders = [
    ...(config.settings.apiExpanders || []).filter(
      (expander) => !expander.GET_CONTENT?.includes('inherit'),
    ),
    inheritExpander,
  ];
  config.settings.asyncPropsExtenders = [
    ...(config.settings.asyncPropsExtenders || []),
    unitsAsyncPropExtender,
    menuAsyncPropExtender,
  ];
  return config;
}
