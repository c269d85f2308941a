import { TIME_ZONE } from "../constants";
import { filtersQueryString, parseFilters, withFilter } from "./urlFilters";

/**
 * The training materials library's filters live in the URL query string
 * (`?q=&tag=&tag=&kind=&sort=&b_start=`), so that a filtered list can be
 * shared (see urlFilters): these helpers read and write them and build the
 * backend address (`<library>/@materials`).
 */

export const MATERIALS_PAGE_SIZE = 12;
export const MATERIALS_FILTERS = {
  names: ["q", "tag", "kind", "sort", "b_start"],
  multi: ["tag"],
};

export function parseMaterialsQuery(search = "") {
  return parseFilters(search, MATERIALS_FILTERS);
}

export function materialsQueryString(params = {}) {
  return filtersQueryString(params, MATERIALS_FILTERS);
}

/** Add the tag to the filters, or take it away if it is there. */
export function toggleTag(params, tag) {
  const tags = params.tag || [];
  return withFilter(
    params,
    "tag",
    tags.includes(tag) ? tags.filter((t) => t !== tag) : [...tags, tag],
  );
}

export function materialsApiPath(path, params = {}) {
  const base = `${path === "/" ? "" : path}/@materials`;
  const qs = materialsQueryString(params);
  return `${base}?${[qs, `b_size=${MATERIALS_PAGE_SIZE}`].filter(Boolean).join("&")}`;
}

/** "1,2 MB" from a byte count or plone's "1.2 MB" text. */
export function formatSize(size) {
  if (size === null || size === undefined || size === "") return "";
  if (typeof size === "string") return size.replace(".", ",");
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
}

/** "dd/mm/yyyy" of an ISO date-time, in Vietnam time. */
export function formatDay(iso) {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(date);
}
