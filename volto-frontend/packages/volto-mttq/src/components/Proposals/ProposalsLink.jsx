import React, { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useDispatch, useSelector } from 'react-redux';
import { defineMessages, useIntl } from 'react-intl';
import { getProposals } from '../../actions/proposals';
import { ROUTE } from './helpers';

const messages = defineMessages({
  link: { id: 'mttq-proposals-link', defaultMessage: 'Tin đề xuất ({count})' },
});

/**
 * The header's link to the proposals page with the number waiting, for the
 * users the backend lets read `@proposals` (province editors); nothing for
 * anybody else.
 */
const ProposalsLink = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const token = useSelector((state) => state.userSession?.token);
  const [count, setCount] = useState(null);

  useEffect(() => {
    let live = true;
    setCount(null);
    if (token) {
      Promise.resolve(dispatch(getProposals('pending', 0, 1)))
        .then((data) => live && setCount(Number.isInteger(data?.items_total) ? data.items_total : null))
        .catch(() => live && setCount(null));
    }
    return () => {
      live = false;
    };
  }, [dispatch, token]);

  if (!token || count === null) return null;
  return (
    <Link className="mttq-proposals-link" to={`/${ROUTE}`}>
      {intl.formatMessage(messages.link, { count })}
    </Link>
  );
};

export default ProposalsLink;
