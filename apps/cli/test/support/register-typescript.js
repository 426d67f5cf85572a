// Runs the CLI from its TypeScript sources in a child process, as Jest runs it: swc strips the types and
// keeps decorator metadata, tsconfig-paths resolves the @keystone/* aliases.
const fs = require('node:fs');
const path = require('node:path');
const { transformSync } = require('@swc/core');
const tsconfigPaths = require('tsconfig-paths');

const root = path.resolve(__dirname, '../../../..');
tsconfigPaths.register({ baseUrl: root, paths: require(path.join(root, 'tsconfig.base.json')).compilerOptions.paths });

const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

require.extensions['.ts'] = (module, file) => module._compile(transformSync(fs.readFileSync(file, 'utf8'), { ...options, filename: file }).code, file);
