import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KeystoneConfig } from '@keystone/config';
import { AccessGuard } from './access.guard';
import { AccessTokensService } from './access-tokens.service';
import { UserAccountsService } from './user-accounts.service';
import { UserEntity } from './user.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity]),
    JwtModule.registerAsync({
      inject: [KeystoneConfig],
      useFactory: (config: KeystoneConfig) => ({ secret: config.JWT_SECRET, signOptions: { expiresIn: config.JWT_TTL_SECONDS } }),
    }),
  ],
  providers: [UserAccountsService, AccessTokensService, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [UserAccountsService, AccessTokensService],
})
export class AccessModule {}
