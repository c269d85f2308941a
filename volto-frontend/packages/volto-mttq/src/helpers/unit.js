/**
 * Pure helpers for the unit-aware interface (no React, no store): which unit
 * a path belongs to, which interface settings apply, and the CSS custom
 * properties that carry the unit's colours.
 */
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { DEFAULT_INTERFACE } from '../constants';

/** '/a/b/' -> '/a/b', '' -> '/' */
export function normalizePath(path) {
  if (!path) return '/';
  let p = String(path).split(/[?#]/)[0];
  if (!p.startsWith('/')) p = `/${p}`;
  p = p.replace(/\/+$/, '');
  return p || '/';
}

/** App path of a unit (from its `path`, else its `@id`). */
export function unitPath(unit) {
  if (!unit) return '/';
  if (unit.path) return normalizePath(unit.path);
  return normalizePath(flattenToAppURL(unit['@id'] || ''));
}

/** Is `path` the unit path `base` or inside it? */
export function isWithin(path, base) {
  const p = normalizePath(path);
  const b = normalizePath(base);
  return b === '/' || p === b || p.startsWith(`${b}/`);
}

/**
 * The unit a page belongs to: the unit with the longest path containing it
 * (the province, path "/", contains everything).
 */
export function findUnitForPath(units, pathname) {
  let best = null;
  (units || []).forEach((unit) => {
    const base = unitPath(unit);
    if (isWithin(pathname, base)) {
      if (!best || base.length > unitPath(best).length) best = unit;
    }
  });
  return best;
}

/** Active units and closed ones (archives); the province first. */
export function splitUnits(units) {
  const sorted = [...(units || [])].sort((a, b) => {
    if (a.level === 'province' && b.level !== 'province') return -1;
    if (b.level === 'province' && a.level !== 'province') return 1;
    return 0;
  });
  return {
    active: sorted.filter((u) => u.state !== 'closed'),
    closed: sorted.filter((u) => u.state === 'closed'),
  };
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

export function isColor(value) {
  return typeof value === 'string' && HEX.test(value.trim());
}

function toRgb(hex) {
  let h = hex.trim().slice(1);
  if (h.length === 3) h = h.replace(/(.)/g, '$1$1');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
}

function toHex(rgb) {
  return `#${rgb
    .map((c) =>
      Math.max(0, Math.min(255, Math.round(c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex) {
  const [r, g, b] = toRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
export function contrastRatio(a, b) {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * The text colour (white or black) that reads best on `background`: one of
 * the two always reaches WCAG AA (4.5:1), whatever colour a unit chooses.
 */
export function textColorOn(background) {
  return contrastRatio(background, '#ffffff') >=
    contrastRatio(background, '#000000')
    ? '#ffffff'
    : '#000000';
}

/** Mix a colour towards black (amount < 0) or white (amount > 0). */
export function shade(hex, amount) {
  const target = amount < 0 ? 0 : 255;
  const t = Math.abs(amount);
  return toHex(toRgb(hex).map((c) => c + (target - c) * t));
}

/** URL (app path) of an image field: a plone.restapi image or a plain URL. */
export function imageUrl(image, scale = 'preview') {
  if (!image) return null;
  if (typeof image === 'string') return flattenToAppURL(image);
  const url = image.scales?.[scale]?.download || image.download;
  return url ? flattenToAppURL(url) : null;
}

/**
 * The interface settings that apply to a page: the Front's defaults,
 * overridden by the unit's entry in `@units`, overridden by the full
 * `mttq.interface` data read with the content (when it belongs to the same
 * unit).
 */
export function resolveInterface({ unit, units, inherited, pathname }) {
  const fromUnits = unit?.interface || {};
  let fromContent = null;
  if (inherited?.data) {
    let sameUnit;
    if (unit && inherited.from) {
      // the settings come from the unit site itself
      sameUnit = normalizePath(inherited.from) === unitPath(unit);
    } else if (unit && inherited.path) {
      // the content read belongs to the same unit as the page
      sameUnit = findUnitForPath(units || [unit], inherited.path) === unit;
    } else {
      // no unit list: trust the settings inside the tree they came from
      sameUnit = isWithin(pathname || '/', inherited.from || '/');
    }
    if (sameUnit) fromContent = inherited.data;
  }
  const merged = { ...DEFAULT_INTERFACE };
  [fromUnits, fromContent || {}].forEach((source) => {
    Object.entries(source).forEach(([key, value]) => {
      if (value !== null && value !== undefined && value !== '') {
        merged[key] = value;
      }
    });
  });
  if (!isColor(merged.primary_color)) {
    merged.primary_color = DEFAULT_INTERFACE.primary_color;
  }
  if (!isColor(merged.secondary_color)) {
    merged.secondary_color = DEFAULT_INTERFACE.secondary_color;
  }
  merged.logoUrl = imageUrl(merged.logo, 'preview');
  merged.bannerUrl = imageUrl(merged.banner, 'huge');
  merged.footer_links = Array.isArray(merged.footer_links)
    ? merged.footer_links.filter((l) => l && l.url)
    : [];
  return merged;
}

/** CSS custom properties for a unit's colours. */
export function cssVariables(iface) {
  const primary = iface.primary_color;
  const secondary = iface.secondary_color;
  const dark = shade(primary, -0.3);
  return {
    '--mttq-primary': primary,
    '--mttq-primary-dark': dark,
    '--mttq-on-primary': textColorOn(primary),
    '--mttq-on-primary-dark': textColorOn(dark),
    '--mttq-secondary': secondary,
    '--mttq-on-secondary': textColorOn(secondary),
  };
}

/**
 * `html:root { ... }` rule for the CSS custom properties (more specific than
 * the defaults of the stylesheet, which loads after it).
 */
export function cssVariablesRule(iface) {
  const vars = cssVariables(iface);
  return `html:root{${Object.entries(vars)
    .map(([k, v]) => `${k}:${v}`)
    .join(';')}}`;
}
