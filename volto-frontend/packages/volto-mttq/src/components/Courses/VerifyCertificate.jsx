import React, { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { defineMessages, useIntl } from 'react-intl';
import { verifyCertificate } from '../../actions/courses';

const messages = defineMessages({
  title: { id: 'mttq-verify-title', defaultMessage: 'Xác minh chứng nhận' },
  valid: {
    id: 'mttq-verify-valid',
    defaultMessage:
      'Chứng nhận hợp lệ, do Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn cấp.',
  },
  invalid: {
    id: 'mttq-verify-invalid',
    defaultMessage: 'Không có chứng nhận nào mang mã này.',
  },
  code: { id: 'mttq-verify-code', defaultMessage: 'Mã chứng nhận' },
  fullname: { id: 'mttq-verify-fullname', defaultMessage: 'Họ và tên' },
  course: { id: 'mttq-verify-course', defaultMessage: 'Khóa học' },
  date: { id: 'mttq-verify-date', defaultMessage: 'Ngày hoàn thành' },
  unit: { id: 'mttq-verify-unit', defaultMessage: 'Đơn vị' },
  loading: { id: 'mttq-loading', defaultMessage: 'Đang tải…' },
});

const formatDate = (iso) => {
  const [y, m, d] = (iso || '').split('-');
  return d ? `${d}/${m}/${y}` : iso;
};

/**
 * Public page opened by the certificate's QR code
 * (route /xac-minh-chung-chi/:code): name, course, date and unit only.
 */
const VerifyCertificate = ({ match }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const code = match?.params?.code || '';
  const state = useSelector((s) => s.mttqCourses?.verification) || {};

  useEffect(() => {
    if (code) dispatch(verifyCertificate(code));
  }, [dispatch, code]);

  const t = (m) => intl.formatMessage(m);
  const data = state.data;
  return (
    <div id="page-verify-certificate" className="ui container">
      <h1 className="documentFirstHeading">{t(messages.title)}</h1>
      {state.loading && <p role="status">{t(messages.loading)}</p>}
      {state.error && <p role="alert">{t(messages.invalid)}</p>}
      {data?.valid && (
        <>
          <p className="mttq-verify-valid" role="status">
            {t(messages.valid)}
          </p>
          <dl>
            <dt>{t(messages.code)}</dt>
            <dd>{data.code}</dd>
            <dt>{t(messages.fullname)}</dt>
            <dd>{data.fullname}</dd>
            <dt>{t(messages.course)}</dt>
            <dd>{data.course}</dd>
            <dt>{t(messages.date)}</dt>
            <dd>{formatDate(data.date)}</dd>
            <dt>{t(messages.unit)}</dt>
            <dd>{data.unit}</dd>
          </dl>
        </>
      )}
    </div>
  );
};

VerifyCertificate.displayName = 'VerifyCertificate';
export default VerifyCertificate;
