import React from 'react';
import { defineMessages, useIntl } from 'react-intl';

const messages = defineMessages({
  placeholder: {
    id: 'mttq-registry-edit',
    defaultMessage:
      'Sổ văn bản: danh sách văn bản có bộ lọc, hiển thị khi xem trang.',
  },
});

/** In the editor the block only says what it shows: the list needs the page's address. */
const RegistryEdit = () => {
  const intl = useIntl();
  return (
    <p className="mttq-registry-edit">
      {intl.formatMessage(messages.placeholder)}
    </p>
  );
};

export default RegistryEdit;
