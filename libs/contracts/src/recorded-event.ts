import { Actor } from '@keystone/domain';

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
