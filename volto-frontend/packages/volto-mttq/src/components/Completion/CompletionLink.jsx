/**
 * A link to the completion dashboard (and, for the province office, the
 * cadre import) for those allowed to follow it: shown on Học tập của tôi.
 */
import React from 'react';
import { Link } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { canFollowCompletion, isOffice, useCurrentUser } from './access';

const messages = defineMessages({
  dashboard: {
    id: 'mttq-completion-link',
    defaultMessage: 'Theo dõi hoàn thành khóa học của các đơn vị',
  },
  import: { id: 'mttq-completion-link-import', defaultMessage: 'Nhập cán bộ' },
});

export default function CompletionLink() {
  const intl = useIntl();
  const user = useCurrentUser();
  if (!canFollowCompletion(user)) return null;
  return (
    <p className="mttq-completion-link">
      <Link to="/theo-doi-hoan-thanh">{intl.formatMessage(messages.dashboard)}</Link>
      {isOffice(user) && (
        <>
          {' · '}
          <Link to="/nhap-can-bo">{intl.formatMessage(messages.import)}</Link>
        </>
      )}
    </p>
  );
}
