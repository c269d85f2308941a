/**
 * A citizen checks their feedback (phản ánh, kiến nghị) with the reference
 * number and the e-mail or phone they gave (route /tra-cuu-phan-anh).
 */
import React, { useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Button, Container, Form, Message } from 'semantic-ui-react';

const messages = defineMessages({
  title: { id: 'mttq-feedback-status-title', defaultMessage: 'Check your feedback' },
  reference: { id: 'mttq-feedback-status-reference', defaultMessage: 'Reference number' },
  contact: {
    id: 'mttq-feedback-status-contact',
    defaultMessage: 'E-mail address or phone number you gave',
  },
  check: { id: 'mttq-feedback-status-check', defaultMessage: 'Check' },
  state: { id: 'mttq-feedback-status-state', defaultMessage: 'Status: {state}' },
  answer: { id: 'mttq-feedback-status-answer', defaultMessage: 'Answer of {unit}' },
  error: {
    id: 'mttq-feedback-status-error',
    defaultMessage: 'The check is not available right now. Please try again later.',
  },
});

export default function FeedbackStatus({ fetcher }) {
  const intl = useIntl();
  const doFetch = fetcher || (typeof fetch !== 'undefined' ? fetch : null);
  const [reference, setReference] = useState('');
  const [contact, setContact] = useState('');
  const [result, setResult] = useState(null);
  const [error, setError] = useState(null);
  const [sending, setSending] = useState(false);

  const onSubmit = async () => {
    setSending(true);
    setResult(null);
    setError(null);
    try {
      const r = await doFetch('/++api++/@feedback-status', {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ reference, contact }),
      });
      const body = await r.json();
      if (r.ok) setResult(body);
      else setError(body?.error || { message: intl.formatMessage(messages.error) });
    } catch (e) {
      setError({ message: intl.formatMessage(messages.error) });
    }
    setSending(false);
  };

  const fieldError = (name) =>
    error?.errors?.[name] && error.errors[name] !== error.message
      ? { content: error.errors[name], pointing: 'above' }
      : undefined;

  return (
    <Container id="page-document" className="mttq-feedback-status">
      <h1 className="documentFirstHeading">{intl.formatMessage(messages.title)}</h1>
      <Form onSubmit={onSubmit} error={!!error} loading={sending} noValidate>
        {error && <Message error role="alert" className="mttq-feedback-error" content={error.message} />}
        <Form.Input
          id="feedback-reference"
          label={intl.formatMessage(messages.reference)}
          placeholder="180-2026-00001"
          value={reference}
          error={fieldError('reference')}
          onChange={(e, d) => setReference(d.value)}
        />
        <Form.Input
          id="feedback-contact"
          label={intl.formatMessage(messages.contact)}
          value={contact}
          error={fieldError('contact')}
          onChange={(e, d) => setContact(d.value)}
        />
        <Button primary type="submit" disabled={sending}>
          {intl.formatMessage(messages.check)}
        </Button>
      </Form>
      {result && (
        <Message info className="mttq-feedback-result">
          <Message.Header>
            {result.reference}: {result.title}
          </Message.Header>
          <p className="mttq-feedback-state">
            {intl.formatMessage(messages.state, { state: result.state_title })}
          </p>
          {result.answer && (
            <>
              <h2>{intl.formatMessage(messages.answer, { unit: result.unit })}</h2>
              <p className="mttq-feedback-answer">{result.answer}</p>
            </>
          )}
        </Message>
      )}
    </Container>
  );
}
