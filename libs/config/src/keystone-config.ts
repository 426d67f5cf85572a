import { IsIn, IsOptional, IsString, IsUrl, Matches, MinLength } from 'class-validator';
import { REGION_CODE } from '@keystone/domain';
import { Flag, WholeNumber, readEnvironment } from './environment-values';

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

  @WholeNumber(0, 65535)
  PORT = 3000;

  /**
   * How long the API waits for a project's workflow to confirm a decision or a leader's action. Past it the
   * caller hears that it is not yet confirmed (503) instead of waiting on a stopped worker or an unreachable store.
   */
  @WholeNumber(100)
  UPDATE_ANSWER_TIMEOUT_MS = 15_000;

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string;

  @WholeNumber(30)
  JWT_TTL_SECONDS = 900;

  /**
   * How many reverse proxies (an Ingress, a load balancer) stand in front of the API. Zero trusts no
   * X-Forwarded-For, so a client cannot choose its own address; behind a proxy it must be set, or
   * every client shares the proxy's address and one login limit.
   */
  @WholeNumber(0)
  TRUST_PROXY_HOPS = 0;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /**
   * Projects the worker keeps in memory between decisions (about 0.12 MiB each, most of it the SDK's own
   * per-run state). One not in the cache is replayed from its history on its next decision, which costs a
   * decision about as much again; 1,500 holds a county of up to 1,500 active projects entirely and keeps a
   * worker serving 10,000 under 1 GiB (apps/bench/results).
   */
  @WholeNumber(0)
  WORKER_MAX_CACHED_WORKFLOWS = 1500;

  /**
   * Frames kept in stack traces inside the workflow sandbox. The SDK takes one for every promise a
   * workflow creates, which costs a decision about 3 ms of worker time; 0 takes none. Raise it (10 is
   * Node's default) while chasing a failing workflow task, to see where in workflow code it fails.
   */
  @WholeNumber(0)
  WORKFLOW_STACK_TRACE_LIMIT = 0;

  /** A prebuilt workflow bundle; without it the worker bundles the workflows at start. */
  @IsOptional()
  @IsString()
  KEYSTONE_WORKFLOW_BUNDLE?: string;

  @Flag()
  KEYSTONE_RUN_MIGRATIONS = false;

  /** A regional calendar layer to apply on top of the national schedule, e.g. a Guangxi county's 三月三. */
  @IsOptional()
  @Matches(REGION_CODE, { message: 'CALENDAR_REGION must be lowercase letters, digits and hyphens' })
  CALENDAR_REGION?: string;

  @WholeNumber(1)
  DATABASE_POOL_SIZE = 10;

  /**
   * Appends send their statements as named prepared statements, planned once per connection. Turn off
   * behind a pooler in transaction mode that cannot carry them (PgBouncer before 1.21).
   */
  @Flag()
  DATABASE_PREPARED_STATEMENTS = true;

  /** The built web app the API serves at /, relative to the working directory; not served when absent. */
  @IsString()
  WEB_DIST_DIR = 'apps/web/dist';

  /** How often the worker's projector looks for new events to fold into the asynchronous read models. */
  @WholeNumber(10)
  PROJECTOR_POLL_INTERVAL_MS = 250;

  /** Events per projector transaction: small, so each poll stays short. */
  @WholeNumber(1, 10000)
  PROJECTOR_BATCH_SIZE = 500;

  /** Events per read when a rebuild replays the whole log. */
  @WholeNumber(1, 100000)
  REBUILD_BATCH_SIZE = 5000;

  /** Where people open Keystone; outbound alert messages link to the project under it. Without it they carry no link. */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL?: string;

  /** How often each worker looks for alert deliveries that are due. */
  @WholeNumber(10)
  DELIVERY_POLL_INTERVAL_MS = 1000;

  /** Deliveries one worker claims and sends at a time; several workers share the queue. */
  @WholeNumber(1, 100)
  DELIVERY_BATCH_SIZE = 10;

  /** How long a webhook receiver has to answer one delivery. */
  @WholeNumber(100)
  DELIVERY_TIMEOUT_MS = 10_000;

  /** The wait after the first failed attempt; it doubles after each further one, up to the cap. */
  @WholeNumber(10)
  DELIVERY_BACKOFF_BASE_MS = 5_000;

  @WholeNumber(10)
  DELIVERY_BACKOFF_CAP_MS = 300_000;

  /** Attempts before a delivery is given up; the defaults keep trying for about two hours, past a receiver down for one. */
  @WholeNumber(1, 1000)
  DELIVERY_MAX_ATTEMPTS = 30;
}

export function loadConfig(env: Record<string, string | undefined>): KeystoneConfig {
  return readEnvironment(KeystoneConfig, env);
}
