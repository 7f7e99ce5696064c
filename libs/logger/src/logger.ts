import pino, { type Logger, type LoggerOptions } from 'pino';

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

function defaultLevel(): string {
  // Quiet in tests unless LOG_LEVEL says otherwise (read by the caller via config).
  return process.env.JEST_WORKER_ID ? 'silent' : 'info';
}

/** The one pino root of a process; services take children of it. */
export function createRootLogger(settings: LoggerSettings = {}, destination?: pino.DestinationStream): Logger {
  const format = settings.format ?? (process.stdout.isTTY ? 'pretty' : 'json');
  const options: LoggerOptions = {
    level: settings.level ?? defaultLevel(),
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
