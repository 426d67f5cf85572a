export { createDatabase, dropDatabase } from './databases';
export { EmbeddedDatabase } from './embedded-database';
export type { EmbeddedDatabaseOptions } from './embedded-database';
export { freePort } from './free-port';
export { TemporalDevServer } from './temporal-dev-server';
export type { TemporalDevServerOptions } from './temporal-dev-server';
export { repoRoot, temporalCliPath, temporalTestServerPath } from './tool-paths';
