import React from 'react';
import { Link } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import config from '@plone/volto/registry';
import useUnit from '../../hooks/useUnit';
import { tagSearchUrl } from '../Search/search';

/**
 * The tags below a page (Volto's `tags` slot, in place of Volto's Tags,
 * whose links go to its old /search route): each links to the search page
 * of the page's unit with the tag ticked. Volto's markup. Articles show
 * their tags themselves (ArticleView).
 */
const Tags = ({ content }) => {
  const { unit } = useUnit(flattenToAppURL(content?.['@id'] || '') || '/');
  const tags = (content?.subjects || []).filter(Boolean);
  if (!config.settings.showTags || !tags.length) return null;
  return (
    <Container className="tags">
      {tags.map((tag) => (
        <Link className="ui label" to={tagSearchUrl(tag, unit)} key={tag}>
          {tag}
        </Link>
      ))}
    </Container>
  );
};

export default Tags;
