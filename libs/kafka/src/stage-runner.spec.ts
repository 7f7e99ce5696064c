import { coalesce, deadLetter, Turn } from './stage-runner';
import type { InboundMessage } from './messages';

describe('coalesce', () => {
  it('keeps only the last message per key among those marked, and every other message in order', () => {
    const out = coalesce([
      { topic: 'rolling', key: 'RU-BRY', value: '1', coalesce: true },
      { topic: 'daily', key: 'RU-BRY', value: 'a', coalesce: true },
      { topic: 'claims', key: 'RU-BRY', value: 'x' },
      { topic: 'rolling', key: 'RU-BRY', value: '2', coalesce: true },
      { topic: 'claims', key: 'RU-BRY', value: 'y' },
    ]);
    expect(out.map((o) => `${o.topic}:${o.value}`)).toEqual(['daily:a', 'claims:x', 'rolling:2', 'claims:y']);
  });
});

describe('deadLetter', () => {
  const message: InboundMessage = {
    topic: 'articles.unique',
    partition: 2,
    offset: '41',
    key: Buffer.from('a1'),
    value: Buffer.from('{"broken":'),
    headers: { trace: 't1' },
    timestamp: '0',
  };

  it('keeps the original key, value and headers and says where it came from and why', () => {
    const dl = deadLetter(message, new TypeError('boom\nforged line'), {
      stage: 'extract',
      deadLetterTopic: 'dlq',
      maxAttempts: 3,
    });
    expect(dl.topic).toBe('dlq');
    expect(dl.key).toEqual(message.key);
    expect(dl.value).toEqual(message.value);
    expect(dl.headers).toMatchObject({
      trace: 't1',
      'skytally-stage': 'extract',
      'skytally-origin-topic': 'articles.unique',
      'skytally-origin-partition': '2',
      'skytally-origin-offset': '41',
      'skytally-attempts': '3',
    });
    expect(dl.headers!['skytally-error']).toBe('TypeError: boom forged line');
  });
});

describe('Turn', () => {
  it('runs one holder at a time, in order, and goes on after a failure', async () => {
    const turn = new Turn();
    const log: string[] = [];
    const work =
      (name: string, fail = false) =>
      async () => {
        log.push(`${name} start`);
        await new Promise((r) => setTimeout(r, 5));
        log.push(`${name} end`);
        if (fail) throw new Error(name);
      };
    const a = turn.take(work('a'));
    expect(turn.busy).toBe(true);
    const b = turn.take(work('b', true));
    const c = turn.take(work('c'));
    await a;
    await expect(b).rejects.toThrow('b');
    await c;
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    expect(turn.busy).toBe(false);
  });
});
