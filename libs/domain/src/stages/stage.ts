/** The six stages every key project walks, in lifecycle order (DOMAIN.md, "The lifecycle"). */
export const STAGE_KEYS = [
  'siting',
  'land-pre-review',
  'environmental-assessment',
  'approval',
  'construction-start',
  'completion',
] as const;

export type StageKey = (typeof STAGE_KEYS)[number];

export const STAGE_NAMES: Record<StageKey, string> = {
  siting: '规划选址',
  'land-pre-review': '用地预审',
  'environmental-assessment': '环评',
  approval: '审批',
  'construction-start': '开工',
  completion: '竣工',
};

export function isStageKey(value: unknown): value is StageKey {
  return typeof value === 'string' && (STAGE_KEYS as readonly string[]).includes(value);
}
