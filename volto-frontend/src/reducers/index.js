// Volto imports the project's root reducers as '@root/reducers': use Volto's
// (the add-on registers its own reducers through config.addonReducers).
export { default } from '@plone/volto/reducers';
