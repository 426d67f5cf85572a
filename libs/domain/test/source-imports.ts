import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** TypeScript sources below a folder, tests and their helpers left out. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name === 'test' ? [] : sourceFiles(join(folder, entry.name));
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [join(folder, entry.name)] : [];
  });
}

/** The modules a file imports at run time: `import type` is erased and does not count. */
export function valueImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^import\s+(?!type\s)[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1]);
}

export function disallowedImports(file: string, allowed: RegExp[]): string[] {
  return valueImports(file).filter((name) => !allowed.some((pattern) => pattern.test(name)));
}
