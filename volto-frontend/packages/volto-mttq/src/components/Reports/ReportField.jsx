/**
 * One field of a report form (the backend's @easyform JSON schema). The
 * EasyForm view's own inputs are not exported, so the kinds a report uses
 * are rendered here with the same Semantic UI components.
 */
import React from 'react';
import { Checkbox, Form } from 'semantic-ui-react';

export const SUPPORTED = [
  'string',
  'textarea',
  'richtext',
  'integer',
  'number',
  'date',
  'datetime',
  'choice',
  'multichoice',
  'boolean',
  'label',
  'richlabel',
];

export default function ReportField({ field, value, onChange, error, chooseLabel, unsupportedLabel }) {
  const id = `report-${field.name}`;
  const common = {
    id,
    name: field.name,
    required: field.required,
    label: field.title,
    error: error ? { content: error, pointing: 'above' } : undefined,
  };
  const help = field.description ? <p className="help">{field.description}</p> : null;
  const set = (v) => onChange(field.name, v);
  const choices = (field.choices || []).map(([token, title]) => ({ key: token, value: token, text: title }));
  let input;
  switch (field.type) {
    case 'label':
      return <p className="easyform-label">{field.title}</p>;
    case 'richlabel':
      return <div className="easyform-label" dangerouslySetInnerHTML={{ __html: field.text || '' }} />;
    case 'textarea':
    case 'richtext':
      input = <Form.TextArea {...common} maxLength={field.max_length} value={value ?? ''} onChange={(e, d) => set(d.value)} />;
      break;
    case 'integer':
    case 'number':
      input = (
        <Form.Input
          {...common}
          type="number"
          min={field.min}
          max={field.max}
          step={field.type === 'integer' ? 1 : 'any'}
          value={value ?? ''}
          onChange={(e, d) =>
            set(d.value === '' ? null : field.type === 'integer' ? parseInt(d.value, 10) : Number(d.value))
          }
        />
      );
      break;
    case 'date':
    case 'datetime':
      input = (
        <Form.Input
          {...common}
          type={field.type === 'date' ? 'date' : 'datetime-local'}
          value={value ?? ''}
          onChange={(e, d) => set(d.value || null)}
        />
      );
      break;
    case 'choice':
      input = (
        <Form.Select
          {...common}
          placeholder={chooseLabel}
          options={choices}
          clearable={!field.required}
          value={value ?? ''}
          onChange={(e, d) => set(d.value || null)}
        />
      );
      break;
    case 'multichoice':
      input = (
        <Form.Group grouped className={error ? 'error' : undefined}>
          <label htmlFor={id}>{field.title}</label>
          {choices.map((c) => (
            <Form.Field key={c.key}>
              <Checkbox
                label={c.text}
                checked={(value || []).includes(c.value)}
                onChange={(e, d) =>
                  set(d.checked ? [...(value || []), c.value] : (value || []).filter((v) => v !== c.value))
                }
              />
            </Form.Field>
          ))}
          {error && <div className="ui basic red pointing prompt label">{error}</div>}
        </Form.Group>
      );
      break;
    case 'boolean':
      input = <Form.Checkbox {...common} checked={!!value} onChange={(e, d) => set(d.checked)} />;
      break;
    case 'string':
      input = <Form.Input {...common} maxLength={field.max_length} value={value ?? ''} onChange={(e, d) => set(d.value)} />;
      break;
    default:
      // Uploads and Likert scales are not report material yet.
      return (
        <p className="mttq-report-unsupported">
          {field.title}: {unsupportedLabel}
        </p>
      );
  }
  return (
    <>
      {input}
      {help}
    </>
  );
}
