/**
 * The inputs of an EasyForm, in its fieldsets: a <fieldset> with its legend
 * when the form has several, only the fields whose condition is met. Shared
 * by the form's own view and the periodic report form, so that both show a
 * form the way its editors grouped it.
 */
import React from 'react';
import FieldInput from './FieldInput';
import { conditionMet } from './helpers';

/** The form's fieldsets, or one holding every field when it sends none. */
export function fieldsetsOf(form) {
  if (form.fieldsets?.length) return form.fieldsets;
  return [{ id: 'default', title: '', fields: (form.fields || []).map((f) => f.name) }];
}

export default function FieldGroups({ form, values, errors, onChange, idPrefix }) {
  const fieldsets = fieldsetsOf(form);
  return fieldsets.map((fs) => {
    const shown = form.fields.filter((f) => fs.fields.includes(f.name) && conditionMet(f.depends_on, values));
    if (!shown.length) return null;
    const inputs = shown.map((f) => (
      <FieldInput
        key={f.name}
        idPrefix={idPrefix}
        field={f}
        value={values[f.name]}
        error={errors[f.name]}
        onChange={onChange}
      />
    ));
    return fieldsets.length > 1 ? (
      <fieldset key={fs.id} className={`easyform-fieldset easyform-fieldset-${fs.id}`}>
        <legend>{fs.title}</legend>
        {inputs}
      </fieldset>
    ) : (
      <React.Fragment key={fs.id}>{inputs}</React.Fragment>
    );
  });
}
