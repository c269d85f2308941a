import React from 'react';
import { Link } from 'react-router-dom';
import { useDispatch, useSelector } from 'react-redux';
import { useIntl } from 'react-intl';
import { Container as SemanticContainer } from 'semantic-ui-react';
import {
  flattenToAppURL,
  flattenHTMLToAppURL,
} from '@plone/volto/helpers/Url/Url';
import config from '@plone/volto/registry';
import { completeLesson } from '../../actions/coursePlayer';
import { errorMessage } from '../../reducers/coursePlayer';
import { certificateHref } from './MyLearning';
import CourseProgress from './CourseProgress';
import ItemNav, { CourseLink } from './ItemNav';
import { appPath, findItem, useCourseOutline, videoEmbed } from './player';
import messages from './messages';

/** The lesson's video: its file in a player, or its link (embedded if known). */
export const LessonVideo = ({ content }) => {
  const intl = useIntl();
  const title = intl.formatMessage(messages.video);
  if (content.video?.download) {
    const src = flattenToAppURL(content.video.download);
    return (
      <figure className="mttq-lesson-video">
        {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
        <video controls preload="metadata" src={src} aria-label={title}>
          <a href={src}>{intl.formatMessage(messages.videoDownload)}</a>
        </video>
        <figcaption>
          <a href={src} download>
            {intl.formatMessage(messages.videoDownload)}
          </a>
        </figcaption>
      </figure>
    );
  }
  if (!content.video_url) return null;
  const embed = videoEmbed(content.video_url);
  return (
    <figure className="mttq-lesson-video">
      {embed && (
        <div className="mttq-video-frame">
          <iframe
            src={embed}
            title={`${title}: ${content.title}`}
            allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen"
            allowFullScreen
            loading="lazy"
          />
        </div>
      )}
      <figcaption>
        <a href={content.video_url} target="_blank" rel="noopener noreferrer">
          {intl.formatMessage(messages.videoLink)}
        </a>
      </figcaption>
    </figure>
  );
};

/** Files, images and links added inside the lesson. */
export const Attachments = ({ items }) => {
  const intl = useIntl();
  const files = (items || []).filter((i) =>
    ['File', 'Image', 'Link'].includes(i['@type']),
  );
  if (!files.length) return null;
  const href = (item) => {
    const path = flattenToAppURL(item['@id']);
    if (item['@type'] === 'File') return `${path}/@@download/file`;
    if (item['@type'] === 'Image') return `${path}/@@images/image`;
    return path;
  };
  return (
    <section className="mttq-lesson-attachments">
      <h2>{intl.formatMessage(messages.attachments)}</h2>
      <ul>
        {files.map((item) => (
          <li key={item['@id']}>
            <a href={href(item)}>{item.title}</a>
            {item.description && ` – ${item.description}`}
          </li>
        ))}
      </ul>
    </section>
  );
};

/**
 * The page of a lesson (Lesson): video, text and attachments, "Đánh dấu đã
 * học", the course's progress and the previous and next items.
 */
const LessonView = ({ content }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const Container =
    config.getComponent({ name: 'Container' }).component || SemanticContainer;
  const path = appPath(content);
  const outline = useCourseOutline(content);
  const complete = useSelector((s) => s.mttqCoursePlayer?.complete) || {};
  const mine = complete.path === path ? complete : {};
  const data = outline.data;
  const course = data?.course;
  const { item } = findItem(data, content.UID);
  const t = (m, v) => intl.formatMessage(m, v);
  return (
    <Container id="page-document" className="view-wrapper mttq-lesson-view">
      {course && <CourseLink course={course} />}
      <h1 className="documentFirstHeading">{content.title}</h1>
      {content.description && (
        <p className="documentDescription">{content.description}</p>
      )}
      <LessonVideo content={content} />
      {content.text?.data && (
        <div
          className="mttq-lesson-text"
          dangerouslySetInnerHTML={{
            __html: flattenHTMLToAppURL(content.text.data),
          }}
        />
      )}
      <Attachments items={content.items} />
      {outline.error && <p role="alert">{t(messages.outlineError)}</p>}
      {course && !course.enrolment && (
        <p className="mttq-not-enrolled">
          {t(messages.notEnrolled)}{' '}
          <Link to={flattenToAppURL(course['@id'])}>{course.title}</Link>
        </p>
      )}
      {course?.enrolment && item && (
        <div className="mttq-lesson-done" aria-live="polite">
          {item.done ? (
            <p className="mttq-lesson-done-note" role="status">
              ✓ {t(messages.lessonDone)}
            </p>
          ) : (
            <button
              type="button"
              className="ui primary button mttq-mark-done"
              disabled={mine.loading}
              onClick={() => dispatch(completeLesson(path))}
            >
              {t(mine.loading ? messages.saving : messages.markDone)}
            </button>
          )}
          {mine.error && (
            <p role="alert">
              {errorMessage(mine.error) || t(messages.actionError)}
            </p>
          )}
          <CourseProgress course={course} />
          {course.status === 'completed' && (
            <p className="mttq-course-done">
              {t(messages.completedCourse)}{' '}
              {course.certificate && (
                <a href={certificateHref(course.certificate)} download>
                  {t(messages.certificate)}
                </a>
              )}
            </p>
          )}
        </div>
      )}
      <ItemNav outline={data} />
    </Container>
  );
};

LessonView.displayName = 'LessonView';
export default LessonView;
