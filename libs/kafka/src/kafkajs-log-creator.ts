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
      // kafkajs is chatty at INFO about joins and reconnects; keep those at debug.
      const target = LEVELS[level] === 'info' ? 'debug' : (LEVELS[level] ?? 'debug');
      child[target](extra, message);
    };
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
