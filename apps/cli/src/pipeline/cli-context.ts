import type { Kafka } from 'kafkajs';
import { type SkytallyConfig, loadConfig } from '@skytally/config';
import { createRootLogger, type Logger } from '@skytally/logger';

export interface CliContext {
  config: SkytallyConfig;
  logger: Logger;
}

/** The CLI's logs go to stderr so stdout stays clean for JSON output. */
export function cliContext(): CliContext {
  const config = loadConfig();
  const logger = createRootLogger(
    { level: config.LOG_LEVEL ?? 'warn', format: config.LOG_FORMAT ?? (process.stderr.isTTY ? 'pretty' : 'json') },
    process.stderr,
  ).child({ service: 'cli' });
  return { config, logger };
}

/** A Kafka client on KAFKA_BROKERS, or on the local broker when it runs. */
export async function cliKafka(ctx: CliContext, clientId: string): Promise<Kafka> {
  // Loaded on the first command that talks to Kafka: the offline ones (extract, dedup) never load kafkajs.
  const [{ createKafka }, { resolveBrokers }] = await Promise.all([
    import('@skytally/kafka'),
    import('./local-broker'),
  ]);
  const brokers = await resolveBrokers(ctx.config);
  return createKafka({ ...ctx.config, KAFKA_BROKERS: brokers }, clientId, ctx.logger);
}
