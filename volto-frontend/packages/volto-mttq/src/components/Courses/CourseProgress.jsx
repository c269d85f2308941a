import React from 'react';
import { useIntl } from 'react-intl';
import messages from './messages';

/** The learner's progress in a course: bar and "done/required (percent%)". */
const CourseProgress = ({ course }) => {
  const intl = useIntl();
  const label = intl.formatMessage(messages.progress, {
    done: course.done_items,
    total: course.required_items,
    percent: course.percent,
  });
  return (
    <p className="mttq-course-progress">
      <progress max={100} value={course.percent} aria-label={label} />{' '}
      <span>{label}</span>
    </p>
  );
};

export default CourseProgress;
