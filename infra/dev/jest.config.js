// Two projects: fast unit specs with no servers, and integration specs that share one real stack per run.
// Run through `npm test`, or `npm run jest -- <options>`; <rootDir> is the repository.
const path = require('node:path');

const rootDir = path.resolve(__dirname, '../..');
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const moduleNameMapper = {
  '^@keystone/workflows$': '<rootDir>/workflows',
  '^@keystone/([a-z-]+)$': '<rootDir>/libs/$1/src',
};

const common = {
  rootDir,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper,
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/', '<rootDir>/.tools/'],
};

module.exports = {
  rootDir,
  // Per-project testTimeout is ignored by Jest; integration tests wait on real timers of seconds.
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/**/*.spec.ts'], testPathIgnorePatterns: ['/node_modules/', '\\.int-spec\\.ts$', '\\.e2e-spec\\.ts$'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/**/*.int-spec.ts', '<rootDir>/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/'],
      globalSetup: '<rootDir>/libs/stack/test/global-setup.ts',
      globalTeardown: '<rootDir>/libs/stack/test/global-teardown.ts',
    },
  ],
};
