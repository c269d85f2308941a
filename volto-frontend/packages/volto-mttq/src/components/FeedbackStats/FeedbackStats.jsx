/**
 * Monthly statistics of citizens' feedback (phản ánh, kiến nghị): received,
 * resolved, rejected and the average time to resolve, per unit, for a
 * unit's staff (route <unit>/thong-ke-phan-anh) and for the network (route
 * /thong-ke-phan-anh). The month lives in the URL (?thang=YYYY-MM) so a
 * figure can be shared.
 */
import React, { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Container, Message, Table } from 'semantic-ui-react';
import { getFeedbackStats } from '../../actions/feedbackStats';
import {
  formatMonth,
  monthOf,
  parseMonth,
  shiftMonth,
} from '../Calendar/calendar';

export const ROUTE = 'thong-ke-phan-anh';

const messages = defineMessages({
  title: {
    id: 'mttq-feedback-stats-title',
    defaultMessage: 'Feedback statistics, {month}/{year}',
  },
  network: { id: 'mttq-feedback-stats-network', defaultMessage: 'Whole network' },
  previous: { id: 'mttq-feedback-stats-previous', defaultMessage: 'Previous month' },
  next: { id: 'mttq-feedback-stats-next', defaultMessage: 'Next month' },
  unit: { id: 'mttq-feedback-stats-unit', defaultMessage: 'Unit' },
  received: { id: 'mttq-feedback-stats-received', defaultMessage: 'Received' },
  resolved: { id: 'mttq-feedback-stats-resolved', defaultMessage: 'Resolved' },
  rejected: { id: 'mttq-feedback-stats-rejected', defaultMessage: 'Rejected' },
  days: {
    id: 'mttq-feedback-stats-days',
    defaultMessage: 'Average days to resolve',
  },
  total: { id: 'mttq-feedback-stats-total', defaultMessage: 'Total' },
  chart: {
    id: 'mttq-feedback-stats-chart',
    defaultMessage: 'Received and resolved per unit',
  },
  loading: { id: 'mttq-feedback-stats-loading', defaultMessage: 'Loading the statistics…' },
  forbidden: {
    id: 'mttq-feedback-stats-forbidden',
    defaultMessage: 'Only staff of the unit may see these statistics. Please log in.',
  },
  failed: {
    id: 'mttq-feedback-stats-failed',
    defaultMessage: 'The statistics could not be loaded. Please try again later.',
  },
});

/** The unit's path ('' for the network) of a /…/thong-ke-phan-anh pathname. */
export function statsBase(pathname) {
  const path = (pathname || '').replace(/\/+$/, '');
  return path.endsWith(`/${ROUTE}`) ? path.slice(0, -ROUTE.length - 1) : '';
}

const number = (value) => (value === null || value === undefined ? '–' : value);

function Bars({ rows, intl }) {
  const top = Math.max(1, ...rows.map((row) => row.received));
  return (
    <figure className="mttq-feedback-chart">
      <figcaption>{intl.formatMessage(messages.chart)}</figcaption>
      {rows.map((row) => (
        <div className="mttq-feedback-bar-row" key={row.code}>
          <span className="mttq-feedback-bar-label">{row.title}</span>
          <span className="mttq-feedback-bars" aria-hidden="true">
            <span
              className="mttq-feedback-bar received"
              style={{ width: `${(100 * row.received) / top}%` }}
            />
            <span
              className="mttq-feedback-bar resolved"
              style={{ width: `${(100 * row.resolved) / top}%` }}
            />
          </span>
          <span className="mttq-feedback-bar-figures">
            {row.resolved}/{row.received}
          </span>
        </div>
      ))}
    </figure>
  );
}

export default function FeedbackStats({ location }) {
  const intl = useIntl();
  const dispatch = useDispatch();
  const token = useSelector((state) => state.userSession?.token);
  const stats = useSelector((state) => state.mttqFeedbackStats) || {};
  const base = statsBase(location?.pathname);
  const query = new URLSearchParams(location?.search || '');
  const month = parseMonth(query.get('thang')) || monthOf();

  useEffect(() => {
    if (token) dispatch(getFeedbackStats(base, month.year, month.month));
  }, [dispatch, token, base, month.year, month.month]);

  const link = (delta) =>
    `${base}/${ROUTE}?thang=${formatMonth(shiftMonth(month, delta))}`;
  const status = stats.error?.status;
  const data = stats.data;

  return (
    <Container id="page-document" className="mttq-feedback-stats">
      <h1 className="documentFirstHeading">
        {intl.formatMessage(messages.title, month)}
      </h1>
      <nav className="mttq-feedback-stats-months">
        <Link to={link(-1)} rel="prev">
          ‹ {intl.formatMessage(messages.previous)}
        </Link>{' '}
        <Link to={link(1)} rel="next">
          {intl.formatMessage(messages.next)} ›
        </Link>
      </nav>
      {(!token || status === 401 || status === 403) && (
        <Message warning role="alert" content={intl.formatMessage(messages.forbidden)} />
      )}
      {token && stats.error && status !== 401 && status !== 403 && (
        <Message error role="alert" content={intl.formatMessage(messages.failed)} />
      )}
      {token && stats.loading && <p>{intl.formatMessage(messages.loading)}</p>}
      {token && data && !stats.loading && (
        <>
          <Table celled compact unstackable className="mttq-feedback-stats-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{intl.formatMessage(messages.unit)}</Table.HeaderCell>
                <Table.HeaderCell textAlign="right">{intl.formatMessage(messages.received)}</Table.HeaderCell>
                <Table.HeaderCell textAlign="right">{intl.formatMessage(messages.resolved)}</Table.HeaderCell>
                <Table.HeaderCell textAlign="right">{intl.formatMessage(messages.rejected)}</Table.HeaderCell>
                <Table.HeaderCell textAlign="right">{intl.formatMessage(messages.days)}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.units.map((row) => (
                <Table.Row key={row.code} data-unit={row.code}>
                  <Table.Cell>{row.title}</Table.Cell>
                  <Table.Cell textAlign="right">{row.received}</Table.Cell>
                  <Table.Cell textAlign="right">{row.resolved}</Table.Cell>
                  <Table.Cell textAlign="right">{row.rejected}</Table.Cell>
                  <Table.Cell textAlign="right">{number(row.average_days_to_resolve)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
            {data.units.length > 1 && (
              <Table.Footer>
                <Table.Row className="mttq-feedback-stats-total">
                  <Table.HeaderCell>
                    {intl.formatMessage(messages.total)} ({intl.formatMessage(messages.network)})
                  </Table.HeaderCell>
                  <Table.HeaderCell textAlign="right">{data.total.received}</Table.HeaderCell>
                  <Table.HeaderCell textAlign="right">{data.total.resolved}</Table.HeaderCell>
                  <Table.HeaderCell textAlign="right">{data.total.rejected}</Table.HeaderCell>
                  <Table.HeaderCell textAlign="right">
                    {number(data.total.average_days_to_resolve)}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Footer>
            )}
          </Table>
          {data.units.length > 1 && <Bars rows={data.units} intl={intl} />}
        </>
      )}
    </Container>
  );
}
