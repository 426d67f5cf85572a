import { RecordedEvent } from '@keystone/contracts';
import { PROJECT_EVENT_SCHEMA_VERSIONS, ProjectEvent, ProjectEventType } from '@keystone/domain';

/**
 * Reads a stored event as the domain's current shape. Every event type is at its first schema
 * version today; an upcaster from an older version goes here when a shape changes.
 */
export function toProjectEvent(recorded: RecordedEvent): ProjectEvent {
  const type = recorded.type as ProjectEventType;
  const current = PROJECT_EVENT_SCHEMA_VERSIONS[type];
  if (current === undefined) throw new Error(`unknown event type ${recorded.type} at ${recorded.streamId}#${recorded.streamVersion}`);
  if (recorded.schemaVersion !== current) {
    throw new Error(`no upcaster for ${recorded.type} v${recorded.schemaVersion} (current v${current})`);
  }
  return { type, data: recorded.data } as ProjectEvent;
}
