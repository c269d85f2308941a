import React, { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useDispatch, useSelector } from 'react-redux';
import { defineMessages, useIntl } from 'react-intl';
import { Button, Container, Form, Message } from 'semantic-ui-react';
import FormattedDate from '@plone/volto/components/theme/FormattedDate/FormattedDate';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { decideProposal, getProposals } from '../../actions/proposals';
import { errorMessage, ROUTE, STATES, stateOf } from './helpers';

const messages = defineMessages({
  title: { id: 'mttq-proposals-title', defaultMessage: 'Tin đề xuất lên trang tỉnh' },
  pending: { id: 'mttq-proposals-pending', defaultMessage: 'Đang chờ' },
  accepted: { id: 'mttq-proposals-accepted', defaultMessage: 'Đã nhận' },
  declined: { id: 'mttq-proposals-declined', defaultMessage: 'Không nhận' },
  tabs: { id: 'mttq-proposals-tabs', defaultMessage: 'Trạng thái đề xuất' },
  none: { id: 'mttq-proposals-none', defaultMessage: 'Không có đề xuất nào.' },
  count: { id: 'mttq-proposals-count', defaultMessage: '{count} đề xuất' },
  unit: { id: 'mttq-proposals-unit', defaultMessage: 'Đơn vị' },
  by: { id: 'mttq-proposals-by', defaultMessage: 'Người đề xuất' },
  on: { id: 'mttq-proposals-on', defaultMessage: 'Ngày đề xuất' },
  note: { id: 'mttq-proposals-note', defaultMessage: 'Ghi chú' },
  decidedBy: { id: 'mttq-proposals-decided-by', defaultMessage: 'Người quyết định' },
  reason: { id: 'mttq-proposals-reason', defaultMessage: 'Lý do không nhận' },
  accept: { id: 'mttq-proposals-accept', defaultMessage: 'Nhận lên trang tỉnh' },
  decline: { id: 'mttq-proposals-decline', defaultMessage: 'Không nhận' },
  confirmDecline: { id: 'mttq-proposals-confirm-decline', defaultMessage: 'Xác nhận không nhận' },
  cancel: { id: 'mttq-proposals-cancel', defaultMessage: 'Hủy' },
  reasonRequired: {
    id: 'mttq-proposals-reason-required',
    defaultMessage: 'Vui lòng ghi lý do không nhận để đơn vị biết.',
  },
  acceptedDone: { id: 'mttq-proposals-accepted-done', defaultMessage: 'Đã nhận "{title}" lên trang tỉnh.' },
  declinedDone: { id: 'mttq-proposals-declined-done', defaultMessage: 'Đã trả lời không nhận "{title}".' },
  forbidden: {
    id: 'mttq-proposals-forbidden',
    defaultMessage: 'Trang này dành cho biên tập viên cấp tỉnh. Vui lòng đăng nhập bằng tài khoản được phân quyền.',
  },
  failed: {
    id: 'mttq-proposals-failed',
    defaultMessage: 'Không tải được danh sách đề xuất. Vui lòng thử lại sau.',
  },
  actionFailed: {
    id: 'mttq-proposals-action-failed',
    defaultMessage: 'Không thực hiện được. Vui lòng thử lại sau.',
  },
  loading: { id: 'mttq-proposals-loading', defaultMessage: 'Đang tải…' },
});

/** One proposal: the item, its unit, who proposed it when, and the decision. */
const Proposal = ({ record, onDecided }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState(null);
  const [sending, setSending] = useState(false);
  const path = flattenToAppURL(record['@id'] || '');

  const decide = async (decision) => {
    if (decision === 'decline' && !reason.trim()) {
      setError(intl.formatMessage(messages.reasonRequired));
      return;
    }
    setSending(true);
    setError(null);
    try {
      await dispatch(decideProposal(path, decision, decision === 'decline' ? reason.trim() : ''));
      onDecided(decision, record);
    } catch (e) {
      setError(errorMessage(e, intl.formatMessage(messages.actionFailed)));
      setSending(false);
    }
  };

  return (
    <li className="mttq-proposal-item" data-state={record.state} data-uid={record.UID}>
      <h2 className="mttq-proposal-item-title">
        {path ? <Link to={path}>{record.title}</Link> : record.title}
      </h2>
      <dl className="mttq-proposal-facts">
        <dt>{intl.formatMessage(messages.unit)}</dt>
        <dd className="mttq-proposal-unit">{record.unit_title || record.unit_code}</dd>
        <dt>{intl.formatMessage(messages.by)}</dt>
        <dd>{record.proposed_by}</dd>
        <dt>{intl.formatMessage(messages.on)}</dt>
        <dd>
          <FormattedDate date={record.proposed_at} />
        </dd>
        {record.note && (
          <>
            <dt>{intl.formatMessage(messages.note)}</dt>
            <dd className="mttq-proposal-note">{record.note}</dd>
          </>
        )}
        {record.decided_by && (
          <>
            <dt>{intl.formatMessage(messages.decidedBy)}</dt>
            <dd>
              {record.decided_by} (<FormattedDate date={record.decided_at} />)
            </dd>
          </>
        )}
        {record.state === 'declined' && record.comment && (
          <>
            <dt>{intl.formatMessage(messages.reason)}</dt>
            <dd className="mttq-proposal-comment">{record.comment}</dd>
          </>
        )}
      </dl>
      {record.state === 'pending' && (
        // noValidate: the reason's own Vietnamese message, not the browser's
        <Form
          noValidate
          error={!!error}
          loading={sending}
          onSubmit={() => decide(declining ? 'decline' : 'accept')}
        >
          {error && <Message error role="alert" content={error} />}
          {declining && (
            <Form.TextArea
              id={`mttq-decline-${record.UID}`}
              label={intl.formatMessage(messages.reason)}
              value={reason}
              rows={2}
              maxLength={500}
              required
              onChange={(e, d) => setReason(d.value)}
            />
          )}
          {declining ? (
            <>
              <Button negative type="submit" className="mttq-proposal-confirm-decline">
                {intl.formatMessage(messages.confirmDecline)}
              </Button>
              <Button type="button" onClick={() => setDeclining(false)}>
                {intl.formatMessage(messages.cancel)}
              </Button>
            </>
          ) : (
            <>
              <Button primary type="submit" className="mttq-proposal-accept">
                {intl.formatMessage(messages.accept)}
              </Button>
              <Button type="button" className="mttq-proposal-decline" onClick={() => setDeclining(true)}>
                {intl.formatMessage(messages.decline)}
              </Button>
            </>
          )}
        </Form>
      )}
    </li>
  );
};

/**
 * Route /de-xuat-tin: the province editors' list of news the units proposed
 * to the province home (`@proposals`), by state (in the address,
 * `?trang-thai=`), with accept / decline (a reason is asked for).
 */
export default function ProposalsPage({ location }) {
  const intl = useIntl();
  const dispatch = useDispatch();
  const token = useSelector((state) => state.userSession?.token);
  const state = stateOf(location?.search);
  const [list, setList] = useState({ loading: false, error: null, data: null });
  const [done, setDone] = useState(null);

  const load = useCallback(() => {
    setList((l) => ({ ...l, loading: true, error: null }));
    dispatch(getProposals(state, 0, 100))
      .then((data) => setList({ loading: false, error: null, data }))
      .catch((error) => setList({ loading: false, error, data: null }));
  }, [dispatch, state]);

  useEffect(() => {
    if (token) load();
  }, [token, load]);

  const onDecided = (decision, record) => {
    setDone(
      intl.formatMessage(decision === 'accept' ? messages.acceptedDone : messages.declinedDone, {
        title: record.title,
      }),
    );
    load();
  };

  const status = list.error?.status;
  const forbidden = !token || status === 401 || status === 403;
  const items = list.data?.items || [];

  return (
    <Container id="page-document" className="mttq-proposals">
      <h1 className="documentFirstHeading">{intl.formatMessage(messages.title)}</h1>
      <nav className="mttq-proposals-tabs" aria-label={intl.formatMessage(messages.tabs)}>
        {STATES.map((s) => (
          <Link
            key={s}
            to={`/${ROUTE}${s === 'pending' ? '' : `?trang-thai=${s}`}`}
            aria-current={s === state ? 'page' : undefined}
            className={s === state ? 'active' : undefined}
          >
            {intl.formatMessage(messages[s])}
          </Link>
        ))}
      </nav>
      {done && <Message success role="status" className="mttq-proposals-done" content={done} />}
      {forbidden && <Message warning role="alert" content={intl.formatMessage(messages.forbidden)} />}
      {!forbidden && list.error && <Message error role="alert" content={intl.formatMessage(messages.failed)} />}
      {!forbidden && list.loading && !list.data && <p>{intl.formatMessage(messages.loading)}</p>}
      {!forbidden && list.data && (
        <>
          <p className="mttq-proposals-count">
            {intl.formatMessage(messages.count, { count: list.data.items_total })}
          </p>
          {items.length === 0 ? (
            <p className="mttq-proposals-none">{intl.formatMessage(messages.none)}</p>
          ) : (
            <ul className="mttq-proposals-list">
              {items.map((record) => (
                <Proposal key={`${record.UID}-${record.state}`} record={record} onDecided={onDecided} />
              ))}
            </ul>
          )}
        </>
      )}
    </Container>
  );
}
