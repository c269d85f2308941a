import React from 'react';
import { Link } from 'react-router-dom';
import { useSelector, shallowEqual } from 'react-redux';
import { defineMessages, useIntl } from 'react-intl';
import FormattedDate from '@plone/volto/components/theme/FormattedDate/FormattedDate';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { unitLabel, unitOfItem } from '../../helpers/news';
import { resultDate } from './search';

const messages = defineMessages({
  unit: { id: 'mttq-search-unit', defaultMessage: 'Đơn vị' },
  type: { id: 'mttq-search-type', defaultMessage: 'Loại' },
  date: { id: 'mttq-search-date', defaultMessage: 'Ngày' },
  empty: {
    id: 'mttq-search-empty',
    defaultMessage: 'Không tìm thấy kết quả phù hợp.',
  },
  'News Item': { id: 'mttq-type-news-item', defaultMessage: 'Tin tức' },
  GuidanceDocument: { id: 'mttq-type-guidance-document', defaultMessage: 'Văn bản' },
  Event: { id: 'mttq-type-event', defaultMessage: 'Sự kiện' },
  Document: { id: 'mttq-type-document', defaultMessage: 'Trang' },
  Album: { id: 'mttq-type-album', defaultMessage: 'Album ảnh' },
  File: { id: 'mttq-type-file', defaultMessage: 'Tệp tin' },
  Image: { id: 'mttq-type-image', defaultMessage: 'Hình ảnh' },
  Link: { id: 'mttq-type-link', defaultMessage: 'Liên kết' },
  Folder: { id: 'mttq-type-folder', defaultMessage: 'Thư mục' },
  UnitSite: { id: 'mttq-type-unit-site', defaultMessage: 'Trang đơn vị' },
  EasyForm: { id: 'mttq-type-easyform', defaultMessage: 'Biểu mẫu' },
});

/** Vietnamese name of a content type (the catalog gives its id). */
export function useTypeTitle() {
  const intl = useIntl();
  return (item) =>
    messages[item?.['@type']]
      ? intl.formatMessage(messages[item['@type']])
      : item?.type_title || item?.Type || item?.['@type'] || '';
}

/** Shown instead of the list when nothing matches (the variation's `noResultsComponent`). */
export const SearchNoResults = () => {
  const intl = useIntl();
  return <p className="mttq-search-empty">{intl.formatMessage(messages.empty)}</p>;
};

/**
 * Results of the search page (listing template `mttqSearchResults`): title,
 * summary, and for each result its unit, its type and its date dd/mm/yyyy.
 */
const SearchResults = ({ items = [], isEditMode }) => {
  const intl = useIntl();
  const typeTitle = useTypeTitle();
  const units = useSelector(
    (state) => state.mttqUnits?.items || [],
    shallowEqual,
  );
  if (!items.length) return <SearchNoResults />;
  return (
    <ol className="mttq-search-results">
      {items.map((item) => {
        const unit = unitOfItem(units, item);
        const date = resultDate(item);
        const href = flattenToAppURL(item['@id']);
        return (
          <li key={item['@id']} className="mttq-search-result" data-type={item['@type']}>
            <h3 className="mttq-search-title">
              {isEditMode ? (
                <span>{item.title || item.id}</span>
              ) : (
                <Link to={href}>{item.title || item.id}</Link>
              )}
            </h3>
            <p className="mttq-search-meta">
              {unit && (
                <span className="mttq-search-unit" title={intl.formatMessage(messages.unit)}>
                  {unitLabel(unit)}
                </span>
              )}
              <span className="mttq-search-type" title={intl.formatMessage(messages.type)}>
                {typeTitle(item)}
              </span>
              {date && (
                <span className="mttq-search-date" title={intl.formatMessage(messages.date)}>
                  <FormattedDate date={date} />
                </span>
              )}
            </p>
            {item.description && (
              <p className="mttq-search-description">{item.description}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
};

export default SearchResults;
