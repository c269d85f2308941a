import React, { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { useDispatch, useSelector } from 'react-redux';
import { defineMessages, useIntl } from 'react-intl';
import { Container as SemanticContainer } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import config from '@plone/volto/registry';
import { getSignatures } from '../../actions/registry';
import SignatureStatus from './SignatureStatus';
import { formatDate } from './RegistryView';

const messages = defineMessages({
  metadata: {
    id: 'mttq-document-metadata',
    defaultMessage: 'Thông tin văn bản',
  },
  number: { id: 'mttq-registry-number', defaultMessage: 'Số, ký hiệu' },
  type: { id: 'mttq-registry-type', defaultMessage: 'Loại văn bản' },
  issued: { id: 'mttq-registry-issued', defaultMessage: 'Ngày ban hành' },
  inForce: { id: 'mttq-document-in-force', defaultMessage: 'Ngày hiệu lực' },
  body: { id: 'mttq-registry-body', defaultMessage: 'Cơ quan ban hành' },
  summary: { id: 'mttq-registry-summary', defaultMessage: 'Trích yếu' },
  signer: { id: 'mttq-registry-signer', defaultMessage: 'Người ký' },
  field: { id: 'mttq-registry-field', defaultMessage: 'Lĩnh vực' },
  recipients: { id: 'mttq-document-recipients', defaultMessage: 'Nơi nhận' },
  urgency: { id: 'mttq-document-urgency', defaultMessage: 'Độ khẩn' },
  pages: { id: 'mttq-document-pages', defaultMessage: 'Số trang' },
  replacedBy: {
    id: 'mttq-document-replaced-by',
    defaultMessage: 'Được thay thế bởi',
  },
  related: { id: 'mttq-document-related', defaultMessage: 'Văn bản liên quan' },
  files: { id: 'mttq-document-files', defaultMessage: 'Tệp văn bản' },
  download: { id: 'mttq-document-download', defaultMessage: 'Tải về' },
  signatures: { id: 'mttq-document-signatures', defaultMessage: 'Chữ ký số' },
  checking: {
    id: 'mttq-document-checking',
    defaultMessage: 'Đang kiểm tra chữ ký số…',
  },
  noRoots: {
    id: 'mttq-document-no-roots',
    defaultMessage:
      'Chưa cấu hình chứng thư gốc tin cậy: hệ thống chỉ kiểm tra tệp có bị sửa đổi sau khi ký hay không và hiển thị thông tin chứng thư của người ký.',
  },
});

function sizeLabel(size) {
  if (!size && size !== 0) return '';
  if (size < 1024 * 1024) return `${Math.max(1, Math.round(size / 1024))} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The page of a guidance document (văn bản): Decree 30 metadata table,
 * files with download links and each file's signature status.
 */
const GuidanceDocumentView = ({ content }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const Container =
    config.getComponent({ name: 'Container' }).component || SemanticContainer;
  const path = flattenToAppURL(content['@id'] || '');
  const signatures = useSelector(
    (state) => state.mttqDocuments?.signatures || {},
  );
  const current = signatures.path === path ? signatures : {};

  useEffect(() => {
    if (path) dispatch(getSignatures(path));
  }, [dispatch, path]);

  const signer = [content.signer, content.signer_position]
    .filter(Boolean)
    .join(', ');
  const rows = [
    [messages.number, content.document_number],
    [messages.type, content.document_type?.title],
    [messages.issued, formatDate(content.issue_date)],
    [messages.inForce, formatDate(content.date_in_force)],
    [messages.body, content.issuing_body],
    [messages.summary, content.title],
    [messages.signer, signer],
    [messages.field, content.document_field?.title],
    [messages.urgency, content.urgency?.title],
    [messages.pages, content.page_count],
  ].filter(([, value]) => value);
  const files =
    current.data?.files ||
    (content.file
      ? [
          {
            '@id': content['@id'],
            title: content.title,
            filename: content.file.filename,
            size: content.file.size,
            download: content.file.download,
          },
        ]
      : []);
  const related = (content.relatedItems || []).filter(
    (item) => item && item['@id'],
  );

  return (
    <Container id="page-document" className="view-wrapper mttq-document">
      <h1 className="documentFirstHeading">
        {content.document_number ? `${content.document_number}: ` : ''}
        {content.title}
      </h1>
      <table className="ui definition table mttq-document-metadata">
        <caption>{intl.formatMessage(messages.metadata)}</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label.id}>
              <th scope="row">{intl.formatMessage(label)}</th>
              <td>{value}</td>
            </tr>
          ))}
          {content.recipients && (
            <tr>
              <th scope="row">{intl.formatMessage(messages.recipients)}</th>
              <td className="mttq-document-recipients">{content.recipients}</td>
            </tr>
          )}
          {content.replaced_by?.['@id'] && (
            <tr>
              <th scope="row">{intl.formatMessage(messages.replacedBy)}</th>
              <td>
                <Link to={flattenToAppURL(content.replaced_by['@id'])}>
                  {content.replaced_by.title}
                </Link>
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <section
        className="mttq-document-files"
        aria-labelledby="mttq-document-files"
      >
        <h2 id="mttq-document-files">{intl.formatMessage(messages.files)}</h2>
        {!current.data?.trust_roots_configured && current.loaded && (
          <p className="mttq-signature-note">
            {intl.formatMessage(messages.noRoots)}
          </p>
        )}
        <ul>
          {files.map((file) => (
            <li
              key={file['@id'] + file.filename}
              className="mttq-document-file"
            >
              <a href={flattenToAppURL(file.download)} download>
                {intl.formatMessage(messages.download)}: {file.filename}
              </a>{' '}
              <span className="mttq-document-file-size">
                {sizeLabel(file.size)}
              </span>
              {current.loading && (
                <p>{intl.formatMessage(messages.checking)}</p>
              )}
              {file.signatures && (
                <div
                  className="mttq-document-signature"
                  aria-label={intl.formatMessage(messages.signatures)}
                >
                  <SignatureStatus report={file.signatures} />
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      {related.length > 0 && (
        <section className="mttq-document-related">
          <h2>{intl.formatMessage(messages.related)}</h2>
          <ul>
            {related.map((item) => (
              <li key={item['@id']}>
                <Link to={flattenToAppURL(item['@id'])}>{item.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Container>
  );
};

export default GuidanceDocumentView;
