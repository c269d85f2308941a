import React from 'react';
import { defineMessages, useIntl } from 'react-intl';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import printerSVG from '@plone/volto/icons/printer.svg';

const messages = defineMessages({
  print: { id: 'mttq-print', defaultMessage: 'In / Lưu' },
  printHint: {
    id: 'mttq-print-hint',
    defaultMessage: 'In bài viết hoặc lưu thành tệp PDF',
  },
});

/**
 * "In / Lưu": prints the page, or saves it as PDF through the browser's
 * print dialog (Decree 42/2022 asks portals for print and save of every
 * article). The print style sheet leaves out the site's chrome.
 */
const PrintButton = () => {
  const intl = useIntl();
  return (
    <button
      type="button"
      className="mttq-print"
      title={intl.formatMessage(messages.printHint)}
      onClick={() => {
        if (typeof window !== 'undefined' && window.print) window.print();
      }}
    >
      <Icon name={printerSVG} size="20px" />
      <span>{intl.formatMessage(messages.print)}</span>
    </button>
  );
};

export default PrintButton;
