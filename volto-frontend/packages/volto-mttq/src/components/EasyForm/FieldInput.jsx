/**
 * One field of an EasyForm (the backend's @easyform JSON schema) as a
 * Semantic UI input, with the client-side checks and the file uploads: the
 * EasyForm view and the periodic reports' form both render their fields
 * with it, so every field type easyform has is filled in the same way.
 */
import React from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Checkbox, Form, Radio } from 'semantic-ui-react';
import { conditionMet, extension, readUpload } from './helpers';

const messages = defineMessages({
  required: { id: 'mttq-easyform-required', defaultMessage: 'This field is required.' },
  tooBig: {
    id: 'mttq-easyform-too-big',
    defaultMessage: 'The file is larger than the allowed {size} MB.',
  },
  badType: {
    id: 'mttq-easyform-bad-type',
    defaultMessage: 'Files of type {type} are not accepted.',
  },
  choose: { id: 'mttq-easyform-choose', defaultMessage: 'Choose…' },
  storedFile: {
    id: 'mttq-easyform-stored-file',
    defaultMessage: 'File sent: {filename}. Choose another file to replace it.',
  },
  removeFile: { id: 'mttq-easyform-remove-file', defaultMessage: 'Remove this file' },
  fileRemoved: {
    id: 'mttq-easyform-file-removed',
    defaultMessage: 'The file sent before will be removed when you send the form.',
  },
});

export const FILE_TYPES = ['file', 'image'];

/** A file the server already has ({filename, size, content-type}), not one just chosen. */
export function isStoredFile(value) {
  return !!value && typeof value === 'object' && !value.file && !!value.filename;
}

export const Html = ({ html, className }) =>
  html ? <div className={className} dangerouslySetInnerHTML={{ __html: html }} /> : null;

export default function FieldInput({ field, value, onChange, error, idPrefix = 'easyform' }) {
  const intl = useIntl();
  const id = `${idPrefix}-${field.name}`;
  const stored = FILE_TYPES.includes(field.type) && isStoredFile(value);
  const describedBy = [field.description && `${id}-help`, stored && `${id}-stored`].filter(Boolean).join(' ');
  const common = {
    id,
    name: field.name,
    required: field.required,
    error: error ? { content: error, pointing: 'above' } : undefined,
    'aria-describedby': describedBy || undefined,
  };
  const help = field.description ? (
    <p className="help" id={`${id}-help`}>
      {field.description}
    </p>
  ) : null;
  const set = (v) => onChange(field.name, v);
  const choices = (field.choices || []).map(([token, title]) => ({
    key: token,
    value: token,
    text: title,
  }));

  switch (field.type) {
    case 'label':
      return <p className="easyform-label">{field.title}</p>;
    case 'richlabel':
      return <Html className="easyform-label" html={field.text} />;
    case 'textarea':
    case 'richtext':
      return (
        <>
          <Form.TextArea
            {...common}
            label={field.title}
            maxLength={field.max_length}
            value={value ?? ''}
            onChange={(e, d) => set(d.value)}
          />
          {help}
        </>
      );
    case 'integer':
    case 'number':
      return (
        <>
          <Form.Input
            {...common}
            type="number"
            label={field.title}
            min={field.min}
            max={field.max}
            step={field.type === 'integer' ? 1 : 'any'}
            value={value ?? ''}
            onChange={(e, d) =>
              set(d.value === '' ? null : field.type === 'integer' ? parseInt(d.value, 10) : Number(d.value))
            }
          />
          {help}
        </>
      );
    case 'date':
    case 'datetime':
      return (
        <>
          <Form.Input
            {...common}
            type={field.type === 'date' ? 'date' : 'datetime-local'}
            label={field.title}
            value={value ?? ''}
            onChange={(e, d) => set(d.value || null)}
          />
          {help}
        </>
      );
    case 'choice':
      return (
        <>
          <Form.Select
            {...common}
            label={field.title}
            placeholder={intl.formatMessage(messages.choose)}
            options={choices}
            clearable={!field.required}
            value={value ?? ''}
            onChange={(e, d) => set(d.value || null)}
          />
          {help}
        </>
      );
    case 'multichoice':
      return (
        <Form.Group grouped className={error ? 'error' : undefined}>
          <label htmlFor={id}>{field.title}</label>
          {choices.map((c) => (
            <Form.Field key={c.key}>
              <Checkbox
                label={c.text}
                name={field.name}
                value={c.value}
                checked={(value || []).includes(c.value)}
                onChange={(e, d) =>
                  set(
                    d.checked
                      ? [...(value || []), c.value]
                      : (value || []).filter((v) => v !== c.value),
                  )
                }
              />
            </Form.Field>
          ))}
          {help}
          {error && <div className="ui basic red pointing prompt label">{error}</div>}
        </Form.Group>
      );
    case 'boolean':
      return (
        <>
          <Form.Checkbox
            {...common}
            label={field.title}
            checked={!!value}
            onChange={(e, d) => set(d.checked)}
          />
          {help}
        </>
      );
    case 'likert':
      return (
        <Form.Group grouped className={`easyform-likert${error ? ' error' : ''}`}>
          <label htmlFor={id}>{field.title}</label>
          <table className="ui celled table">
            <thead>
              <tr>
                <th />
                {field.answers.map((a) => (
                  <th key={a}>{a}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {field.questions.map((q, i) => (
                <tr key={q}>
                  <td>{q}</td>
                  {field.answers.map((a) => (
                    <td key={a}>
                      <Radio
                        name={`${field.name}.${i + 1}`}
                        aria-label={`${q}: ${a}`}
                        value={a}
                        checked={(value || {})[i + 1] === a}
                        onChange={() => set({ ...(value || {}), [i + 1]: a })}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {help}
          {error && <div className="ui basic red pointing prompt label">{error}</div>}
        </Form.Group>
      );
    case 'file':
    case 'image':
      return (
        <>
          <Form.Input
            {...common}
            type="file"
            label={field.title}
            accept={(field.accept || []).map((x) => `.${x}`).join(',')}
            onChange={(e) => set({ file: e.target.files[0] || null })}
          />
          {/* A file sent before (a report being revised) stays unless replaced
              or, when the field is optional, removed (sent as null). */}
          {stored && (
            <p className="easyform-stored-file" id={`${id}-stored`}>
              {intl.formatMessage(messages.storedFile, { filename: value.filename })}
              {!field.required && (
                <>
                  {' '}
                  <button type="button" className="ui basic mini button easyform-remove-file" onClick={() => set(null)}>
                    {intl.formatMessage(messages.removeFile)}
                  </button>
                </>
              )}
            </p>
          )}
          {value === null && (
            <p className="easyform-file-removed" role="status">
              {intl.formatMessage(messages.fileRemoved)}
            </p>
          )}
          {help}
        </>
      );
    default:
      return (
        <>
          <Form.Input
            {...common}
            type={field.hidden ? 'hidden' : 'text'}
            label={field.hidden ? undefined : field.title}
            maxLength={field.max_length}
            value={value ?? ''}
            onChange={(e, d) => set(d.value)}
          />
          {help}
        </>
      );
  }
}

/** Client-side checks only spare a round trip: the server decides. */
export function localErrors(form, values, intl) {
  const errors = {};
  form.fields.forEach((f) => {
    if (!conditionMet(f.depends_on, values)) return;
    const v = values[f.name];
    const empty = v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length);
    if (f.required && empty && f.type !== 'likert') {
      errors[f.name] = intl.formatMessage(messages.required);
    }
    const file = v && v.file;
    if (file && FILE_TYPES.includes(f.type)) {
      if (f.accept && !f.accept.includes(extension(file.name))) {
        errors[f.name] = intl.formatMessage(messages.badType, {
          type: extension(file.name).toUpperCase(),
        });
      } else if (f.max_size && file.size > f.max_size) {
        errors[f.name] = intl.formatMessage(messages.tooBig, {
          size: Math.round((f.max_size / 1048576) * 10) / 10,
        });
      }
    }
  });
  return errors;
}

/**
 * The values with each newly chosen file read as an upload (base64); a file
 * sent before is left out, so the server keeps it.
 */
export async function withUploads(form, values) {
  const out = { ...values };
  await Promise.all(
    form.fields
      .filter((f) => FILE_TYPES.includes(f.type) && values[f.name])
      .map(async (f) => {
        const file = values[f.name].file;
        out[f.name] = file ? await readUpload(file) : undefined;
      }),
  );
  return out;
}
