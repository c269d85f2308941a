// Volto 18 project: reuse Volto's own razzle configuration, which loads the
// add-ons listed in volto.config.js (here: packages/volto-mttq).
const path = require('path');
const voltoPath = path.dirname(require.resolve('@plone/volto/package.json'));
module.exports = require(`${voltoPath}/razzle.config`);
