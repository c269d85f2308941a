/**
 * A unit's submitted value as read back: a file as a download button
 * (fileUrl, fetched with the user's token), a choice by its title, a Likert
 * scale as its questions with their answers, numbers as read in Vietnam.
 * (The inputs of a report form are the EasyForm view's: FieldGroups.)
 */
import React from 'react';
import { Button } from 'semantic-ui-react';
import { FILE_TYPES } from '../EasyForm/FieldInput';
import messages from './messages';
import { downloadFile, formatNumber, likertValue } from './helpers';

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
  if (field.type === 'likert') {
    // stored as "1: Tốt, 2: Khá": question numbers count from 1
    const answers = likertValue(value);
    return (
      <ul className="mttq-report-likert">
        {Object.entries(answers).map(([number, answer]) => (
          <li key={number}>
            {field.questions?.[Number(number) - 1] ?? number}: {answer}
          </li>
        ))}
      </ul>
    );
  }
  const titles = Object.fromEntries(field.choices || []);
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => titles[v] ?? String(v)).join(', ');
}
