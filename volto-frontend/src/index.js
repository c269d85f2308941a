// Razzle server entry of the project: start Volto's server.
import start from '@plone/volto/start-server';

const reloadServer = start();

if (module.hot) {
  reloadServer();
}
