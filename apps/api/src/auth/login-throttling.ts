import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';

/** Attempts a minute at one account from one address: room for a typo or two, too few to guess a password. */
const ACCOUNT_ATTEMPTS_PER_MINUTE = 10;

/**
 * Attempts a minute from one address over every account: a county office's staff behind one address sign in
 * together in the morning, while guesses sprayed across accounts do not get far.
 */
const ADDRESS_ATTEMPTS_PER_MINUTE = 60;

const ACCOUNT_KEY = 'account:';

/** The throttler's own client address (`tracker`) with the username tried: one count per account and address. */
function accountKey(context: ExecutionContext, tracker: string): string {
  const username = context.switchToHttp().getRequest<Request>().body?.username;
  return ACCOUNT_KEY + createHash('sha256').update(`${tracker}\n${typeof username === 'string' ? username : ''}`).digest('hex');
}

/** The login's two limits; only the login route is guarded (LoginThrottlerGuard). */
export const LOGIN_THROTTLING: ThrottlerModuleOptions = {
  throttlers: [
    { name: 'address', ttl: 60_000, limit: ADDRESS_ATTEMPTS_PER_MINUTE },
    { name: 'account', ttl: 60_000, limit: ACCOUNT_ATTEMPTS_PER_MINUTE, generateKey: accountKey },
  ],
  errorMessage: (_, { key, timeToBlockExpire }) => `too many attempts ${key.startsWith(ACCOUNT_KEY) ? 'at this account ' : ''}from this address; try again in ${timeToBlockExpire} seconds`,
};

/** The throttler names its header after the limit hit (Retry-After-address); clients read the standard one. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', detail.timeToBlockExpire);
    await super.throwThrottlingException(context, detail);
  }
}
