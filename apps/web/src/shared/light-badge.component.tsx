import type { Light } from '../api/api.types';
import { LIGHTS } from './labels';

/** 红黄绿灯 with what it means; a project with no open stage has no light. */
export function LightBadge({ light }: { light: Light | null }) {
  if (!light) return <span className="light light-none">—</span>;
  return (
    <span className={`light light-${light}`} title={LIGHTS[light].meaning}>
      <span className="light-dot" aria-hidden="true" />
      {LIGHTS[light].name}
    </span>
  );
}
