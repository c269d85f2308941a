import React from 'react';
import { Link } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import messages from './messages';

/** What the learner has done with one item, in words. */
export function itemState(intl, item) {
  if (item['@type'] === 'Quiz') {
    if (item.best === null || item.best === undefined) {
      return intl.formatMessage(messages.notTaken);
    }
    return intl.formatMessage(
      item.passed ? messages.passedBest : messages.notPassedBest,
      { best: item.best },
    );
  }
  return intl.formatMessage(item.done ? messages.done : messages.todo);
}

/** The lessons and quizzes of one module. */
export const OutlineItems = ({ outline, items, enrolled }) => {
  const intl = useIntl();
  return (
    <ol className="mttq-course-items">
      {items.map((item) => {
        const current = item.uid === outline?.current;
        return (
          <li
            key={item.uid}
            data-done={item.done ? 'true' : 'false'}
            data-type={item['@type']}
            className={current ? 'current' : undefined}
          >
            <span className="mttq-course-item-mark" aria-hidden="true">
              {item.done ? '✓' : '○'}
            </span>{' '}
            <Link
              to={flattenToAppURL(item['@id'])}
              aria-current={current ? 'page' : undefined}
            >
              {item.title}
            </Link>{' '}
            <span className="mttq-course-item-meta">
              {intl.formatMessage(
                item['@type'] === 'Quiz' ? messages.quiz : messages.lesson,
              )}
              {!item.required && ` · ${intl.formatMessage(messages.optional)}`}
              {enrolled && ` · ${itemState(intl, item)}`}
            </span>
          </li>
        );
      })}
    </ol>
  );
};

/**
 * The modules of a course and their lessons and quizzes, each with what the
 * learner has done; the page being read is marked (aria-current).
 */
const CourseOutline = ({ outline, headingLevel = 2, enrolled }) => {
  const Heading = `h${headingLevel}`;
  return (
    <ol className="mttq-course-outline">
      {(outline?.modules || []).map((module) => (
        <li key={module.uid} className="mttq-course-module">
          <Heading>
            <Link to={flattenToAppURL(module['@id'])}>{module.title}</Link>
          </Heading>
          {module.description && <p>{module.description}</p>}
          <OutlineItems
            outline={outline}
            items={module.items}
            enrolled={enrolled}
          />
        </li>
      ))}
    </ol>
  );
};

export default CourseOutline;
