/**
 * Saved data of a form for its editors: a table per "save data" action and
 * CSV / XLSX exports. Others (the service answers 401/403) see nothing.
 */
import React, { useEffect, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Button, Table } from 'semantic-ui-react';
import { restHeaders } from './helpers';

const messages = defineMessages({
  heading: { id: 'mttq-easyform-data', defaultMessage: 'Saved data' },
  rows: { id: 'mttq-easyform-data-rows', defaultMessage: '{count} submissions' },
  csv: { id: 'mttq-easyform-data-csv', defaultMessage: 'Export CSV' },
  xlsx: { id: 'mttq-easyform-data-xlsx', defaultMessage: 'Export Excel (XLSX)' },
});

const cell = (value) => {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return value.data ?? JSON.stringify(value);
  if (typeof value === 'boolean') return value ? '✓' : '';
  return String(value);
};

/** '/++api++/x/@easyform' -> '/++api++/x/@easyform-data' */
export const dataUrl = (formUrl) => formUrl.replace(/@easyform$/, '@easyform-data');

export default function EasyFormData({ url, fetcher, token }) {
  const intl = useIntl();
  const [data, setData] = useState(null);
  useEffect(() => {
    let live = true;
    fetcher(url, { headers: restHeaders(token), credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .then((d) => live && setData(d))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [url, token]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!data?.actions?.length) return null;
  return (
    <section className="easyform-data">
      <h2>{intl.formatMessage(messages.heading)}</h2>
      {data.actions.map((action) => (
        <div key={action.id} className="easyform-data-action">
          <h3>
            {action.title}{' '}
            <small>{intl.formatMessage(messages.rows, { count: action.items_total })}</small>
          </h3>
          <Button as="a" size="small" href={`${url}/${action.id}/csv`} download>
            {intl.formatMessage(messages.csv)}
          </Button>
          <Button as="a" size="small" href={`${url}/${action.id}/xlsx`} download>
            {intl.formatMessage(messages.xlsx)}
          </Button>
          <div style={{ overflowX: 'auto' }}>
            <Table celled compact unstackable>
              <Table.Header>
                <Table.Row>
                  {action.columns.map((c) => (
                    <Table.HeaderCell key={c.name}>{c.title}</Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {action.items.map((row) => (
                  <Table.Row key={row.id}>
                    {action.columns.map((c) => (
                      <Table.Cell key={c.name}>{cell(row[c.name])}</Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </div>
      ))}
    </section>
  );
}
