/**
 * dashboard — a live page over the pipeline's results, as its own process.
 *
 * Reads interceptions.rolling, interceptions.daily, interceptions.claims and
 * articles.unique from the beginning (dashboard.reader.ts) and serves one
 * page with its data and a Server-Sent Events stream on
 * SKYTALLY_DASHBOARD_HOST:SKYTALLY_DASHBOARD_PORT. Produces nothing, commits
 * nothing: any number of dashboards can run. SIGTERM/SIGINT end the open
 * streams and exit; browsers reconnect to the next one on the same port.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type SkytallyConfig, loadConfig } from '@skytally/config';
import { createKafka, ensureTopics } from '@skytally/kafka';
import { PinoNestLogger } from '@skytally/kafka-nest';
import { createRootLogger, type Logger } from '@skytally/logger';
import { DashboardModule } from './dashboard.module';
import { DashboardStream } from './dashboard.stream';
import { securityHeaders } from './security.headers';

const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  let config: SkytallyConfig;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`skytally dashboard: ${(err as Error).message}\n`);
    process.exit(2);
  }
  const logger = createRootLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT }).child({
    service: 'dashboard',
  });
  const kafka = createKafka(config, 'dashboard', logger);
  const admin = kafka.admin();
  await admin.connect();
  try {
    await ensureTopics(admin, config);
  } finally {
    await admin.disconnect();
  }

  const app = await NestFactory.create<NestExpressApplication>(DashboardModule.forRoot({ config, logger, kafka }), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  app.disable('x-powered-by');
  app.use(securityHeaders);
  await app.listen(config.SKYTALLY_DASHBOARD_PORT, config.SKYTALLY_DASHBOARD_HOST);
  const server: Server = app.getHttpServer();
  const url = `http://${displayHost(config.SKYTALLY_DASHBOARD_HOST)}:${(server.address() as AddressInfo).port}`;
  logger.info({ url }, 'dashboard listening');
  installShutdown(app, server, logger);
  // A parent that started us (the CLI, tests) learns where we are.
  process.send?.({ type: 'ready', stage: 'dashboard', url });
}

/** The address to print: a wildcard bind is reachable on loopback. */
function displayHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function installShutdown(app: NestExpressApplication, server: Server, logger: Logger): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    // No new connections (a browser reconnects within a second), then end the open
    // event streams, which would otherwise keep the server from closing.
    server.close();
    app.get(DashboardStream).close();
    server.closeAllConnections();
    app
      .close()
      .then(() => {
        logger.info('stopped cleanly');
        process.exit(0);
      })
      .catch((err) => {
        logger.error({ err: (err as Error).message }, 'error while shutting down');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  if (process.send) process.on('disconnect', () => stop('parent exited'));
}

main().catch((err: unknown) => {
  process.stderr.write(`skytally dashboard: failed to start: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
