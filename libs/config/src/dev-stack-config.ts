import { plainToInstance, Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min, validateSync } from 'class-validator';

const toPort = ({ value }: { value: unknown }) => Number(value);

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

  @Transform(toPort)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Transform(toPort)
  @IsInt()
  @Min(1)
  @Max(65535)
  TEMPORAL_PORT = 7233;

  @Transform(toPort)
  @IsInt()
  @Min(1)
  @Max(65535)
  TEMPORAL_UI_PORT = 8233;

  @Transform(toPort)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT = 54329;
}

export function loadDevStackConfig(env: Record<string, string | undefined>, defaultDataDir: string): DevStackConfig {
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(DevStackConfig, { KEYSTONE_DATA_DIR: defaultDataDir, ...defined }, { exposeDefaultValues: true });
  const errors = validateSync(config);
  if (errors.length) {
    throw new Error(`Invalid configuration: ${errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join(', ')}`).join('; ')}`);
  }
  return config;
}
