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

  async read(token: string): Promise<UserActor> {
    const payload = await this.jwt.verifyAsync<{ actor: UserActor }>(token);
    return payload.actor;
  }
}
