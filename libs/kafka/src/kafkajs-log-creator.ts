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

/** Routes kafkajs's own logs into pino, as a child named `kafkajs`. */
export function pinoLogCreator(root: Logger): logCreator {
  const child = root.child({ component: 'kafkajs' });
  return () =>
    ({ level, log }) => {
      const { message, ...extra } = log;
      child[pinoLevel(level, message, extra)](extra, message);
    };
}

function pinoLevel(
  level: logLevel,
  message: unknown,
  extra: Record<string, unknown>,
): 'error' | 'warn' | 'info' | 'debug' {
  const mapped = LEVELS[level] ?? 'debug';
  // kafkajs is chatty at INFO about joins and reconnects; keep those at debug.
  if (mapped === 'info') return 'debug';
  // kafkajs logs every error response of a broker at ERROR ("Response <API>") before it decides
  // what to make of it: it retries what it can (a leader that moved, a coordinator still loading)
  // and hands the rest to the caller, which says what it means (the stage runner, topic setup; the
  // security check in kafka-client.factory sees every ERROR entry before this). At ERROR, a topic
  // another service created a moment before, or a leader not yet elected, read as failures.
  if (mapped === 'error' && typeof message === 'string' && message.startsWith('Response ') && extra.error !== undefined)
    return 'warn';
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
