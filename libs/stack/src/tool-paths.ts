import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

export function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nest-cli.json'))) {
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`No nest-cli.json in any folder above ${__dirname}: cannot find the Keystone repository root`);
    }
    dir = parent;
  }
  return dir;
}

export function temporalCliPath(): string {
  return toolPath('temporal');
}

export function temporalTestServerPath(): string {
  return toolPath('temporal-test-server');
}

function toolPath(name: string): string {
  const onPath = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, name));
  const candidates = [...onPath, join(repoRoot(), '.tools', 'venv', 'bin', name)];
  const found = candidates.find(isExecutable);
  if (found === undefined) {
    throw new Error(
      `${name} is neither on PATH nor in .tools/venv/bin: run \`bash infra/dev/ensure-tools.sh\` from ${repoRoot()}`,
    );
  }
  return found;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
