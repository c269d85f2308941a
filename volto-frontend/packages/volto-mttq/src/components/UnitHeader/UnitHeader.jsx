import React from 'react';
import { Link } from 'react-router-dom';
import { useSelector } from 'react-redux';
import { defineMessages, useIntl } from 'react-intl';
import Navigation from '@plone/volto/components/theme/Navigation/Navigation';
import useUnit from '../../hooks/useUnit';
import { unitPath } from '../../helpers/unit';
import UnitSwitcher from '../UnitSwitcher/UnitSwitcher';
import UnitStyle from '../UnitStyle/UnitStyle';
import FrontEmblem from './FrontEmblem';
import SearchBox from '../Search/SearchBox';
import ProposalsLink from '../Proposals/ProposalsLink';

const messages = defineMessages({
  home: { id: 'mttq-unit-home', defaultMessage: 'Trang chủ {name}' },
  logoOf: { id: 'mttq-logo-of', defaultMessage: 'Biểu trưng {name}' },
  front: {
    id: 'mttq-front-name',
    defaultMessage: 'Mặt trận Tổ quốc Việt Nam',
  },
  login: { id: 'mttq-login', defaultMessage: 'Đăng nhập' },
  archived: {
    id: 'mttq-unit-archived',
    defaultMessage:
      'Đơn vị này đã kết thúc hoạt động. Trang được lưu giữ để tra cứu và không cập nhật tin mới.',
  },
});

/**
 * Header of every page: the unit's logo, short name, colours and banner, the
 * unit switcher and the unit's own navigation (Volto's navigation follows
 * the navigation root, i.e. the unit site).
 */
const UnitHeader = ({ pathname }) => {
  const intl = useIntl();
  const token = useSelector((state) => state.userSession?.token);
  const { unit, units, settings } = useUnit(pathname);
  const home = unit ? unitPath(unit) : '/';
  const shortName = settings.short_name;
  const fullTitle = unit?.title || intl.formatMessage(messages.front);
  const closed = unit?.state === 'closed';
  const loginTarget = `${home === '/' ? '' : home}/login${
    pathname && !/\/login\/?$/.test(pathname)
      ? `?return_url=${encodeURIComponent(pathname)}`
      : ''
  }`;

  return (
    <header
      className={`mttq-header${closed ? ' mttq-closed' : ''}`}
      data-unit-code={unit?.code || ''}
    >
      <UnitStyle settings={settings} />
      <div className="mttq-topbar">
        <div className="mttq-container mttq-topbar-inner">
          <UnitSwitcher units={units} current={unit} />
          <div className="mttq-tools">
            {!token && (
              <Link className="mttq-login-link" to={loginTarget}>
                {intl.formatMessage(messages.login)}
              </Link>
            )}
            {/* province editors: news proposed by the units (Proposals/) */}
            <ProposalsLink />
            <div className="search">
              {/* the unit's search page with the unit ticked (Search/) */}
              <SearchBox unit={unit} home={home} />
            </div>
          </div>
        </div>
      </div>
      <div
        className={`mttq-masthead${settings.bannerUrl ? ' has-banner' : ''}`}
        style={
          settings.bannerUrl
            ? { backgroundImage: `url("${settings.bannerUrl}")` }
            : undefined
        }
      >
        <div className="mttq-container mttq-masthead-inner">
          <Link
            to={home}
            className="mttq-brand"
            title={intl.formatMessage(messages.home, { name: shortName })}
          >
            <span className="mttq-logo">
              {settings.logoUrl ? (
                <img
                  src={settings.logoUrl}
                  alt={intl.formatMessage(messages.logoOf, { name: shortName })}
                  width="88"
                  height="88"
                />
              ) : (
                <FrontEmblem
                  title={intl.formatMessage(messages.logoOf, {
                    name: shortName,
                  })}
                />
              )}
            </span>
            <span className="mttq-brand-text">
              <span className="mttq-unit-title">{fullTitle}</span>
              <span className="mttq-unit-name">{shortName}</span>
            </span>
          </Link>
        </div>
      </div>
      <div className="mttq-navbar">
        <div className="mttq-container">
          <Navigation pathname={pathname} />
        </div>
      </div>
      {closed && (
        <div className="mttq-archive-notice" role="note">
          <div className="mttq-container">
            {intl.formatMessage(messages.archived)}
          </div>
        </div>
      )}
    </header>
  );
};

export default UnitHeader;
