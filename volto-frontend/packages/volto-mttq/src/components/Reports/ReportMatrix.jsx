/**
 * The province office's matrix of periodic reports (route /bao-cao-dinh-ky):
 * units × report periods with each unit's state (submitted, late, missing),
 * how many units reported, the sums of each period's numeric fields and the
 * CSV export (backend /@report-matrix). The year lives in the URL (?nam=).
 */
import React, { useEffect, useState } from 'react';
import { useSelector } from 'react-redux';
import { Link, useHistory, useLocation } from 'react-router-dom';
import { useIntl } from 'react-intl';
import { Button, Container, Form, Message, Table } from 'semantic-ui-react';
import { appPath } from '../EasyForm/helpers';
import { StateLabel } from './ReportPeriodView';
import messages from './messages';
import { apiHeaders, downloadFile, formatDay, formatNumber } from './helpers';

export function matrixQuery(search) {
  const year = new URLSearchParams(search || '').get('nam') || '';
  return /^\d{4}$/.test(year) ? year : '';
}

export default function ReportMatrix({ fetcher }) {
  const intl = useIntl();
  const location = useLocation();
  const history = useHistory();
  const token = useSelector((state) => state.userSession?.token);
  const doFetch = fetcher || (typeof fetch !== 'undefined' ? fetch : null);
  const year = matrixQuery(location.search);
  const query = year ? `?year=${year}` : '';
  const [matrix, setMatrix] = useState(null);
  const [failed, setFailed] = useState(null);

  useEffect(() => {
    let live = true;
    setFailed(null);
    doFetch(`/++api++/@report-matrix${query}`, { headers: apiHeaders(token), credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then((data) => live && setMatrix(data))
      .catch((status) => {
        if (!live) return;
        // A refusal (another login, an expired session) also takes away
        // the matrix shown before: nobody reads it under the refusal.
        setMatrix(null);
        setFailed(status === 401 ? 'login' : status === 403 ? 'forbidden' : 'failed');
      });
    return () => {
      live = false;
    };
  }, [query, token]); // eslint-disable-line react-hooks/exhaustive-deps

  const thisYear = new Date().getFullYear();
  const years = [thisYear - 1, thisYear, thisYear + 1];
  const periods = matrix?.periods || [];
  return (
    <Container id="page-document" className="mttq-report-matrix">
      <h1 className="documentFirstHeading">{intl.formatMessage(messages.matrixTitle)}</h1>
      <Form className="mttq-report-filter">
        {/* A native select: readable with no year chosen, keyboard-friendly. */}
        <Form.Field inline>
          <label htmlFor="mttq-report-year">{intl.formatMessage(messages.year)}</label>
          <select
            id="mttq-report-year"
            value={year}
            onChange={(e) =>
              history.push(`${location.pathname}${e.target.value ? `?nam=${e.target.value}` : ''}`)
            }
          >
            <option value="">{intl.formatMessage(messages.allYears)}</option>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </Form.Field>
      </Form>
      {failed && <Message negative>{intl.formatMessage(messages[failed])}</Message>}
      {!matrix && !failed && <p>{intl.formatMessage(messages.loading)}</p>}
      {matrix && !periods.length && <Message info>{intl.formatMessage(messages.noPeriods)}</Message>}
      {periods.length > 0 && (
        <>
          <div className="mttq-report-scroll">
            <Table celled compact unstackable structured className="mttq-report-table">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>{intl.formatMessage(messages.unit)}</Table.HeaderCell>
                  {periods.map((p) => (
                    <Table.HeaderCell key={p.UID}>
                      <Link to={appPath(p['@id'])}>{p.period_label}</Link>
                      <div className="mttq-report-form-title">{p.form?.title}</div>
                      <div className="mttq-report-due">
                        {intl.formatMessage(messages.due)}: {formatDay(p.due_date)}
                      </div>
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {matrix.units.map((unit) => (
                  <Table.Row key={unit.code}>
                    <Table.Cell>{unit.title}</Table.Cell>
                    {periods.map((p) => (
                      <Table.Cell key={p.UID} className={`mttq-report-cell-${unit.cells[p.UID].state}`}>
                        <StateLabel state={unit.cells[p.UID].state} intl={intl} />
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
              <Table.Footer>
                <Table.Row>
                  <Table.HeaderCell>{intl.formatMessage(messages.unitsReported)}</Table.HeaderCell>
                  {periods.map((p) => (
                    <Table.HeaderCell key={p.UID} className="mttq-report-count">
                      {p.counts.submitted + p.counts.late}/{p.counts.required}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
                <Table.Row className="mttq-report-sums">
                  <Table.HeaderCell>{intl.formatMessage(messages.sums)}</Table.HeaderCell>
                  {periods.map((p) => (
                    <Table.HeaderCell key={p.UID}>
                      <dl>
                        {p.sums.map((s) => (
                          <React.Fragment key={s.name}>
                            <dt>{s.title}</dt>
                            <dd>{formatNumber(s.sum)}</dd>
                          </React.Fragment>
                        ))}
                      </dl>
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Footer>
            </Table>
          </div>
          <Button
            type="button"
            size="small"
            className="mttq-report-csv"
            onClick={() =>
              downloadFile(doFetch, `/++api++/@report-matrix/csv${query}`, token, 'bao-cao-dinh-ky.csv')
            }
          >
            {intl.formatMessage(messages.csv)}
          </Button>
        </>
      )}
    </Container>
  );
}
