import React from 'react';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import { jsonForScript, newsArticle, openGraph } from './meta';

/**
 * Open Graph tags and schema.org NewsArticle (JSON-LD) of an article page,
 * in the page's <head>.
 */
const NewsMeta = ({ content, unit }) => {
  if (!content?.['@id']) return null;
  const data = newsArticle(content, unit);
  return (
    <Helmet>
      {openGraph(content, unit).map(({ property, content: value }, i) => (
        <meta key={`${property}-${i}`} property={property} content={value} />
      ))}
      <meta name="twitter:card" content="summary_large_image" />
      <script type="application/ld+json">{jsonForScript(data)}</script>
    </Helmet>
  );
};

export default NewsMeta;
