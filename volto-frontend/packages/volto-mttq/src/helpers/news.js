/**
 * Pure helpers of the news listings and the article page (no React, no
 * store): which unit an item comes from, its date, whether a listing
 * features its first item, the "more" link of a listing.
 */
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { findUnitForPath, normalizePath } from './unit';

/** Plone's "no date" sentinels (1969-12-31, 1000-01-01) and empty values. */
export function realDate(value) {
  if (!value || typeof value !== 'string' || value === 'None') return null;
  if (value.startsWith('1969') || value.startsWith('1000')) return null;
  return value;
}

/** The date a news item shows: when it was published, else created. */
export function itemDate(item) {
  return realDate(item?.effective) || realDate(item?.created) || null;
}

/** App path of a listing item (catalog brain or summary). */
export function itemPath(item) {
  return normalizePath(flattenToAppURL(item?.['@id'] || item?.getURL || ''));
}

/**
 * The unit an item belongs to: by the `unit_code` catalog metadata when
 * there is one, else by its path.
 */
export function unitOfItem(units, item) {
  const list = units || [];
  const code = item?.unit_code;
  if (code !== undefined && code !== null && code !== '') {
    const byCode = list.find((u) => String(u.code) === String(code));
    if (byCode) return byCode;
  }
  return findUnitForPath(list, itemPath(item));
}

/** Name shown for a unit on items from it ("Huyện Tràng Định"). */
export function unitLabel(unit) {
  return unit ? unit.name || unit.title || '' : '';
}

/** Relative paths ("./tin-tuc") a listing's query restricts results to. */
export function relativePaths(querystring) {
  return (querystring?.query || [])
    .filter(
      (c) =>
        c?.i === 'path' &&
        /relativePath$/.test(c.o || '') &&
        typeof c.v === 'string',
    )
    .map((c) => c.v.replace(/\/+$/, ''));
}

export const NEWS_FOLDER = 'tin-tuc';

/** Does the listing show the page's own news (its `./tin-tuc` folder)? */
export function isOwnNewsQuery(querystring) {
  return relativePaths(querystring).some(
    (p) => p === `./${NEWS_FOLDER}` || p === NEWS_FOLDER,
  );
}

export const HOME_TYPES = ['Plone Site', 'UnitSite'];

/**
 * Does a listing feature its first item (large image and summary)?
 * - the `mttqNewsFeatured` variation always does;
 * - a news listing (`summary` or `mttqNews`) does when it lists the unit's
 *   own news on the unit's home (the province's and every unit's home
 *   list `./tin-tuc`): the top item of the unit's news is its featured
 *   news until content can be flagged as featured.
 */
export function featuresFirstItem({ variation, querystring, contentType }) {
  if (variation === 'mttqNewsFeatured') return true;
  if (!['summary', 'mttqNews'].includes(variation)) return false;
  return HOME_TYPES.includes(contentType) && isOwnNewsQuery(querystring);
}

/**
 * App path of the "more" link of a listing: the block's own link when set,
 * else, for a listing of one relative folder ("./tin-tuc"), that folder.
 */
export function moreLinkPath({ linkHref, querystring, basePath }) {
  const own = linkHref?.[0]?.['@id'];
  if (own) return flattenToAppURL(own);
  const paths = relativePaths(querystring);
  if (paths.length !== 1 || !basePath) return null;
  const rel = paths[0].replace(/^\.\/?/, '');
  if (!rel || rel.startsWith('.')) return null;
  const base = normalizePath(basePath);
  return `${base === '/' ? '' : base}/${rel}`;
}

const HEAD_BLOCKS = ['title', 'description'];

/**
 * The blocks of an article before its lead image (the leading title and
 * description blocks) and after it; `hasTitle`: whether a title block
 * shows the title at all.
 */
export function splitLeadingBlocks(content) {
  const blocks = content?.blocks || {};
  const items = (content?.blocks_layout?.items || []).filter(
    (id) => blocks[id],
  );
  let n = 0;
  while (n < items.length && HEAD_BLOCKS.includes(blocks[items[n]]['@type'])) {
    n += 1;
  }
  const hasTitle = items.some((id) => blocks[id]['@type'] === 'title');
  return {
    head: hasTitle ? items.slice(0, n) : [],
    rest: hasTitle ? items.slice(n) : items.filter(
      (id) => !HEAD_BLOCKS.includes(blocks[id]['@type']),
    ),
    hasTitle,
  };
}

const FILENAME = /\.[a-z0-9]{2,5}$/i;

/**
 * The lead image of an article: the `preview_image_link` (an Image,
 * Volto 18's lead image of News Items) or a classic `image` field.
 * Null when there is none, or when a block already shows it.
 */
export function leadImageOf(content) {
  if (!content) return null;
  const blockTypes = Object.values(content.blocks || {}).map(
    (b) => b?.['@type'],
  );
  if (blockTypes.includes('leadimage')) return null;
  const caption = content.preview_caption_link || '';
  const link = content.preview_image_link;
  if (link?.image_scales) {
    const field = link.image_field || Object.keys(link.image_scales)[0];
    if (field && link.image_scales[field]?.[0]) {
      const title = link.title && !FILENAME.test(link.title) ? link.title : '';
      return {
        item: link,
        field,
        caption,
        alt: caption || link.description || title || content.title || '',
      };
    }
  }
  if (content.image?.download) {
    return {
      item: content,
      field: 'image',
      caption: content.image_caption || caption,
      alt: content.image_caption || caption || content.title || '',
    };
  }
  return null;
}

/*
 * The lead item of a home's news listing (issue 4): the newest published
 * item flagged `featured` among those the listing shows (its query), even
 * when it is older than the listing's newest items; without one, the
 * newest item. The listing's own query cannot sort on two keys, so a second
 * query of one item fetches it: on the server with the listing's data
 * (index.js wraps the listing block's getAsyncData), else on the client.
 */
const FEATURED = {
  i: 'featured',
  o: 'plone.app.querystring.operation.boolean.isTrue',
  v: '',
};

/** The listing's query narrowed to its newest featured item. */
export function featuredQuery(querystring) {
  return {
    ...querystring,
    query: [...(querystring?.query || []).filter((c) => c?.i !== 'featured'), FEATURED],
    sort_on: 'effective',
    sort_order: 'descending',
    b_size: 1,
    metadata_fields: '_all',
  };
}

/** Subrequest key of that query (one per page and listing query). */
export function featuredKey(path, querystring) {
  return `mttq-lead:${normalizePath(path)}:${JSON.stringify(querystring?.query || [])}`;
}

/**
 * The items with `lead` first (taken out of the rest, or in place of the
 * last one so that the listing keeps its size); the items as they are
 * without a lead.
 */
export function withLead(items, lead) {
  const list = items || [];
  if (!lead || !lead['@id']) return list;
  const rest = list.filter((item) => item['@id'] !== lead['@id']);
  return [lead, ...rest].slice(0, Math.max(list.length, 1));
}
