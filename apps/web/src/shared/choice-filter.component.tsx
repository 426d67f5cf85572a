/** A labelled choice above a list: 全部 first when `all` names it, then each value by its label. */
export function ChoiceFilter<T extends string>({ label, name, value, choices, all, onChange }: {
  label: string;
  name: string;
  value: T | '';
  choices: readonly (readonly [T, string])[];
  all?: string;
  onChange: (value: T) => void;
}) {
  return (
    <label className="field inline">
      <span className="field-label">{label}</span>
      <select name={name} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {all !== undefined && <option value="">{all}</option>}
        {choices.map(([choice, text]) => (
          <option key={choice} value={choice}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
