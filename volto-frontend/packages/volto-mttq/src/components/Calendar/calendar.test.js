import {
  parseMonth,
  shiftMonth,
  monthRange,
  monthGrid,
  eventsByDay,
  dayKey,
  timeOf,
  formatDay,
  monthQuery,
  monthOf,
} from './calendar';

describe('work calendar helpers', () => {
  it('reads a month from the URL and refuses anything else', () => {
    expect(parseMonth('2026-11')).toEqual({ year: 2026, month: 11 });
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth('11/2026')).toBeNull();
    expect(parseMonth(undefined)).toBeNull();
  });

  it('moves across years', () => {
    expect(shiftMonth({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
  });

  it('bounds a month at midnight in Vietnam', () => {
    const { start, end } = monthRange({ year: 2026, month: 11 });
    expect(start.toISOString()).toBe('2026-10-31T17:00:00.000Z');
    expect(end.toISOString()).toBe('2026-11-30T17:00:00.000Z');
  });

  it('takes the day in Vietnam, not in the reader\'s zone', () => {
    // 23:30 UTC on the 24th is 06:30 on the 25th in Hà Nội
    expect(dayKey('2026-11-24T23:30:00+00:00')).toBe('2026-11-25');
    expect(timeOf('2026-11-24T23:30:00+00:00')).toBe('06:30');
    expect(monthOf(new Date('2026-11-30T18:00:00Z'))).toEqual({ year: 2026, month: 12 });
  });

  it('lays out weeks from Monday', () => {
    const weeks = monthGrid({ year: 2026, month: 11 });
    // 1 November 2026 is a Sunday
    expect(weeks[0][6]).toEqual({ key: '2026-11-01', day: 1, inMonth: true });
    expect(weeks[0][0]).toEqual({ key: '2026-10-26', day: 26, inMonth: false });
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(30);
    weeks.forEach((w) => expect(w).toHaveLength(7));
  });

  it('puts a multi-day event on each of its days in the month, sorted by time', () => {
    const events = [
      { title: 'Hội nghị', start: '2026-11-29T01:00:00+00:00', end: '2026-12-02T09:00:00+00:00' },
      { title: 'Giao ban', start: '2026-11-30T00:30:00+00:00', end: '2026-11-30T02:00:00+00:00' },
      { title: 'Tháng trước', start: '2026-10-10T01:00:00+00:00', end: '2026-10-10T02:00:00+00:00' },
    ];
    const days = eventsByDay(events, { year: 2026, month: 11 });
    expect(Object.keys(days).sort()).toEqual(['2026-11-29', '2026-11-30']);
    expect(days['2026-11-30'].map((e) => e.title)).toEqual(['Hội nghị', 'Giao ban']);
  });

  it('asks the catalog for the events overlapping the month', () => {
    const q = monthQuery({ year: 2026, month: 11 });
    expect(q['start.query']).toBe('2026-11-30T17:00:00.000Z');
    expect(q['start.range']).toBe('max');
    expect(q['end.query']).toBe('2026-10-31T17:00:00.000Z');
    expect(q['end.range']).toBe('min');
    expect(q.portal_type).toBe('Event');
  });

  it('formats days as dd/mm/yyyy', () => {
    expect(formatDay('2026-11-05')).toBe('05/11/2026');
  });
});
