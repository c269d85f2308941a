// Project-level Volto configuration hook (Volto's add-ons loader applies it
// after the add-ons). Everything product-specific lives in the volto-mttq
// add-on, so there is nothing to do here.
export default function applyConfig(config) {
  return config;
}
