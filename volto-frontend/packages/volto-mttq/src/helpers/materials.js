import { TIME_ZONE } from "../constants";

/**
 * The training materials library's filters live in the URL query string
 * (`?q=&tag=&tag=&kind=&sort=&b_start=`), so that a filtered list can be
 * shared: these helpers read and write them and build the backend address
 * (`<library>/@materials`).
 */

export const MATERIALS_PAGE_SIZE = 12;
const SINGLE = ["q", "kind", "sort", "b_start"];

export function parseMaterialsQuery(search = "") {
  const params = new URLSearchParams(search);
  const out = {};
  const q = (params.get("q") || "").trim();
  if (q) out.q = q;
  const tags = params
    .getAll("tag")
    .map((t) => t.trim())
    .filter(Boolean);
  if (tags.length) out.tag = [...new Set(tags)];
  ["kind", "sort", "b_start"].forEach((name) => {
    const value = (params.get(name) || "").trim();
    if (value) out[name] = value;
  });
  return out;
}

export function materialsQueryString(params = {}) {
  const out = new URLSearchParams();
  if (params.q) out.set("q", params.q);
  (params.tag || []).forEach((t) => out.append("tag", t));
  SINGLE.slice(1).forEach((name) => {
    const value = params[name];
    if (value !== undefined && value !== null && `${value}` !== "") {
      if (!(name === "b_start" && `${value}` === "0"))
        out.set(name, `${value}`);
    }
  });
  return out.toString();
}

/** The filters with one changed; any change but paging starts at page 1. */
export function withMaterialsParam(params, name, value) {
  const next = { ...params, [name]: value };
  if (name !== "b_start") delete next.b_start;
  if (!value || (Array.isArray(value) && !value.length)) delete next[name];
  return next;
}

/** Add the tag to the filters, or take it away if it is there. */
export function toggleTag(params, tag) {
  const tags = params.tag || [];
  return withMaterialsParam(
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
