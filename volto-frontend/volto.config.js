// Volto add-ons loaded by this project (read by @plone/registry).
module.exports = {
  addons: ['volto-mttq'],
  theme: '',
};
