import { logLevel } from 'kafkajs';
import pino from 'pino';
import { pinoLogCreator } from './kafkajs-log-creator';

/** The pino level each kafkajs entry ends up at. */
function levelsOf(entries: { level: logLevel; log: Record<string, unknown> }[]): number[] {
  const lines: string[] = [];
  const root = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
  const log = pinoLogCreator(root)(logLevel.DEBUG);
  for (const { level, log: fields } of entries)
    log({ namespace: 'Connection', level, label: 'ERROR', log: { timestamp: '', message: 'a line', ...fields } });
  return lines.map((l) => (JSON.parse(l) as { level: number }).level);
}

describe('kafkajs logs in pino', () => {
  it('keeps its own errors at error', () => {
    expect(levelsOf([{ level: logLevel.ERROR, log: { message: 'Crash: KafkaJSNonRetriableError: boom' } }])).toEqual([
      50,
    ]);
  });

  it('makes a broker error response a warning: kafkajs retries it or hands it to the caller, which reports it', () => {
    expect(
      levelsOf([
        {
          level: logLevel.ERROR,
          log: {
            message: 'Response ListOffsets(key: 2, version: 3)',
            error: 'This server is not the leader for that topic-partition',
          },
        },
        {
          level: logLevel.ERROR,
          log: { message: 'Response CreateTopics(key: 19, version: 3)', error: 'Topic creation errors' },
        },
      ]),
    ).toEqual([40, 40]);
  });

  it('turns its chatty info into debug, and leaves warnings alone', () => {
    expect(
      levelsOf([
        { level: logLevel.INFO, log: {} },
        { level: logLevel.WARN, log: {} },
      ]),
    ).toEqual([20, 40]);
  });
});
