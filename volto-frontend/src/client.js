// Razzle client entry of the project: start Volto's client.
import client from '@plone/volto/start-client';

client();

if (module.hot) {
  module.hot.accept();
}
