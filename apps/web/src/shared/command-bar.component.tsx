import { useState } from 'react';
import { ActionForm, FieldSpec, FieldValues } from './action-form.component';
import { RefusalNotice } from './refusal-notice.component';
import { useAction } from './use-action.hook';

/** One thing a person may do here: a button, and the fields it asks for (none: it runs on the click). */
export interface Command {
  label: string;
  fields: FieldSpec[];
  submit: (values: FieldValues) => Promise<unknown>;
}

/** A row of commands; the chosen one opens its form below, and what happened is said in words. */
export function CommandBar({ commands, onDone }: { commands: Command[]; onDone?: () => void }) {
  const [open, setOpen] = useState<Command>();
  const [done, setDone] = useState('');
  const [refused, setRefused] = useState<Command>();
  const immediate = useAction((command: Command) => command.submit({}));
  const finish = (command: Command) => {
    setOpen(undefined);
    setDone(`${command.label}已办理。`);
    onDone?.();
  };
  const choose = async (command: Command) => {
    setDone('');
    if (command.fields.length) return setOpen(command);
    setOpen(undefined);
    setRefused(command);
    if (await immediate.perform(command)) finish(command);
  };
  return (
    <div className="command-bar">
      <div className="command-buttons">
        {commands.map((command) => (
          <button key={command.label} type="button" className={open === command ? 'selected' : ''} onClick={() => void choose(command)} disabled={immediate.pending}>
            {command.label}
          </button>
        ))}
      </div>
      {open && <ActionForm key={open.label} title={open.label} fields={open.fields} submit={open.submit} onDone={() => finish(open)} onCancel={() => setOpen(undefined)} />}
      {!open && refused && immediate.refusal && <RefusalNotice action={refused.label} refusal={immediate.refusal} />}
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
    </div>
  );
}
