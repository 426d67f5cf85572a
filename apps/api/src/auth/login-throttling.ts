import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Response } from 'express';

/** Attempts a minute at one account from one address: room for a typo or two, too few to guess a password. */
const ACCOUNT_ATTEMPTS_PER_MINUTE = 10;

/**
 * Attempts a minute from one address over every account: a county office's staff behind one address sign in
 * together in the morning, while guesses sprayed across accounts do not get far.
 */
const ADDRESS_ATTEMPTS_PER_MINUTE = 60;

const ACCOUNT_SEPARATOR = '|';

/** The client's address as the throttler's own default tracker reads it (behind trusted proxies, the client's). */
function addressOf(request: Record<string, unknown>): string {
  const forwarded = request.ips as string[] | undefined;
  return forwarded?.length ? forwarded[0] : String(request.ip);
}

function accountOf(request: Record<string, unknown>): string {
  const username = (request.body as { username?: unknown } | undefined)?.username;
  return `${addressOf(request)}${ACCOUNT_SEPARATOR}${typeof username === 'string' ? username : ''}`;
}

/** The login's two limits; only the login route is guarded (LoginThrottlerGuard). */
export const LOGIN_THROTTLING: ThrottlerModuleOptions = {
  throttlers: [
    { name: 'address', ttl: 60_000, limit: ADDRESS_ATTEMPTS_PER_MINUTE, getTracker: addressOf },
    { name: 'account', ttl: 60_000, limit: ACCOUNT_ATTEMPTS_PER_MINUTE, getTracker: accountOf },
  ],
  errorMessage: (_, { tracker, timeToBlockExpire }) =>
    `too many attempts ${tracker.includes(ACCOUNT_SEPARATOR) ? 'at this account ' : ''}from this address; try again in ${timeToBlockExpire} seconds`,
};

/** The throttler names its header after the limit hit (Retry-After-address); clients read the standard one. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', detail.timeToBlockExpire);
    await super.throwThrottlingException(context, detail);
  }
}
