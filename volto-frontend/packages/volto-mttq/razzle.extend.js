// Webpack extension of the add-on (loaded by Volto's razzle config).
//
// Volto bundles only the moment.js locales of the languages it ships
// (src/constants/Languages.cjs), and Vietnamese is not among them: the date
// pickers of every form (report periods, events, publication dates) showed
// English month and day names. Keep Vietnamese too.
const path = require('path');
const MomentLocalesPlugin = require('moment-locales-webpack-plugin');

const voltoPath = path.dirname(require.resolve('@plone/volto/package.json'));
const voltoLanguages = Object.keys(require(`${voltoPath}/src/constants/Languages.cjs`));
const LOCALES = [...new Set([...voltoLanguages, 'vi'])];

const isMomentLocales = (plugin) =>
  plugin?.constructor?.name === 'ContextReplacementPlugin' &&
  String(plugin.resourceRegExp) === String(/moment[\/\\]locale/);

const plugins = (defaultPlugins) => defaultPlugins;

const modify = (config) => {
  config.plugins = config.plugins.map((plugin) =>
    isMomentLocales(plugin)
      ? new MomentLocalesPlugin({ localesToKeep: LOCALES, ignoreInvalidLocales: true })
      : plugin,
  );
  return config;
};

module.exports = { plugins, modify, LOCALES, isMomentLocales };
