import { logLevel } from 'kafkajs';
import pino from 'pino';
import { pinoLogCreator } from './kafkajs-log-creator';

/** The pino level each kafkajs entry ends up at. */
function levelsOf(entries: { level: logLevel; log: Record<string, unknown> }[]): number[] {
  const lines: string[] = [];
  const root = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
  const log = pinoLogCreator(root)(logLevel.DEBUG);
  for (const { level, log: fields } of entries)
    log({ namespace: 'Connection', level, label: 'ERROR', log: { timestamp: '', message: 'm', ...fields } });
  return lines.map((l) => (JSON.parse(l) as { level: number }).level);
}

describe('kafkajs logs in pino', () => {
  it('keeps an error response kafkajs cannot retry at error', () => {
    expect(levelsOf([{ level: logLevel.ERROR, log: { error: 'Topic authorization failed' } }])).toEqual([50]);
    expect(levelsOf([{ level: logLevel.ERROR, log: { message: 'Crash: boom' } }])).toEqual([50]);
  });

  it('makes an error response kafkajs retries by itself a warning', () => {
    expect(
      levelsOf([
        { level: logLevel.ERROR, log: { error: 'This server is not the leader for that topic-partition' } },
        {
          level: logLevel.ERROR,
          log: { error: "The coordinator is loading and hence can't process requests for this group" },
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
