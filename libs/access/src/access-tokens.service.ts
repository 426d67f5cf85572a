import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UserActor } from '@keystone/domain';

/**
 * Short-lived signed access tokens carrying the actor. Issuing and reading tokens is the only seam a
 * county single sign-on (OIDC) would replace; nothing past the guard knows how a user signed in.
 */
@Injectable()
export class AccessTokensService {
  constructor(private readonly jwt: JwtService) {}

  issue(actor: UserActor): Promise<string> {
    return this.jwt.signAsync({ sub: actor.userId, actor });
  }

  /** The token's actor; throws when the token is not one this API signed, has expired, or carries no user. */
  async read(token: string): Promise<UserActor> {
    const { actor } = await this.jwt.verifyAsync<{ actor?: UserActor }>(token);
    if (actor?.kind !== 'user' || !actor.username || !actor.role) throw new Error('the token carries no user');
    return actor;
  }
}
