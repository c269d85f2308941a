import React, { useEffect, useState } from 'react';
import { useDispatch, useSelector, shallowEqual } from 'react-redux';
import { defineMessages, useIntl } from 'react-intl';
import { Button, Form, Message, Segment } from 'semantic-ui-react';
import FormattedDate from '@plone/volto/components/theme/FormattedDate/FormattedDate';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { findUnitForPath } from '../../helpers/unit';
import { getProposal, proposeNews } from '../../actions/proposals';
import { errorMessage } from './helpers';

const messages = defineMessages({
  title: { id: 'mttq-proposal-title', defaultMessage: 'Đề xuất lên trang tỉnh' },
  propose: { id: 'mttq-proposal-propose', defaultMessage: 'Đề xuất lên trang tỉnh' },
  proposeAgain: { id: 'mttq-proposal-propose-again', defaultMessage: 'Đề xuất lại' },
  note: {
    id: 'mttq-proposal-note',
    defaultMessage: 'Ghi chú gửi Ban biên tập tỉnh (không bắt buộc)',
  },
  notPublished: {
    id: 'mttq-proposal-not-published',
    defaultMessage: 'Tin cần được đăng trước khi đề xuất lên trang tỉnh.',
  },
  pending: {
    id: 'mttq-proposal-pending',
    defaultMessage: 'Đã đề xuất lên trang tỉnh, đang chờ tỉnh xem xét.',
  },
  accepted: {
    id: 'mttq-proposal-accepted',
    defaultMessage: 'Tỉnh đã nhận tin này lên trang tỉnh.',
  },
  declined: {
    id: 'mttq-proposal-declined',
    defaultMessage: 'Tỉnh không nhận đề xuất này.',
  },
  reason: { id: 'mttq-proposal-reason', defaultMessage: 'Lý do' },
  proposedOn: { id: 'mttq-proposal-proposed-on', defaultMessage: 'Ngày đề xuất' },
  decidedOn: { id: 'mttq-proposal-decided-on', defaultMessage: 'Ngày quyết định' },
  failed: {
    id: 'mttq-proposal-failed',
    defaultMessage: 'Không thực hiện được. Vui lòng thử lại sau.',
  },
});

/**
 * On a unit's news item, for its editors (and the province's): propose it
 * to the province home, and see the outcome (pending, accepted, declined
 * with the reason). Shown only to users the backend lets read `@propose`;
 * never on the province's own news.
 */
const ProposalPanel = ({ content }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const token = useSelector((state) => state.userSession?.token);
  const units = useSelector((state) => state.mttqUnits?.items || [], shallowEqual);
  const path = flattenToAppURL(content?.['@id'] || '');
  const unit = findUnitForPath(units, path);
  const eligible =
    !!token && content?.['@type'] === 'News Item' && !!unit && unit.level !== 'province';
  const [status, setStatus] = useState({ loaded: false, allowed: false, proposal: null });
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState(null);

  useEffect(() => {
    let live = true;
    if (!eligible) return undefined;
    dispatch(getProposal(path))
      .then((result) => live && setStatus({ loaded: true, allowed: true, proposal: result?.proposal || null }))
      .catch(() => live && setStatus({ loaded: true, allowed: false, proposal: null }));
    return () => {
      live = false;
    };
  }, [dispatch, path, eligible]);

  if (!eligible || !status.allowed) return null;
  const { proposal } = status;
  const published = content.review_state === 'published';
  const canPropose = published && (!proposal || proposal.state === 'declined');

  const onPropose = async () => {
    setSending(true);
    setError(null);
    try {
      const record = await dispatch(proposeNews(path, note));
      setStatus({ loaded: true, allowed: true, proposal: record });
      setNote('');
    } catch (e) {
      setError(errorMessage(e, intl.formatMessage(messages.failed)));
    }
    setSending(false);
  };

  return (
    <Segment className="mttq-proposal" data-state={proposal?.state || 'none'} role="region"
      aria-label={intl.formatMessage(messages.title)}>
      <h2 className="mttq-proposal-title">{intl.formatMessage(messages.title)}</h2>
      {proposal && (
        <div className="mttq-proposal-status">
          <p className="mttq-proposal-state">
            {intl.formatMessage(messages[proposal.state] || messages.pending)}
          </p>
          <p className="mttq-proposal-dates">
            {intl.formatMessage(messages.proposedOn)}: <FormattedDate date={proposal.proposed_at} />
            {proposal.decided_at && (
              <>
                {' · '}
                {intl.formatMessage(messages.decidedOn)}: <FormattedDate date={proposal.decided_at} />
              </>
            )}
          </p>
          {proposal.state === 'declined' && proposal.comment && (
            <p className="mttq-proposal-reason">
              {intl.formatMessage(messages.reason)}: {proposal.comment}
            </p>
          )}
        </div>
      )}
      {!published && !proposal && <p>{intl.formatMessage(messages.notPublished)}</p>}
      {canPropose && (
        <Form onSubmit={onPropose} error={!!error} loading={sending}>
          {error && <Message error role="alert" content={error} />}
          <Form.TextArea
            id="mttq-proposal-note"
            label={intl.formatMessage(messages.note)}
            value={note}
            rows={2}
            maxLength={500}
            onChange={(e, d) => setNote(d.value)}
          />
          <Button primary type="submit" disabled={sending} className="mttq-proposal-submit">
            {intl.formatMessage(proposal ? messages.proposeAgain : messages.propose)}
          </Button>
        </Form>
      )}
    </Segment>
  );
};

export default ProposalPanel;
