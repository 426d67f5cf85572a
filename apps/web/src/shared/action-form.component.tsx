import { FormEvent, useState } from 'react';
import { FormFooter } from './form-footer.component';
import { useAction } from './use-action.hook';

export interface FieldSpec {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'number' | 'date' | 'month' | 'select';
  options?: { value: string; label: string }[];
  initial?: string;
  hint?: string;
}

export type FieldValues = Record<string, string>;

interface ActionFormProps {
  /** Names the action in its refusal, e.g. 延期. */
  title: string;
  fields: FieldSpec[];
  submit: (values: FieldValues) => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * A small form for one command. It sends what was typed as it is: the API decides what is acceptable, and
 * its refusal is shown here, so the page never disagrees with the server about the rules.
 */
export function ActionForm({ title, fields, submit, onDone, onCancel }: ActionFormProps) {
  const [values, setValues] = useState<FieldValues>(() => Object.fromEntries(fields.map((field) => [field.name, field.initial ?? ''])));
  const action = useAction(submit);
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (await action.perform(values)) onDone();
  };
  const set = (name: string) => (event: { target: { value: string } }) => setValues((before) => ({ ...before, [name]: event.target.value }));
  return (
    <form className="action-form" onSubmit={(event) => void send(event)} aria-label={title}>
      {fields.map((field) => (
        <label key={field.name} className="field">
          <span className="field-label">{field.label}</span>
          <FieldInput field={field} value={values[field.name]} onChange={set(field.name)} />
          {field.hint && <span className="field-hint">{field.hint}</span>}
        </label>
      ))}
      <FormFooter title={title} pending={action.pending} refusal={action.refusal} onCancel={onCancel} />
    </form>
  );
}

function FieldInput({ field, value, onChange }: { field: FieldSpec; value: string; onChange: (event: { target: { value: string } }) => void }) {
  if (field.kind === 'textarea') return <textarea name={field.name} value={value} onChange={onChange} rows={3} />;
  if (field.kind === 'select') {
    return (
      <select name={field.name} value={value} onChange={onChange}>
        <option value="">请选择</option>
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  return <input name={field.name} type={field.kind} value={value} onChange={onChange} />;
}
