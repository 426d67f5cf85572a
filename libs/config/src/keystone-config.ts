import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, validateSync } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (value === undefined ? undefined : value === true || value === 'true' || value === '1');

/** Everything Keystone reads from its environment, validated once at start. Nothing else reads process.env. */
export class KeystoneConfig {
  @IsString()
  DATABASE_URL: string;

  @IsString()
  TEMPORAL_ADDRESS = '127.0.0.1:7233';

  @IsString()
  TEMPORAL_NAMESPACE = 'default';

  @IsString()
  TEMPORAL_TASK_QUEUE = 'keystone-projects';

  @IsString()
  TEMPORAL_UI_URL = 'http://127.0.0.1:8233';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(30)
  JWT_TTL_SECONDS = 900;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** A prebuilt workflow bundle; without it the worker bundles the workflows at start. */
  @IsOptional()
  @IsString()
  KEYSTONE_WORKFLOW_BUNDLE?: string;

  @Transform(toBoolean)
  @IsBoolean()
  KEYSTONE_RUN_MIGRATIONS = false;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  DATABASE_POOL_SIZE = 10;
}

export function loadConfig(env: Record<string, string | undefined>): KeystoneConfig {
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(KeystoneConfig, defined, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length) {
    const lines = errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join(', ')}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return config;
}
