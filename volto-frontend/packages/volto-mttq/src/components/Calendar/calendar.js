/**
 * Pure helpers of the work calendar (lịch công tác): months, days and
 * events in Vietnam's time zone, whatever the reader's own.
 */
import { TIME_ZONE } from '../../constants';

// Vietnam has had no daylight saving time since 1975: a fixed offset.
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "2026-11" → {year: 2026, month: 11}; null for anything else. */
export function parseMonth(value) {
  const match = MONTH.exec(value || '');
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]) };
}

export function formatMonth({ year, month }) {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function shiftMonth({ year, month }, delta) {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The calendar month that `date` falls in, in Vietnam. */
export function monthOf(date = new Date()) {
  const [year, month] = dayKey(date).split('-').map(Number);
  return { year, month };
}

/** UTC instants bounding a Vietnamese month: [start, end). */
export function monthRange({ year, month }) {
  const start = new Date(Date.UTC(year, month - 1, 1) - VN_OFFSET_MS);
  const next = shiftMonth({ year, month }, 1);
  const end = new Date(Date.UTC(next.year, next.month - 1, 1) - VN_OFFSET_MS);
  return { start, end };
}

const keyFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** "YYYY-MM-DD" of an instant, in Vietnam. */
export function dayKey(date) {
  return keyFormat.format(typeof date === 'string' ? new Date(date) : date);
}

function addDays(key, days) {
  const [y, m, d] = key.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return next.toISOString().slice(0, 10);
}

/**
 * Weeks (Monday first) covering the month: each a list of 7 days,
 * {key, day, inMonth}.
 */
export function monthGrid({ year, month }) {
  const first = `${formatMonth({ year, month })}-01`;
  // 0 = Monday ... 6 = Sunday
  const weekday = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  let key = addDays(first, -weekday);
  const weeks = [];
  const prefix = formatMonth({ year, month });
  do {
    const week = [];
    for (let i = 0; i < 7; i += 1) {
      week.push({ key, day: Number(key.slice(8)), inMonth: key.startsWith(prefix) });
      key = addDays(key, 1);
    }
    weeks.push(week);
  } while (key.startsWith(prefix));
  return weeks;
}

/**
 * Events of the month by day ("YYYY-MM-DD" → events sorted by start): an
 * event spanning several days shows on each of them.
 */
export function eventsByDay(events, monthValue) {
  const prefix = formatMonth(monthValue);
  const days = {};
  (events || []).forEach((event) => {
    if (!event?.start) return;
    const first = dayKey(event.start);
    const last = event.end ? dayKey(event.end) : first;
    let key = first;
    // bounded: an event over more than a year shows on its first days only
    for (let i = 0; i < 366 && key <= last; i += 1) {
      if (key.startsWith(prefix)) (days[key] = days[key] || []).push(event);
      key = addDays(key, 1);
    }
  });
  Object.values(days).forEach((list) =>
    list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
  );
  return days;
}

const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "08:00" in Vietnam. */
export function timeOf(date) {
  return timeFormat.format(new Date(date));
}

/** "dd/mm/yyyy" of a day key. */
export function formatDay(key) {
  const [y, m, d] = key.split('-');
  return `${d}/${m}/${y}`;
}

/** @search parameters for the Events overlapping a month. */
export function monthQuery(monthValue) {
  const { start, end } = monthRange(monthValue);
  return {
    portal_type: 'Event',
    // starts before the month ends and ends after it starts
    'start.query': end.toISOString(),
    'start.range': 'max',
    'end.query': start.toISOString(),
    'end.range': 'min',
    sort_on: 'start',
    b_size: 500,
    metadata_fields: ['start', 'end', 'location', 'whole_day', 'open_end'],
  };
}
