/**
 * Why a command was refused. The kinds map one to one onto HTTP statuses at the API edge
 * and travel through Temporal as the details of a non-retryable failure.
 */
export type DomainErrorKind = 'invalid' | 'not-found' | 'conflict' | 'forbidden';

export interface DomainErrorDetails {
  kind: DomainErrorKind;
  field?: string;
  reason: string;
}

export class DomainError extends Error {
  constructor(readonly details: DomainErrorDetails) {
    super(details.field ? `${details.field}: ${details.reason}` : details.reason);
    this.name = 'DomainError';
  }

  static invalid(field: string, reason: string): DomainError {
    return new DomainError({ kind: 'invalid', field, reason });
  }

  static notFound(field: string, reason: string): DomainError {
    return new DomainError({ kind: 'not-found', field, reason });
  }

  static conflict(reason: string, field?: string): DomainError {
    return new DomainError({ kind: 'conflict', field, reason });
  }

  static forbidden(reason: string): DomainError {
    return new DomainError({ kind: 'forbidden', reason });
  }
}

/** A field-level problem in input data; validators collect these rather than stopping at the first. */
export interface FieldProblem {
  field: string;
  reason: string;
}
