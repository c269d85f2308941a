import React from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { signatureState } from '../../helpers/registry';

const messages = defineMessages({
  unsigned: {
    id: 'mttq-signature-unsigned',
    defaultMessage: 'Tệp không có chữ ký số.',
  },
  unreadable: {
    id: 'mttq-signature-unreadable',
    defaultMessage: 'Không đọc được chữ ký số của tệp này.',
  },
  trusted: {
    id: 'mttq-signature-trusted',
    defaultMessage:
      'Chữ ký số hợp lệ: tệp không bị sửa đổi sau khi ký, chứng thư của người ký thuộc tổ chức chứng thực được cấu hình tin cậy.',
  },
  intact: {
    id: 'mttq-signature-intact',
    defaultMessage: 'Chữ ký số hợp lệ: tệp không bị sửa đổi sau khi ký.',
  },
  untrusted: {
    id: 'mttq-signature-untrusted',
    defaultMessage:
      'Nguồn gốc chứng thư chưa được xác minh: chứng thư của người ký không thuộc chứng thư gốc nào được cấu hình tin cậy.',
  },
  invalid: {
    id: 'mttq-signature-invalid',
    defaultMessage:
      'Chữ ký số không hợp lệ: tệp đã bị sửa đổi sau khi ký hoặc chữ ký bị hỏng.',
  },
  signer: {
    id: 'mttq-signature-signer',
    defaultMessage: 'Người ký (theo chứng thư)',
  },
  issuer: {
    id: 'mttq-signature-issuer',
    defaultMessage: 'Tổ chức cấp chứng thư',
  },
  time: { id: 'mttq-signature-time', defaultMessage: 'Thời điểm ký' },
  serial: { id: 'mttq-signature-serial', defaultMessage: 'Số hiệu chứng thư' },
  validity: {
    id: 'mttq-signature-validity',
    defaultMessage: 'Chứng thư có hiệu lực',
  },
});

function formatTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
}

/**
 * The signature report of one file: integrity (not changed after signing)
 * and trust (the certificate chains to a configured root) are told apart.
 */
const SignatureStatus = ({ report }) => {
  const intl = useIntl();
  if (!report) return null;
  if (!report.signed) {
    return (
      <p className="mttq-signature mttq-signature-none">
        {intl.formatMessage(
          report.error ? messages.unreadable : messages.unsigned,
        )}
      </p>
    );
  }
  return (
    <ul className="mttq-signatures">
      {report.signatures.map((signature, index) => {
        const state = signatureState(signature);
        const cert = signature.signer || {};
        return (
          <li
            key={signature.field || index}
            className={`mttq-signature mttq-signature-${state}`}
            data-signature-state={state}
          >
            <p className="mttq-signature-state">
              <strong>{intl.formatMessage(messages[state])}</strong>
            </p>
            {state === 'intact' && (
              <p className="mttq-signature-trust">
                {intl.formatMessage(messages.untrusted)}
              </p>
            )}
            <dl>
              <dt>{intl.formatMessage(messages.signer)}</dt>
              <dd>{cert.common_name || cert.subject}</dd>
              <dt>{intl.formatMessage(messages.issuer)}</dt>
              <dd>{cert.issuer_common_name || cert.issuer}</dd>
              <dt>{intl.formatMessage(messages.time)}</dt>
              <dd>{formatTime(signature.signing_time)}</dd>
              <dt>{intl.formatMessage(messages.validity)}</dt>
              <dd>
                {formatTime(cert.not_before)} – {formatTime(cert.not_after)}
              </dd>
              <dt>{intl.formatMessage(messages.serial)}</dt>
              <dd>{cert.serial_number}</dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
};

export default SignatureStatus;
