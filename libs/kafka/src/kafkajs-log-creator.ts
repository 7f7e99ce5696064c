// Here, not in @skytally/logger: the logger is loaded by every command, and
// kafkajs (143 modules) only by the ones that talk to Kafka.
import { logLevel, type logCreator } from 'kafkajs';
import type { Logger } from 'pino';

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/**
 * The messages of the protocol errors kafkajs retries by itself (a leader
 * that moved, a coordinator still loading, a topic not yet everywhere). Its
 * error list is not exported by name; kafkajs is pinned (2.2.4, no longer
 * maintained), so the path cannot move under us.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { errorCodes } = require('kafkajs/src/protocol/error') as {
  errorCodes: { message: string; retriable: boolean }[];
};
const RETRIABLE_MESSAGES = new Set(errorCodes.filter((e) => e.retriable).map((e) => e.message));

/** Routes kafkajs's own logs into pino, as a child named `kafkajs`. */
export function pinoLogCreator(root: Logger): logCreator {
  const child = root.child({ component: 'kafkajs' });
  return () =>
    ({ level, log }) => {
      const { message, ...extra } = log;
      child[pinoLevel(level, extra)](extra, message);
    };
}

function pinoLevel(level: logLevel, extra: Record<string, unknown>): 'error' | 'warn' | 'info' | 'debug' {
  const mapped = LEVELS[level] ?? 'debug';
  // kafkajs is chatty at INFO about joins and reconnects; keep those at debug.
  if (mapped === 'info') return 'debug';
  // kafkajs logs every error response at ERROR, also the ones it then retries
  // (seen: "not the leader" for a topic created a moment before). Those are
  // warnings; an error that does reach the stage is logged by the stage, once.
  if (mapped === 'error' && typeof extra.error === 'string' && RETRIABLE_MESSAGES.has(extra.error)) return 'warn';
  return mapped;
}

/** The kafkajs log level that matches a pino level, so kafkajs doesn't format lines pino would drop. */
export function kafkajsLevel(pinoLevel: string): logLevel {
  switch (pinoLevel) {
    case 'silent':
      return logLevel.NOTHING;
    case 'fatal':
    case 'error':
      return logLevel.ERROR;
    case 'warn':
    case 'info':
      return logLevel.WARN;
    default:
      return logLevel.DEBUG;
  }
}
