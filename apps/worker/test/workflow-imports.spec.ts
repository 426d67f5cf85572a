import { join } from 'node:path';
import { disallowedImports, sourceFiles } from '../../../libs/domain/test/source-imports';

/**
 * Workflow code must stay deterministic: it may import only the workflow SDK, the pure domain, the
 * contracts, and its own files (activities as types). Node built-ins, Nest, TypeORM or the client and
 * worker packages would bring I/O into replay.
 */
const ALLOWED = [/^@temporalio\/workflow$/, /^@keystone\/domain$/, /^@keystone\/contracts$/, /^\.\.?\//];
const WORKFLOWS = join(__dirname, '../../../workflows');

describe('workflow code', () => {
  const files = sourceFiles(WORKFLOWS);

  it('is found', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files.map((file) => [file.slice(WORKFLOWS.length + 1), file]))('%s imports only deterministic modules', (_, file) => {
    expect(disallowedImports(file, ALLOWED)).toEqual([]);
  });
});
