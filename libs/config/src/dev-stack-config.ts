import { IsOptional, IsString } from 'class-validator';
import { WholeNumber, readEnvironment } from './environment-values';

/** What `npm start` reads: where to keep data, which ports to use, and external servers to use instead. */
export class DevStackConfig {
  @IsString()
  KEYSTONE_DATA_DIR: string;

  /** An existing PostgreSQL server; without it an embedded one runs under the data folder. */
  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  /** An existing Temporal frontend; without it a dev server runs with its state under the data folder. */
  @IsOptional()
  @IsString()
  TEMPORAL_ADDRESS?: string;

  @WholeNumber(1, 65535)
  PORT = 3000;

  @WholeNumber(1, 65535)
  TEMPORAL_PORT = 7233;

  @WholeNumber(1, 65535)
  TEMPORAL_UI_PORT = 8233;

  @WholeNumber(1, 65535)
  EMBEDDED_POSTGRES_PORT = 54329;
}

export function loadDevStackConfig(env: Record<string, string | undefined>, defaultDataDir: string): DevStackConfig {
  return readEnvironment(DevStackConfig, env, { KEYSTONE_DATA_DIR: defaultDataDir });
}
