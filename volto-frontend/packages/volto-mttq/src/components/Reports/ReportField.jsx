/**
 * A field of a report form, and a submitted value as read back. The input
 * is the EasyForm view's own (FieldInput): one implementation for every
 * field type easyform has, Likert scales and file uploads included.
 */
import React from 'react';
import { Button } from 'semantic-ui-react';
import FieldInput, { FILE_TYPES } from '../EasyForm/FieldInput';
import messages from './messages';
import { downloadFile, formatNumber } from './helpers';

export default function ReportField(props) {
  return <FieldInput idPrefix="report" {...props} />;
}

/**
 * A unit's submitted value: a file as a download button (fileUrl, fetched
 * with the user's token), a choice by its title, numbers as read in Vietnam.
 */
export function ReportValue({ field, value, fileUrl, token, fetcher, intl }) {
  if (value === null || value === undefined || value === '') return '–';
  if (FILE_TYPES.includes(field.type) && value.filename) {
    return (
      <Button
        type="button"
        basic
        size="small"
        className="mttq-report-file"
        content={value.filename}
        aria-label={intl.formatMessage(messages.downloadFile, { filename: value.filename })}
        onClick={() => downloadFile(fetcher, fileUrl, token, value.filename)}
      />
    );
  }
  if (field.type === 'integer' || field.type === 'number') return formatNumber(value);
  if (field.type === 'boolean') return intl.formatMessage(value ? messages.yes : messages.no);
  const titles = Object.fromEntries(field.choices || []);
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => titles[v] ?? String(v)).join(', ');
}
