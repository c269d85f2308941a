import React from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { pageWindow, pages } from '../../helpers/urlFilters';

const messages = defineMessages({
  paging: { id: 'mttq-paging', defaultMessage: 'Phân trang' },
  previous: { id: 'mttq-paging-previous', defaultMessage: 'Trang trước' },
  next: { id: 'mttq-paging-next', defaultMessage: 'Trang sau' },
  page: { id: 'mttq-paging-page', defaultMessage: 'Trang {page}' },
});

/**
 * Previous / page numbers / next under a list whose page is `b_start` in
 * the address (see helpers/urlFilters); nothing when there is one page.
 * onPage receives the new `b_start` as a string, as the address carries it.
 */
const Paging = ({ className, total, bStart, size, onPage }) => {
  const intl = useIntl();
  const { count, current } = pages(total, bStart, size);
  if (count <= 1) return null;
  const to = (page) => () => onPage(`${page * size}`);
  return (
    <nav className={className} aria-label={intl.formatMessage(messages.paging)}>
      {current > 0 && (
        <button type="button" onClick={to(current - 1)}>
          {intl.formatMessage(messages.previous)}
        </button>
      )}
      {pageWindow(count, current).map((page) => (
        <button
          type="button"
          key={page}
          aria-current={page === current ? 'page' : undefined}
          aria-label={intl.formatMessage(messages.page, { page: page + 1 })}
          onClick={to(page)}
        >
          {page + 1}
        </button>
      ))}
      {current < count - 1 && (
        <button type="button" onClick={to(current + 1)}>
          {intl.formatMessage(messages.next)}
        </button>
      )}
    </nav>
  );
};

export default Paging;
