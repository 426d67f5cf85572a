import { PROJECT_EVENT_SCHEMA_VERSIONS, ProjectEvent, ProjectEventType } from './project-events';

type Upcaster = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Each stored shape of an event, lifted one version at a time to the shape the code reads today. Stored
 * events are never rewritten: projects run for years and their history is the record.
 */
const UPCASTERS: Partial<Record<ProjectEventType, Record<number, Upcaster>>> = {
  TaskAssigned: {
    // v2 names the statutory clock explicitly; tasks assigned before it existed had none.
    1: (data) => ({ ...data, statutory: null }),
    // v3 adds the promised limit's clock; tasks assigned before it existed had none.
    2: (data) => ({ ...data, promised: null }),
  },
};

export function upcastProjectEvent(type: string, schemaVersion: number, data: unknown): ProjectEvent {
  const current = PROJECT_EVENT_SCHEMA_VERSIONS[type as ProjectEventType];
  if (current === undefined) throw new Error(`unknown event type ${type}`);
  if (schemaVersion > current) throw new Error(`${type} v${schemaVersion} is newer than this code (v${current})`);
  let lifted = data as Record<string, unknown>;
  for (let version = schemaVersion; version < current; version += 1) {
    const upcaster = UPCASTERS[type as ProjectEventType]?.[version];
    if (!upcaster) throw new Error(`no upcaster for ${type} v${version} to v${version + 1}`);
    lifted = upcaster(lifted);
  }
  return { type, data: lifted } as unknown as ProjectEvent;
}
