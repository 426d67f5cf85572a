import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KeystoneConfig } from '@keystone/config';
import { ReferenceDataModule } from '@keystone/reference-data';
import { AccessGuard } from './access.guard';
import { AccessTokensService } from './access-tokens.service';
import { AuditTrailService } from './audit-trail.service';
import { UserAccountsService } from './user-accounts.service';
import { UserEntity } from './user.entity';
import { VisibilityPolicy } from './visibility.policy';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity]),
    ReferenceDataModule,
    JwtModule.registerAsync({
      inject: [KeystoneConfig],
      useFactory: (config: KeystoneConfig) => ({
        // A key object, not the string: given a string, jsonwebtoken first tries to parse it as a PEM public key
        // on every verification, a failed parse that cost more than the rest of a request's handling.
        secret: createSecretKey(Buffer.from(config.JWT_SECRET)),
        signOptions: { expiresIn: config.JWT_TTL_SECONDS, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [UserAccountsService, AccessTokensService, AuditTrailService, VisibilityPolicy, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [UserAccountsService, AccessTokensService, AuditTrailService, VisibilityPolicy],
})
export class AccessModule {}
