import { disallowedImports, sourceFiles } from '../test/source-imports';

/** The domain is plain TypeScript: no framework, no I/O, only its own files and a pure duration parser. */
const ALLOWED = [/^\.\.?\//, /^iso8601-duration$/];

describe('the domain', () => {
  const files = sourceFiles(__dirname);

  it('is found', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [file.slice(__dirname.length + 1), file]))('%s imports no framework and no I/O', (_, file) => {
    expect(disallowedImports(file, ALLOWED)).toEqual([]);
  });
});
