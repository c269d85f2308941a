/**
 * "Trường của biểu mẫu": editors build and change an EasyForm's fields in
 * Volto (route <form>/truong-bieu-mau), on the backend's @easyform-fields:
 * the fields by group, up/down, add by type, edit, move to another group,
 * delete with confirmation. The server decides and answers every change
 * with the new list, which is drawn as it comes.
 */
import React, { useEffect, useState } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { Button, Confirm, Container, Form, Label, Message, Modal, Segment } from 'semantic-ui-react';
import { fieldsUrl, formPathOf, fromDraft, idFromTitle, toDraft } from './fieldsEditor';
import { restHeaders } from './helpers';

const messages = defineMessages({
  title: { id: 'mttq-easyform-fields-title', defaultMessage: 'Fields of the form' },
  back: { id: 'mttq-easyform-fields-back', defaultMessage: 'Back to the form' },
  loading: { id: 'mttq-easyform-fields-loading', defaultMessage: 'Loading the fields…' },
  forbidden: {
    id: 'mttq-easyform-fields-forbidden',
    defaultMessage: 'Only editors of this form may change its fields. Please log in.',
  },
  failed: {
    id: 'mttq-easyform-fields-failed',
    defaultMessage: 'The change could not be saved. Please try again later.',
  },
  add: { id: 'mttq-easyform-fields-add', defaultMessage: 'Add a field' },
  addTitle: { id: 'mttq-easyform-fields-add-title', defaultMessage: 'New field' },
  editTitle: { id: 'mttq-easyform-fields-edit-title', defaultMessage: 'Edit the field {title}' },
  edit: { id: 'mttq-easyform-fields-edit', defaultMessage: 'Edit' },
  remove: { id: 'mttq-easyform-fields-delete', defaultMessage: 'Delete' },
  up: { id: 'mttq-easyform-fields-up', defaultMessage: 'Move {title} up' },
  down: { id: 'mttq-easyform-fields-down', defaultMessage: 'Move {title} down' },
  confirmDelete: {
    id: 'mttq-easyform-fields-confirm-delete',
    defaultMessage:
      'Delete the field "{title}"? Data already submitted in it stays in the saved data.',
  },
  cancel: { id: 'mttq-easyform-fields-cancel', defaultMessage: 'Cancel' },
  save: { id: 'mttq-easyform-fields-save', defaultMessage: 'Save' },
  required: { id: 'mttq-easyform-fields-required', defaultMessage: 'Required' },
  kept: {
    id: 'mttq-easyform-fields-kept',
    defaultMessage: 'Needed by the form: can be changed, not deleted',
  },
  serverSide: {
    id: 'mttq-easyform-fields-server-side',
    defaultMessage: 'Filled by the server, not shown to visitors',
  },
  empty: { id: 'mttq-easyform-fields-empty', defaultMessage: 'This group has no fields yet.' },
  type: { id: 'mttq-easyform-fields-type', defaultMessage: 'Type of field' },
  name: { id: 'mttq-easyform-fields-name', defaultMessage: 'Id' },
  nameHelp: {
    id: 'mttq-easyform-fields-name-help',
    defaultMessage: 'Lower-case letters without accents, digits and _; it cannot be changed later.',
  },
  fieldTitle: { id: 'mttq-easyform-fields-field-title', defaultMessage: 'Title' },
  description: { id: 'mttq-easyform-fields-description', defaultMessage: 'Help text' },
  isRequired: { id: 'mttq-easyform-fields-is-required', defaultMessage: 'Must be filled in' },
  default: { id: 'mttq-easyform-fields-default', defaultMessage: 'Default value' },
  validators: { id: 'mttq-easyform-fields-validators', defaultMessage: 'Checks' },
  minLength: { id: 'mttq-easyform-fields-min-length', defaultMessage: 'Fewest characters' },
  maxLength: { id: 'mttq-easyform-fields-max-length', defaultMessage: 'Most characters' },
  min: { id: 'mttq-easyform-fields-min', defaultMessage: 'Smallest value' },
  max: { id: 'mttq-easyform-fields-max', defaultMessage: 'Largest value' },
  choices: { id: 'mttq-easyform-fields-choices', defaultMessage: 'Choices, one per line' },
  questions: { id: 'mttq-easyform-fields-questions', defaultMessage: 'Questions, one per line' },
  answers: { id: 'mttq-easyform-fields-answers', defaultMessage: 'Answers, one per line' },
  maxSize: {
    id: 'mttq-easyform-fields-max-size',
    defaultMessage: 'Largest file, in MB (empty: the site limit of {size} MB)',
  },
  text: { id: 'mttq-easyform-fields-text', defaultMessage: 'Text (HTML)' },
  fieldset: { id: 'mttq-easyform-fields-fieldset', defaultMessage: 'Group' },
});


function FieldDialog({ data, draft, setDraft, isNew, errors, onSave, onClose, saving, intl }) {
  const type = data.types.find((t) => t.id === draft.type);
  const props = type ? type.properties : [];
  const has = (p) => props.includes(p);
  const set = (name) => (e, d) =>
    setDraft({ ...draft, [name]: d.type === 'checkbox' ? d.checked : d.value });
  const err = (name) => (errors[name] ? { content: errors[name], pointing: 'above' } : undefined);
  const choices = draft.choices
    .split('\n')
    .map((c) => c.trim())
    .filter((c) => c)
    .map((c) => ({ key: c, value: c, text: c }));
  const siteMb = Math.round((data.max_size / 1048576) * 10) / 10;
  const title = isNew
    ? intl.formatMessage(messages.addTitle)
    : intl.formatMessage(messages.editTitle, { title: draft.title });
  return (
    <Modal open onClose={onClose} size="small" className="mttq-field-dialog">
      <Modal.Header>{title}</Modal.Header>
      <Modal.Content scrolling>
        <Form id="mttq-field-form" onSubmit={onSave} noValidate error={!!errors._}>
          {errors._ && <Message error role="alert" content={errors._} />}
          {isNew && (
            <Form.Select
              id="field-type"
              label={intl.formatMessage(messages.type)}
              options={data.types.map((t) => ({ key: t.id, value: t.id, text: t.title }))}
              value={draft.type || ''}
              error={err('type')}
              onChange={(e, d) => setDraft({ ...toDraft(null, d.value), ...pick(draft), type: d.value })}
            />
          )}
          <Form.Input
            id="field-title"
            label={intl.formatMessage(messages.fieldTitle)}
            value={draft.title}
            error={err('title')}
            onChange={(e, d) =>
              setDraft({
                ...draft,
                title: d.value,
                // The id follows the title until the editor types one.
                name: isNew && draft.name === idFromTitle(draft.title) ? idFromTitle(d.value) : draft.name,
              })
            }
          />
          {isNew && (
            <Form.Input
              id="field-name"
              label={intl.formatMessage(messages.name)}
              value={draft.name}
              error={err('name')}
              onChange={set('name')}
            />
          )}
          {isNew && (
            <p className="help" id="field-name-help">
              {intl.formatMessage(messages.nameHelp)}
            </p>
          )}
          {has('description') && (
            <Form.TextArea
              id="field-description"
              label={intl.formatMessage(messages.description)}
              rows={2}
              value={draft.description}
              error={err('description')}
              onChange={set('description')}
            />
          )}
          {has('text') && (
            <Form.TextArea
              id="field-text"
              label={intl.formatMessage(messages.text)}
              value={draft.text}
              error={err('text')}
              onChange={set('text')}
            />
          )}
          {has('required') && (
            <Form.Checkbox
              id="field-required"
              label={intl.formatMessage(messages.isRequired)}
              checked={draft.required}
              onChange={set('required')}
            />
          )}
          {has('choices') && (
            <Form.TextArea
              id="field-choices"
              label={intl.formatMessage(messages.choices)}
              value={draft.choices}
              error={err('choices')}
              onChange={set('choices')}
            />
          )}
          {has('questions') && (
            <Form.TextArea
              id="field-questions"
              label={intl.formatMessage(messages.questions)}
              value={draft.questions}
              error={err('questions')}
              onChange={set('questions')}
            />
          )}
          {has('answers') && (
            <Form.TextArea
              id="field-answers"
              label={intl.formatMessage(messages.answers)}
              value={draft.answers}
              error={err('answers')}
              onChange={set('answers')}
            />
          )}
          {has('default') && draft.type === 'boolean' && (
            <Form.Checkbox
              id="field-default"
              label={intl.formatMessage(messages.default)}
              checked={!!draft.default}
              onChange={set('default')}
            />
          )}
          {has('default') && ['choice', 'multichoice'].includes(draft.type) && (
            <Form.Select
              id="field-default"
              label={intl.formatMessage(messages.default)}
              options={choices}
              multiple={draft.type === 'multichoice'}
              clearable
              value={draft.default || (draft.type === 'multichoice' ? [] : '')}
              error={err('default')}
              onChange={set('default')}
            />
          )}
          {has('default') && !['boolean', 'choice', 'multichoice'].includes(draft.type) && (
            <Form.Input
              id="field-default"
              label={intl.formatMessage(messages.default)}
              type={
                { integer: 'number', number: 'number', date: 'date', datetime: 'datetime-local' }[
                  draft.type
                ] || 'text'
              }
              value={draft.default}
              error={err('default')}
              onChange={set('default')}
            />
          )}
          <Form.Group widths="equal">
            {has('min_length') && (
              <Form.Input id="field-min_length" type="number" min={0}
                label={intl.formatMessage(messages.minLength)} value={draft.min_length}
                error={err('min_length')} onChange={set('min_length')} />
            )}
            {has('max_length') && (
              <Form.Input id="field-max_length" type="number" min={0}
                label={intl.formatMessage(messages.maxLength)} value={draft.max_length}
                error={err('max_length')} onChange={set('max_length')} />
            )}
            {has('min') && (
              <Form.Input id="field-min" type="number" label={intl.formatMessage(messages.min)}
                value={draft.min} error={err('min')} onChange={set('min')} />
            )}
            {has('max') && (
              <Form.Input id="field-max" type="number" label={intl.formatMessage(messages.max)}
                value={draft.max} error={err('max')} onChange={set('max')} />
            )}
          </Form.Group>
          {has('max_size') && (
            <Form.Input
              id="field-max_size"
              type="number"
              min={0}
              step="any"
              label={intl.formatMessage(messages.maxSize, { size: siteMb })}
              value={draft.max_size}
              error={err('max_size')}
              onChange={set('max_size')}
            />
          )}
          {has('validators') && data.validators.length > 0 && (
            <Form.Select
              id="field-validators"
              label={intl.formatMessage(messages.validators)}
              multiple
              clearable
              options={data.validators.map((v) => ({ key: v.id, value: v.id, text: v.title }))}
              value={draft.validators}
              error={err('validators')}
              onChange={set('validators')}
            />
          )}
          <Form.Select
            id="field-fieldset"
            label={intl.formatMessage(messages.fieldset)}
            options={data.fieldsets.map((fs) => ({ key: fs.id, value: fs.id, text: fs.title }))}
            value={draft.fieldset}
            error={err('fieldset')}
            onChange={set('fieldset')}
          />
        </Form>
      </Modal.Content>
      <Modal.Actions>
        <Button type="button" onClick={onClose}>
          {intl.formatMessage(messages.cancel)}
        </Button>
        <Button primary type="submit" form="mttq-field-form" loading={saving} disabled={saving}>
          {intl.formatMessage(messages.save)}
        </Button>
      </Modal.Actions>
    </Modal>
  );
}

/** What the editor already typed survives a change of type. */
const pick = ({ name, title, description, fieldset }) => ({ name, title, description, fieldset });

export default function EasyFormFields({ location, fetcher }) {
  const intl = useIntl();
  const doFetch = fetcher || (typeof fetch !== 'undefined' ? fetch : null);
  const formPath = formPathOf(location?.pathname);
  const token = useSelector((state) => state.userSession?.token);
  const json = restHeaders(token, { 'Content-Type': 'application/json' });
  const [data, setData] = useState(null);
  const [status, setStatus] = useState(null); // 'forbidden' | 'failed' | null
  const [dialog, setDialog] = useState(null); // { draft, isNew, original }
  const [errors, setErrors] = useState({});
  const [saving, setSaving] = useState(false);
  const [toDelete, setToDelete] = useState(null);
  const [notice, setNotice] = useState(null);

  useEffect(() => {
    let live = true;
    doFetch(fieldsUrl(formPath), { headers: json, credentials: 'same-origin' })
      .then((r) => {
        if (r.status === 401 || r.status === 403) return Promise.reject(new Error('forbidden'));
        return r.ok ? r.json() : Promise.reject(new Error('failed'));
      })
      .then((d) => live && setData(d))
      .catch((e) => live && setStatus(e.message === 'forbidden' ? 'forbidden' : 'failed'));
    return () => {
      live = false;
    };
  }, [formPath, token]); // eslint-disable-line react-hooks/exhaustive-deps

  /** One change; the answer is the new list (or the refusal, per setting). */
  const send = async (method, name, body) => {
    setSaving(true);
    setNotice(null);
    try {
      const r = await doFetch(fieldsUrl(formPath, name), {
        method,
        headers: json,
        credentials: 'same-origin',
        body: body ? JSON.stringify(body) : undefined,
      });
      const answer = await r.json();
      setSaving(false);
      if (r.ok) {
        setData(answer);
        return { ok: true };
      }
      const error = answer?.error || {};
      return { ok: false, errors: error.errors || {}, message: error.message };
    } catch (e) {
      setSaving(false);
      return { ok: false, errors: {}, message: intl.formatMessage(messages.failed) };
    }
  };

  const save = async () => {
    const { draft, isNew, original } = dialog;
    const type = data.types.find((t) => t.id === draft.type);
    const body = fromDraft(draft, type ? type.properties : [], isNew);
    if (!isNew && draft.fieldset !== original.fieldset) body.fieldset = draft.fieldset;
    const result = await send(isNew ? 'POST' : 'PATCH', isNew ? null : original.name, body);
    if (result.ok) {
      setDialog(null);
      setErrors({});
    } else {
      const shown = Object.keys(result.errors).length ? result.errors : {};
      setErrors({ ...shown, _: result.message });
    }
  };

  const move = async (field, position) => {
    const result = await send('PATCH', field.name, { position });
    if (!result.ok) setNotice(result.message);
  };

  const remove = async () => {
    const field = toDelete;
    setToDelete(null);
    const result = await send('DELETE', field.name);
    if (!result.ok) setNotice(result.message);
  };

  const typeTitle = (id) => data.types.find((t) => t.id === id)?.title || id;

  return (
    <Container id="page-document" className="mttq-easyform-fields">
      <h1 className="documentFirstHeading">{intl.formatMessage(messages.title)}</h1>
      <p>
        <Link to={formPath || '/'}>{intl.formatMessage(messages.back)}</Link>
      </p>
      {status === 'forbidden' && <Message warning>{intl.formatMessage(messages.forbidden)}</Message>}
      {status === 'failed' && <Message negative>{intl.formatMessage(messages.failed)}</Message>}
      {!data && !status && <p>{intl.formatMessage(messages.loading)}</p>}
      {notice && <Message negative role="alert" className="mttq-fields-notice" content={notice} />}
      {data && (
        <>
          <Button
            primary
            className="mttq-add-field"
            onClick={() => {
              setErrors({});
              setDialog({ draft: toDraft(null, 'string'), isNew: true });
            }}
          >
            {intl.formatMessage(messages.add)}
          </Button>
          {data.fieldsets.map((fs) => {
            const fields = fs.fields.map((n) => data.fields.find((f) => f.name === n)).filter(Boolean);
            return (
              <Segment key={fs.id} className={`mttq-fieldset mttq-fieldset-${fs.id}`}>
                <h2>{fs.title}</h2>
                {!fields.length && <p>{intl.formatMessage(messages.empty)}</p>}
                <ol className="mttq-field-list">
                  {fields.map((field, i) => (
                    <li key={field.name} className="mttq-field" data-field={field.name}>
                      <span className="mttq-field-title">{field.title}</span>{' '}
                      <code>{field.name}</code> <Label size="tiny">{typeTitle(field.type)}</Label>
                      {field.required && (
                        <Label size="tiny" color="red">
                          {intl.formatMessage(messages.required)}
                        </Label>
                      )}
                      {field.server_side && (
                        <Label size="tiny">{intl.formatMessage(messages.serverSide)}</Label>
                      )}
                      <span className="mttq-field-actions">
                        <Button
                          size="mini"
                          content="↑"
                          className="mttq-field-up"
                          aria-label={intl.formatMessage(messages.up, { title: field.title })}
                          disabled={i === 0 || saving}
                          onClick={() => move(field, i - 1)}
                        />
                        <Button
                          size="mini"
                          content="↓"
                          className="mttq-field-down"
                          aria-label={intl.formatMessage(messages.down, { title: field.title })}
                          disabled={i === fields.length - 1 || saving}
                          onClick={() => move(field, i + 1)}
                        />
                        <Button
                          size="mini"
                          className="mttq-field-edit"
                          onClick={() => {
                            setErrors({});
                            setDialog({ draft: toDraft(field), isNew: false, original: field });
                          }}
                        >
                          {intl.formatMessage(messages.edit)}
                        </Button>
                        <Button
                          size="mini"
                          negative
                          className="mttq-field-delete"
                          disabled={field.kept}
                          title={field.kept ? intl.formatMessage(messages.kept) : undefined}
                          onClick={() => setToDelete(field)}
                        >
                          {intl.formatMessage(messages.remove)}
                        </Button>
                      </span>
                    </li>
                  ))}
                </ol>
              </Segment>
            );
          })}
        </>
      )}
      {dialog && data && (
        <FieldDialog
          data={data}
          draft={dialog.draft}
          setDraft={(draft) => {
            // A setting the editor changes loses its error.
            setErrors((e) =>
              Object.fromEntries(Object.entries(e).filter(([k]) => !(k in draft) || draft[k] === dialog.draft[k])),
            );
            setDialog({ ...dialog, draft });
          }}
          isNew={dialog.isNew}
          errors={errors}
          saving={saving}
          onSave={save}
          onClose={() => setDialog(null)}
          intl={intl}
        />
      )}
      <Confirm
        open={!!toDelete}
        className="mttq-field-confirm"
        content={toDelete ? intl.formatMessage(messages.confirmDelete, { title: toDelete.title }) : ''}
        cancelButton={intl.formatMessage(messages.cancel)}
        confirmButton={intl.formatMessage(messages.remove)}
        onCancel={() => setToDelete(null)}
        onConfirm={remove}
      />
    </Container>
  );
}
