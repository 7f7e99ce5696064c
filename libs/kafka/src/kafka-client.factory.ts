import { readFileSync } from 'node:fs';
import { Kafka, type KafkaConfig, type SASLOptions } from 'kafkajs';
import type { SkytallyConfig } from '@skytally/config';
import { kafkajsLevel, pinoLogCreator, type Logger } from '@skytally/logger';

export const DEFAULT_BROKERS = '127.0.0.1:9092';

/**
 * The kafkajs client options a configuration asks for: brokers, TLS and SASL.
 * Kept apart from `createKafka` so a test can check them without a broker.
 */
export function kafkaClientOptions(config: SkytallyConfig, clientId: string): KafkaConfig {
  const brokers = (config.KAFKA_BROKERS ?? DEFAULT_BROKERS).split(',').map((b) => b.trim()).filter(Boolean);
  const options: KafkaConfig = {
    clientId: `${config.KAFKA_CLIENT_ID}-${clientId}`,
    brokers,
    connectionTimeout: 10_000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 300, retries: 8, maxRetryTime: 10_000 },
  };
  if (config.KAFKA_SSL || config.KAFKA_SSL_CA_FILE || config.KAFKA_SSL_CERT_FILE) {
    options.ssl = {
      rejectUnauthorized: config.KAFKA_SSL_REJECT_UNAUTHORIZED,
      ...(config.KAFKA_SSL_CA_FILE ? { ca: [readFileSync(config.KAFKA_SSL_CA_FILE, 'utf8')] } : {}),
      ...(config.KAFKA_SSL_CERT_FILE ? { cert: readFileSync(config.KAFKA_SSL_CERT_FILE, 'utf8') } : {}),
      ...(config.KAFKA_SSL_KEY_FILE ? { key: readFileSync(config.KAFKA_SSL_KEY_FILE, 'utf8') } : {}),
    };
  }
  if (config.KAFKA_SASL_MECHANISM) {
    options.sasl = {
      mechanism: config.KAFKA_SASL_MECHANISM,
      username: config.KAFKA_SASL_USERNAME ?? '',
      password: config.KAFKA_SASL_PASSWORD ?? '',
    } as SASLOptions;
  }
  return options;
}

/** A kafkajs client whose logs go to pino at the logger's level. */
export function createKafka(config: SkytallyConfig, clientId: string, logger: Logger): Kafka {
  return new Kafka({
    ...kafkaClientOptions(config, clientId),
    logLevel: kafkajsLevel(logger.level),
    logCreator: pinoLogCreator(logger),
  });
}
