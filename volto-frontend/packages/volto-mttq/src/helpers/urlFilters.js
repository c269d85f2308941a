/**
 * Lists whose filters, sort and page live in the address (the documents
 * registry, the training materials library), so that a filtered list can
 * be shared and the browser's back button steps through the filters.
 *
 * A list describes its query parameters once:
 *
 *   { names: ['q', 'tag', 'kind', 'sort', 'b_start'], multi: ['tag'] }
 *
 * `names` in the order they are written into the address (stable shared
 * links), `multi` those that may repeat (?tag=a&tag=b). `b_start` is the
 * offset of the page, as plone.restapi batches.
 */
import { useHistory, useLocation } from 'react-router-dom';

/** The known filters of a query string, trimmed, empty ones left out. */
export function parseFilters(search = '', { names, multi = [] }) {
  const params = new URLSearchParams(search);
  const out = {};
  names.forEach((name) => {
    if (multi.includes(name)) {
      const values = params
        .getAll(name)
        .map((v) => v.trim())
        .filter(Boolean);
      if (values.length) out[name] = [...new Set(values)];
    } else {
      const value = (params.get(name) || '').trim();
      if (value) out[name] = value;
    }
  });
  return out;
}

const isSet = (value) =>
  value !== undefined && value !== null && `${value}` !== '';

/** The query string of the filters (without "?"); page 1 is not written. */
export function filtersQueryString(params = {}, { names, multi = [] }) {
  const out = new URLSearchParams();
  names.forEach((name) => {
    const value = params[name];
    if (multi.includes(name)) {
      (value || []).filter(isSet).forEach((v) => out.append(name, `${v}`));
    } else if (isSet(value) && !(name === 'b_start' && `${value}` === '0')) {
      out.set(name, `${value}`);
    }
  });
  return out.toString();
}

/** The filters with one changed; any change but paging starts at page 1. */
export function withFilter(params, name, value) {
  const next = { ...params, [name]: value };
  if (name !== 'b_start') delete next.b_start;
  if (!value || (Array.isArray(value) && !value.length)) delete next[name];
  return next;
}

/** How many pages of `size` items, and which one `bStart` is on (from 0). */
export function pages(total, bStart = 0, size) {
  const count = Math.ceil((total || 0) / size);
  const current = Math.floor((Number(bStart) || 0) / size);
  return { count, current };
}

/** The page numbers (from 0) offered as links: up to `around` each side. */
export function pageWindow(count, current, around = 4) {
  return [...Array(count).keys()].slice(
    Math.max(0, current - around),
    current + around + 1,
  );
}

/**
 * The filters of the current address, and how to change them.
 *
 * params: the filters; qs: their query string (a stable effect dependency);
 * go(next): show the list with the filters `next`;
 * change(name, value): one filter changed, back at page 1 unless paging.
 */
export function useUrlFilters(spec) {
  const history = useHistory();
  const location = useLocation();
  const params = parseFilters(location.search, spec);
  const qs = filtersQueryString(params, spec);
  const go = (next) => {
    const query = filtersQueryString(next, spec);
    history.push(`${location.pathname}${query ? `?${query}` : ''}`);
  };
  const change = (name, value) => go(withFilter(params, name, value));
  return { params, qs, go, change };
}
