// Volto imports the project's routes as '@root/routes': use Volto's.
export { default } from '@plone/volto/routes';
