import { ConfigSchema, type SkytallyConfig } from './config.schema';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses a set of environment variables against the schema. Reports every
 * bad variable at once, so a user fixes them in one go.
 */
export function parseConfig(env: Record<string, string | undefined>): SkytallyConfig {
  // Empty strings mean "unset", as in most shells' `FOO= cmd`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = ConfigSchema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const config = result.data;
  const problems: string[] = [];
  if (config.KAFKA_SASL_MECHANISM && (!config.KAFKA_SASL_USERNAME || !config.KAFKA_SASL_PASSWORD)) {
    problems.push('KAFKA_SASL_MECHANISM is set: KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD are required');
  }
  if (Boolean(config.KAFKA_SSL_CERT_FILE) !== Boolean(config.KAFKA_SSL_KEY_FILE)) {
    problems.push('KAFKA_SSL_CERT_FILE and KAFKA_SSL_KEY_FILE go together');
  }
  if (problems.length) throw new ConfigError(problems);
  return config;
}

let cached: SkytallyConfig | undefined;

/** The process's configuration, read from process.env once. Nothing else reads process.env (childEnv passes it on). */
export function loadConfig(): SkytallyConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/**
 * The log level when LOG_LEVEL is unset: silent inside a Jest worker (a test that wants the logs
 * sets LOG_LEVEL), info everywhere else.
 */
export function defaultLogLevel(): 'silent' | 'info' {
  return process.env.JEST_WORKER_ID ? 'silent' : 'info';
}

/**
 * The environment of a child process this one starts (a service, openssl): this process's own,
 * `overrides` on top, so the child sees the user's settings as this process does.
 */
export function childEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
