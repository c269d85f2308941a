/**
 * The documents registry's filters live in the URL query string, so that a
 * result list can be shared: these helpers read and write them and build
 * the backend addresses (`@registry`, `@registry/csv`).
 */

// In the order they appear in a shared address.
export const REGISTRY_PARAMS = [
  'scope',
  'q',
  'document_type',
  'year',
  'document_field',
  'issuing_body',
  'signer',
  'sort',
  'b_start',
];
export const PAGE_SIZE = 20;
export const PROVINCE_CODE = '20';

export function parseRegistryQuery(search = '') {
  const params = new URLSearchParams(search);
  const out = {};
  REGISTRY_PARAMS.forEach((name) => {
    const value = (params.get(name) || '').trim();
    if (value) out[name] = value;
  });
  return out;
}

export function registryQueryString(params = {}) {
  const out = new URLSearchParams();
  REGISTRY_PARAMS.forEach((name) => {
    const value = params[name];
    if (value !== undefined && value !== null && `${value}` !== '') {
      if (!(name === 'b_start' && `${value}` === '0'))
        out.set(name, `${value}`);
    }
  });
  return out.toString();
}

/** The filters with one changed; any change but paging starts at page 1. */
export function withParam(params, name, value) {
  const next = { ...params, [name]: value };
  if (name !== 'b_start') delete next.b_start;
  if (!value) delete next[name];
  return next;
}

export function registryApiPath(path, params = {}, csv = false) {
  const base = `${path === '/' ? '' : path}/@registry${csv ? '/csv' : ''}`;
  const qs = registryQueryString(params);
  const size = csv ? '' : `b_size=${PAGE_SIZE}`;
  const query = [qs, size].filter(Boolean).join('&');
  return query ? `${base}?${query}` : base;
}

/** The CSV download through the frontend's API proxy. */
export function registryCsvUrl(path, params = {}) {
  const { b_start, ...rest } = params;
  return `/++api++${registryApiPath(path, rest, true)}`;
}

/** 'trusted' | 'intact' | 'invalid' for one signature of a report. */
export function signatureState(signature) {
  if (!signature?.intact || !signature?.valid) return 'invalid';
  return signature.trusted ? 'trusted' : 'intact';
}

export function pages(total, bStart = 0, size = PAGE_SIZE) {
  const count = Math.ceil((total || 0) / size);
  const current = Math.floor((bStart || 0) / size);
  return { count, current };
}
