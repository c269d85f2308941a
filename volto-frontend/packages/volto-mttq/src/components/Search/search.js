/**
 * Pure helpers of the search page ("Tìm kiếm", a Volto search block with
 * facets, see the backend's search/page.py): its address, the facet state
 * Volto's search block reads from the URL (`?query=[...]`, operations
 * shortened to `paqo.`), the content types the type facet offers, the date a
 * result shows.
 */
import { realDate } from '../../helpers/news';
import { unitPath } from '../../helpers/unit';

export const SEARCH_PAGE = 'tim-kiem';
const PAQO = 'paqo';

/**
 * Public content types the type facet offers (in this order); the others
 * (units, forms' internals, courses, feedback cases...) are not what
 * readers look for.
 */
export const SEARCH_TYPES = [
  'News Item',
  'GuidanceDocument',
  'Event',
  'Document',
  'Album',
  'File',
  'Image',
  'Link',
];

/** App path of the search page of a unit (its home path) or of the root. */
export function searchPagePath(home = '/') {
  const base = !home || home === '/' ? '' : home.replace(/\/+$/, '');
  return `${base}/${SEARCH_PAGE}`;
}

/**
 * The search page's address with its state in the URL, as Volto's search
 * block writes it: the free text and the facets (`unit`: a unit code, the
 * unit a reader searches in; `category`: a news category; `tag`: a tag, the
 * page's hidden "Chủ đề" facet on Subject). Reloading or sharing the address
 * gives the same results; unticking the unit widens the search to the whole
 * network.
 */
export function searchUrl({ home = '/', text = '', unit, category, tag } = {}) {
  const query = [];
  if (unit) query.push({ i: 'unit_code', o: `${PAQO}.selection.any`, v: [String(unit)] });
  if (category) query.push({ i: 'news_category', o: `${PAQO}.selection.any`, v: [category] });
  if (tag) query.push({ i: 'Subject', o: `${PAQO}.selection.any`, v: [tag] });
  const trimmed = (text || '').trim();
  if (trimmed) query.push({ i: 'SearchableText', o: `${PAQO}.string.contains`, v: trimmed });
  const path = searchPagePath(home);
  return query.length
    ? `${path}?query=${encodeURIComponent(JSON.stringify(query))}`
    : path;
}

/**
 * Where a tag of an item links: the search page of the item's unit (its
 * navigation root) with the tag and, as the header's search box does, the
 * unit ticked; the network's page for the province's items (or when the
 * unit is not known).
 */
export function tagSearchUrl(tag, unit) {
  const home = unitPath(unit);
  return searchUrl({ home, tag, unit: home !== '/' ? unit.code : undefined });
}

/** The type facet's choices: only SEARCH_TYPES, in their order. */
export function searchTypeOptions(choices = []) {
  return SEARCH_TYPES.map((type) =>
    choices.find((c) => c.value === type),
  ).filter(Boolean);
}

/** The date a result shows: a document's issue date, else published, else created. */
export function resultDate(item) {
  if (item?.['@type'] === 'GuidanceDocument' && realDate(item.issue_date)) {
    return item.issue_date;
  }
  return realDate(item?.effective) || realDate(item?.created) || null;
}
