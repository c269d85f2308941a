import React from 'react';
import { useLocation } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import Helmet from '@plone/volto/helpers/Helmet/Helmet';
import { toPublicURL } from '@plone/volto/helpers/Url/Url';
import useUnit from '../hooks/useUnit';
import { unitLabel } from '../helpers/news';
import { unitPath } from '../helpers/unit';
import { feedPath } from './feeds';

const messages = defineMessages({
  network: {
    id: 'mttq-feed-network',
    defaultMessage: 'Tin tức toàn mạng lưới Mặt trận tỉnh Lạng Sơn',
  },
  unit: { id: 'mttq-feed-unit', defaultMessage: 'Tin tức: {name}' },
});

/** The RSS links of every page: the network's feed and its unit's. */
export function feedLinks(unit, intl) {
  const links = [
    { href: feedPath('/'), title: intl.formatMessage(messages.network) },
  ];
  const base = unit && unitPath(unit);
  if (base && base !== '/') {
    links.push({
      href: feedPath(base),
      title: intl.formatMessage(messages.unit, { name: unitLabel(unit) }),
    });
  }
  return links;
}

const FeedLinks = () => {
  const intl = useIntl();
  const { pathname } = useLocation();
  const { unit } = useUnit(pathname);
  return (
    <Helmet>
      {feedLinks(unit, intl).map(({ href, title }) => (
        <link
          key={href}
          rel="alternate"
          type="application/rss+xml"
          title={title}
          href={toPublicURL(href)}
        />
      ))}
    </Helmet>
  );
};

export default FeedLinks;
