import React, { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useDispatch, useSelector } from 'react-redux';
import { useIntl } from 'react-intl';
import { Container as SemanticContainer } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import config from '@plone/volto/registry';
import {
  getQuizAttempts,
  startQuizAttempt,
  submitQuizAttempt,
} from '../../actions/coursePlayer';
import { errorMessage } from '../../reducers/coursePlayer';
import { certificateHref } from './MyLearning';
import CourseProgress from './CourseProgress';
import ItemNav, { CourseLink } from './ItemNav';
import { appPath, formatCountdown, useCourseOutline } from './player';
import messages from './messages';

/** Pass mark, attempts used and left, time limit. */
export const QuizRules = ({ rules }) => {
  const intl = useIntl();
  const t = (m, v) => intl.formatMessage(m, v);
  const used = rules.attempts_used || 0;
  return (
    <section className="mttq-quiz-rules">
      <h2>{t(messages.rules)}</h2>
      <ul>
        <li>{t(messages.passMark, { mark: rules.pass_mark })}</li>
        <li>
          {rules.max_attempts
            ? t(messages.attemptsLimited, {
                used,
                max: rules.max_attempts,
                left: Math.max(rules.max_attempts - used, 0),
              })
            : t(messages.attemptsUnlimited, { used })}
        </li>
        <li>
          {rules.time_limit_minutes
            ? t(messages.timeLimit, { minutes: rules.time_limit_minutes })
            : t(messages.noTimeLimit)}
        </li>
      </ul>
    </section>
  );
};

const hints = {
  single: messages.chooseOne,
  multiple: messages.chooseMany,
  truefalse: messages.trueFalse,
};

/** One question: radios (single, true/false) or checkboxes (multiple). */
const Question = ({ question, n, total, value, onChange, disabled }) => {
  const intl = useIntl();
  const multiple = question.multiple || question.kind === 'multiple';
  const hintId = `mttq-q-${question.uid}-hint`;
  const toggle = (index, checked) => {
    if (!multiple) return onChange([index]);
    const next = checked
      ? [...value, index]
      : value.filter((v) => v !== index);
    return onChange(next.sort((a, b) => a - b));
  };
  return (
    <fieldset
      className="mttq-quiz-question"
      data-kind={question.kind}
      aria-describedby={hintId}
    >
      <legend>
        <span className="mttq-quiz-question-number">
          {intl.formatMessage(messages.questionOf, { n, total })}
        </span>{' '}
        {question.title}
      </legend>
      {question.description && <p>{question.description}</p>}
      <p id={hintId} className="mttq-quiz-hint">
        {intl.formatMessage(hints[question.kind] || messages.chooseOne)}
      </p>
      {question.choices.map((choice) => {
        const id = `mttq-q-${question.uid}-${choice.index}`;
        return (
          <div className="mttq-quiz-choice" key={choice.index}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={id}
              name={`mttq-q-${question.uid}`}
              value={choice.index}
              checked={value.includes(choice.index)}
              disabled={disabled}
              onChange={(e) => toggle(choice.index, e.target.checked)}
            />{' '}
            <label htmlFor={id}>{choice.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
};

/**
 * An open attempt: the drawn questions and, with a time limit, a countdown
 * from the server's clock that submits the answers given so far at zero.
 */
export const QuizAttempt = ({
  attempt,
  receivedAt,
  onSubmit,
  submitting,
  failed,
}) => {
  const intl = useIntl();
  const t = (m, v) => intl.formatMessage(m, v);
  const [answers, setAnswers] = useState({});
  const [confirming, setConfirming] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const answersRef = useRef(answers);
  const sent = useRef(false);
  answersRef.current = answers;

  // When the time is up in this browser's clock: the server's remaining
  // time counted from when its answer arrived.
  const endsAt =
    attempt.deadline
      ? (receivedAt || Date.now()) +
        (attempt.deadline - (attempt.server_time || Date.now() / 1000)) * 1000
      : null;
  const left = endsAt ? (endsAt - now) / 1000 : null;

  const submit = useCallback(
    (auto) => {
      if (sent.current) return;
      sent.current = true;
      onSubmit(answersRef.current, auto);
    },
    [onSubmit],
  );

  // A submission that did not reach the server may be sent again.
  useEffect(() => {
    if (failed) sent.current = false;
  }, [failed]);

  useEffect(() => {
    if (!endsAt) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [endsAt]);

  useEffect(() => {
    if (left !== null && left <= 0) submit(true);
  }, [left, submit]);

  const questions = attempt.questions || [];
  const answered = questions.filter((q) => answers[q.uid]?.length).length;
  const missing = questions.length - answered;
  const onFormSubmit = (e) => {
    e.preventDefault();
    if (missing && !confirming) {
      setConfirming(true);
      return;
    }
    submit(false);
  };

  return (
    <form className="mttq-quiz-form" onSubmit={onFormSubmit} noValidate>
      {left !== null && (
        <div className="mttq-quiz-timer" data-warning={left <= 60}>
          <span id="mttq-quiz-timer-label">{t(messages.timeLeft)}</span>:{' '}
          <span role="timer" aria-labelledby="mttq-quiz-timer-label">
            {formatCountdown(left)}
          </span>
          <p className="mttq-quiz-timer-alert" aria-live="assertive">
            {left <= 60 && left > 0 ? t(messages.oneMinute) : ''}
          </p>
        </div>
      )}
      {questions.map((question, i) => (
        <Question
          key={question.uid}
          question={question}
          n={i + 1}
          total={questions.length}
          value={answers[question.uid] || []}
          disabled={submitting}
          onChange={(value) => {
            setConfirming(false);
            setAnswers((prev) => ({ ...prev, [question.uid]: value }));
          }}
        />
      ))}
      <p className="mttq-quiz-answered" aria-live="polite">
        {t(messages.answered, { count: answered, total: questions.length })}
      </p>
      {confirming && missing > 0 && (
        <p role="alert" className="mttq-quiz-confirm">
          {t(messages.unanswered, { count: missing })}
        </p>
      )}
      <button
        type="submit"
        className="ui primary button mttq-quiz-submit"
        disabled={submitting}
      >
        {t(submitting ? messages.submitting : messages.submit)}
      </button>
    </form>
  );
};

/** Score, passed or not, attempts left and, if returned, the review. */
export const QuizResult = ({ result, timeUp }) => {
  const intl = useIntl();
  const t = (m, v) => intl.formatMessage(m, v);
  const course = result.course;
  return (
    <section className="mttq-quiz-result" data-passed={!!result.passed}>
      <h2 tabIndex={-1} id="mttq-quiz-result-heading">
        {t(messages.result)}:{' '}
        <span className="mttq-quiz-verdict">
          {t(result.passed ? messages.passed : messages.failed)}
        </span>
      </h2>
      {timeUp && <p role="status">{t(messages.timeUp)}</p>}
      <p className="mttq-quiz-score">
        {t(messages.score, {
          score: result.score,
          right: result.right,
          total: result.total,
        })}
      </p>
      {result.late && <p role="alert">{t(messages.late)}</p>}
      {result.attempts_left !== null && result.attempts_left !== undefined && (
        <p>{t(messages.attemptsLeft, { left: result.attempts_left })}</p>
      )}
      {course?.status === 'completed' && (
        <p className="mttq-course-done">
          {t(messages.completedCourse)}{' '}
          {course.certificate && (
            <a href={certificateHref(course.certificate)} download>
              {t(messages.certificate)}
            </a>
          )}
        </p>
      )}
      {result.review && (
        <section className="mttq-quiz-review">
          <h3>{t(messages.review)}</h3>
          <ol>
            {result.review.map((r) => (
              <li key={r.uid} data-right={!!r.right}>
                <p>
                  <strong>{r.title}</strong>{' '}
                  <span className="mttq-quiz-review-verdict">
                    ({t(r.right ? messages.right : messages.wrong)})
                  </span>
                </p>
                <ul>
                  {r.choices.map((label, i) => {
                    const n = i + 1;
                    const notes = [
                      r.given.includes(n) && t(messages.yourAnswer),
                      r.correct.includes(n) && t(messages.correctAnswer),
                    ].filter(Boolean);
                    return (
                      <li
                        key={n}
                        data-given={r.given.includes(n)}
                        data-correct={r.correct.includes(n)}
                      >
                        {label}
                        {notes.length > 0 && ` (${notes.join(', ')})`}
                      </li>
                    );
                  })}
                </ul>
                {r.explanation && (
                  <p className="mttq-quiz-explanation">
                    {t(messages.explanation)}: {r.explanation}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
};

const isOpen = (a, nowSeconds) =>
  !a.submitted && (!a.deadline || a.deadline > nowSeconds);

/**
 * The page of a quiz (Quiz): rules, start or resume an attempt, questions
 * with a countdown when timed, submission graded by the server, the result
 * and the corrections when the course shows them.
 */
const QuizView = ({ content }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const Container =
    config.getComponent({ name: 'Container' }).component || SemanticContainer;
  const t = (m, v) => intl.formatMessage(m, v);
  const path = appPath(content);
  const token = useSelector((s) => s.userSession?.token);
  const outline = useCourseOutline(content);
  const player = useSelector((s) => s.mttqCoursePlayer) || {};
  const mine = (key) =>
    player[key] && player[key].path === path ? player[key] : {};
  const rules = mine('attempts');
  const attempt = mine('attempt');
  const result = mine('result');
  const [timeUp, setTimeUp] = useState(false);
  const canEdit = useSelector((s) =>
    (s.actions?.actions?.object || []).some((a) => a.id === 'edit'),
  );

  useEffect(() => {
    if (token && path) dispatch(getQuizAttempts(path));
  }, [dispatch, token, path]);

  const onSubmit = useCallback(
    (answers, auto) => {
      setTimeUp(!!auto);
      dispatch(submitQuizAttempt(path, attempt.data.id, answers));
    },
    [dispatch, path, attempt.data],
  );

  // The result replaces the form: move the focus to it for keyboard and
  // screen reader users.
  useEffect(() => {
    if (result.loaded && typeof document !== 'undefined') {
      document.getElementById('mttq-quiz-result-heading')?.focus();
    }
  }, [result.loaded]);

  const course = outline.data?.course;
  const data = rules.data;
  const open = data?.items?.some((a) => isOpen(a, Date.now() / 1000));
  const exhausted =
    data && data.max_attempts && data.attempts_used >= data.max_attempts;
  // Answering from the moment the attempt arrives until its result does
  // (the form stays, disabled, while the server grades it).
  const showForm = !!(attempt.loaded && attempt.data && !result.loaded);
  const start = () => dispatch(startQuizAttempt(path));
  const questions = (content.items || []).filter(
    (i) => i['@type'] === 'Question',
  );

  return (
    <Container id="page-document" className="view-wrapper mttq-quiz-view">
      {course && <CourseLink course={course} />}
      <h1 className="documentFirstHeading">{content.title}</h1>
      {content.description && (
        <p className="documentDescription">{content.description}</p>
      )}
      {data && !showForm && <QuizRules rules={data} />}
      {rules.loading && !data && <p role="status">{t(messages.loading)}</p>}
      {course && !course.enrolment && (
        <p className="mttq-not-enrolled">
          {t(messages.notEnrolled)}{' '}
          <Link to={flattenToAppURL(course['@id'])}>{course.title}</Link>
        </p>
      )}
      {result.loaded && result.data && (
        <QuizResult result={result.data} timeUp={timeUp} />
      )}
      {(result.error || attempt.error) && (
        <p role="alert">
          {errorMessage(result.error || attempt.error) ||
            t(messages.actionError)}
        </p>
      )}
      {showForm ? (
        <QuizAttempt
          key={attempt.data.id}
          attempt={attempt.data}
          receivedAt={attempt.receivedAt}
          onSubmit={onSubmit}
          submitting={result.loading}
          failed={!!result.error}
        />
      ) : (
        course?.enrolment &&
        data && (
          <div className="mttq-quiz-start">
            {data.passed && <p>{t(messages.alreadyPassed)}</p>}
            {exhausted && !open ? (
              <p role="status">{t(messages.noAttemptsLeft)}</p>
            ) : (
              <button
                type="button"
                className="ui primary button mttq-quiz-begin"
                onClick={start}
                disabled={attempt.loading}
              >
                {t(
                  open
                    ? messages.resumeAttempt
                    : result.loaded
                    ? messages.retry
                    : messages.startAttempt,
                )}
              </button>
            )}
          </div>
        )
      )}
      {course?.enrolment && !showForm && <CourseProgress course={course} />}
      {canEdit && questions.length > 0 && (
        <section className="mttq-quiz-pool">
          <h2>{t(messages.questionsPool)}</h2>
          <ol>
            {questions.map((q) => (
              <li key={q['@id']}>
                <Link to={flattenToAppURL(q['@id'])}>{q.title}</Link>
              </li>
            ))}
          </ol>
        </section>
      )}
      {!showForm && <ItemNav outline={outline.data} />}
    </Container>
  );
};

QuizView.displayName = 'QuizView';
export default QuizView;
