/**
 * The work calendar block (lịch công tác): the Events below the page, as a
 * month grid or a list, month by month. The month and the view live in the
 * URL (?thang=2026-11&xem=danh-sach) so a calendar can be shared.
 */
import React, { useEffect, useMemo } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useLocation } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { searchContent } from '@plone/volto/actions/search/search';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import {
  parseMonth,
  formatMonth,
  shiftMonth,
  monthOf,
  monthGrid,
  eventsByDay,
  timeOf,
  formatDay,
  monthQuery,
  dayKey,
} from './calendar';

const messages = defineMessages({
  heading: { id: 'mttq-calendar-month', defaultMessage: 'Tháng {month}/{year}' },
  previous: { id: 'mttq-calendar-previous', defaultMessage: 'Tháng trước' },
  next: { id: 'mttq-calendar-next', defaultMessage: 'Tháng sau' },
  today: { id: 'mttq-calendar-today', defaultMessage: 'Tháng này' },
  monthView: { id: 'mttq-calendar-month-view', defaultMessage: 'Dạng lịch tháng' },
  listView: { id: 'mttq-calendar-list-view', defaultMessage: 'Dạng danh sách' },
  empty: { id: 'mttq-calendar-empty', defaultMessage: 'Không có lịch công tác trong tháng này.' },
  loading: { id: 'mttq-calendar-loading', defaultMessage: 'Đang tải lịch công tác…' },
  allDay: { id: 'mttq-calendar-all-day', defaultMessage: 'Cả ngày' },
  views: { id: 'mttq-calendar-views', defaultMessage: 'Cách xem lịch' },
  mon: { id: 'mttq-calendar-mon', defaultMessage: 'Thứ Hai' },
  tue: { id: 'mttq-calendar-tue', defaultMessage: 'Thứ Ba' },
  wed: { id: 'mttq-calendar-wed', defaultMessage: 'Thứ Tư' },
  thu: { id: 'mttq-calendar-thu', defaultMessage: 'Thứ Năm' },
  fri: { id: 'mttq-calendar-fri', defaultMessage: 'Thứ Sáu' },
  sat: { id: 'mttq-calendar-sat', defaultMessage: 'Thứ Bảy' },
  sun: { id: 'mttq-calendar-sun', defaultMessage: 'Chủ Nhật' },
});

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const LIST = 'danh-sach';

function EventLine({ event, intl }) {
  const when = event.whole_day
    ? intl.formatMessage(messages.allDay)
    : `${timeOf(event.start)}${event.end && !event.open_end ? `–${timeOf(event.end)}` : ''}`;
  return (
    <>
      <span className="mttq-calendar-time">{when}</span>{' '}
      <Link to={flattenToAppURL(event['@id'])}>{event.title}</Link>
      {event.location ? <span className="mttq-calendar-location"> – {event.location}</span> : null}
    </>
  );
}

export const CalendarView = ({ id = 'calendar', monthValue, view, events, loaded, basePath, intl }) => {
  const headingId = `mttq-calendar-title-${id}`;
  const days = useMemo(() => eventsByDay(events, monthValue), [events, monthValue]);
  const link = (m, v) => {
    const params = new URLSearchParams();
    params.set('thang', formatMonth(m));
    if (v === LIST) params.set('xem', LIST);
    return `${basePath}?${params.toString()}`;
  };
  const today = dayKey(new Date());
  const title = intl.formatMessage(messages.heading, {
    month: String(monthValue.month).padStart(2, '0'),
    year: monthValue.year,
  });
  const dayKeys = Object.keys(days).sort();
  return (
    <section className="mttq-calendar" aria-label={title}>
      <div className="mttq-calendar-toolbar">
        <nav className="mttq-calendar-nav" aria-label={title}>
          <Link to={link(shiftMonth(monthValue, -1), view)} rel="prev">
            ‹ {intl.formatMessage(messages.previous)}
          </Link>
          <Link to={link(monthOf(), view)}>{intl.formatMessage(messages.today)}</Link>
          <Link to={link(shiftMonth(monthValue, 1), view)} rel="next">
            {intl.formatMessage(messages.next)} ›
          </Link>
        </nav>
        <div className="mttq-calendar-views" role="group" aria-label={intl.formatMessage(messages.views)}>
          <Link to={link(monthValue, 'thang')} aria-current={view !== LIST ? 'true' : undefined}>
            {intl.formatMessage(messages.monthView)}
          </Link>
          <Link to={link(monthValue, LIST)} aria-current={view === LIST ? 'true' : undefined}>
            {intl.formatMessage(messages.listView)}
          </Link>
        </div>
      </div>
      <h2 className="mttq-calendar-title" id={`${headingId}`}>
        {title}
      </h2>
      {!loaded ? (
        <p className="mttq-calendar-status">{intl.formatMessage(messages.loading)}</p>
      ) : view === LIST ? (
        dayKeys.length === 0 ? (
          <p className="mttq-calendar-status">{intl.formatMessage(messages.empty)}</p>
        ) : (
          <ol className="mttq-calendar-list">
            {dayKeys.map((key) => (
              <li key={key}>
                <h3>{formatDay(key)}</h3>
                <ul>
                  {days[key].map((event) => (
                    <li key={event['@id']}>
                      <EventLine event={event} intl={intl} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )
      ) : (
        <>
          <table className="mttq-calendar-grid" aria-labelledby={headingId}>
            <thead>
              <tr>
                {WEEKDAYS.map((d) => (
                  <th key={d} scope="col">
                    {intl.formatMessage(messages[d])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthGrid(monthValue).map((week) => (
                <tr key={week[0].key}>
                  {week.map((day) => (
                    <td
                      key={day.key}
                      className={[
                        day.inMonth ? '' : 'mttq-calendar-other',
                        day.key === today ? 'mttq-calendar-today' : '',
                      ].join(' ').trim() || undefined}
                    >
                      <span className="mttq-calendar-day">{day.day}</span>
                      {day.inMonth && days[day.key] ? (
                        <ul>
                          {days[day.key].map((event) => (
                            <li key={event['@id']}>
                              <EventLine event={event} intl={intl} />
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {loaded && dayKeys.length === 0 ? (
            <p className="mttq-calendar-status">{intl.formatMessage(messages.empty)}</p>
          ) : null}
        </>
      )}
    </section>
  );
};

const CalendarBlockView = ({ id, path, properties }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const monthValue = parseMonth(params.get('thang')) || monthOf();
  const view = params.get('xem') === LIST ? LIST : 'thang';
  const basePath = flattenToAppURL(properties?.['@id'] || path || location.pathname);
  const key = `mttq-calendar-${id}-${formatMonth(monthValue)}`;
  const request = useSelector((state) => state.search.subrequests?.[key]);

  useEffect(() => {
    dispatch(searchContent(basePath, monthQuery(monthValue), key));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dispatch, basePath, key]);

  return (
    <CalendarView
      id={id}
      monthValue={monthValue}
      view={view}
      events={request?.items || []}
      loaded={!!request?.loaded}
      basePath={basePath}
      intl={intl}
    />
  );
};

export default CalendarBlockView;
