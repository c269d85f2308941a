/**
 * Open Graph tags and schema.org NewsArticle data of an article page (pure:
 * no React, no store). URLs are made public (absolute) with Volto's
 * `toPublicURL`, as crawlers and social networks need.
 */
import { flattenToAppURL, toPublicURL } from '@plone/volto/helpers/Url/Url';
import { leadImageOf, realDate, unitLabel } from '../helpers/news';

const SCALE_ORDER = ['great', 'larger', 'large', 'preview'];

/** Public URL of an article's lead image (a large scale), or null. */
export function leadImageURL(content) {
  const lead = leadImageOf(content);
  if (!lead) return null;
  if (lead.field === 'image' && lead.item === content) {
    return toPublicURL(flattenToAppURL(content.image.download));
  }
  const info = lead.item.image_scales?.[lead.field]?.[0];
  if (!info) return null;
  const scale = SCALE_ORDER.map((name) => info.scales?.[name]).find(
    (s) => s?.download,
  );
  const download = (scale || info).download;
  return toPublicURL(`${flattenToAppURL(lead.item['@id'])}/${download}`);
}

export function categoryOf(content) {
  const value = content?.news_category;
  if (!value) return null;
  return typeof value === 'string' ? value : value.title || value.token;
}

/** [{property, content}] for Helmet's meta. */
export function openGraph(content, unit) {
  const url = toPublicURL(flattenToAppURL(content['@id'] || ''));
  const image = leadImageURL(content);
  const published = realDate(content.effective);
  const modified = realDate(content.modified);
  const section = categoryOf(content);
  const tags = [
    ['og:type', 'article'],
    ['og:title', content.title],
    ['og:description', content.description],
    ['og:url', url],
    ['og:locale', 'vi_VN'],
    ['og:site_name', unitLabel(unit) || unit?.title],
    ['og:image', image],
    ['article:published_time', published],
    ['article:modified_time', modified],
    ['article:section', section],
    ...(content.subjects || []).map((tag) => ['article:tag', tag]),
  ];
  return tags
    .filter(([, value]) => value)
    .map(([property, value]) => ({ property, content: String(value) }));
}

/** schema.org NewsArticle (JSON-LD). */
export function newsArticle(content, unit) {
  const url = toPublicURL(flattenToAppURL(content['@id'] || ''));
  const image = leadImageURL(content);
  const organization = unit && {
    '@type': 'Organization',
    name: unit.title || unitLabel(unit),
    url: toPublicURL(flattenToAppURL(unit['@id'] || unit.path || '/')),
  };
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: (content.title || '').slice(0, 110),
    description: content.description || undefined,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: realDate(content.effective) || realDate(content.created),
    dateModified: realDate(content.modified) || undefined,
    image: image ? [image] : undefined,
    inLanguage: 'vi',
    articleSection: categoryOf(content) || undefined,
    keywords: (content.subjects || []).length
      ? content.subjects.join(', ')
      : undefined,
    author: organization || undefined,
    publisher: organization || undefined,
  };
  return JSON.parse(JSON.stringify(data));
}

/** JSON for a <script> element: no "</script>" can end it early. */
export function jsonForScript(data) {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
