/**
 * Starts one stage as a Nest microservice: reads the configuration once,
 * creates the logger and Kafka client, makes sure the topics exist, and runs
 * the stage's module on the KafkaStageServer transport. SIGTERM/SIGINT
 * finish the batch in hand, commit and exit within a bounded time.
 */
import 'reflect-metadata';
import { type DynamicModule, type INestMicroservice, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { consumerGroup, topicNames } from '@skytally/contracts';
import { type SkytallyConfig, loadConfig } from '@skytally/config';
import {
  createKafka,
  ensureTopics,
  HealthServer,
  type StageRunner,
  StageStats,
  TopicLayoutError,
} from '@skytally/kafka';
import { createRootLogger, type Logger } from '@skytally/logger';
import { KafkaStageServer } from './kafka-stage.server';
import { PinoNestLogger } from './pino-nest.logger';
import { StageErrorFilter } from './stage-error.filter';
import { StageContextModule } from './stage-context.module';

export interface StageDefinition {
  stage: 'ingest' | 'dedup' | 'extract' | 'aggregate';
  module: Type<unknown>;
}

const SHUTDOWN_GRACE_MS = 15_000;

/** Starts the stage, or logs why it could not and exits non-zero. */
export function runStage(definition: StageDefinition): void {
  bootstrapStage(definition).catch((err: unknown) => {
    // A topic layout that breaks a guarantee is the operator's to fix: its message says what and how; a stack would bury it.
    const detail =
      err instanceof TopicLayoutError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`skytally ${definition.stage}: failed to start: ${detail}\n`);
    process.exit(1);
  });
}

export async function bootstrapStage(definition: StageDefinition): Promise<INestMicroservice> {
  let config: SkytallyConfig;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`skytally ${definition.stage}: ${(err as Error).message}\n`);
    process.exit(2);
  }
  const root = createRootLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT });
  const logger = root.child({ service: definition.stage });
  const kafka = createKafka(config, definition.stage, logger);
  const stats = new StageStats();

  const admin = kafka.admin();
  await admin.connect();
  try {
    const created = await ensureTopics(admin, config);
    if (created.length) logger.info({ topics: created }, 'created topics');
  } finally {
    await admin.disconnect();
  }

  const strategy = new KafkaStageServer({
    kafka,
    topicPrefix: config.SKYTALLY_TOPIC_PREFIX,
    stage: definition.stage,
    groupId: consumerGroup(config.SKYTALLY_TOPIC_PREFIX, definition.stage),
    deadLetterTopic: topicNames(config.SKYTALLY_TOPIC_PREFIX).deadLetter,
    maxAttempts: config.SKYTALLY_MAX_ATTEMPTS,
    logger,
    stats,
    statsIntervalMs: config.SKYTALLY_STATS_INTERVAL_MS,
    // Operators (and the chaos run, the tests) tune failover speed; restores heartbeat as they go.
    sessionTimeoutMs: config.SKYTALLY_SESSION_TIMEOUT_MS,
    batchConcurrency: config.SKYTALLY_BATCH_CONCURRENCY,
    // A consumer kafkajs will not restart leaves a process that looks alive and
    // consumes nothing: exit non-zero so the supervisor starts a fresh one.
    onFatal: (err) => {
      logger.fatal({ err: err.message }, 'consumer cannot continue; exiting for a restart');
      logger.flush?.();
      process.exit(70);
    },
  });
  const root$: DynamicModule = {
    module: class StageRootModule {},
    imports: [StageContextModule.forRoot({ config, logger, kafka, stats }), definition.module],
  };
  const app = await NestFactory.createMicroservice(root$, {
    strategy,
    logger: new PinoNestLogger(logger),
    bufferLogs: false,
  });
  app.useGlobalFilters(new StageErrorFilter());
  await app.listen();
  let health: HealthServer | undefined;
  if (config.SKYTALLY_HEALTH_PORT !== undefined) {
    const runner = strategy.unwrap<StageRunner>();
    health = new HealthServer(definition.stage, stats, () => runner.health());
    const port = await health.listen(config.SKYTALLY_HEALTH_PORT, config.SKYTALLY_HEALTH_HOST);
    logger.info(
      { port, routes: ['/health/live', '/health/ready', '/metrics'] },
      'health and metrics endpoint listening',
    );
  }
  installShutdown(app, logger, health);
  // A parent that started us (the CLI, tests) learns we are consuming.
  process.send?.({ type: 'ready', stage: definition.stage });
  return app;
}

function installShutdown(app: INestMicroservice, logger: Logger, health?: HealthServer): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing the batch in hand');
    const timer = setTimeout(() => {
      logger.error({ graceMs: SHUTDOWN_GRACE_MS }, 'shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    app
      .close()
      .then(() => health?.close())
      .then(() => {
        logger.info('stopped cleanly');
        logger.flush?.();
        process.exit(0);
      })
      .catch((err) => {
        logger.error({ err }, 'error while shutting down');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // Started by a parent over IPC (the CLI, tests): never outlive it.
  if (process.send) process.on('disconnect', () => stop('parent exited'));
}
