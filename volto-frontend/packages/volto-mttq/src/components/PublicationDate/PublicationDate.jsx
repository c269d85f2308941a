import React from 'react';
import { defineMessages, useIntl } from 'react-intl';
import FormattedDate from '@plone/volto/components/theme/FormattedDate/FormattedDate';

const messages = defineMessages({
  published: { id: 'mttq-published-on', defaultMessage: 'Ngày đăng' },
});

const DATE = { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' };
const TIME = { hour: '2-digit', minute: '2-digit', hour12: false };

/** The publication date of a news item or document, when it has one. */
export function publicationDate(content) {
  const date = content?.effective || content?.created;
  // Plone's "no date" sentinel
  if (!date || date.startsWith('1969') || date.startsWith('1000')) return null;
  return date;
}

/**
 * Publication date of a news item ("Ngày đăng: Thứ Ba, 24/11/2026 - 10:30",
 * in Vietnam's time zone). The article view shows it `bare` in its meta
 * line; elsewhere it comes in its own container.
 */
const PublicationDate = ({ content, bare = false }) => {
  const intl = useIntl();
  const date = publicationDate(content);
  if (!date) return null;
  const text = (
    <p className="mttq-publication-date">
      {intl.formatMessage(messages.published)}:{' '}
      <FormattedDate date={date} format={DATE} /> -{' '}
      <FormattedDate date={date} format={TIME} />
    </p>
  );
  if (bare) return text;
  return (
    <div className="ui container mttq-publication-date-wrapper">{text}</div>
  );
};

export const isNewsItem = ({ content }) =>
  content?.['@type'] === 'News Item' && !!publicationDate(content);

export default PublicationDate;
