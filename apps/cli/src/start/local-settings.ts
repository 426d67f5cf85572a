import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/**
 * A secret made once per data folder and kept there, so access tokens outlive a restart of the demo
 * stack. A real deployment passes JWT_SECRET in the environment instead.
 */
export function persistentSecret(dataDir: string, file: string): string {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, file);
  if (!existsSync(path)) writeFileSync(path, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(path, 'utf8').trim();
}
