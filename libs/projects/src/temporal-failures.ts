import { ServiceUnavailableException } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DOMAIN_REJECTION } from '@keystone/contracts';
import { DomainError, DomainErrorDetails } from '@keystone/domain';

export function alreadyRegistered(code: string): DomainError {
  return DomainError.conflict(`project ${code} is already registered`, 'code');
}

/** Turns what Temporal says about a refused request back into the domain's own words. */
export function asDomainError(error: unknown, code: string): unknown {
  if (error instanceof WorkflowExecutionAlreadyStartedError) return alreadyRegistered(code);
  if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return unconfirmed(code);
  if (error instanceof WorkflowNotFoundError) {
    return DomainError.notFound('code', `project ${code} does not exist`);
  }
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure && error.cause.type === DOMAIN_REJECTION) {
    return new DomainError(error.cause.details?.[0] as DomainErrorDetails);
  }
  return error;
}

/**
 * The workflow did not answer in time (its worker stopped, the store unreachable). A request it already holds may
 * still take effect; a repeat is safe, as it is refused once the first has.
 */
function unconfirmed(code: string): ServiceUnavailableException {
  return new ServiceUnavailableException(`project ${code} did not confirm the request in time; it may still take effect: look again before repeating it`);
}
