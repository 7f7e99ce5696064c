import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number) => z.coerce.number().int().min(min);

/**
 * Every environment variable skytally reads, with its default. The README's
 * configuration table mirrors this file.
 */
export const ConfigSchema = z.object({
  /** Comma-separated bootstrap servers. Unset: the CLI starts a local broker; services use 127.0.0.1:9092. */
  KAFKA_BROKERS: z.string().min(1).optional(),
  KAFKA_CLIENT_ID: z.string().min(1).default('skytally'),
  SKYTALLY_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/, 'letters, digits, . _ - only')
    .default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /** `pretty` for a person at a terminal, `json` for machines; default: pretty on a TTY. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),

  KAFKA_SSL: bool.default(false),
  KAFKA_SSL_CA_FILE: z.string().optional(),
  KAFKA_SSL_CERT_FILE: z.string().optional(),
  KAFKA_SSL_KEY_FILE: z.string().optional(),
  KAFKA_SSL_REJECT_UNAUTHORIZED: bool.default(true),
  KAFKA_SASL_MECHANISM: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).optional(),
  KAFKA_SASL_USERNAME: z.string().optional(),
  KAFKA_SASL_PASSWORD: z.string().optional(),

  /** Partitions for topics the project creates (articles.ingested always has 1: see README, dedup). */
  SKYTALLY_PARTITIONS: int(1).default(3),
  SKYTALLY_REPLICATION_FACTOR: int(1).default(1),
  /** Largest raw article accepted, in bytes, checked before parsing. */
  SKYTALLY_MAX_BODY_BYTES: int(1).default(1024 * 1024),
  /** Attempts at one message before it goes to the dead-letter topic. */
  SKYTALLY_MAX_ATTEMPTS: int(1).default(3),
  /**
   * Consumer group session timeout of the stages, in ms (unset: the stage's
   * own default, 30 s). Shorter fails over faster after a crash or a stalled
   * process; the broker accepts 6000 to 300000 by default.
   */
  SKYTALLY_SESSION_TIMEOUT_MS: int(1000).optional(),
  /**
   * How many batches of one fetch (one per partition) a stage takes at once; they take turns and
   * flush as one group (one produce, one commit). Unset: the runner's BATCH_CONCURRENCY (8); 1
   * flushes each partition's batch on its own.
   */
  SKYTALLY_BATCH_CONCURRENCY: int(1).optional(),
  SKYTALLY_STATS_INTERVAL_MS: int(0).default(10_000),
  SKYTALLY_DEDUP_HORIZON_DAYS: z.coerce.number().positive().default(30),
  /** Most articles dedup's index holds (the benchmark's 1M articles, 801k indexed, take ≈ 290 MB); when full, the oldest by publication date goes. */
  SKYTALLY_DEDUP_MAX_ENTRIES: int(1).default(1_000_000),
  SKYTALLY_ALLOWED_LATENESS_MS: int(0).default(60 * 60 * 1000),
  SKYTALLY_IDLE_MS: int(1000).default(60_000),
  /**
   * Aggregate: claims whose day is this many days behind the newest arrival
   * are folded into per-row sums (memory stays bounded); a report arriving
   * later than that is counted as the claim it repeats, if any (README).
   */
  SKYTALLY_AGGREGATE_HORIZON_DAYS: int(2).default(10),
  /**
   * Aggregate: claims applied between two checkpoints of its state changelog; a restore replays at
   * most this many claims after the newest (default: CHECKPOINT_EVERY of @skytally/aggregation).
   */
  SKYTALLY_AGGREGATE_CHECKPOINT_EVERY: int(1).optional(),
  /** Where the local broker's jars, data and the services' logs live. Default: <repo>/.skytally. */
  SKYTALLY_HOME: z.string().min(1).optional(),
  /**
   * Extra JVM flags for the local broker(s) the CLI and the tests start, space-separated, after the
   * defaults (so they win), e.g. `-XX:TieredStopAtLevel=4` for full JIT or `-Xlog:gc` to see GC.
   */
  SKYTALLY_KAFKA_JVM_OPTS: z.string().optional(),
  /** Port of the health/metrics HTTP endpoint; 0 picks a free one, unset disables it. */
  SKYTALLY_HEALTH_PORT: int(0).optional(),
  /** Address the health/metrics endpoint binds; loopback unless you mean to expose it (0.0.0.0: every interface). */
  SKYTALLY_HEALTH_HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * How long start-up retries a broker's "not yet" answers (unknown topic-partition, leader not
   * available: a broker still loading its partitions) before giving up with a clear error, in ms.
   */
  SKYTALLY_KAFKA_READY_TIMEOUT_MS: int(0).default(60_000),
  /**
   * How far after ingestion an article's publishedAt (or a claim's date) may
   * lie before it is rejected as future-dated (clock skew, time zones).
   */
  SKYTALLY_MAX_FUTURE_MS: int(0).default(60 * 60 * 1000),
  /** Port of the dashboard's HTTP server (`npm start` starts it); 0 picks a free one. */
  SKYTALLY_DASHBOARD_PORT: int(0).default(8787),
  /** Address the dashboard binds; loopback unless you mean to expose it. */
  SKYTALLY_DASHBOARD_HOST: z.string().min(1).default('127.0.0.1'),
});

export type SkytallyConfig = z.infer<typeof ConfigSchema>;
