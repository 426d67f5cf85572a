import { DynamicModule, INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigModule, loadDevStackConfig } from '@keystone/config';
import { PersistenceModule } from '@keystone/persistence';
import { repoRoot } from '@keystone/stack';

export type OperatorModules = (Type<unknown> | DynamicModule)[];

/**
 * The services' environment as an operator command reads it: DATABASE_URL, or else the stack `npm start` runs
 * on this machine (its database, and its Temporal on the ports it was given). Commands sign no tokens, but
 * KeystoneConfig insists on a secret, so a throwaway one stands in when none is set.
 */
export function operatorEnv(env: Record<string, string | undefined>, defaultDataDir = join(repoRoot(), '.data')): Record<string, string | undefined> {
  const secret = env.JWT_SECRET || randomBytes(32).toString('hex');
  if (env.DATABASE_URL) return { ...env, JWT_SECRET: secret };
  const stack = loadDevStackConfig(env, defaultDataDir);
  if (!existsSync(join(stack.KEYSTONE_DATA_DIR, 'postgres', 'PG_VERSION'))) {
    throw new Error(`DATABASE_URL is not set and there is no local stack in ${stack.KEYSTONE_DATA_DIR}: operator commands work on Keystone's database directly`);
  }
  return {
    TEMPORAL_ADDRESS: `127.0.0.1:${stack.TEMPORAL_PORT}`,
    TEMPORAL_UI_URL: `http://127.0.0.1:${stack.TEMPORAL_UI_PORT}`,
    ...env,
    JWT_SECRET: secret,
    DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${stack.EMBEDDED_POSTGRES_PORT}/keystone`,
  };
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
