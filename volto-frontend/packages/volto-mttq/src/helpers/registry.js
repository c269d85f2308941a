/**
 * The documents registry's filters live in the URL query string, so that a
 * result list can be shared (see urlFilters): these helpers read and write
 * them and build the backend addresses (`@registry`, `@registry/csv`).
 */
import { filtersQueryString, parseFilters } from './urlFilters';

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
export const REGISTRY_FILTERS = { names: REGISTRY_PARAMS };
export const PAGE_SIZE = 20;
export const PROVINCE_CODE = '20';

export function parseRegistryQuery(search = '') {
  return parseFilters(search, REGISTRY_FILTERS);
}

export function registryQueryString(params = {}) {
  return filtersQueryString(params, REGISTRY_FILTERS);
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
