import type { ReferenceItem } from '../api/api.types';
import { navigate } from '../app/router';
import { useNames } from '../reference/reference-names.context';
import { LIGHTS } from '../shared/labels';

const SELECT_KEYS = ['township', 'leader', 'department', 'light'] as const;
export const FILTER_KEYS = [...SELECT_KEYS, 'search'] as const;

const LIGHT_OPTIONS: ReferenceItem[] = (Object.keys(LIGHTS) as (keyof typeof LIGHTS)[]).map((light) => ({ code: light, name: LIGHTS[light].name }));

/** The board's filters live in the address, so a filtered board can be bookmarked or sent to someone. */
export function BoardFilters({ query }: { query: URLSearchParams }) {
  const names = useNames();
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value.trim()) next.set(key, value.trim());
    else next.delete(key);
    const search = next.toString();
    navigate(`/board${search ? `?${search}` : ''}`, { replace: true });
  };
  const choices: Record<(typeof SELECT_KEYS)[number], { label: string; items: ReferenceItem[] }> = {
    township: { label: '乡镇/街道', items: names.townships },
    leader: { label: '包抓县领导', items: names.leaders },
    department: { label: '有待办的部门', items: names.departments },
    light: { label: '红黄绿灯', items: LIGHT_OPTIONS },
  };
  return (
    <div className="filters">
      {SELECT_KEYS.map((key) => (
        <label key={key} className="field inline">
          <span className="field-label">{choices[key].label}</span>
          <select name={key} value={query.get(key) ?? ''} onChange={(event) => set(key, event.target.value)}>
            <option value="">全部</option>
            {choices[key].items.map((item) => (
              <option key={item.code} value={item.code}>
                {item.name}
              </option>
            ))}
          </select>
        </label>
      ))}
      <label className="field inline">
        <span className="field-label">项目名称或代码</span>
        <input name="search" type="search" defaultValue={query.get('search') ?? ''} onChange={(event) => set('search', event.target.value)} />
      </label>
    </div>
  );
}
