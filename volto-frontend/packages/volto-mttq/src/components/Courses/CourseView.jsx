import React from 'react';
import { Link } from 'react-router-dom';
import { useDispatch, useSelector } from 'react-redux';
import { useIntl } from 'react-intl';
import { Container as SemanticContainer } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import config from '@plone/volto/registry';
import { enrolCourse } from '../../actions/coursePlayer';
import { errorMessage } from '../../reducers/coursePlayer';
import { certificateHref } from './MyLearning';
import CourseOutline from './CourseOutline';
import CourseProgress from './CourseProgress';
import { appPath, useCourseOutline } from './player';
import messages from './messages';

/** Enrolment, progress, "Học tiếp" and the certificate of a course. */
export const CourseStatus = ({ course, path }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const enrol = useSelector((s) => s.mttqCoursePlayer?.enrol) || {};
  const t = (m, v) => intl.formatMessage(m, v);
  if (!course.enrolment) {
    const refused = enrol.path === path && enrol.error;
    return (
      <div className="mttq-course-status">
        <p>{t(messages.notEnrolled)}</p>
        {course.self_enrolment ? (
          <button
            type="button"
            className="ui primary button mttq-enrol"
            disabled={enrol.loading}
            onClick={() => dispatch(enrolCourse(path))}
          >
            {t(messages.enrol)}
          </button>
        ) : (
          <p>{t(messages.noSelfEnrolment)}</p>
        )}
        {refused && (
          <p role="alert">
            {errorMessage(enrol.error) || t(messages.actionError)}
          </p>
        )}
      </div>
    );
  }
  const started = course.status && course.status !== 'not_started';
  return (
    <div className="mttq-course-status" data-status={course.status}>
      {enrol.path === path && enrol.loaded && (
        <p role="status">{t(messages.enrolled)}</p>
      )}
      <p>
        <span className="mttq-course-enrolment">
          {t(messages[course.enrolment] || messages.self)}
        </span>
        {' · '}
        <span className="mttq-course-state">
          {t(messages[course.status] || messages.not_started)}
        </span>
      </p>
      <CourseProgress course={course} />
      {course.status === 'completed' && (
        <p className="mttq-course-done" role="status">
          {t(messages.completedCourse)}
        </p>
      )}
      {course.resume && (
        <p>
          <Link
            className="ui primary button mttq-resume-item"
            to={flattenToAppURL(course.resume['@id'])}
          >
            {t(started ? messages.resume : messages.start)}: {course.resume.title}
          </Link>
        </p>
      )}
      {course.certificate && (
        <p>
          <a
            className="ui button mttq-certificate"
            href={certificateHref(course.certificate)}
            download
          >
            {t(messages.certificate)}
          </a>
        </p>
      )}
    </div>
  );
};

/**
 * The page of a course (Course): its description, the learner's enrolment
 * and progress, where to go on, the certificate once completed, and the
 * modules with their lessons and quizzes.
 */
const CourseView = ({ content }) => {
  const intl = useIntl();
  const Container =
    config.getComponent({ name: 'Container' }).component || SemanticContainer;
  const outline = useCourseOutline(content);
  const data = outline.data;
  return (
    <Container id="page-document" className="view-wrapper mttq-course-view">
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
      {data && (
        <>
          <CourseStatus course={data.course} path={appPath(content)} />
          <h2>{intl.formatMessage(messages.contents)}</h2>
          <CourseOutline
            outline={data}
            headingLevel={3}
            enrolled={!!data.course.enrolment}
          />
        </>
      )}
    </Container>
  );
};

CourseView.displayName = 'CourseView';
export default CourseView;
