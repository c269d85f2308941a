// SHADOW of @plone/volto/helpers/Utils/Date.js.
// Why: readers and cadres expect Vietnamese dates, dd/mm/yyyy (and 24-hour
// times), in Vietnam's time zone (Asia/Ho_Chi_Minh) whatever the time zone
// of the server rendering the page or of the visitor's browser. Volto's
// helpers take no time zone setting, so the formats are redefined here and
// everything else is Volto's own code.
import {
  formatDate as voltoFormatDate,
  formatRelativeDate,
  toDate,
} from '@plone/volto-original/helpers/Utils/Date';

export { formatRelativeDate, toDate };

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// 05/03/2026
export const short_date_format = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: TIME_ZONE,
};

// 05/03/2026 14:30 (in Vietnamese order: 14:30 05/03/2026)
export const short_date_and_time_format = {
  ...short_date_format,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
};

// Thứ Năm, 05/03/2026 lúc 14:30
export const long_date_format = {
  weekday: 'long',
  ...short_date_and_time_format,
};

export function formatDate(args) {
  const { format, long, includeTime } = args;
  const effective = format
    ? { timeZone: TIME_ZONE, ...format }
    : long && !includeTime
      ? long_date_format
      : includeTime
        ? short_date_and_time_format
        : short_date_format;
  return voltoFormatDate({ ...args, format: effective });
}
