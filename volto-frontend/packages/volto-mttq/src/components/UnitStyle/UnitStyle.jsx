import React from 'react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import { cssVariablesRule } from '../../helpers/unit';

/**
 * Publishes the unit's colours as CSS custom properties on :root
 * (--mttq-primary, --mttq-secondary and derived values), and names the unit
 * in every page title ("Tin tức | MTTQ huyện Tràng Định"; the unit's name
 * alone on pages that set no title, such as Volto's 404 page).
 */
const UnitStyle = ({ settings }) => (
  <Helmet
    defaultTitle={settings.short_name}
    titleTemplate={`%s | ${settings.short_name}`}
  >
    <style type="text/css">{cssVariablesRule(settings)}</style>
    <meta name="theme-color" content={settings.primary_color} />
  </Helmet>
);

export default UnitStyle;
