/**
 * The province office's table of one period: every unit's status, numeric
 * values and files, the sums, and the CSV export (<period>/@report-submissions).
 */
import React, { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Button, Label, Message, Table } from 'semantic-ui-react';
import { FILE_TYPES } from '../EasyForm/FieldInput';
import messages from './messages';
import { ReportValue } from './ReportValue';
import { apiHeaders, downloadFile, formatDateTime, formatNumber, serviceUrl } from './helpers';

const NUMERIC = ['integer', 'number'];

export default function PeriodSubmissions({ path, token, fetcher, fileUrl }) {
  const intl = useIntl();
  const url = serviceUrl(path, '@report-submissions');
  const [data, setData] = useState(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    fetcher(url, { headers: apiHeaders(token), credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then((d) => live && setData(d))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [url, token]); // eslint-disable-line react-hooks/exhaustive-deps

  if (failed) return <Message negative>{intl.formatMessage(messages.failed)}</Message>;
  if (!data) return null;
  // The figures, and the units' files (the other values are in the CSV).
  const fields = data.fields.filter((f) => NUMERIC.includes(f.type) || FILE_TYPES.includes(f.type));
  const sums = Object.fromEntries(data.sums.map((s) => [s.name, s.sum]));
  return (
    <section className="mttq-report-submissions">
      <h2>{intl.formatMessage(messages.allUnits)}</h2>
      <p>
        {intl.formatMessage(messages.reported, {
          done: data.counts.submitted + data.counts.late,
          total: data.counts.required,
        })}
      </p>
      <Table celled compact unstackable className="mttq-report-table">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{intl.formatMessage(messages.unit)}</Table.HeaderCell>
            <Table.HeaderCell>{intl.formatMessage(messages.status)}</Table.HeaderCell>
            <Table.HeaderCell>{intl.formatMessage(messages.time)}</Table.HeaderCell>
            {fields.map((f) => (
              <Table.HeaderCell key={f.name}>{f.title}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.items.map((item) => (
            <Table.Row key={item.code}>
              <Table.Cell>{item.title}</Table.Cell>
              <Table.Cell>
                <Label className={`mttq-report-state mttq-report-state-${item.state}`} size="small">
                  {intl.formatMessage(messages[item.state])}
                </Label>
              </Table.Cell>
              <Table.Cell>{formatDateTime(item.submitted_at)}</Table.Cell>
              {fields.map((f) => (
                <Table.Cell key={f.name} textAlign={NUMERIC.includes(f.type) ? 'right' : undefined}>
                  {item.state === 'missing' ? (
                    ''
                  ) : (
                    <ReportValue
                      field={f}
                      value={item.data[f.name]}
                      fileUrl={fileUrl(item.code, f.name)}
                      token={token}
                      fetcher={fetcher}
                      intl={intl}
                    />
                  )}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
        <Table.Footer>
          <Table.Row className="mttq-report-sums">
            <Table.HeaderCell colSpan={3}>{intl.formatMessage(messages.total)}</Table.HeaderCell>
            {fields.map((f) => (
              <Table.HeaderCell key={f.name} textAlign="right">
                {NUMERIC.includes(f.type) ? formatNumber(sums[f.name]) : ''}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Footer>
      </Table>
      <Button
        type="button"
        size="small"
        className="mttq-report-csv"
        onClick={() => downloadFile(fetcher, `${url}/csv`, token, `bao-cao-${path.split('/').pop()}.csv`)}
      >
        {intl.formatMessage(messages.csv)}
      </Button>
    </section>
  );
}
