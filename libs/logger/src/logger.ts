import pino, { type Logger, type LoggerOptions } from 'pino';
import { defaultLogLevel } from '@skytally/config';

export type { Logger } from 'pino';

export interface LoggerSettings {
  level?: string;
  format?: 'json' | 'pretty';
}

/**
 * Paths that may hold credentials. pino replaces them before a line is
 * written, wherever a config or client options object ends up logged.
 */
export const REDACT_PATHS = [
  'password',
  '*.password',
  '*.*.password',
  'sasl',
  '*.sasl',
  'KAFKA_SASL_PASSWORD',
  '*.KAFKA_SASL_PASSWORD',
  'key',
  '*.ssl.key',
  'headers.authorization',
];

/** The one pino root of a process; services take children of it. */
export function createRootLogger(settings: LoggerSettings = {}, destination?: pino.DestinationStream): Logger {
  const format = settings.format ?? (process.stdout.isTTY ? 'pretty' : 'json');
  const options: LoggerOptions = {
    level: settings.level ?? defaultLogLevel(),
    base: { pid: process.pid },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (destination) return pino(options, destination);
  if (format === 'pretty') {
    return pino({
      ...options,
      transport: {
        target: 'pino-pretty',
        options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' },
      },
    });
  }
  return pino(options);
}
