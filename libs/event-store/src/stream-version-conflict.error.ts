/** Another writer already holds a version this append expected to write: never retried, never merged. */
export class StreamVersionConflictError extends Error {
  constructor(readonly streamId: string, readonly expectedVersion: number) {
    super(`stream ${streamId} has moved past version ${expectedVersion}`);
    this.name = 'StreamVersionConflictError';
  }
}
