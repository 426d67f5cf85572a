export * from './user.entity';
export * from './access.decorators';
export * from './user-accounts.service';
export * from './access-tokens.service';
export * from './audit-trail.service';
export * from './visibility.policy';
export * from './access.guard';
export * from './access.module';
