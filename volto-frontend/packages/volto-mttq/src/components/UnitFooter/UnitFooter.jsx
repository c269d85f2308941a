import React from 'react';
import { useLocation } from 'react-router-dom';
import { useSelector, shallowEqual } from 'react-redux';
import { defineMessages, useIntl } from 'react-intl';
import UniversalLink from '@plone/volto/components/manage/UniversalLink/UniversalLink';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import useUnit from '../../hooks/useUnit';

const messages = defineMessages({
  footer: { id: 'mttq-footer', defaultMessage: 'Chân trang' },
  address: { id: 'mttq-address', defaultMessage: 'Địa chỉ' },
  phone: { id: 'mttq-phone', defaultMessage: 'Điện thoại' },
  email: { id: 'mttq-email', defaultMessage: 'Thư điện tử' },
  links: { id: 'mttq-links', defaultMessage: 'Liên kết' },
  siteLinks: { id: 'mttq-site-links', defaultMessage: 'Thông tin trang' },
  copyright: {
    id: 'mttq-copyright',
    defaultMessage:
      '© {year} Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.',
  },
  poweredBy: {
    id: 'mttq-powered-by',
    defaultMessage: 'Xây dựng trên nền tảng mã nguồn mở Plone',
  },
});

/**
 * Footer with the unit's contact details (address, phone, e-mail) and links,
 * all read from its `mttq.interface` settings.
 */
const UnitFooter = () => {
  const intl = useIntl();
  const pathname = useLocation().pathname;
  const { unit, settings } = useUnit(pathname);
  const siteActions = useSelector(
    (state) => state.actions?.actions?.site_actions || [],
    shallowEqual,
  );
  const phoneHref = settings.footer_phone
    ? `tel:${settings.footer_phone.replace(/[^\d+]/g, '')}`
    : null;

  return (
    <footer
      id="footer"
      className="mttq-footer"
      aria-label={intl.formatMessage(messages.footer)}
      data-unit-code={unit?.code || ''}
    >
      <div className="mttq-container mttq-footer-inner">
        <div className="mttq-footer-contact">
          <p className="mttq-footer-title">
            {unit?.title || settings.short_name}
          </p>
          <dl>
            {settings.footer_address && (
              <div>
                <dt>{intl.formatMessage(messages.address)}:</dt>
                <dd className="mttq-footer-address">
                  {settings.footer_address}
                </dd>
              </div>
            )}
            {settings.footer_phone && (
              <div>
                <dt>{intl.formatMessage(messages.phone)}:</dt>
                <dd className="mttq-footer-phone">
                  <a href={phoneHref}>{settings.footer_phone}</a>
                </dd>
              </div>
            )}
            {settings.footer_email && (
              <div>
                <dt>{intl.formatMessage(messages.email)}:</dt>
                <dd className="mttq-footer-email">
                  <a href={`mailto:${settings.footer_email}`}>
                    {settings.footer_email}
                  </a>
                </dd>
              </div>
            )}
          </dl>
        </div>
        {settings.footer_links.length > 0 && (
          <nav
            className="mttq-footer-links"
            aria-label={intl.formatMessage(messages.links)}
          >
            <ul>
              {settings.footer_links.map((link) => (
                <li key={link.url}>
                  <UniversalLink href={flattenToAppURL(link.url)}>
                    {link.title || link.url}
                  </UniversalLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {siteActions.length > 0 && (
          <nav
            className="mttq-footer-site-actions"
            aria-label={intl.formatMessage(messages.siteLinks)}
          >
            <ul>
              {siteActions.map((item) => (
                <li key={item.id}>
                  <UniversalLink href={flattenToAppURL(item.url)}>
                    {item.title}
                  </UniversalLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
      <div className="mttq-footer-bottom">
        <div className="mttq-container">
          <p>
            {intl.formatMessage(messages.copyright, {
              year: new Date().getFullYear(),
            })}
          </p>
          <p>
            <a href="https://plone.org">
              {intl.formatMessage(messages.poweredBy)}
            </a>
          </p>
        </div>
      </div>
    </footer>
  );
};

export default UnitFooter;
