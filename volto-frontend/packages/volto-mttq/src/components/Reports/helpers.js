/**
 * Pure helpers of the periodic reports (báo cáo định kỳ) pages.
 */
import { restHeaders } from '../EasyForm/helpers';

export const MATRIX_ROUTE = 'bao-cao-dinh-ky';

/** REST address of a service of a content path ('/++api++' is Volto's proxy). */
export function serviceUrl(path, service) {
  return `/++api++${(path || '').replace(/\/$/, '')}/${service}`;
}

/** "2026-12-05" -> "05/12/2026". */
export function formatDay(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** An ISO date-time -> "27/11/2026 14:05", Vietnam time. */
export function formatDateTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const parts = {};
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  })
    .formatToParts(date)
    .forEach((p) => {
      parts[p.type] = p.value;
    });
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/**
 * easyform stores a Likert answer as "1: Tốt, 2: Khá"; the input takes
 * {1: 'Tốt', 2: 'Khá'} (question number -> answer).
 */
export function likertValue(value) {
  if (typeof value !== 'string') return value;
  const out = {};
  const parts = value.split(/(?:^|, )(\d+): /);
  for (let i = 1; i < parts.length; i += 2) out[parts[i]] = parts[i + 1];
  return out;
}

/** The form's values from a stored submission (else the form's defaults). */
export function valuesFrom(fields, submission) {
  const values = {};
  const types = {};
  (fields || []).forEach((f) => {
    types[f.name] = f.type;
    if (f.default !== null && f.default !== undefined) values[f.name] = f.default;
  });
  Object.entries(submission?.data || {}).forEach(([name, value]) => {
    values[name] = types[name] === 'likert' ? likertValue(value) : value;
  });
  return values;
}

/** A number as people read it in Vietnam: 1.234,5. */
export function formatNumber(value) {
  if (value === null || value === undefined || value === '') return '–';
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 }).format(value);
}

/** Headers of a JSON request, with the logged-in user's token (Volto keeps it in the store). */
export function apiHeaders(token, json = false) {
  return restHeaders(token, json ? { 'Content-Type': 'application/json' } : {});
}

/**
 * Download a protected file (a CSV, a unit's file): a plain link would reach
 * the backend without the user's token, so fetch it and hand the browser the file.
 */
export async function downloadFile(fetcher, url, token, filename) {
  const r = await fetcher(url, { headers: apiHeaders(token), credentials: 'same-origin' });
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  const blob = await r.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
}
