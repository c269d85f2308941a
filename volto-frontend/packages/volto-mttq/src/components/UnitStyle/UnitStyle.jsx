import React from 'react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import { cssVariablesRule } from '../../helpers/unit';

/**
 * Publishes the unit's colours as CSS custom properties on :root
 * (--mttq-primary, --mttq-secondary and derived values).
 */
const UnitStyle = ({ settings }) => (
  <Helmet>
    <style type="text/css">{cssVariablesRule(settings)}</style>
    <meta name="theme-color" content={settings.primary_color} />
  </Helmet>
);

export default UnitStyle;
