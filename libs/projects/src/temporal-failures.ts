import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { DOMAIN_REJECTION } from '@keystone/contracts';
import { DomainError, DomainErrorDetails } from '@keystone/domain';

export function alreadyRegistered(code: string): DomainError {
  return DomainError.conflict(`project ${code} is already registered`, 'code');
}

/** Turns what Temporal says about a refused request back into the domain's own words. */
export function asDomainError(error: unknown, code: string): unknown {
  if (error instanceof WorkflowExecutionAlreadyStartedError) return alreadyRegistered(code);
  if (error instanceof WorkflowNotFoundError) {
    return DomainError.notFound('code', `project ${code} does not exist`);
  }
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure && error.cause.type === DOMAIN_REJECTION) {
    return new DomainError(error.cause.details?.[0] as DomainErrorDetails);
  }
  return error;
}
