/**
 * Pure helpers of the EasyForm view: easyform's conditions, files, payload.
 */

import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';

/**
 * Volto path of a content @id. flattenToAppURL strips the configured API
 * and public URLs; an @id from another host (seamless mode behind a proxy)
 * still becomes a path.
 */
export function appPath(id) {
  const flat = flattenToAppURL(id || '');
  return /^https?:\/\//.test(flat) ? new URL(flat).pathname : flat;
}

/** The form's REST address from its path in Volto ('/++api++' is Volto's proxy). */
export function easyformUrl(path) {
  return `/++api++${(path || '').replace(/\/$/, '')}/@easyform`;
}

/**
 * easyform's `depends_on` (pat-depends): "name=value", "name!=value",
 * "name" (has a value); "and" / "or" between conditions.
 */
export function conditionMet(expression, values) {
  if (!expression) return true;
  const test = (part) => {
    const m = part.trim().match(/^([\w.-]+)\s*(!=|=)?\s*(.*)$/);
    if (!m) return true;
    const [, name, op, expected] = m;
    const value = values[name];
    const list = Array.isArray(value) ? value : [value];
    if (!op) return list.some((v) => v !== undefined && v !== null && v !== '' && v !== false);
    const hit = list.some((v) => String(v ?? '') === expected.trim());
    return op === '=' ? hit : !hit;
  };
  return expression
    .split(/\s+or\s+/)
    .some((alt) => alt.split(/\s+and\s+/).every(test));
}

/** A File as plone.restapi's upload dict (base64). */
export function readUpload(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const data = String(reader.result).split(',')[1] || '';
      resolve({
        data,
        encoding: 'base64',
        filename: file.name,
        'content-type': file.type || 'application/octet-stream',
      });
    };
    reader.onerror = reject;
    reader.readAsDataURL(file);
  });
}

export function extension(name) {
  const m = /\.([^.]+)$/.exec(name || '');
  return m ? m[1].toLowerCase() : '';
}

/** Values of the fields that are shown (a hidden condition sends nothing). */
export function payload(fields, values, honeypot, honeypotValue) {
  const data = {};
  fields.forEach((f) => {
    if (f.type === 'label' || f.type === 'richlabel') return;
    if (!conditionMet(f.depends_on, values)) return;
    if (values[f.name] !== undefined) data[f.name] = values[f.name];
  });
  if (honeypot && honeypotValue) data[honeypot] = honeypotValue;
  return { data };
}

export function initialValues(fields) {
  const values = {};
  fields.forEach((f) => {
    if (f.default !== null && f.default !== undefined) values[f.name] = f.default;
  });
  return values;
}

/**
 * Headers of a REST call from a component: plone.restapi reads the login
 * from the Authorization header only (Volto's own API helper adds it from
 * its token; a plain fetch must too).
 */
export function restHeaders(token, extra = {}) {
  const headers = { Accept: 'application/json', ...extra };
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}
