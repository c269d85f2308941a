import React from 'react';
import { render, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import { MemoryRouter } from 'react-router-dom';
import GuidanceDocumentView from './GuidanceDocumentView';
import viMessages from '../../testing/viMessages';
import { GET_SIGNATURES } from '../../constants';

const mockStore = configureStore();
const base = 'http://localhost:8080/Plone/van-ban/hd-125';
const signer = {
  common_name: 'Nguyễn Văn A',
  subject: 'Common Name: Nguyễn Văn A',
  issuer: 'Common Name: CA thử nghiệm MTTQ',
  serial_number: '76B7',
  not_before: '2026-01-01T00:00:00+00:00',
  not_after: '2027-01-01T00:00:00+00:00',
};
const content = {
  '@id': base,
  '@type': 'GuidanceDocument',
  title: 'V/v tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024',
  document_number: '125/HD-MTTQ-BTT',
  document_type: { token: 'HD', title: 'Hướng dẫn (HD)' },
  issue_date: '2024-10-01',
  date_in_force: '2024-10-05',
  issuing_body: 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn',
  signer: 'Nguyễn Văn A',
  signer_position: 'Phó Chủ tịch',
  document_field: { token: 'dai-doan-ket', title: 'Đại đoàn kết toàn dân tộc' },
  urgency: { token: 'khan', title: 'Khẩn' },
  recipients: 'Ủy ban MTTQ các huyện',
  replaced_by: {
    '@id': 'http://localhost:8080/Plone/van-ban/hd-200',
    title: 'Văn bản mới',
  },
  file: {
    filename: '125.pdf',
    size: 2048,
    download: `${base}/@@download/file`,
  },
};

function file(name, signatures, url = base) {
  return {
    '@id': url,
    title: name,
    filename: name,
    size: 4096,
    download: `${url}/@@download/file`,
    signatures,
  };
}

function renderWith(signatures) {
  const store = mockStore({
    intl: { locale: 'vi', messages: viMessages() },
    mttqDocuments: { signatures },
  });
  const view = render(
    <Provider store={store}>
      <MemoryRouter>
        <GuidanceDocumentView content={content} />
      </MemoryRouter>
    </Provider>,
  );
  return { ...view, store };
}

describe('GuidanceDocumentView', () => {
  it('shows the metadata table and asks for the signatures', () => {
    const { container, store } = renderWith({});
    const rows = Object.fromEntries(
      [...container.querySelectorAll('tbody tr')].map((tr) => [
        tr.querySelector('th').textContent,
        tr.querySelector('td').textContent,
      ]),
    );
    expect(rows).toMatchObject({
      'Số, ký hiệu': '125/HD-MTTQ-BTT',
      'Loại văn bản': 'Hướng dẫn (HD)',
      'Ngày ban hành': '01/10/2024',
      'Ngày hiệu lực': '05/10/2024',
      'Cơ quan ban hành': 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn',
      'Người ký': 'Nguyễn Văn A, Phó Chủ tịch',
      'Lĩnh vực': 'Đại đoàn kết toàn dân tộc',
      'Độ khẩn': 'Khẩn',
      'Nơi nhận': 'Ủy ban MTTQ các huyện',
      'Được thay thế bởi': 'Văn bản mới',
    });
    expect(store.getActions()).toEqual([
      {
        type: GET_SIGNATURES,
        path: '/van-ban/hd-125',
        request: { op: 'get', path: '/van-ban/hd-125/@signatures' },
      },
    ]);
    // Before the report arrives, the main file is there to download.
    expect(screen.getByText('Tải về: 125.pdf').getAttribute('href')).toBe(
      '/van-ban/hd-125/@@download/file',
    );
  });

  it('tells a valid signature from a tampered file, and integrity from trust', () => {
    const { container } = renderWith({
      loaded: true,
      path: '/van-ban/hd-125',
      data: {
        trust_roots_configured: 0,
        files: [
          file('125.pdf', {
            signed: true,
            signatures: [
              {
                field: 'Sig1',
                intact: true,
                valid: true,
                trusted: false,
                signing_time: '2026-11-25T02:09:22+00:00',
                signer,
              },
            ],
          }),
          file(
            'ban-sua.pdf',
            {
              signed: true,
              signatures: [
                {
                  field: 'Sig1',
                  intact: false,
                  valid: false,
                  trusted: false,
                  signer,
                },
              ],
            },
            `${base}/ban-sua.pdf`,
          ),
          file(
            'phu-luc.pdf',
            { signed: false, signatures: [], error: null },
            `${base}/phu-luc.pdf`,
          ),
        ],
      },
    });
    const states = [
      ...container.querySelectorAll('[data-signature-state]'),
    ].map((li) => li.getAttribute('data-signature-state'));
    expect(states).toEqual(['intact', 'invalid']);
    expect(
      screen.getByText('Chữ ký số hợp lệ: tệp không bị sửa đổi sau khi ký.'),
    ).toBeTruthy();
    expect(
      screen.getByText(/Nguồn gốc chứng thư chưa được xác minh/),
    ).toBeTruthy();
    expect(
      screen.getByText(/Chữ ký số không hợp lệ: tệp đã bị sửa đổi sau khi ký/),
    ).toBeTruthy();
    expect(screen.getByText('Tệp không có chữ ký số.')).toBeTruthy();
    expect(
      screen.getByText(/Chưa cấu hình chứng thư gốc tin cậy/),
    ).toBeTruthy();
    expect(screen.getAllByText('Nguyễn Văn A').length).toBe(2);
    expect(screen.getByText('Tải về: ban-sua.pdf').getAttribute('href')).toBe(
      '/van-ban/hd-125/ban-sua.pdf/@@download/file',
    );
  });

  it('says when the certificate chains to a configured root', () => {
    renderWith({
      loaded: true,
      path: '/van-ban/hd-125',
      data: {
        trust_roots_configured: 1,
        files: [
          file('125.pdf', {
            signed: true,
            signatures: [{ intact: true, valid: true, trusted: true, signer }],
          }),
        ],
      },
    });
    expect(
      screen.getByText(/thuộc tổ chức chứng thực được cấu hình tin cậy/),
    ).toBeTruthy();
    expect(
      screen.queryByText(/Chưa cấu hình chứng thư gốc tin cậy/),
    ).toBeNull();
  });
});
