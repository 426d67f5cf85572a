import { RecordedEvent, toDomainEvent } from '@keystone/contracts';
import { ProjectEvent } from '@keystone/domain';

/** Every projection of an append or a rebuild reads the same recorded events: each is decoded once. */
const decoded = new WeakMap<RecordedEvent, ProjectEvent>();

/** Reads a stored event in the shape the domain reads today, whichever schema version it was written with. */
export function toProjectEvent(recorded: RecordedEvent): ProjectEvent {
  let event = decoded.get(recorded);
  if (!event) {
    try {
      event = toDomainEvent(recorded);
    } catch (error) {
      throw new Error(`${recorded.streamId}#${recorded.streamVersion}: ${(error as Error).message}`);
    }
    decoded.set(recorded, event);
  }
  return event;
}
