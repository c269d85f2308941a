import React, { useEffect } from 'react';
import cx from 'classnames';
import { Link } from 'react-router-dom';
import { useDispatch, useSelector, shallowEqual } from 'react-redux';
import { getQueryStringResults } from '@plone/volto/actions/querystringsearch/querystringsearch';
import { defineMessages, useIntl } from 'react-intl';
import FormattedDate from '@plone/volto/components/theme/FormattedDate/FormattedDate';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import config from '@plone/volto/registry';
import FrontEmblem from '../UnitHeader/FrontEmblem';
import { findUnitForPath, isColor, normalizePath } from '../../helpers/unit';
import {
  featuredKey,
  featuredQuery,
  featuresFirstItem,
  itemDate,
  moreLinkPath,
  unitLabel,
  unitOfItem,
  withLead,
} from '../../helpers/news';

const messages = defineMessages({
  more: { id: 'mttq-news-more', defaultMessage: 'Xem thêm' },
  from: { id: 'mttq-news-from', defaultMessage: 'Đơn vị' },
  date: { id: 'mttq-news-date', defaultMessage: 'Ngày đăng' },
  featured: { id: 'mttq-news-featured', defaultMessage: 'Tin nổi bật' },
});

/** The item's unit colours for the emblem standing in for its image. */
function unitColors(unit) {
  const iface = unit?.interface || {};
  const style = {};
  if (isColor(iface.primary_color)) style['--mttq-primary'] = iface.primary_color;
  if (isColor(iface.secondary_color)) {
    style['--mttq-secondary'] = iface.secondary_color;
  }
  return style;
}

const MaybeLink = ({ to, isEditMode, children, ...rest }) =>
  isEditMode ? (
    <span {...rest}>{children}</span>
  ) : (
    <Link to={to} {...rest}>
      {children}
    </Link>
  );

/**
 * One news item of a listing: image (or the Front's emblem), unit (for
 * items from another unit than the page's), date dd/mm/yyyy, title and
 * summary.
 */
export const NewsCard = ({
  item,
  unit,
  showUnit,
  featured,
  lazy,
  isEditMode,
}) => {
  const intl = useIntl();
  const Image = config.getComponent({ name: 'Image' }).component;
  const href = flattenToAppURL(item['@id']);
  const date = itemDate(item);
  const field = item.image_field;
  const hasImage = !!(field && item.image_scales?.[field]?.[0]);

  return (
    <article
      className={cx('mttq-news-card', {
        'mttq-news-card--featured': featured,
      })}
      data-unit-code={unit?.code || ''}
    >
      <MaybeLink
        to={href}
        isEditMode={isEditMode}
        className="mttq-news-image"
        tabIndex={-1}
        aria-hidden="true"
      >
        {hasImage ? (
          <Image
            item={item}
            imageField={field}
            alt=""
            loading={lazy ? 'lazy' : 'eager'}
            sizes={
              featured
                ? '(max-width: 767px) 100vw, 720px'
                : '(max-width: 767px) 100vw, 200px'
            }
          />
        ) : (
          <span className="mttq-news-noimage" style={unitColors(unit)}>
            <FrontEmblem />
          </span>
        )}
      </MaybeLink>
      <div className="mttq-news-body">
        {featured && (
          <p className="mttq-news-kicker">
            {intl.formatMessage(messages.featured)}
          </p>
        )}
        <h3 className="mttq-news-title">
          <MaybeLink to={href} isEditMode={isEditMode}>
            {item.title || item.id}
          </MaybeLink>
        </h3>
        {(date || (showUnit && unit)) && (
          <p className="mttq-news-meta">
            {showUnit && unit && (
              <span
                className="mttq-news-unit"
                title={intl.formatMessage(messages.from)}
              >
                {unitLabel(unit)}
              </span>
            )}
            {date && (
              <span className="mttq-news-date">
                <span className="mttq-sr-only">
                  {intl.formatMessage(messages.date)}:{' '}
                </span>
                <FormattedDate date={date} />
              </span>
            )}
          </p>
        )}
        {item.description && (
          <p className="mttq-news-description">{item.description}</p>
        )}
      </div>
    </article>
  );
};

/**
 * Listing template of the news portal: a list of news cards; on a unit's
 * home, the unit's own news feature their top item (see
 * `featuresFirstItem`). Used for the add-on's `mttqNews` and
 * `mttqNewsFeatured` variations and for Volto's `summary` variation.
 */
const NewsListing = (props) => {
  const {
    items = [],
    isEditMode,
    querystring,
    linkHref,
    linkTitle,
    headline,
  } = props;
  const intl = useIntl();
  // `id` is the variation's id (ListingBody spreads the variation in)
  const variation = props.id || props.variation;
  const units = useSelector(
    (state) => state.mttqUnits?.items || [],
    shallowEqual,
  );
  const content = useSelector(
    (state) => ({
      type: state.content?.data?.['@type'],
      id: state.content?.data?.['@id'],
    }),
    shallowEqual,
  );
  const basePath = normalizePath(flattenToAppURL(content.id || ''));
  const pageUnit = findUnitForPath(units, basePath);
  const featured = featuresFirstItem({
    variation,
    querystring,
    contentType: content.type,
  });
  const more = moreLinkPath({ linkHref, querystring, basePath });
  // The newest featured item leads (fetched on the server by index.js's
  // getAsyncData, else here); without one, the newest item.
  const dispatch = useDispatch();
  const leadKey = featured && querystring ? featuredKey(basePath, querystring) : null;
  const lead = useSelector((state) =>
    leadKey ? state.querystringsearch?.subrequests?.[leadKey] : null,
  );
  useEffect(() => {
    if (leadKey && !isEditMode && !lead?.loaded && !lead?.loading) {
      dispatch(getQueryStringResults(basePath, featuredQuery(querystring), leadKey));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [leadKey, isEditMode]);
  const shown = featured ? withLead(items, lead?.items?.[0]) : items;

  const card = (item, index, isFeatured) => {
    const unit = unitOfItem(units, item);
    return (
      <NewsCard
        item={item}
        unit={unit}
        showUnit={!!unit && (!pageUnit || unit.code !== pageUnit.code)}
        featured={isFeatured}
        lazy={index > 2}
        isEditMode={isEditMode}
      />
    );
  };

  const [first, ...rest] = shown;
  return (
    <div
      className={cx('mttq-news', {
        'mttq-news--featured': featured,
      })}
    >
      {featured && first && (
        <div className="mttq-news-lead">{card(first, 0, true)}</div>
      )}
      {(featured ? rest : shown).length > 0 && (
        <ul className="mttq-news-list">
          {(featured ? rest : shown).map((item, index) => (
            <li key={item['@id']}>{card(item, index + 1, false)}</li>
          ))}
        </ul>
      )}
      {more && (
        <div className="mttq-news-more">
          <MaybeLink to={more} isEditMode={isEditMode}>
            {linkTitle || intl.formatMessage(messages.more)}
            {!linkTitle && headline && (
              <span className="mttq-sr-only">: {headline}</span>
            )}
          </MaybeLink>
        </div>
      )}
    </div>
  );
};

export default NewsListing;
