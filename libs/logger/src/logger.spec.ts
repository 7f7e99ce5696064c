import { Writable } from 'node:stream';
import { createRootLogger } from './logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createRootLogger({ level: 'info' }, stream) };
}

describe('root logger', () => {
  it('writes JSON lines with the service name of a child', () => {
    const { lines, logger } = capture();
    logger.child({ service: 'ingest' }).info({ articleId: 'a1' }, 'hello');
    expect(lines[0]).toMatchObject({ service: 'ingest', articleId: 'a1', msg: 'hello', level: 30 });
  });

  it('redacts credentials wherever a config or client options end up', () => {
    const { lines, logger } = capture();
    logger.info(
      {
        config: { KAFKA_SASL_PASSWORD: 'hunter2' },
        client: { sasl: { mechanism: 'plain', username: 'u', password: 'hunter2' } },
      },
      'config',
    );
    expect(JSON.stringify(lines[0])).not.toContain('hunter2');
  });
});
