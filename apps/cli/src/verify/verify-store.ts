import { INestApplicationContext } from '@nestjs/common';
import { Writable } from 'node:stream';
import { StoreVerificationModule, StoreVerificationService } from '@keystone/projects';
import { TemporalClientModule } from '@keystone/temporal';
import { OperatorModules } from '../operations/operator-context';

export const VERIFY_MODULES: OperatorModules = [TemporalClientModule, StoreVerificationModule];

/** Prints every finding; returns the exit code, non-zero when anything does not add up. */
export async function verifyStore(context: INestApplicationContext, out: Writable): Promise<number> {
  const { streams, events, findings } = await context.get(StoreVerificationService).verify();
  for (const { check, subject, message } of findings) out.write(`✗ ${check.padEnd(18)} ${subject}: ${message}\n`);
  const summary = `${streams} streams, ${events} events`;
  out.write(findings.length ? `${findings.length} findings in ${summary}\n` : `✓ ${summary}: no gaps, read models and workflows agree with the log\n`);
  return findings.length ? 1 : 0;
}
