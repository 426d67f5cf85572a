import { ReactNode, useState } from 'react';
import { RefusalNotice } from './refusal-notice.component';
import { useAction } from './use-action.hook';

interface AnswerButtonProps<T> {
  label: string;
  /** Shown on the button while the API works. */
  working: string;
  request: () => Promise<T>;
  /** What the API answered, in words: the outcome is in the answer, not in the request having been accepted. */
  describe: (answer: T) => ReactNode;
}

/** A button for a command whose answer says how it went (a robot's reply, a count of projects moved), shown beside it. */
export function AnswerButton<T>({ label, working, request, describe }: AnswerButtonProps<T>) {
  const [answer, setAnswer] = useState<{ value: T }>();
  const action = useAction(async () => setAnswer({ value: await request() }));
  return (
    <div className="command-bar">
      <div className="command-buttons">
        <button type="button" onClick={() => void action.perform()} disabled={action.pending}>
          {action.pending ? working : label}
        </button>
      </div>
      {action.refusal && <RefusalNotice action={label} refusal={action.refusal} />}
      {answer && !action.pending && !action.refusal && describe(answer.value)}
    </div>
  );
}
