/**
 * View of EasyForm content: the form from the backend's @easyform service,
 * rendered with Semantic UI, submitted as JSON; the server validates with
 * easyform's own validators and answers per field in Vietnamese.
 */
import React, { useEffect, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { Button, Container, Form, Message } from 'semantic-ui-react';
import EasyFormData, { dataUrl } from './EasyFormData';
import FieldGroups from './FieldGroups';
import { Html, localErrors, withUploads } from './FieldInput';
import { FIELDS_ROUTE } from './fieldsEditor';
import { appPath, easyformUrl, initialValues, payload, restHeaders } from './helpers';

const messages = defineMessages({
  loading: { id: 'mttq-easyform-loading', defaultMessage: 'Loading the form…' },
  loadError: {
    id: 'mttq-easyform-load-error',
    defaultMessage: 'The form cannot be shown right now. Please try again later.',
  },
  sendError: {
    id: 'mttq-easyform-send-error',
    defaultMessage: 'The form could not be sent. Please try again later.',
  },
  sending: { id: 'mttq-easyform-sending', defaultMessage: 'Sending…' },
  reference: {
    id: 'mttq-easyform-reference',
    defaultMessage: 'Reference number of your feedback: {reference}',
  },
  honeypot: { id: 'mttq-easyform-honeypot', defaultMessage: 'Leave this field empty' },
  fixErrors: {
    id: 'mttq-easyform-fix-errors',
    defaultMessage: 'Please correct the marked fields.',
  },
  editFields: { id: 'mttq-easyform-edit-fields', defaultMessage: 'Fields of the form' },
});

/** Whoever may edit the page (Volto's object actions) may edit its fields. */
const useMayEdit = () =>
  useSelector((state) => (state.actions?.actions?.object || []).some((a) => a.id === 'edit'));

export default function EasyFormView({ content, fetcher }) {
  const intl = useIntl();
  const doFetch = fetcher || (typeof fetch !== 'undefined' ? fetch : null);
  const path = appPath(content?.['@id']);
  const url = easyformUrl(path);
  const mayEdit = useMayEdit();
  const token = useSelector((state) => state.userSession?.token);
  const [form, setForm] = useState(null);
  const [failed, setFailed] = useState(false);
  const [values, setValues] = useState({});
  const [honey, setHoney] = useState('');
  const [errors, setErrors] = useState({});
  const [status, setStatus] = useState(null);
  const [sending, setSending] = useState(false);
  const [thanks, setThanks] = useState(null);

  useEffect(() => {
    let live = true;
    doFetch(url, { headers: restHeaders(token), credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : Promise.reject(r)))
      .then((data) => {
        if (!live) return;
        setForm(data);
        setValues(initialValues(data.fields));
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [url]); // eslint-disable-line react-hooks/exhaustive-deps

  const onChange = (name, value) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => {
      const { [name]: _drop, ...rest } = e;
      return rest;
    });
  };

  const onSubmit = async () => {
    const local = localErrors(form, values, intl);
    if (Object.keys(local).length) {
      setErrors(local);
      setStatus(intl.formatMessage(messages.fixErrors));
      return;
    }
    setSending(true);
    setStatus(null);
    try {
      const body = payload(form.fields, await withUploads(form, values), form.honeypot, honey);
      const r = await doFetch(url, {
        method: 'POST',
        headers: restHeaders(token, { 'Content-Type': 'application/json' }),
        credentials: 'same-origin',
        body: JSON.stringify(body),
      });
      const answer = await r.json();
      if (r.ok) {
        setThanks(answer);
      } else {
        setErrors(answer?.error?.errors || {});
        setStatus(answer?.error?.message || intl.formatMessage(messages.sendError));
      }
    } catch (e) {
      setStatus(intl.formatMessage(messages.sendError));
    }
    setSending(false);
  };

  if (thanks) {
    const t = thanks.thanks || {};
    return (
      <Container id="page-document" className="easyform-view easyform-thanks">
        <h1 className="documentFirstHeading">{t.title || content.title}</h1>
        {t.description && <p className="documentDescription">{t.description}</p>}
        {thanks.feedback?.reference && (
          <Message positive className="easyform-reference">
            {intl.formatMessage(messages.reference, {
              reference: <strong key="r">{thanks.feedback.reference}</strong>,
            })}
          </Message>
        )}
        <Html html={t.prologue} />
        <Html html={t.epilogue} />
      </Container>
    );
  }

  return (
    <Container id="page-document" className="easyform-view">
      <h1 className="documentFirstHeading">{content?.title}</h1>
      {content?.description && <p className="documentDescription">{content.description}</p>}
      {mayEdit && (
        <p className="easyform-edit-fields">
          <Button as={Link} to={`${path.replace(/\/$/, '')}/${FIELDS_ROUTE}`} size="small" content={intl.formatMessage(messages.editFields)} />
        </p>
      )}
      {failed && <Message negative>{intl.formatMessage(messages.loadError)}</Message>}
      {!form && !failed && <p>{intl.formatMessage(messages.loading)}</p>}
      {form && (
        <Form onSubmit={onSubmit} error={!!status} loading={sending} noValidate>
          <Html html={form.prologue} />
          {status && <Message error role="alert" className="easyform-status" content={status} />}
          <FieldGroups form={form} values={values} errors={errors} onChange={onChange} />
          {/* Robots fill every field; people never see this one. */}
          <div className="easyform-hp" aria-hidden="true" style={{ position: 'absolute', left: '-10000px' }}>
            <label htmlFor="easyform-hp">{intl.formatMessage(messages.honeypot)}</label>
            <input
              id="easyform-hp"
              name={form.honeypot}
              type="text"
              tabIndex={-1}
              autoComplete="off"
              value={honey}
              onChange={(e) => setHoney(e.target.value)}
            />
          </div>
          {errors[form.honeypot] && <Message error content={errors[form.honeypot]} />}
          <Button primary type="submit" disabled={sending}>
            {sending ? intl.formatMessage(messages.sending) : form.submit_label}
          </Button>
          {form.reset_label && (
            <Button
              type="button"
              onClick={() => {
                setValues(initialValues(form.fields));
                setErrors({});
                setStatus(null);
              }}
            >
              {form.reset_label}
            </Button>
          )}
          <Html html={form.epilogue} />
        </Form>
      )}
      {form && <EasyFormData url={dataUrl(url)} fetcher={doFetch} token={token} />}
    </Container>
  );
}
