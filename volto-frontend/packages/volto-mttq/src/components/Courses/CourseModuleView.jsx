import React from 'react';
import { useIntl } from 'react-intl';
import { Container as SemanticContainer } from 'semantic-ui-react';
import config from '@plone/volto/registry';
import { OutlineItems } from './CourseOutline';
import { CourseLink } from './ItemNav';
import { useCourseOutline } from './player';
import messages from './messages';

/**
 * The page of a module (CourseModule): back to its course, and its lessons
 * and quizzes with what the learner has done.
 */
const CourseModuleView = ({ content }) => {
  const intl = useIntl();
  const Container =
    config.getComponent({ name: 'Container' }).component || SemanticContainer;
  const outline = useCourseOutline(content);
  const data = outline.data;
  const module = data?.modules.find((m) => m.uid === content.UID);
  return (
    <Container id="page-document" className="view-wrapper mttq-module-view">
      {data && <CourseLink course={data.course} />}
      <h1 className="documentFirstHeading">{content.title}</h1>
      {content.description && (
        <p className="documentDescription">{content.description}</p>
      )}
      {outline.loading && !data && (
        <p role="status">{intl.formatMessage(messages.loading)}</p>
      )}
      {outline.error && (
        <p role="alert">{intl.formatMessage(messages.outlineError)}</p>
      )}
      {module && (
        <OutlineItems
          outline={data}
          items={module.items}
          enrolled={!!data.course.enrolment}
        />
      )}
    </Container>
  );
};

CourseModuleView.displayName = 'CourseModuleView';
export default CourseModuleView;
