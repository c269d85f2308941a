import { formatDate, long_date_format } from './Date';

// The test run's time zone is UTC (Volto's global test set-up): a date
// late in the UTC day is already the next day in Vietnam (UTC+7).
describe('Vietnamese dates (shadowed Date helpers)', () => {
  const lateUtc = '2026-03-04T20:30:00Z'; // 05/03/2026 03:30 in Vietnam

  it('formats dd/mm/yyyy in Asia/Ho_Chi_Minh', () => {
    expect(formatDate({ date: lateUtc, locale: 'vi' })).toBe('05/03/2026');
  });

  it('includes a 24-hour time in Vietnam time', () => {
    const s = formatDate({ date: lateUtc, locale: 'vi', includeTime: true });
    expect(s).toContain('05/03/2026');
    expect(s).toContain('03:30');
  });

  it('adds the time zone to explicit formats', () => {
    expect(
      formatDate({
        date: lateUtc,
        locale: 'vi',
        format: { day: '2-digit', month: '2-digit', year: 'numeric' },
      }),
    ).toBe('05/03/2026');
  });

  it('has a long format with the weekday', () => {
    expect(long_date_format.weekday).toBe('long');
    const s = formatDate({ date: lateUtc, locale: 'vi', long: true });
    expect(s).toMatch(/Thứ Năm/);
    expect(s).toContain('05/03/2026');
  });
});
