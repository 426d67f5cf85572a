import { RecordedEvent } from '@keystone/contracts';
import { ProjectEvent, upcastProjectEvent } from '@keystone/domain';

/** Reads a stored event in the shape the domain reads today, whichever schema version it was written with. */
export function toProjectEvent(recorded: RecordedEvent): ProjectEvent {
  try {
    return upcastProjectEvent(recorded.type, recorded.schemaVersion, recorded.data);
  } catch (error) {
    throw new Error(`${recorded.streamId}#${recorded.streamVersion}: ${(error as Error).message}`);
  }
}
