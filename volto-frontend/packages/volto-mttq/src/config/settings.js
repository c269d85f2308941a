import { GET_UNITS, INTERFACE_BEHAVIOR } from '../constants';
import { getUnits } from '../actions/units';

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
  ];
  return config;
}
