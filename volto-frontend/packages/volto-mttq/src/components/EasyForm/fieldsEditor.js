/**
 * Pure helpers of the field editor: its route, the REST address, and the
 * conversion between the dialog's inputs (strings) and the JSON the
 * backend's @easyform-fields expects.
 */

export const FIELDS_ROUTE = 'truong-bieu-mau';

/** The form's path of a /…/truong-bieu-mau pathname. */
export function formPathOf(pathname) {
  const path = (pathname || '').replace(/\/+$/, '');
  return path.endsWith(`/${FIELDS_ROUTE}`) ? path.slice(0, -FIELDS_ROUTE.length - 1) : path;
}

export function fieldsUrl(formPath, name) {
  const base = `/++api++${(formPath || '').replace(/\/$/, '')}/@easyform-fields`;
  return name ? `${base}/${encodeURIComponent(name)}` : base;
}

const MB = 1048576;
const lines = (text) =>
  String(text || '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l);
const numberOrNull = (text) =>
  text === '' || text === null || text === undefined ? null : Number(text);

/** A listed field (or a new one of `type`) as the dialog's values. */
export function toDraft(field, type) {
  const f = field || { type, required: !['label', 'richlabel', 'boolean'].includes(type) };
  const str = (v) => (v === null || v === undefined ? '' : String(v));
  return {
    name: f.name || '',
    type: f.type,
    title: f.title || '',
    description: f.description || '',
    required: !!f.required,
    default: f.type === 'multichoice' ? f.default || [] : f.type === 'boolean' ? !!f.default : str(f.default),
    validators: f.validators || [],
    min_length: str(f.min_length),
    max_length: str(f.max_length),
    min: str(f.min),
    max: str(f.max),
    choices: (f.choices || []).join('\n'),
    questions: (f.questions || []).join('\n'),
    answers: (f.answers || []).join('\n'),
    max_size: f.max_size ? String(Math.round((f.max_size / MB) * 100) / 100) : '',
    text: f.text || '',
    fieldset: f.fieldset || 'default',
  };
}

/** The dialog's values as the JSON body: only what applies to the type. */
export function fromDraft(draft, properties, isNew) {
  const body = {};
  properties.forEach((p) => {
    const v = draft[p];
    switch (p) {
      case 'choices':
      case 'questions':
      case 'answers':
        body[p] = lines(v);
        break;
      case 'min_length':
      case 'max_length':
      case 'min':
      case 'max':
        body[p] = numberOrNull(v);
        break;
      case 'max_size':
        body[p] = v === '' ? null : Math.round(Number(v) * MB);
        break;
      case 'default':
        if (['integer', 'number'].includes(draft.type)) body[p] = numberOrNull(v);
        else if (draft.type === 'boolean') body[p] = !!v;
        else body[p] = v === '' ? null : v;
        break;
      default:
        body[p] = v;
    }
  });
  if (isNew) {
    body.name = draft.name.trim();
    body.type = draft.type;
    body.fieldset = draft.fieldset;
  }
  return body;
}

/** Suggest an id from a Vietnamese title: "Số điện thoại" -> "so_dien_thoai". */
export function idFromTitle(title) {
  return String(title || '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
    .slice(0, 40);
}
