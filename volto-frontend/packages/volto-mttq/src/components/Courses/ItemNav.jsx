import React from 'react';
import { Link } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import messages from './messages';

/** Back to the course, and the items before and after this one. */
export const CourseLink = ({ course }) => {
  const intl = useIntl();
  if (!course) return null;
  return (
    <p className="mttq-player-course-link">
      <Link to={flattenToAppURL(course['@id'])}>
        {intl.formatMessage(messages.backToCourse, { title: course.title })}
      </Link>
    </p>
  );
};

const ItemNav = ({ outline }) => {
  const intl = useIntl();
  if (!outline || (!outline.previous && !outline.next)) return null;
  return (
    <nav
      className="mttq-player-nav"
      aria-label={intl.formatMessage(messages.itemNav)}
    >
      {outline.previous && (
        <Link
          className="ui button mttq-player-previous"
          rel="prev"
          to={flattenToAppURL(outline.previous['@id'])}
        >
          {intl.formatMessage(messages.previous, {
            title: outline.previous.title,
          })}
        </Link>
      )}
      {outline.next && (
        <Link
          className="ui primary button mttq-player-next"
          rel="next"
          to={flattenToAppURL(outline.next['@id'])}
        >
          {intl.formatMessage(messages.next, { title: outline.next.title })}
        </Link>
      )}
    </nav>
  );
};

export default ItemNav;
