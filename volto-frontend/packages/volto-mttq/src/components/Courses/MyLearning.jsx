import React, { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { getMyLearning } from '../../actions/courses';
import CompletionLink from '../Completion/CompletionLink';

const messages = defineMessages({
  title: { id: 'mttq-my-learning', defaultMessage: 'Học tập của tôi' },
  resume: { id: 'mttq-my-learning-resume', defaultMessage: 'Học tiếp' },
  none: {
    id: 'mttq-my-learning-none',
    defaultMessage: 'Bạn chưa ghi danh khóa học nào.',
  },
  mandatory: { id: 'mttq-course-mandatory', defaultMessage: 'Bắt buộc' },
  self: { id: 'mttq-course-self', defaultMessage: 'Tự ghi danh' },
  not_started: {
    id: 'mttq-course-not-started',
    defaultMessage: 'Chưa bắt đầu',
  },
  in_progress: { id: 'mttq-course-in-progress', defaultMessage: 'Đang học' },
  completed: { id: 'mttq-course-completed', defaultMessage: 'Đã hoàn thành' },
  progress: {
    id: 'mttq-course-progress',
    defaultMessage: '{done}/{total} nội dung bắt buộc ({percent}%)',
  },
  certificate: {
    id: 'mttq-course-certificate',
    defaultMessage: 'Tải chứng nhận (PDF)',
  },
  loading: { id: 'mttq-loading', defaultMessage: 'Đang tải…' },
  error: {
    id: 'mttq-my-learning-error',
    defaultMessage: 'Không tải được thông tin học tập. Vui lòng thử lại.',
  },
});

// The PDF comes straight from the REST API (through the frontend's
// ++api++ proxy, which carries the login cookie), not from a Volto route.
export const certificateHref = (url) => `/++api++${flattenToAppURL(url)}`;

/**
 * Học tập của tôi: the cadre's courses, their progress, where to resume
 * and the certificates (route /hoc-tap-cua-toi).
 */
const MyLearning = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const token = useSelector((state) => state.userSession?.token);
  const state = useSelector((state) => state.mttqCourses?.myLearning) || {};

  useEffect(() => {
    if (token) dispatch(getMyLearning());
  }, [dispatch, token]);

  const data = state.data;
  const t = (m, v) => intl.formatMessage(m, v);
  return (
    <div id="page-my-learning" className="ui container mttq-my-learning">
      <h1 className="documentFirstHeading">{t(messages.title)}</h1>
      <CompletionLink />
      {state.loading && <p role="status">{t(messages.loading)}</p>}
      {state.error && <p role="alert">{t(messages.error)}</p>}
      {data?.resume?.item && (
        <p className="mttq-resume">
          <Link
            className="ui primary button"
            to={flattenToAppURL(data.resume.item['@id'])}
          >
            {t(messages.resume)}: {data.resume.title} – {data.resume.item.title}
          </Link>
        </p>
      )}
      {data && data.items.length === 0 && <p>{t(messages.none)}</p>}
      {data && data.items.length > 0 && (
        <ul className="mttq-course-list">
          {data.items.map((course) => (
            <li key={course.uid} data-status={course.status}>
              <h2>
                <Link to={flattenToAppURL(course['@id'])}>{course.title}</Link>
              </h2>
              <p>
                <span className="mttq-course-enrolment">
                  {t(messages[course.enrolment] || messages.self)}
                </span>
                {' · '}
                <span className="mttq-course-status">
                  {t(messages[course.status] || messages.not_started)}
                </span>
              </p>
              <progress
                max={100}
                value={course.percent}
                aria-label={t(messages.progress, {
                  done: course.done_items,
                  total: course.required_items,
                  percent: course.percent,
                })}
              />{' '}
              {t(messages.progress, {
                done: course.done_items,
                total: course.required_items,
                percent: course.percent,
              })}
              {course.certificate && (
                <p>
                  <a href={certificateHref(course.certificate)} download>
                    {t(messages.certificate)}
                  </a>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};

MyLearning.displayName = 'MyLearning';
export default MyLearning;
