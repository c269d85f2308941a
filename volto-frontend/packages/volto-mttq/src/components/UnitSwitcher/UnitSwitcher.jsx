import React, { useCallback, useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { splitUnits, unitPath } from '../../helpers/unit';

const messages = defineMessages({
  switcher: { id: 'mttq-unit-switcher', defaultMessage: 'Đơn vị' },
  switcherLabel: {
    id: 'mttq-unit-switcher-label',
    defaultMessage: 'Chuyển sang trang của đơn vị khác',
  },
  active: { id: 'mttq-units-active', defaultMessage: 'Các đơn vị' },
  closed: {
    id: 'mttq-units-closed',
    defaultMessage: 'Lưu trữ (đơn vị đã kết thúc hoạt động)',
  },
  archive: { id: 'mttq-unit-archive', defaultMessage: 'lưu trữ' },
});

/**
 * Unit switcher: a disclosure (native <details>, usable without JavaScript
 * and with the keyboard) listing the active units and, separately, the
 * closed ones that stay readable as archives.
 */
const UnitSwitcher = ({ units, current }) => {
  const intl = useIntl();
  const ref = useRef(null);
  const close = useCallback((focusSummary) => {
    if (ref.current && ref.current.open) {
      ref.current.open = false;
      if (focusSummary) ref.current.querySelector('summary')?.focus();
    }
  }, []);

  useEffect(() => {
    const onDocument = (event) => {
      if (ref.current && !ref.current.contains(event.target)) close(false);
    };
    document.addEventListener('mousedown', onDocument);
    document.addEventListener('focusin', onDocument);
    return () => {
      document.removeEventListener('mousedown', onDocument);
      document.removeEventListener('focusin', onDocument);
    };
  }, [close]);

  if (!units || units.length === 0) return null;
  const { active, closed } = splitUnits(units);
  const currentPath = current ? unitPath(current) : null;

  const renderItem = (unit, archived) => {
    const path = unitPath(unit);
    const isCurrent = path === currentPath;
    return (
      <li key={unit.code || path}>
        <Link
          to={path}
          data-unit-code={unit.code}
          aria-current={isCurrent ? 'true' : undefined}
          className={isCurrent ? 'current' : undefined}
          onClick={() => close(false)}
        >
          {unit.name || unit.title}
          {archived && (
            <span className="mttq-archive-tag">
              {' '}
              ({intl.formatMessage(messages.archive)})
            </span>
          )}
        </Link>
      </li>
    );
  };

  return (
    <details
      className="mttq-unit-switcher"
      ref={ref}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close(true);
        }
      }}
    >
      <summary title={intl.formatMessage(messages.switcherLabel)}>
        <span className="mttq-switcher-label">
          {intl.formatMessage(messages.switcher)}:
        </span>{' '}
        <span className="mttq-switcher-current">
          {current?.name || current?.title || ''}
        </span>
      </summary>
      <nav
        className="mttq-unit-panel"
        aria-label={intl.formatMessage(messages.switcherLabel)}
      >
        <h2 className="mttq-unit-panel-title">
          {intl.formatMessage(messages.active)}
        </h2>
        <ul className="mttq-unit-list mttq-units-active">
          {active.map((u) => renderItem(u, false))}
        </ul>
        {closed.length > 0 && (
          <>
            <h2 className="mttq-unit-panel-title">
              {intl.formatMessage(messages.closed)}
            </h2>
            <ul className="mttq-unit-list mttq-units-closed">
              {closed.map((u) => renderItem(u, true))}
            </ul>
          </>
        )}
      </nav>
    </details>
  );
};

export default UnitSwitcher;
