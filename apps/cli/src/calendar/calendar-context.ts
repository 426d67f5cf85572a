import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { CalendarModule } from '@keystone/calendar';
import { ConfigModule } from '@keystone/config';
import { PersistenceModule } from '@keystone/persistence';

/** A Nest context holding only the calendar and its database connection, as the calendar commands need. */
export function openCalendarContext(env: Record<string, string | undefined>): Promise<INestApplicationContext> {
  @Module({ imports: [ConfigModule.forRoot(env), PersistenceModule, CalendarModule] })
  class CalendarCliModule {}
  return NestFactory.createApplicationContext(CalendarCliModule, { logger: ['error', 'warn'], abortOnError: false });
}

/**
 * The operator's environment for the calendar commands. They sign no tokens, but KeystoneConfig insists on a
 * secret, so a throwaway one stands in when none is set.
 */
export function calendarCliEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: the calendar commands work on Keystone's database directly");
  return { ...env, JWT_SECRET: env.JWT_SECRET || randomBytes(32).toString('hex') };
}

export async function withCalendarContext<T>(env: Record<string, string | undefined>, work: (context: INestApplicationContext) => Promise<T>): Promise<T> {
  const context = await openCalendarContext(calendarCliEnv(env));
  try {
    return await work(context);
  } finally {
    await context.close();
  }
}
