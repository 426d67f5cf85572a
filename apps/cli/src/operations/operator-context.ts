import { DynamicModule, INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { ConfigModule } from '@keystone/config';
import { PersistenceModule } from '@keystone/persistence';

export type OperatorModules = (Type<unknown> | DynamicModule)[];

/**
 * The services' environment as an operator command reads it. Commands sign no tokens, but KeystoneConfig
 * insists on a secret, so a throwaway one stands in when none is set.
 */
export function operatorEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: operator commands work on Keystone's database directly");
  return { ...env, JWT_SECRET: env.JWT_SECRET || randomBytes(32).toString('hex') };
}

/** A Nest context with the configuration, the database and only the modules a command needs. */
export function openOperatorContext(env: Record<string, string | undefined>, modules: OperatorModules): Promise<INestApplicationContext> {
  @Module({ imports: [ConfigModule.forRoot(operatorEnv(env)), PersistenceModule, ...modules] })
  class OperatorModule {}
  return NestFactory.createApplicationContext(OperatorModule, { logger: ['error'], abortOnError: false });
}

export async function withOperatorContext<T>(
  env: Record<string, string | undefined>,
  modules: OperatorModules,
  work: (context: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const context = await openOperatorContext(env, modules);
  try {
    return await work(context);
  } finally {
    await context.close();
  }
}
