/**
 * View of a report period (ReportPeriod, in /noi-bo/bao-cao): the people of
 * a unit fill in or revise the unit's report (backend <period>/@report) and
 * see its status; the province office also sees every unit's report of the
 * period with the sums, and a link to the matrix of all periods.
 */
import React, { useEffect, useState } from 'react';
import { useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { Button, Container, Form, Label, Message, Table } from 'semantic-ui-react';
import { localErrors, withUploads } from '../EasyForm/FieldInput';
import { appPath, payload } from '../EasyForm/helpers';
import FieldGroups from '../EasyForm/FieldGroups';
import { ReportValue } from './ReportValue';
import PeriodSubmissions from './PeriodSubmissions';
import messages from './messages';
import { MATRIX_ROUTE, apiHeaders, formatDay, formatDateTime, serviceUrl, valuesFrom } from './helpers';

export function StateLabel({ state, intl }) {
  return (
    <Label className={`mttq-report-state mttq-report-state-${state}`} size="small">
      {intl.formatMessage(messages[state] || messages.missing)}
    </Label>
  );
}

function UnitReport({ unit, form, url, fileUrl, token, doFetch, intl, onSaved, accepting }) {
  const [values, setValues] = useState(() => valuesFrom(form.fields, unit.submission));
  const [errors, setErrors] = useState({});
  const [status, setStatus] = useState(null);
  const [sent, setSent] = useState(false);
  const [sending, setSending] = useState(false);
  const submission = unit.submission;

  const onChange = (name, value) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors(({ [name]: _drop, ...rest }) => rest);
    setSent(false);
  };

  const onSubmit = async () => {
    // The EasyForm view's own checks (required, file type and size) spare a round trip.
    const local = localErrors(form, values, intl);
    if (Object.keys(local).length) {
      setErrors(local);
      setStatus(intl.formatMessage(messages.fixErrors));
      return;
    }
    setSending(true);
    setStatus(null);
    try {
      // Shown fields only; new files as base64 uploads, a file sent before left out (kept).
      const { data } = payload(form.fields, await withUploads(form, values));
      const r = await doFetch(url, {
        method: 'POST',
        headers: apiHeaders(token, true),
        credentials: 'same-origin',
        body: JSON.stringify({ unit: unit.code, data }),
      });
      const answer = await r.json();
      if (r.ok) {
        setErrors({});
        setSent(true);
        // What the server stored: a file just sent is now a stored one.
        setValues(valuesFrom(form.fields, answer.submission));
        onSaved(answer);
      } else {
        setErrors(answer?.error?.errors || {});
        setStatus(answer?.error?.message || intl.formatMessage(messages.sendError));
      }
    } catch (e) {
      setStatus(intl.formatMessage(messages.sendError));
    }
    setSending(false);
  };

  return (
    <section className="mttq-report-unit" aria-label={unit.title}>
      <h2>
        {unit.title} <StateLabel state={unit.state} intl={intl} />
      </h2>
      {submission && (
        <p className="mttq-report-submitted">
          {intl.formatMessage(messages.submittedAt, {
            time: formatDateTime(submission.submitted_at),
            name: submission.submitted_by_name,
          })}
        </p>
      )}
      {unit.can_submit && unit.revisable_until && (
        <p className="mttq-report-revisable">
          {intl.formatMessage(messages.revisableUntil, { date: formatDay(unit.revisable_until) })}
        </p>
      )}
      {unit.can_submit && !unit.revisable_until && (
        <Message warning>{intl.formatMessage(messages.overdue)}</Message>
      )}
      {!unit.can_submit && unit.unit_closed && <Message warning>{intl.formatMessage(messages.unitClosed)}</Message>}
      {!unit.can_submit && !unit.unit_closed && submission && accepting && (
        <Message info>{intl.formatMessage(messages.noMoreRevision)}</Message>
      )}
      {sent && (
        <Message positive role="status">
          {intl.formatMessage(messages.sent)}
        </Message>
      )}
      {unit.can_submit ? (
        <Form onSubmit={onSubmit} error={!!status} loading={sending} noValidate className="mttq-report-form">
          {status && <Message error role="alert" content={status} />}
          <FieldGroups idPrefix="report" form={form} values={values} errors={errors} onChange={onChange} />
          <Button primary type="submit" disabled={sending}>
            {intl.formatMessage(sending ? messages.sending : submission ? messages.revise : messages.send)}
          </Button>
        </Form>
      ) : (
        submission && (
          <Table definition compact className="mttq-report-values" aria-label={intl.formatMessage(messages.values)}>
            <Table.Body>
              {form.fields
                .filter((f) => f.type !== 'label' && f.type !== 'richlabel')
                .map((f) => (
                  <Table.Row key={f.name}>
                    <Table.Cell>{f.title}</Table.Cell>
                    <Table.Cell>
                      <ReportValue
                        field={f}
                        value={submission.data[f.name]}
                        fileUrl={fileUrl(unit.code, f.name)}
                        token={token}
                        fetcher={doFetch}
                        intl={intl}
                      />
                    </Table.Cell>
                  </Table.Row>
                ))}
            </Table.Body>
          </Table>
        )
      )}
    </section>
  );
}

export default function ReportPeriodView({ content, fetcher }) {
  const intl = useIntl();
  const token = useSelector((state) => state.userSession?.token);
  const doFetch = fetcher || (typeof fetch !== 'undefined' ? fetch : null);
  const path = appPath(content?.['@id']);
  const url = serviceUrl(path, '@report');
  const fileUrl = (code, name) => serviceUrl(path, `@report-file/${code}/${name}`);
  const [report, setReport] = useState(null);
  const [failed, setFailed] = useState(null);

  useEffect(() => {
    let live = true;
    doFetch(url, { headers: apiHeaders(token), credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then((data) => live && setReport(data))
      .catch((status) => live && setFailed(status === 401 ? 'login' : 'failed'));
    return () => {
      live = false;
    };
  }, [url, token]); // eslint-disable-line react-hooks/exhaustive-deps

  const saved = (unit) =>
    setReport((r) => ({ ...r, units: r.units.map((u) => (u.code === unit.code ? unit : u)) }));

  const period = report?.period;
  return (
    <Container id="page-document" className="mttq-report-period">
      <h1 className="documentFirstHeading">{content?.title}</h1>
      {content?.description && <p className="documentDescription">{content.description}</p>}
      {failed && <Message negative>{intl.formatMessage(messages[failed])}</Message>}
      {!report && !failed && <p>{intl.formatMessage(messages.loading)}</p>}
      {period && (
        <dl className="mttq-report-facts">
          <dt>{intl.formatMessage(messages.period)}</dt>
          <dd>{period.period_label}</dd>
          <dt>{intl.formatMessage(messages.form)}</dt>
          <dd>{period.form?.title}</dd>
          <dt>{intl.formatMessage(messages.due)}</dt>
          <dd>{formatDay(period.due_date)}</dd>
          <dd>
            <Label color={period.accepting ? 'green' : 'grey'} size="small">
              {intl.formatMessage(period.accepting ? messages.open : messages.closed)}
            </Label>
          </dd>
        </dl>
      )}
      {report && !report.units.length && !report.province && (
        <Message info>{intl.formatMessage(messages.notYours)}</Message>
      )}
      {report?.form &&
        report.units.map((unit) => (
          <UnitReport
            key={unit.code}
            unit={unit}
            form={report.form}
            url={url}
            fileUrl={fileUrl}
            token={token}
            doFetch={doFetch}
            intl={intl}
            onSaved={saved}
            accepting={period.accepting}
          />
        ))}
      {report?.province && (
        <>
          <p>
            <Link to={`/${MATRIX_ROUTE}`}>{intl.formatMessage(messages.matrixLink)}</Link>
          </p>
          <PeriodSubmissions path={path} token={token} fetcher={doFetch} fileUrl={fileUrl} />
        </>
      )}
    </Container>
  );
}
