import { Actor, PROJECT_EVENT_SCHEMA_VERSIONS, ProjectEvent, upcastProjectEvent } from '@keystone/domain';

/** A domain event as the workflow hands it to the store: the fact plus who, when and why. */
export interface NewEvent {
  /** Chosen by the workflow (deterministically), so a retried append is recognised, never written twice. */
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  actor: Actor;
  /** When it happened in the workflow. */
  occurredAt: string;
  /** The request that led to it (an Update id, or the registration). */
  correlationId: string;
  /** The command that produced it directly. */
  causationId: string;
}

/** A stored event, as read models and operators see it. */
export interface RecordedEvent extends NewEvent {
  streamId: string;
  streamVersion: number;
  globalPosition: string;
  recordedAt: string;
}

/** Who, when and why, stamped on each event a command or a follow-up decided. */
export interface EventOrigin {
  actor: Actor;
  occurredAt: string;
  correlationId: string;
  causationId: string;
}

/** A decided domain event with its id and origin, ready for the store. */
export function toNewEvent(event: ProjectEvent, eventId: string, origin: EventOrigin): NewEvent {
  return { eventId, type: event.type, schemaVersion: PROJECT_EVENT_SCHEMA_VERSIONS[event.type], data: event.data, ...origin };
}

/** The domain event a new or stored event carries, in the shape the domain reads today. */
export function toDomainEvent(event: Pick<NewEvent, 'type' | 'schemaVersion' | 'data'>): ProjectEvent {
  return upcastProjectEvent(event.type, event.schemaVersion, event.data);
}
