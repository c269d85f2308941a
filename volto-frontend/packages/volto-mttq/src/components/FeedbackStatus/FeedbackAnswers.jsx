/**
 * Answered feedback a unit chose to publish (route <unit>/phan-anh-da-tra-loi,
 * the whole network at /phan-anh-da-tra-loi), from the backend's public
 * @feedback-answers: question, answer and dates, never who asked.
 */
import React, { useEffect, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Button, Container, Message, Segment } from 'semantic-ui-react';

export const ANSWERS_ROUTE = 'phan-anh-da-tra-loi';
const PAGE = 10;

const messages = defineMessages({
  title: { id: 'mttq-feedback-answers-title', defaultMessage: 'Answered feedback' },
  intro: {
    id: 'mttq-feedback-answers-intro',
    defaultMessage: "Citizens' feedback and the unit's answers, published without personal data.",
  },
  empty: { id: 'mttq-feedback-answers-empty', defaultMessage: 'No answered feedback has been published yet.' },
  failed: {
    id: 'mttq-feedback-answers-failed',
    defaultMessage: 'The answers cannot be shown right now. Please try again later.',
  },
  loading: { id: 'mttq-feedback-answers-loading', defaultMessage: 'Loading…' },
  question: { id: 'mttq-feedback-answers-question', defaultMessage: 'Feedback' },
  answer: { id: 'mttq-feedback-answers-answer', defaultMessage: 'Answer' },
  dates: {
    id: 'mttq-feedback-answers-dates',
    defaultMessage: 'Received {received}, answered {answered}',
  },
  category: { id: 'mttq-feedback-answers-category', defaultMessage: 'Field: {category}' },
  more: { id: 'mttq-feedback-answers-more', defaultMessage: 'Show more' },
  check: { id: 'mttq-feedback-answers-check', defaultMessage: 'Check your own feedback' },
});

/** The unit's path ('' for the network) of a /…/phan-anh-da-tra-loi pathname. */
export function answersBase(pathname) {
  const path = (pathname || '').replace(/\/+$/, '');
  return path.endsWith(`/${ANSWERS_ROUTE}`) ? path.slice(0, -ANSWERS_ROUTE.length - 1) : '';
}

/** dd/mm/yyyy in Vietnam's time zone, whatever the visitor's. */
export function vnDate(iso) {
  if (!iso) return '–';
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso));
}

export default function FeedbackAnswers({ location, fetcher }) {
  const intl = useIntl();
  const doFetch = fetcher || (typeof fetch !== 'undefined' ? fetch : null);
  const base = answersBase(location?.pathname);
  const [items, setItems] = useState([]);
  const [total, setTotal] = useState(null);
  const [failed, setFailed] = useState(false);
  const [start, setStart] = useState(0);

  useEffect(() => {
    let live = true;
    doFetch(`/++api++${base}/@feedback-answers?b_start=${start}&b_size=${PAGE}`, {
      headers: { Accept: 'application/json' },
    })
      .then((r) => (r.ok ? r.json() : Promise.reject(r)))
      .then((d) => {
        if (!live) return;
        setItems((old) => (start ? [...old, ...d.items] : d.items));
        setTotal(d.items_total);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [base, start]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <Container id="page-document" className="mttq-feedback-answers">
      <h1 className="documentFirstHeading">{intl.formatMessage(messages.title)}</h1>
      <p className="documentDescription">{intl.formatMessage(messages.intro)}</p>
      <p>
        <Link to="/tra-cuu-phan-anh">{intl.formatMessage(messages.check)}</Link>
      </p>
      {failed && <Message negative>{intl.formatMessage(messages.failed)}</Message>}
      {!failed && total === null && <p>{intl.formatMessage(messages.loading)}</p>}
      {total === 0 && <p className="mttq-feedback-answers-empty">{intl.formatMessage(messages.empty)}</p>}
      {items.map((item) => (
        <Segment as="article" key={item.reference} className="mttq-feedback-answer">
          <h2>{item.title}</h2>
          <p className="mttq-feedback-answer-meta">
            {item.reference} ·{' '}
            {intl.formatMessage(messages.dates, {
              received: vnDate(item.received),
              answered: vnDate(item.answered),
            })}
            {item.category && <> · {intl.formatMessage(messages.category, { category: item.category })}</>}
          </p>
          <h3>{intl.formatMessage(messages.question)}</h3>
          <p className="mttq-feedback-answer-question" style={{ whiteSpace: 'pre-line' }}>{item.question}</p>
          <h3>{intl.formatMessage(messages.answer)}</h3>
          <p className="mttq-feedback-answer-text" style={{ whiteSpace: 'pre-line' }}>{item.answer}</p>
        </Segment>
      ))}
      {total !== null && items.length < total && (
        <Button onClick={() => setStart(items.length)}>{intl.formatMessage(messages.more)}</Button>
      )}
    </Container>
  );
}
